"""An envelope and its distribution: "Le montant alloué se répartit comme suit : X reçoit N, Y
M", "La répartition prévue entre les dépôts est la suivante : A, N ; B, M", "Pour les villes du
Hainaut, il se répartit comme suit :" then one row per town.

A sentence that distributes money (`distributions.txt`) without an amount of its own before its
distributing words shares an envelope a sentence before it gives: the nearest earlier sentence
of its paragraph with money given (not a rate), or of the paragraph before when it points back
to that money ("Le montant alloué", "il", "ce montant", "la répartition"). Its shares, in the
sentence itself or in the rows of the list it leads, and the remainder after it ("Le solde,
soit N, finance …"), are the envelope's money: they take the envelope's programme, period and
funder where they name none of their own, never its recipient (each share names its own),
except that a place a share names is where the envelope's body spends it, when that body is an
organisation (the depots of a transport company: the company's sites, not recipients).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from loaders.extract.funding.context import Facts
from loaders.extract.funding.frames import MONEY_NOUNS, phrases
from loaders.extract.funding.lists import item
from loaders.extract.funding.sentences import PARAGRAPH_BREAK, FundingText
from loaders.record import Amount, Funding

_DISTRIBUTES = phrases("distributions.txt")
# What points back to the money before: "Le montant alloué", "Il se répartit", "Ce montant",
# "La répartition", after an opening phrase ("Pour les villes du Hainaut, il …").
_POINTS_BACK = re.compile(
    rf"(?:[^,;:]{{0,60}},\s*)?(?:(?:il|elle)\s|(?:ce|cet|cette|ces)\s+{MONEY_NOUNS}(?!\w)"
    r"|(?:le|la|l['’])\s*(?:montant|enveloppe|somme|répartition)(?!\w))",
    re.IGNORECASE,
)
# The remainder of the envelope after its shares: "Le solde, soit 800.000 euros, finance …".
_REMAINDER = re.compile(r"\s*(?:le|la)\s+(?:solde|reste|reliquat|différence)(?!\w)", re.I)
# How many sentences before its distribution an envelope may stand.
_REACH = 4

Reader = Callable[[int], Facts]


def envelope_shares(
    doc: FundingText, facts: list[Funding], amounts: Sequence[Amount]
) -> dict[int, int]:
    """For each fact that is a share of an envelope, the sentence that gives the envelope."""
    found: dict[int, int] = {}
    for number, fact in enumerate(facts):
        amount = amounts[fact.amount]
        share = _distribution(doc, doc.sentence_of(amount.start), amount.start)
        envelope = None if share is None else _envelope(doc, share)
        if envelope is not None:
            found[number] = envelope
    return found


def envelopes(
    doc: FundingText, facts: list[Funding], amounts: Sequence[Amount], shared: dict[int, int]
) -> set[int]:
    """The facts whose money the `shared` facts share: the envelopes' own facts."""
    sentences = set(shared.values())
    return {
        number
        for number, fact in enumerate(facts)
        if doc.sentence_of(amounts[fact.amount].start) in sentences
    }


def distributed(
    doc: FundingText,
    facts: list[Funding],
    amounts: Sequence[Amount],
    shared: dict[int, int],
    envelope_facts: Reader,
) -> list[Funding]:
    """`facts` with what the envelope of each share (`shared`) gives it: programme, period
    and funder where it has none. `envelope_facts(index)` reads the facts of an envelope
    sentence that holds no fact of its own."""
    found = list(facts)
    for number, envelope in shared.items():
        fact = found[number]
        own = [f for f in found if doc.sentence_of(amounts[f.amount].start) == envelope]
        given = (
            Facts(own[0].recipient, own[0].programme, own[0].period, funder=own[0].funder)
            if own
            else envelope_facts(envelope)
        )
        found[number] = replace(
            fact,
            recipient=_site_owner(doc, fact.recipient, given.recipient),
            programme=fact.programme or given.programme,
            period=fact.period or given.period,
            funder=fact.funder or given.funder,
        )
    return found


def _site_owner(doc: FundingText, share: str | None, envelope: str | None) -> str | None:
    """The party of a share: a place a share names is where the envelope's body spends it
    ("La répartition entre les dépôts est la suivante : Jumet, 7,2 millions" after money for
    the OTW), when that body is an organisation; otherwise the share's own party."""
    if share is None or envelope is None:
        return share
    kinds = {m.id: m.type for m in doc.mentions if m.id}
    if kinds.get(share) == "place" and kinds.get(envelope) == "organisation":
        return envelope
    return share


def _distribution(doc: FundingText, index: int, near: int) -> int | None:
    """The sentence that distributes the money at `near` of sentence `index`: the sentence
    itself before that amount, the lead of its list row, or, for a remainder ("Le solde, …"),
    the sentence before it."""
    start, _ = doc.sentences[index]
    if _distributes(doc, index, near):
        return index
    listed = item(doc, index, near)
    if listed is not None and listed.lead is not None:
        _, lead_end = doc.sentences[listed.lead]
        if _distributes(doc, listed.lead, lead_end):
            return listed.lead
    if (
        index > 0
        and _REMAINDER.match(doc.text, start)
        and _distributes(doc, index - 1, doc.sentences[index - 1][1])
    ):
        return index - 1
    return None


def _distributes(doc: FundingText, index: int, until: int) -> bool:
    """Whether sentence `index` distributes money it names no amount of before `until`: its
    distributing words, then a colon that opens the shares ("se répartit comme suit :"); "les
    aides sont réparties à parts égales, pour un total de N" distributes its own total."""
    start, _ = doc.sentences[index]
    words = _DISTRIBUTES.search(doc.text, start, until)
    if words is None or ":" not in doc.text[words.end() : until + 1]:
        return False
    return not any(start <= a.start < words.start() for a in doc.amounts)


def _envelope(doc: FundingText, share: int) -> int | None:
    """The sentence before distribution `share` that gives the money it distributes."""
    start, _ = doc.sentences[share]
    back = bool(_POINTS_BACK.match(doc.text, start))
    for before in range(share - 1, max(-1, share - 1 - _REACH), -1):
        b_start, b_end = doc.sentences[before]
        next_start = doc.sentences[before + 1][0]
        if PARAGRAPH_BREAK.search(doc.text, b_end, next_start):
            if not back:
                return None
            back = False  # one paragraph back at most
        if any(b_start <= a.start < b_end and a.per is None for a in doc.amounts):
            return before
    return None
