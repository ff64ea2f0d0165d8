"""What a fact takes from the text around its amount's sentence: the sentence's own facts, the
rest of a sentence cut by a "dont" clause, its list row's label and lead, its "dont" total, and
the sentence before it that it refers back to ("ce budget", "ainsi")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from loaders.extract.amounts import MONEY_WORDS_RE
from loaders.extract.funding.budget import budget
from loaders.extract.funding.contributions import contributed_to
from loaders.extract.funding.frames import (
    COST_NOUNS,
    GIVEN_NOUNS,
    GRANT_NOUNS,
    MONEY_NOUNS,
    listed,
    stems,
)
from loaders.extract.funding.funder import Institutions, funder
from loaders.extract.funding.lists import Item, item, label_item, label_party
from loaders.extract.funding.period import period
from loaders.extract.funding.purpose import purpose
from loaders.extract.funding.recipient import recipient
from loaders.extract.funding.sentences import (
    GIVES_AFTER,
    GIVING_VERB,
    PARAGRAPH_BREAK,
    RECEIVING_VERB,
    TO,
    FundingText,
)
from loaders.extract.funding.source import CONTINUES, programme, programme_named_before
from loaders.record import BudgetKind, Period

_BACK_REFERENCE = re.compile(
    rf"(?<!\w)(?:ce|cet|cette|ces)\s+(?:même\s+)?{MONEY_NOUNS}(?!\w)", re.IGNORECASE
)
# A party a sentence opens with as its topic: "À Bullange,", "Pour la commune de X,".
_TOPIC_OPENING = re.compile(
    r"\s*(?:à|pour)\s+(?:(?:la|le|les)\s+|l['’]\s*)?(?:(?:commune|ville)\s+(?:de\s+|d['’]\s*))?",
    re.IGNORECASE,
)
_TOPIC_CLOSE = re.compile(r"\s*,")
# A noun of money given as the subject that the amount measures: "Le financement régional
# atteint N", "L'intervention européenne s'élève à N", "La subvention est de N".
_GRANT_MEASURED = re.compile(
    rf"\s*(?:[^,;:]{{0,40}},\s*)?(?:l['’]\s*|le\s+|la\s+|les\s+){GRANT_NOUNS}(?!\w)"
    r"(?:\s+[^\W\d]+){0,3}?\s+(?:atteint|atteignent|s['’]élèvent?\s+à|se\s+montent?\s+à"
    r"|est\s+de|sont\s+de)\s*$",
    re.IGNORECASE,
)
# Money before, completed by more: "Ce montant est complété par", "Cette enveloppe sera
# complétée par", "Ces moyens ont été complétés par".
_COMPLETED = re.compile(
    rf"\s*(?:ce|cet|cette|ces)\s+(?:même\s+)?{MONEY_NOUNS}\s+(?:est|sont|sera|seront"
    r"|a\s+été|ont\s+été)\s+(?:\w+\s+)?complété(?:e|s|es)?\s+par(?!\w)",
    re.IGNORECASE,
)
# A second giver's verb (`joining-verbs.txt`): its money joins the money of the fact before.
_JOINING = re.compile(
    rf"(?<!\w){stems(lambda f: f.pos == 'verb' and f.lemma in listed('joining-verbs.txt'))}\w*",
    re.IGNORECASE,
)
_ELABORATION = re.compile(r"(?<!\w)(?:ainsi|à\s+ce\s+titre|dans\s+ce\s+cadre)(?!\w)", re.I)
_COST = re.compile(rf"(?<!\w){COST_NOUNS}(?!\w)", re.IGNORECASE)
# Nouns of money given, which make a list's lead about grants rather than costs.
_GRANT = re.compile(rf"(?<!\w){GIVEN_NOUNS}(?!\w)", re.IGNORECASE)


@dataclass
class Facts:
    """What one sentence says about money; the amount's own facts or its antecedent's."""

    recipient: str | None = None
    programme: str | None = None
    period: Period | None = None
    purpose: str | None = None
    funder: str | None = None
    budget: BudgetKind | None = None

    def filled_from(self, other: Facts) -> Facts:
        return Facts(
            self.recipient or other.recipient,
            self.programme or other.programme,
            self.period or other.period,
            self.purpose or other.purpose,
            self.funder or other.funder,
            self.budget or other.budget,
        )


@dataclass(frozen=True)
class Speaker:
    """Who "je", "le Gouvernement" and "la Région" are, and whether the text is a minister's
    answer (whose first person speaks for that government)."""

    known: Institutions
    minister: bool


def sentence_facts(doc: FundingText, index: int, near: int, speaker: Speaker) -> Facts:
    """What sentence `index` itself says about the money at `near`."""
    return Facts(
        recipient(doc, index, near) or contributed_to(doc, index),
        programme(doc, index),
        period(doc, index, near),
        purpose(doc, index, near),
        funder(doc, index, speaker.known, speaker.minister, near),
        budget(doc, index, near),
    )


def with_rest(doc: FundingText, index: int, found: Facts, speaker: Speaker) -> Facts:
    """A total's facts, with what the rest of its sentence after the "dont" clause says."""
    rest = doc.rests.get(index)
    if rest is None:
        return found
    return found.filled_from(sentence_facts(doc, rest, doc.sentences[rest][0], speaker))


def item_facts(doc: FundingText, listed: Item, own: Facts, speaker: Speaker) -> tuple[Facts, bool]:
    """An item's facts: its label's party, programme or year, then its own line's, then its
    lead's; and whether its lead speaks of money given (which makes even a party-less item a
    grant: "Les montants octroyés se répartissent comme suit :"; a cost split into items, "Le
    coût se répartit comme suit :", is not)."""
    found = own
    if listed.label is not None:
        l_start, l_end = listed.label
        inside = [m for m in doc.mentions if l_start <= m.start and m.end <= l_end and m.id]
        party = label_party(doc, l_start, l_end)
        if party is not None and not listed.written and GIVES_AFTER.match(doc.text, party.end):
            # "• le CGT octroie à la société une subvention de N": a row written as a clause
            # opens with its giver, the subject of its verb of giving; its own words say who
            # gets the money
            party = None
        source = next((m.id for m in inside if m in doc.sources), None)
        labelled = listed.year or listed.column_year
        year = Period(labelled, labelled) if labelled else None
        found = Facts(
            party.id if party else own.recipient,
            source or own.programme,
            year or own.period,
            own.purpose or label_item(doc, listed, party),
            own.funder,
        )
    if listed.lead is None:
        return found, False
    l_start, l_end = doc.sentences[listed.lead]
    lead = _lead_facts(doc, listed.lead, speaker)
    if found.recipient is None and listed.proper_name:
        lead = replace(lead, recipient=None)  # the label names a party nobody here knows
    granted = any(
        pattern.search(doc.text, l_start, l_end)
        for pattern in (GIVING_VERB, RECEIVING_VERB, _GRANT)
    )
    return found.filled_from(lead), granted


def _lead_facts(doc: FundingText, lead: int, speaker: Speaker) -> Facts:
    """A list lead's facts; a lead that names no party continues the sentence before it in its
    paragraph, which names money ("Ce montant se décompose comme suit :", "Les premiers
    chantiers concerneront :" after "Pour X, l'enveloppe réservée s'élève à N"), unless it
    lists what something costs ("Le coût des travaux se répartit comme suit :"). A lead that
    points back to that money ("ces montants se répartissent comme suit :") continues it even
    from a paragraph of its own."""
    start, end = doc.sentences[lead]
    found = sentence_facts(doc, lead, end, speaker)
    if found.recipient is None:
        found = replace(found, recipient=_topic_party(doc, lead))
    before = lead - 1
    # "… pour un montant total de N. Ces aides couvrent 4 à 12 %. Les principaux dossiers sont
    # les suivants :": a sentence pointing back to the money without an amount of its own
    # passes the lead on to the one before it.
    while (
        before > 0 and not doc.has_amount(before) and _BACK_REFERENCE.search(doc.sentence(before))
    ):
        before -= 1
    if found.recipient or found.programme or lead == 0 or not doc.has_amount(before):
        return found
    p_start, p_end = doc.sentences[before]
    pointing = _BACK_REFERENCE.search(doc.text, start, end) or CONTINUES.search(
        doc.text, start, end
    )
    if PARAGRAPH_BREAK.search(doc.text, p_end, start) and not pointing:
        return found
    if not _COST.search(doc.text, start, end):
        near = next(a.start for a in doc.amounts if p_start <= a.start < p_end)
        return found.filled_from(sentence_facts(doc, before, near, speaker))
    return found


def _topic_party(doc: FundingText, lead: int) -> str | None:
    """The party a list's lead opens with as its topic ("À Bullange, deux conventions ont été
    signées en 2008 :", "Pour la Ville de X, les projets retenus sont :"): the rows that name
    no party of their own are its."""
    start, end = doc.sentences[lead]
    for mention in doc.within(doc.recipients, lead):
        if mention.id and _TOPIC_OPENING.fullmatch(doc.text, start, mention.start):
            return mention.id if _TOPIC_CLOSE.match(doc.text, mention.end, end) else None
    return None


def rows_total(doc: FundingText, listed: Item | None) -> int | None:
    """The sentence giving the money a list's rows share: its lead, or the sentence before a lead
    that refers back to it ("Ces subsides se répartissent comme suit :") or, naming no party nor
    programme and no cost, continues it in its paragraph ("Les premiers investissements
    concerneront :" after "une enveloppe de 3,6 millions d'euros a été réservée à X")."""
    if listed is None or listed.lead is None:
        return None
    lead = listed.lead
    if lead == 0 or doc.has_amount(lead):
        return lead
    start, end = doc.sentences[lead]
    continued = not (
        PARAGRAPH_BREAK.search(doc.text, doc.sentences[lead - 1][1], start)
        or _COST.search(doc.text, start, end)
        or doc.within([*doc.recipients, *doc.sources], lead)
    )
    return lead - 1 if continued or _BACK_REFERENCE.search(doc.text, start, end) else lead


def part_facts(doc: FundingText, total: int, own: Facts, speaker: Speaker) -> tuple[Facts, Facts]:
    """A "dont" part ("10 millions à X, dont 4 pour la gare"): its own clause's recipient and
    purpose, never the total's (the part is not given to the total's recipient a second time);
    the total's programme, period and funder; and the total's own facts."""
    start, end = doc.sentences[total]
    near = next((a.start for a in doc.amounts if start <= a.start < end), start)
    whole = with_rest(doc, total, sentence_facts(doc, total, near, speaker), speaker)
    listed = item(doc, total, near)
    if listed is not None:
        # "- IGRETEC : 16,3 millions d'euros, dont 11,1 millions pour …": a row's total is
        # its label's party's, with its lead's programme, period and funder.
        whole = item_facts(doc, listed, whole, speaker)[0]
    found = replace(
        own,
        programme=own.programme or whole.programme,
        period=own.period or whole.period,
        funder=own.funder or whole.funder,
    )
    return found, whole


def grant_measured(doc: FundingText, index: int, near: int) -> bool:
    """Whether the amount at `near` measures money given that opens its sentence ("Le
    financement régional atteint N, dont …"): a grant, even with no party named."""
    start, _ = doc.sentences[index]
    return bool(_GRANT_MEASURED.fullmatch(doc.text, start, near))


def completes(doc: FundingText, index: int) -> bool:
    """Whether sentence `index` adds money to the money before ("Ce montant est complété par
    une intervention régionale de N"): the added money reaches the same party."""
    start, end = doc.sentences[index]
    return bool(_COMPLETED.match(doc.text, start, end))


def joins(doc: FundingText, index: int, near: int, found: Facts) -> bool:
    """Whether the amount at `near` is a second giver's share of the money before: its clause
    has a verb of `joining-verbs.txt` before it, a funder and no party ("La Communauté
    germanophone apporte en outre N pour …")."""
    start, _ = doc.sentences[index]
    clause = max(start, doc.text.rfind(";", start, near) + 1)
    amount = next(a for a in doc.amounts if a.start == near)
    return (
        found.funder is not None
        and found.recipient is None
        and _JOINING.search(doc.text, clause, near) is not None
        # "d'apporter une contrepartie de N aux partenaires": a receiver of its own
        and TO.match(doc.text, amount.end) is None
    )


def refers_back(doc: FundingText, index: int) -> bool:
    """Whether the sentence continues the previous one's money or scheme ("ce budget", "ainsi"
    after a sentence that introduced money, or a programme by "ce dispositif", without an amount
    of its own)."""
    p_start, p_end = doc.sentences[index - 1]
    if doc.has_amount(index - 1):
        return False
    if not (_speaks_of_money(doc.text, p_start, p_end) or programme_named_before(doc, index - 1)):
        return False
    sentence = doc.sentence(index)
    return bool(_BACK_REFERENCE.search(sentence) or _ELABORATION.search(sentence))


def _speaks_of_money(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names money (the amounts' vocabulary), gives or receives it."""
    return any(
        pattern.search(text, start, end)
        for pattern in (MONEY_WORDS_RE, GIVING_VERB, RECEIVING_VERB)
    )
