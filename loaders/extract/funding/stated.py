"""A funder stated in a sentence of its own, after the grants it gives.

An administrative answer often lists its grants first and says who pays them in a sentence of
its own: "Les subventions sont octroyées par la DGO6.", "La subvention est liquidée par le
SPW.", "Ces subventions sont engagées par Infrasports.", "Ces montants sont liquidés par le
SPW." The sentence names no amount; its subject is the grants themselves (a determiner and a
noun of money given or its sums: "les subventions", "ces subsides", "les promesses de
subsides", "ces montants", "les sommes") and its "par" agent, by the frames of `frames.csv`
(`liquider`, `engager` disburse), is who gives them. It names the funder of the grants before it
that name none, back to a turn to another matter (`turns.txt`, `asides.txt`) or to the previous
such sentence. Only grants that reach someone take it: a fact with a recipient, a part of a
total, or a total its parts share. A scheme's endowment alone ("Le plan P est doté de N") is
money set aside, not one of "les subventions".
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.extract.funding.frames import GRANT_NOUNS
from loaders.extract.funding.funder import Institutions, funder
from loaders.extract.funding.sentences import AGENT, FundingText
from loaders.record import Funding

# The grants as the subject of a passive: "Les subventions sont", "Ces deux subsides ont été",
# "Les promesses de subsides sont", "Ces montants sont liquidés", "Les sommes seront versées";
# not "les autres subventions" (others than those before), nor a list's lead ("Les subventions
# octroyées par X se répartissent comme suit :").
_GRANTS_SUBJECT = re.compile(
    r"\s*(?:les|la|le|ces|cette|ce|l['’])\s*(?!autres?\s)(?:[^\W\d]+\s+){0,2}?"
    rf"(?:{GRANT_NOUNS}|montants?|sommes?)(?!\w)(?:\s+(?:de|d['’])\s*[^\W\d]+)?"
    r"\s+(?:sont|est|seront|sera|étaient|était|ont\s+été|a\s+été)\s",
    re.IGNORECASE,
)
_AGENT = re.compile(AGENT, re.IGNORECASE)


def stated_funders(
    doc: FundingText,
    facts: list[Funding],
    known: Institutions,
    minister: bool,
    shared: frozenset[int] | set[int] = frozenset(),
) -> list[Funding]:
    """`facts` with the funder a later sentence of their text states for them; `shared` are
    the facts whose money a distribution shares, totals as a "dont" part's whole is."""
    found = list(facts)
    wholes = {f.part_of for f in facts if f.part_of is not None} | shared
    for index in range(len(doc.sentences)):
        giver = _stated(doc, index, known, minister)
        if giver is None:
            continue
        for number, fact in enumerate(found):
            sentence = doc.sentence_of(fact.start)
            reaches = fact.recipient or fact.part_of is not None or number in wholes
            if (
                fact.funder is None
                and sentence < index
                and reaches
                and not _turned(doc, sentence, index, known, minister)
            ):
                found[number] = replace(fact, funder=giver)
    return found


def _stated(doc: FundingText, index: int, known: Institutions, minister: bool) -> str | None:
    """The funder sentence `index` states for grants named before it, else None."""
    start, end = doc.sentences[index]
    if doc.has_amount(index) or not _GRANTS_SUBJECT.match(doc.text, start, end):
        return None
    if not _AGENT.search(doc.text, start, end):
        return None
    return funder(doc, index, known, minister)


def _turned(doc: FundingText, after: int, until: int, known: Institutions, minister: bool) -> bool:
    """Whether a sentence after `after` up to `until` turns to another matter or states a
    funder of its own for the grants before it."""
    for index in range(after + 1, until + 1):
        if doc.turns_away(index):
            return True
        if index < until and _stated(doc, index, known, minister) is not None:
            return True
    return False
