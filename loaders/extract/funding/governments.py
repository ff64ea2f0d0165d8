"""The government of each parliament (`governments.csv`): whom a minister's "j'ai pu dégager" and
a text's "le Gouvernement a décidé d'octroyer" name as the funder."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from loaders.ids import mint
from loaders.record import Entity
from loaders.reference.gazetteer import load_gazetteer

TABLE = Path(__file__).with_name("governments.csv")


@cache
def _governments() -> dict[str, str]:
    with TABLE.open(encoding="utf-8", newline="") as handle:
        return {row["parliament"]: row["government"] for row in csv.DictReader(handle)}


def government_of(parliament: str) -> Entity | None:
    """The reference organisation that governs with `parliament`, or None for one not listed."""
    key = _governments().get(parliament)
    return load_gazetteer().by_id(mint("organisation", key)) if key else None
