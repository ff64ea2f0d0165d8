"""When the money is given: a period of the sentence, except a programme's own, else the one
its paragraph stated before it.

"financé par l'Union européenne (2021-2027)": a period in parentheses after a named thing in a
clause that names a programme, or a bare period right after a programme's name ("le FEDER
2021-2027"), is the programme's, not the allocation's. A date right after the participle of
another event ("l'appel lancé en janvier 2018", "retenu en 2023", `event-participles.txt`) is
that event's; a period after "pour" is the money's still ("les projets retenus pour 2018").
"""

from __future__ import annotations

import re

from loaders.extract.funding.frames import phrases
from loaders.extract.funding.lists import listed_lead
from loaders.extract.funding.sentences import (
    GIVING_VERB,
    PARAGRAPH_BREAK,
    RECEIVING_VERB,
    SOURCE_TYPES,
    FundingText,
)
from loaders.extract.periods import PeriodSpan
from loaders.record import Period

_NAME_TO_PERIOD = re.compile(r"\s*(?:\([A-Z][\w+-]{1,12}\))?[\s()]*")
# "lancé en", "approuvée le", "adoptés dès": an event's participle, then the date's preposition.
_EVENT = re.compile(
    phrases("event-participles.txt", ending="e?s?").pattern + r"\s+(?:(?:en|le|dès|depuis)\s+)?$",
    re.IGNORECASE,
)
# A word with a capital inside or an acronym right before a bare period: "PwDR 2014-2022".
# Or a scheme's noun phrase, "du programme de rénovation du parc public 2020-2024".
_SCHEME_BEFORE = re.compile(
    r"(?<!\w)(?:programmes?|programmation|plans?|fonds|dispositifs?|stratégies?|contrats?"
    r"|appels?\s+à\s+projets)(?!\w)[^,;:.()\d]{0,60}$",
    re.IGNORECASE,
)
# Prepositions of the time the money is for: "les dotations du Fonds Y pour 2019-2021", and
# "retenus pour 2018" even right after an event's participle.
_FOR = r"(?:pour|sur|durant|pendant)"
_FOR_OPENING = re.compile(rf"{_FOR}\s", re.IGNORECASE)
_TIME_PREPOSITION = re.compile(rf"(?<!\w){_FOR}\s+$", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"(?<![\w'’])(?:[A-ZÀ-Ý][\w+]*[A-ZÀ-Ý+][\w+]*|[A-ZÀ-Ý]{2,}\w*)\s+$")


def period(doc: FundingText, index: int, near: int) -> Period | None:
    """The closed period of sentence `index` nearest to position `near` (the amount)."""
    start, end = doc.sentences[index]
    usable = _usable(doc, index)
    if not usable:
        return None
    # "En 2019, X a reçu N ; en 2020, M": a period of the amount's own clause first.
    c_start = doc.text.rfind(";", start, near) + 1
    c_end = doc.text.find(";", near, end) % (end + 1)
    clause = [p for p in usable if c_start <= p.start and p.end <= c_end]
    # The gap between the period and the amount's words: "6,74 millions en 2021, contre 2,9
    # millions en 2020" gives 2020 to the second amount, right after it.
    end_of = next((a.end for a in doc.amounts if a.start == near), near)
    candidates = clause or usable
    # "Pour 2012, la quote-part s'élève à N, contre M en 2011": a period after another amount
    # that follows this one is that amount's, when the sentence states another.
    own = [p for p in candidates if not _past_another_amount(doc, end_of, p)]
    chosen = min(
        own or candidates,
        key=lambda p: p.start - end_of if p.start >= end_of else max(0, near - p.end),
    )
    return Period(chosen.start_year or "", chosen.end_year or "")


def _past_another_amount(doc: FundingText, end_of: int, found: PeriodSpan) -> bool:
    """Whether another amount stands between the amount ending at `end_of` and a period after
    it."""
    return any(end_of <= a.start and a.end <= found.start for a in doc.amounts)


def governing_period(doc: FundingText, index: int) -> Period | None:
    """The period a sentence stating none of its own reads from its paragraph: the one stated
    last before it, by a sentence about money ("Trois incubateurs reçoivent une subvention pour
    2016. Le WSL perçoit N."), as a programme named once governs what follows
    (tests/corpus/README.md). None across a paragraph (a new topic), past a sentence that turns
    to another matter (`turns.txt`, `asides.txt`), from a sentence about something else ("Le
    trésor rouvrira en 2021.") or with two periods ("en 2019, N ; en 2020, M"). A list's row
    reads its lead's, not a sibling row's ("• X octroie N, liquidée entre 2016 et 2018 ; • Y
    prend une participation de M": the years are X's grant's)."""
    lead = listed_lead(doc, index)
    for before in range(index - 1, -1, -1):
        after = doc.sentences[before + 1][0]
        if PARAGRAPH_BREAK.search(doc.text, doc.sentences[before][1], after) or doc.turns_away(
            before + 1
        ):
            return None
        if lead is not None and before > lead:
            continue  # a sibling row
        stated = {(p.start_year or "", p.end_year or "") for p in _usable(doc, before)}
        if stated:
            about_money = doc.has_amount(before) or any(
                verb.search(doc.text, *doc.sentences[before])
                for verb in (GIVING_VERB, RECEIVING_VERB)
            )
            return Period(*stated.pop()) if len(stated) == 1 and about_money else None
    return None


def _usable(doc: FundingText, index: int) -> list[PeriodSpan]:
    """The closed periods of sentence `index` that date the money: not a name's, nor an
    event's."""
    start, end = doc.sentences[index]
    return [
        p
        for p in doc.periods
        if start <= p.start
        and p.end <= end
        and p.start_year
        and p.end_year
        and not _belongs_to_a_name(doc, p, start)
        and not (
            _EVENT.search(doc.text, max(start, p.start - 30), p.start)
            and not _FOR_OPENING.match(p.text)
        )
    ]


def _belongs_to_a_name(doc: FundingText, found: PeriodSpan, sentence_start: int) -> bool:
    """A programme's own period: right after its name, or in parentheses after a name in a
    clause that names a programme ("du Plan … financé par l'Union européenne (2021-2027)")."""
    bare = found.text[:1].isdigit()  # "entre 2023 et 2027" is the clause's, not a name's
    for mention in doc.mentions:
        gap = doc.text[mention.end : found.start]
        if bare and mention.end <= found.start and _NAME_TO_PERIOD.fullmatch(gap):
            return mention.type in SOURCE_TYPES or found.bracketed
    window = max(0, found.start - 80)
    if bare and _TIME_PREPOSITION.search(doc.text, window, found.start):
        return False  # "les dotations du Fonds Y pour 2019-2021": the clause's time
    if bare and (
        _NAME_BEFORE.search(doc.text, window, found.start)
        or _SCHEME_BEFORE.search(doc.text, window, found.start)
    ):
        return True  # "du PwDR 2014-2022": a name the reference data does not know
    if not found.bracketed:
        return False
    clause_start = max(sentence_start, doc.text.rfind(",", sentence_start, found.start) + 1)
    return any(clause_start <= m.start < found.start for m in doc.sources)
