"""A part and its total: "10 millions à X, dont 4 pour la gare", and the rows of a list whose lead
sentence gives the money they share ("Une enveloppe de 3 millions est répartie comme suit :").

A part is a fact of its own; `Funding.part_of` names its total, so that a sum over facts counts
the money once and a part whose clause names no recipient reaches its total's.
"""

from __future__ import annotations

from collections.abc import Sequence

from loaders.extract.funding.sentences import FundingText
from loaders.record import Amount, Funding


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
