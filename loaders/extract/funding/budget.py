"""The kind of budget the money comes from, when the text says it: an adjective of a noun of
money ("9 millions d'euros de budget structurel", "des budgets complémentaires", "un budget
exceptionnel", "une enveloppe budgétaire ponctuelle"). The adjectives and their kinds are data
(`budgets.csv`)."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import cast

from loaders.extract.funding.frames import MONEY_NOUNS
from loaders.extract.funding.sentences import FundingText
from loaders.record import BudgetKind

with Path(__file__).with_name("budgets.csv").open(encoding="utf-8", newline="") as _handle:
    _KINDS = {row["word"]: cast(BudgetKind, row["kind"]) for row in csv.DictReader(_handle)}
_WORDS = "|".join(sorted(map(re.escape, _KINDS), key=len, reverse=True))
_KIND = re.compile(
    rf"(?<!\w){MONEY_NOUNS}(?:\s+budgétaires?)?\s+(?P<word>{_WORDS})(?!\w)", re.IGNORECASE
)


def budget(doc: FundingText, index: int, near: int) -> BudgetKind | None:
    """The kind of budget sentence `index` gives, the one nearest position `near` first."""
    start, end = doc.sentences[index]
    found = [
        (abs(m.start() - near), m.group("word").lower())
        for m in _KIND.finditer(doc.text, start, end)
    ]
    return _KINDS.get(min(found)[1]) if found else None
