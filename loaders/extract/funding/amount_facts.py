"""What one amount's sentence says of it: its own facts, its list row's and lead's, its
"respectivement" share's, what it continues of the sentences before (`read_amount`); its own
source (`own_source`); whether money no party is named for is still given
(`given_without_party`) or a giver's share of a scheme (`scheme_share`). `find_funding` calls
them for each amount, in that order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from loaders.extract.funding.context import (
    Facts,
    Speaker,
    completes,
    grant_measured,
    item_facts,
    joins,
    refers_back,
    sentence_facts,
    with_rest,
)
from loaders.extract.funding.frames import ITEM_NOUNS
from loaders.extract.funding.governing import governing_programme
from loaders.extract.funding.lists import Item, item, listed_lead
from loaders.extract.funding.receiving import receiving_subject, unknown_receiver
from loaders.extract.funding.recipient import (
    given_to_group,
    tied_recipient,
    to_someone,
    to_the_region,
)
from loaders.extract.funding.respectively import Share, shares
from loaders.extract.funding.sentences import GIVING_VERB, HANDING_VERB, FundingText
from loaders.extract.funding.source import named_after_another_amount, programme_of_amount
from loaders.record import Amount

_SAME_PERIOD = re.compile(
    r"(?:sur|pendant|durant|pour|au\s+cours\s+de|dans)\s+(?:la\s+même\s+période"
    r"|cette\s+(?:même\s+)?période|la\s+période(?!\s+(?:de\s+|d['’])?\d))",
    re.IGNORECASE,
)
# A sentence that sums up the list before it: "Soit un total de N pour la province.", "Au
# total, N", "Total : N".
_SUMS_UP = re.compile(
    r"\s*(?:soit|au\s+total|en\s+tout|total)(?!\w)",
    re.IGNORECASE,
)
# A count of financed items before the amount: "118 projets pour 28.650.000 euros" is a total
# across many recipients, which names none of them (the place of its label locates them).
_COUNTED_ITEMS = re.compile(
    rf"(?<![\d.,])\d[\d.  ]*\s+{ITEM_NOUNS}\s+(?:pour|à\s+hauteur\s+de)\s*$", re.IGNORECASE
)


@dataclass
class Signs:
    """What, besides a party or a programme, says that an amount is money given: it is a row
    under a lead about grants (`listed_money`), a "respectivement" share paired with a party,
    a part of a total that is a grant (`whole`), money a body the recogniser missed receives
    (`unknown`)."""

    listed: Item | None = None
    listed_money: bool = False
    share: Share | None = None
    whole: bool = False
    unknown: bool = False


def read_amount(
    doc: FundingText,
    index: int,
    amount: Amount,
    speaker: Speaker,
    previous: tuple[int, Facts] | None,
) -> tuple[Facts, Signs]:
    """The facts the amount's sentence gives it: its own, its list row's and lead's, its
    "respectivement" share's, and what it continues of the sentences before."""
    start, end = doc.sentences[index]
    signs = Signs(listed=item(doc, index, amount.start))
    found = with_rest(doc, index, sentence_facts(doc, index, amount.start, speaker), speaker)
    if signs.listed is not None:
        if signs.listed.label is None and found.recipient is None:
            # "- 1,2 million d'euros à la FdSS pour …": the lead's verb gives, so the row's
            # tie alone says who receives, as in a "dont" clause.
            found = replace(found, recipient=tied_recipient(doc, index, amount.start))
        found, signs.listed_money = item_facts(doc, signs.listed, found, speaker)
        if _COUNTED_ITEMS.search(doc.text, max(start, amount.start - 40), amount.start):
            found = replace(found, recipient=None)
    signs.share = shares(doc, index).get(amount.start)
    if signs.share is not None:
        found = replace(
            found,
            recipient=found.recipient if signs.share.keeps_own else signs.share.recipient,
            period=signs.share.period or found.period,
        )
    if found.recipient is None and to_the_region(doc, index):
        # "l'État a consenti à la Région une avance de N": the parliament's region receives
        found = replace(found, recipient=speaker.known.region)
    subject_purpose = receiving_subject(doc, index)
    if found.purpose is None and subject_purpose:
        found = replace(found, purpose=subject_purpose)
    if index > 0 and refers_back(doc, index):
        found = found.filled_from(
            sentence_facts(doc, index - 1, doc.sentences[index - 1][1], speaker)
        )
    if previous is None:
        return found, signs
    lead = listed_lead(doc, index - 1) if previous[0] == index - 1 else None
    if lead is not None and _SUMS_UP.match(doc.text, start, end):
        # "• X : N ; • Y : M. Soit un total de T pour la province.": the lead's programme,
        # period and funder (then the last row's, which took the lead's), to no one party
        rows = sentence_facts(doc, lead, doc.sentences[lead][1], speaker).filled_from(previous[1])
        found = found.filled_from(replace(rows, recipient=None, purpose=None))
    if found.period is None and _SAME_PERIOD.search(doc.text, start, end):
        found = replace(found, period=previous[1].period)
    adjacent = previous[0] in (index, index - 1)
    # "Le Haut-Commissariat … (HCR) a reçu, pour sa part, N": a body the recogniser
    # missed receives; a grant to no one known, not the previous fact's recipient.
    signs.unknown = unknown_receiver(doc, index) and adjacent and found.recipient is None
    joined = joins(doc, index, amount.start, found)
    if (
        found.recipient is None
        and (subject_purpose or completes(doc, index) or joined)
        and adjacent
    ):
        found = replace(
            found,
            recipient=previous[1].recipient,
            funder=found.funder or previous[1].funder,
        )
    return found, signs


def own_source(doc: FundingText, index: int, amount: Amount, found: Facts) -> Facts:
    """The programme named right after the amount is its own ("2 millions d'euros du FEDER"),
    or the programme of that fund the sentence names ("au titre du programme opérationnel P,
    N de FEDER": P); one the sentence names only after another amount is that amount's."""
    own_source = programme_of_amount(doc, index, amount.end)
    if own_source is not None:
        # "au titre du programme opérationnel P, N de FEDER": P, which the fund finances
        financed = [
            m.id
            for m in doc.within(doc.sources, index)
            if m.id and own_source in doc.funds.get(m.id, ())
        ]
        return replace(found, programme=financed[0] if financed else own_source)
    if found.programme and named_after_another_amount(doc, index, found.programme, amount.start):
        return replace(found, programme=None)
    return found


def given_without_party(
    doc: FundingText, index: int, amount: Amount, found: Facts, signs: Signs
) -> bool:
    """Whether an amount with no party nor programme is still money given: a funder hands it
    over to someone, a "respectivement" or a group shares it, its list or its total is about
    grants, or an unknown body receives it."""
    start, end = doc.sentences[index]
    return bool(
        (
            found.funder is not None
            and HANDING_VERB.search(doc.text, start, end)
            and (to_someone(doc, index) or index in doc.totals.values())
        )
        or (signs.share is not None and not signs.share.keeps_own)
        or given_to_group(doc, index, amount.start)
        or (signs.listed is not None and signs.listed_money)
        or signs.whole
        or signs.unknown
        or grant_measured(doc, index, amount.start)
    )


def scheme_share(doc: FundingText, index: int, amount: Amount, found: Facts) -> bool:
    """Whether sentence `index` has a giver give money (a verb whose subject gives, "apporte",
    "octroie", "contribue") under a scheme the text names before it: the scheme is the money's
    party even when nobody is named to receive it (a co-financing share, an envelope)."""
    start, end = doc.sentences[index]
    # The amount's clause: "X y contribue pour N ; le solde est préfinancé par Y" gives one
    # giver's money, not the other's.
    before = doc.text.rfind(";", start, amount.start)
    after = doc.text.find(";", amount.end, end)
    clause = (start if before < 0 else before + 1, end if after < 0 else after)
    return (
        found.funder is not None
        and GIVING_VERB.search(doc.text, *clause) is not None
        and governing_programme(doc, index) is not None
    )
