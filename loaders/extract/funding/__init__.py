"""Funding facts: an amount tied to its recipient, its programme, its period and its purpose.

Each part of a fact is read from what the sentence says, by French linguistic cues, and left None
when the sentence does not say it; nothing is filled from mere proximity. One module per part:
`recipient`, `source` (the programme), `period`, `purpose`; `sentences` holds the text they read.

Across sentences:
- a sentence that refers back to money or a scheme the previous sentence introduced ("ce
  budget", "cette enveloppe", or "ainsi" after a sentence with no amount of its own that speaks
  of money or places its subject "dans ce dispositif") takes from that sentence what it does not
  say itself;
- "sur la même période" is the previous fact's period;
- a sentence whose receiving subject is not an organisation ("les activités … ont bénéficié")
  names what the money is for, and the recipient is the previous fact's, when that fact is in
  the sentence just before.
A fact's span is the amount's sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from loaders.extract.amounts import MONEY_WORDS_RE
from loaders.extract.funding.budget import budget
from loaders.extract.funding.coordination import each
from loaders.extract.funding.frames import (
    COST_NOUNS,
    GIVEN_NOUNS,
    HANDING_STEMS,
    INSTRUMENT_NOUNS,
    ITEM_NOUNS,
    MONEY_NOUNS,
)
from loaders.extract.funding.funder import Institutions, funder
from loaders.extract.funding.lists import Item, item, label_item, label_party
from loaders.extract.funding.parts import link_wholes, total_of
from loaders.extract.funding.period import period
from loaders.extract.funding.purpose import purpose
from loaders.extract.funding.recipient import (
    given_to_group,
    place_for,
    receiving_subject,
    recipient,
    site_of,
    tied_recipient,
    to_someone,
    unknown_receiver,
)
from loaders.extract.funding.respectively import shares
from loaders.extract.funding.sentences import (
    GIVING_VERB,
    RECEIVING_VERB,
    FundingText,
)
from loaders.extract.funding.source import (
    CONTINUES,
    named_after_another_amount,
    programme,
    programme_named_before,
    programme_of_amount,
    topic_programme,
)
from loaders.record import Amount, BudgetKind, Entity, Funding, Mention, Part, Period

__all__ = ["find_funding"]

_SAME_PERIOD = re.compile(
    r"(?:sur|pendant|durant|pour|au\s+cours\s+de|dans)\s+(?:la\s+même\s+période"
    r"|cette\s+(?:même\s+)?période|la\s+période(?!\s+(?:de\s+|d['’])?\d))",
    re.IGNORECASE,
)
_BACK_REFERENCE = re.compile(
    rf"(?<!\w)(?:ce|cet|cette|ces)\s+(?:même\s+)?{MONEY_NOUNS}(?!\w)", re.IGNORECASE
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# An amount the sentence denies before the one it gives: "non de N, mais de M", "non pas N".
_DENIED = re.compile(r"(?<!\w)non\s+(?:pas\s+)?(?:de\s+|d['’]\s*)?$", re.IGNORECASE)
# The words of a ceiling in an amount's qualifier: "plafond de", "au maximum", "ne peut dépasser".
_CAP = re.compile(r"plafon|maxim|dépasser|excéder", re.IGNORECASE)
_ELABORATION = re.compile(r"(?<!\w)(?:ainsi|à\s+ce\s+titre|dans\s+ce\s+cadre)(?!\w)", re.I)
_COST = re.compile(rf"(?<!\w){COST_NOUNS}(?!\w)", re.IGNORECASE)
# Nouns of money given, which make a list's lead about grants rather than costs.
_GRANT = re.compile(rf"(?<!\w){GIVEN_NOUNS}(?!\w)", re.IGNORECASE)
_INSTRUMENT_AFTER = re.compile(rf"\s*(?:de|d['’])\s*{INSTRUMENT_NOUNS}(?!\w)", re.IGNORECASE)
_INSTRUMENT_BEFORE = re.compile(
    rf"(?<!\w){INSTRUMENT_NOUNS}(?:\s+[^\W\d]+)?\s+(?:(?:pour\s+)?(?:un|une|le|la)\s+"
    r"(?:montant|somme|total)\s+(?:total\s+|global\s+)?)?(?:de|d['’])\s*$",
    re.IGNORECASE,
)
# A count of financed items before the amount: "118 projets pour 28.650.000 euros" is a total
# across many recipients, which names none of them (the place of its label locates them).
_COUNTED_ITEMS = re.compile(
    rf"(?<![\d.,])\d[\d.  ]*\s+{ITEM_NOUNS}\s+(?:pour|à\s+hauteur\s+de)\s*$", re.IGNORECASE
)
# What money finances, measured by the amount: "des projets de 25.000 à 250.000 euros", "un
# chantier de N" (its size or cost, not money given).
_ITEM_MEASURED = re.compile(
    rf"(?<!\w)(?:des|un|une|les|ces|de)\s+{ITEM_NOUNS}\s+(?:de|d['’])\s*$", re.IGNORECASE
)
# A verb of handing over, not its noun ("le paiement de la taxe", "le versement").
_HANDING = re.compile(rf"(?<!\w){HANDING_STEMS}(?!\w*(?:ment|tion)s?(?!\w))\w*", re.I)
# Units of time: money "par an" or "par mois" is a recurring grant, not a rate.
_TIME_UNITS = frozenset(
    Path(__file__).with_name("time-units.txt").read_text(encoding="utf-8").split()
)


@dataclass
class _Facts:
    """What one sentence says about money; the amount's own facts or its antecedent's."""

    recipient: str | None = None
    programme: str | None = None
    period: Period | None = None
    purpose: str | None = None
    funder: str | None = None
    budget: BudgetKind | None = None

    def filled_from(self, other: _Facts) -> _Facts:
        return _Facts(
            self.recipient or other.recipient,
            self.programme or other.programme,
            self.period or other.period,
            self.purpose or other.purpose,
            self.funder or other.funder,
            self.budget or other.budget,
        )


@dataclass(frozen=True)
class _Speaker:
    """Who "je", "le Gouvernement" and "la Région" are, and whether the text is a minister's
    answer (whose first person speaks for that government)."""

    known: Institutions
    minister: bool


def _facts(doc: FundingText, index: int, near: int, speaker: _Speaker) -> _Facts:
    return _Facts(
        recipient(doc, index, near),
        programme(doc, index),
        period(doc, index, near),
        purpose(doc, index, near),
        funder(doc, index, speaker.known, speaker.minister),
        budget(doc, index, near),
    )


def find_funding(
    text: str,
    part: Part,
    amounts: Sequence[Amount],
    mentions: Sequence[Mention],
    entities: Sequence[Entity] = (),
    government: str | None = None,
    region: str | None = None,
) -> list[Funding]:
    """Funding facts for the amounts of `part` whose sentence speaks of giving or receiving money.

    `amounts` is the record's whole list: `Funding.amount` is an index into it. `entities` tell
    which organisation each site belongs to. `government` is the IRI of the government of the
    parliament, whom a minister's "j'ai pu dégager" and a text's "le Gouvernement" name;
    `region` the IRI of its region as a legal person, whom "la Région a octroyé" names.
    """
    doc = FundingText(text, part, mentions, amounts, entities)
    owners = {e.id: e.part_of for e in entities if e.type == "site" and e.part_of}
    speaker = _Speaker(Institutions(government, region), part == "answer")
    if not doc.sentences:
        return []
    facts: list[Funding] = []
    previous: tuple[int, _Facts] | None = None
    for number, amount in enumerate(amounts):
        if amount.part != part:
            continue
        if amount.approximation == "up_to" and _CAP.search(amount.text):
            continue  # "plafonné à 10.000 euros": a rule's ceiling, not money given
        if _lent(text, amount):
            continue  # "300 millions d'euros de prêts": money lent or guaranteed, not given
        if _ITEM_MEASURED.search(text, max(0, amount.start - 40), amount.start):
            continue  # "qui finance des projets de 25.000 à 250.000 euros": a size, not a grant
        if _DENIED.search(text, max(0, amount.start - 20), amount.start):
            continue  # "pour un montant non de 42 milliards, mais de 26": not the money given
        if amount.per is not None and amount.per.lower() not in _TIME_UNITS:
            continue  # "150 euros par ménage": a rate, not a grant ("par mois" is a grant)
        index = doc.sentence_of(amount.start)
        start, end = doc.sentences[index]
        sentence = text[start:end]
        listed = item(doc, index, amount.start)
        found = _with_rest(doc, index, _facts(doc, index, amount.start, speaker), speaker)
        if listed is not None:
            found, listed_money = _item_facts(doc, listed, found, speaker)
            if _COUNTED_ITEMS.search(text, max(start, amount.start - 40), amount.start):
                found = replace(found, recipient=None)
        share = shares(doc, index).get(amount.start)
        if share is not None:
            found = replace(
                found,
                recipient=found.recipient if share.keeps_own else share.recipient,
                period=share.period or found.period,
            )
        subject_purpose = receiving_subject(doc, index)
        if found.purpose is None and subject_purpose:
            found = replace(found, purpose=subject_purpose)
        if index > 0 and _refers_back(doc, index):
            found = found.filled_from(_facts(doc, index - 1, doc.sentences[index - 1][1], speaker))
        unknown = False
        if previous is not None:
            if found.period is None and _SAME_PERIOD.search(sentence):
                found = replace(found, period=previous[1].period)
            adjacent = previous[0] in (index, index - 1)
            # "Le Haut-Commissariat … (HCR) a reçu, pour sa part, N": a body the recogniser
            # missed receives; a grant to no one known, not the previous fact's recipient.
            unknown = unknown_receiver(doc, index) and adjacent and found.recipient is None
            if found.recipient is None and subject_purpose and adjacent:
                found = replace(
                    found,
                    recipient=previous[1].recipient,
                    funder=found.funder or previous[1].funder,
                )
        found = replace(
            found,
            recipient=site_of(doc, index, amount.end, found.recipient, owners),
            funder=None if found.funder == found.recipient else found.funder,
        )
        total = doc.totals.get(index)
        if total is not None:
            found, whole = _part_facts(doc, total, found, speaker)
            found.recipient = found.recipient or tied_recipient(doc, index, amount.start)
        own_source = programme_of_amount(doc, index, amount.end)
        if own_source is not None:
            found = replace(found, programme=own_source)
        elif found.programme and named_after_another_amount(
            doc, index, found.programme, amount.start
        ):
            found = replace(found, programme=None)
        # "60.000 euros chacune": one fact for each party of the group.
        parties: list[str | None] = [*each(doc, index, amount)] or [found.recipient]
        partyless = parties == [None] and found.programme is None
        given = (
            (
                found.funder is not None
                and _HANDING.search(sentence)
                and (to_someone(doc, index) or index in doc.totals.values())
            )
            or (share is not None and not share.keeps_own)
            or given_to_group(doc, index, amount.start)
            or (listed is not None and listed_money)
            or (total is not None and whole)
            or unknown
        )
        if partyless and not given:
            # A grant has a party: who gets it (one or a group the text names: "à Namur, Liège
            # et Mons", a "respectivement" it cannot pair), its programme, or who hands it over
            # ("le Gouvernement a octroyé aux intercommunales un montant total de N"); without
            # one, the amount is a cost, a price, a total, money a body spends on its own work.
            continue
        if found.programme is None:
            found = replace(found, programme=topic_programme(doc, index))
        of = total_of(
            doc, facts, amounts, number, _rows_total(doc, listed) if total is None else total
        )
        if found.programme is None and of is not None:
            # A part's programme is its total's, also one its total took from the text's topic.
            found = replace(found, programme=facts[of].programme)
        # A part's money reaches its total's body: not again as its own recipient, nor a place
        # its clause names after "pour" ("à la SOWAER, dont 31,2 millions pour Liège").
        reached = None if of is None else facts[of].recipient
        facts += [
            Funding(
                amount=number,
                recipient=None
                if reached and (party == reached or place_for(doc, index, party))
                else party,
                part_of=of,
                funder=found.funder,
                budget=found.budget,
                programme=found.programme,
                period=found.period,
                purpose=found.purpose,
                part=part,
                start=start,
                end=end,
                text=sentence,
                confidence=0.6 if partyless else 1.0,
            )
            for party in parties
        ]
        previous = (index, found)
    link_wholes(doc, facts, amounts)
    return facts


def _item_facts(
    doc: FundingText, listed: Item, own: _Facts, speaker: _Speaker
) -> tuple[_Facts, bool]:
    """An item's facts: its label's party, programme or year, then its own line's, then its
    lead's; and whether its lead speaks of money given (which makes even a party-less item a
    grant: "Les montants octroyés se répartissent comme suit :"; a cost split into items, "Le
    coût se répartit comme suit :", is not)."""
    found = own
    if listed.label is not None:
        l_start, l_end = listed.label
        inside = [m for m in doc.mentions if l_start <= m.start and m.end <= l_end and m.id]
        party = label_party(doc, l_start, l_end)
        source = next((m.id for m in inside if m in doc.sources), None)
        year = Period(listed.year, listed.year) if listed.year else None
        found = _Facts(
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


def _lead_facts(doc: FundingText, lead: int, speaker: _Speaker) -> _Facts:
    """A list lead's facts; a lead that names no party continues the sentence before it in its
    paragraph, which names money ("Ce montant se décompose comme suit :", "Les premiers
    chantiers concerneront :" after "Pour X, l'enveloppe réservée s'élève à N"), unless it
    lists what something costs ("Le coût des travaux se répartit comme suit :"). A lead that
    points back to that money ("ces montants se répartissent comme suit :") continues it even
    from a paragraph of its own."""
    start, end = doc.sentences[lead]
    found = _facts(doc, lead, end, speaker)
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
    if _PARAGRAPH_BREAK.search(doc.text, p_end, start) and not pointing:
        return found
    if not _COST.search(doc.text, start, end):
        near = next(a.start for a in doc.amounts if p_start <= a.start < p_end)
        return found.filled_from(_facts(doc, before, near, speaker))
    return found


def _rows_total(doc: FundingText, listed: Item | None) -> int | None:
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
        _PARAGRAPH_BREAK.search(doc.text, doc.sentences[lead - 1][1], start)
        or _COST.search(doc.text, start, end)
        or doc.within([*doc.recipients, *doc.sources], lead)
    )
    return lead - 1 if continued or _BACK_REFERENCE.search(doc.text, start, end) else lead


def _part_facts(
    doc: FundingText, total: int, own: _Facts, speaker: _Speaker
) -> tuple[_Facts, bool]:
    """A "dont" part ("10 millions à X, dont 4 pour la gare"): its own clause's recipient and
    purpose, never the total's (the part is not given to the total's recipient a second time);
    the total's programme, period and funder; and whether the total is a grant."""
    start, end = doc.sentences[total]
    near = next((a.start for a in doc.amounts if start <= a.start < end), start)
    whole = _with_rest(doc, total, _facts(doc, total, near, speaker), speaker)
    listed = item(doc, total, near)
    if listed is not None:
        # "- IGRETEC : 16,3 millions d'euros, dont 11,1 millions pour …": a row's total is
        # its label's party's, with its lead's programme, period and funder.
        whole = _item_facts(doc, listed, whole, speaker)[0]
    found = replace(
        own,
        programme=own.programme or whole.programme,
        period=own.period or whole.period,
        funder=own.funder or whole.funder,
    )
    return found, bool(whole.recipient or whole.programme or whole.funder)


def _with_rest(doc: FundingText, index: int, found: _Facts, speaker: _Speaker) -> _Facts:
    """A total's facts, with what the rest of its sentence after the "dont" clause says."""
    rest = doc.rests.get(index)
    if rest is None:
        return found
    return found.filled_from(_facts(doc, rest, doc.sentences[rest][0], speaker))


def _lent(text: str, amount: Amount) -> bool:
    """Whether the amount is a loan's or a guarantee's: the noun right after it ("N euros de
    prêts") or the noun phrase it measures ("un prêt de N", "2.725 prêts pour un montant total
    de N")."""
    return bool(
        _INSTRUMENT_AFTER.match(text, amount.end)
        or _INSTRUMENT_BEFORE.search(text, max(0, amount.start - 60), amount.start)
    )


def _refers_back(doc: FundingText, index: int) -> bool:
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
