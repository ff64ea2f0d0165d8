"""A part and its total: "10 millions à X, dont 4 pour la gare", and the rows of a list whose lead
sentence gives the money they share ("Une enveloppe de 3 millions est répartie comme suit :").

A part is a fact of its own; `Funding.part_of` names its total, so that a sum over facts counts
the money once and a part whose clause names no recipient reaches its total's.

Three more wholes are read once every fact of a text is known (`link_wholes`, then
`link_included`): a table's total row that is the sum of the rows right above it ("Total
853.300 €"); a sum the text gives as a programme's whole for a period ("un montant total de 255
millions d'euros au titre du FRIC pour 2019-2021", no single recipient), which holds the later
facts of that programme and period when together they fit in it; and money named before that a
later sentence says holds a part ("Pour Mons, ce montant comprend 2,5 M€ pour …", "la
subvention inclut N destinés au CPAS de X": `includes.txt`), the fact of the topic's body, else
the one just before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.extract.funding.frames import MONEY_NOUNS, phrases
from loaders.extract.funding.sentences import FundingText
from loaders.record import Amount, Funding

_WHOLE = phrases("whole-words.txt")
# Money named before, then a verb of holding, right before the part's amount: "ce montant
# comprend", "la subvention inclut notamment".
_INCLUDED = re.compile(
    rf"(?:ce|cet|cette|ces|le|la|les|l['’])\s*(?:même\s+)?{MONEY_NOUNS}\s+"
    rf"{phrases('includes.txt').pattern}\s+(?:notamment\s+|également\s+)?$",
    re.IGNORECASE,
)
# "Pour Mons, …", "En ce qui concerne X, …": the topic the sentence opens with.
_TOPIC = re.compile(r"\s*(?:pour|quant\s+à|concernant|en\s+ce\s+qui\s+concerne)\s", re.I)
# Where the clause holding an amount starts, looking back from it: a stop that is no number's.
_CLAUSE_STOP = re.compile(r"[;:]|[,.](?!\d)")
TOLERANCE = 0.005
"""A table's total row is the sum of its rows to within this share (rounded cells)."""


def total_of(
    doc: FundingText,
    facts: Sequence[Funding],
    amounts: Sequence[Amount],
    part: int,
    sentence: int | None,
) -> int | None:
    """The index in `facts` of the total of the amount `amounts[part]`: the one fact read from
    sentence `sentence` (the total's clause, or the list's lead), when its amount is in the same
    currency and no smaller. None without such a fact, or with several (one per party of "N euros
    chacune", or two sums in one clause): the text does not say which one holds the part."""
    if sentence is None:
        return None
    start = doc.sentences[sentence][0]
    found = [i for i, fact in enumerate(facts) if fact.start == start]
    if len(found) != 1:
        return None
    whole, own = amounts[facts[found[0]].amount], amounts[part]
    if whole.currency != own.currency or own.value > whole.value:
        return None
    return found[0]


def link_wholes(doc: FundingText, facts: Sequence[Funding], amounts: Sequence[Amount]) -> None:
    """Set `part_of` on the rows a table's total row sums, then on the facts a programme's
    declared whole holds (see the module's docstring)."""
    for index, whole in enumerate(facts):
        if whole.part_of is None:
            _rows_summed_by(doc, facts, amounts, index)
    for index, whole in enumerate(facts):
        if whole.part_of is None and whole.recipient is None and whole.programme:
            _held_by_declared(doc, facts, amounts, index)


def link_included(doc: FundingText, facts: Sequence[Funding], amounts: Sequence[Amount]) -> None:
    """Set `part_of` on the parts later sentences say money named before holds ("Pour Mons, ce
    montant comprend N"), once the facts before them have all they take from the text."""
    for index, fact in enumerate(facts):
        amount = amounts[fact.amount]
        if fact.part_of is None and _INCLUDED.search(
            doc.text, max(fact.start, amount.start - 60), amount.start
        ):
            _included_in(doc, facts, amounts, index)


def _included_in(
    doc: FundingText, facts: Sequence[Funding], amounts: Sequence[Amount], index: int
) -> None:
    """Fact `index` is a part of money named before: the fact of the body its sentence opens
    with ("Pour Mons, ce montant comprend N"), the one whose sentence names that body, else the
    fact just before; the part takes its total's programme, period and funder (not when it
    names a fund of its own), and its own recipient only when its clause names another body."""
    part = facts[index]
    sentence = doc.sentence_of(part.start)
    start, end = doc.sentences[sentence]
    topic = None
    if _TOPIC.match(doc.text, start):
        topic = next((m for m in doc.mentions if start <= m.start < end and m.id), None)
    wanted = [
        i
        for i in range(index)
        if topic is None
        or facts[i].recipient == topic.id
        or any(m.id == topic.id for m in doc.mentions if facts[i].start <= m.start < facts[i].end)
    ]
    if not wanted or doc.sentence_of(facts[wanted[-1]].start) < sentence - 8:
        return
    whole = facts[wanted[-1]]
    if amounts[whole.amount].currency != amounts[part.amount].currency or (
        amounts[part.amount].value > amounts[whole.amount].value
    ):
        return
    reached = whole.recipient
    own = part.recipient
    if own == reached or (topic is not None and own == topic.id):
        own = None
    facts[index].part_of = wanted[-1]
    facts[index].recipient = own
    if part.programme not in (None, whole.programme):
        return  # "ce montant comprend N du PNRR": another fund's share, on that fund's terms
    facts[index].programme = whole.programme
    facts[index].period = part.period or whole.period
    facts[index].funder = part.funder or whole.funder


def _rows_summed_by(
    doc: FundingText, facts: Sequence[Funding], amounts: Sequence[Amount], index: int
) -> None:
    """The row facts right above a row that says it is a whole ("Total", `whole-words.txt`)
    become its parts when its amount is their sum: the word alone may head a row of its own
    ("Budget global du projet X"), and rows of 100, 200 and 300 are no total row by sum alone."""
    sentence = doc.sentence_of(facts[index].start)
    label = doc.text[doc.sentences[sentence][0] : amounts[facts[index].amount].start]
    if not doc.is_row(sentence) or not _WHOLE.search(label):
        return
    rows: list[int] = []
    for earlier in range(index - 1, -1, -1):
        above = doc.sentence_of(facts[earlier].start)
        if above != sentence - 1 - len(rows) or not doc.is_row(above):
            break
        rows.append(earlier)
    if len(rows) < 2 or any(facts[i].part_of is not None for i in rows):
        return
    whole = amounts[facts[index].amount]
    share = [amounts[facts[i].amount] for i in rows]
    if any(a.currency != whole.currency for a in share):
        return
    if abs(sum(a.value for a in share) - whole.value) <= TOLERANCE * whole.value:
        for i in rows:
            facts[i].part_of = index


def _held_by_declared(
    doc: FundingText, facts: Sequence[Funding], amounts: Sequence[Amount], index: int
) -> None:
    """The later facts of the same programme and period become parts of a sum the text gives as
    a whole, when they fit in it together."""
    whole, total = facts[index], amounts[facts[index].amount]
    window = doc.text[max(0, total.start - 60) : total.start]
    stops = list(_CLAUSE_STOP.finditer(window))
    clause = window[stops[-1].end() :] if stops else window
    if whole.period is None or not _WHOLE.search(clause):
        return
    held = [
        i
        for i in range(index + 1, len(facts))
        if facts[i].part_of is None
        and facts[i].programme == whole.programme
        and facts[i].period == whole.period
        and amounts[facts[i].amount].currency == total.currency
    ]
    if held and sum(amounts[facts[i].amount].value for i in held) <= total.value:
        for i in held:
            facts[i].part_of = index
