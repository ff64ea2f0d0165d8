""" "respectivement": amounts paired in order with the parties or years named before the word.

"Liège et Namur ont reçu respectivement 61,2 et 54,8 millions d'euros": the first amount is
Liège's, the second Namur's. "En 2019 et 2020, elle a perçu respectivement 3 et 4 millions":
each amount has its year. The pairing holds only when the counts agree; otherwise nothing is
paired, since a wrong pair is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.funding.sentences import FundingText
from loaders.record import Period

_RESPECTIVELY = re.compile(r"(?<!\w)respectivement(?!\w)", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d/])(?<![\d][.,])(?:19|20)\d\d(?![\d/]|[.,]\d)")


@dataclass(frozen=True)
class Share:
    """What "respectivement" gives one amount: its party and its year, when named."""

    recipient: str | None
    period: Period | None


def shares(doc: FundingText, index: int) -> dict[int, Share]:
    """Each amount of sentence `index` after "respectivement" (by start offset) and its share."""
    start, end = doc.sentences[index]
    word = _RESPECTIVELY.search(doc.text, start, end)
    if word is None:
        return {}
    amounts = [a.start for a in doc.amounts if word.end() <= a.start < end]
    if len(amounts) < 2:
        return {}
    parties: list[str] = []
    for mention in doc.within(doc.recipients, index):
        if mention.end <= word.start() and mention.id and mention.id not in parties:
            parties.append(mention.id)
    years = [m.group() for m in _YEAR.finditer(doc.text, start, word.start())]
    found_parties = parties if len(parties) == len(amounts) else [None] * len(amounts)
    found_years = years if len(years) == len(amounts) else [None] * len(amounts)
    return {
        amount: Share(party, Period(year, year) if year else None)
        for amount, party, year in zip(amounts, found_parties, found_years, strict=True)
    }
