"""The government and the region of each parliament (`governments.csv`): whom a minister's "j'ai
pu dégager", a text's "le Gouvernement a décidé d'octroyer" and "la Région a octroyé" name as
the funder."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from loaders.ids import mint
from loaders.record import Entity
from loaders.reference.gazetteer import load_gazetteer

TABLE = Path(__file__).with_name("governments.csv")


@cache
def _rows() -> dict[str, dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as handle:
        return {row["parliament"]: row for row in csv.DictReader(handle)}


def government_of(parliament: str) -> Entity | None:
    """The reference organisation that governs with `parliament`, or None for one not listed."""
    return _institution(parliament, "government")


def region_of(parliament: str) -> Entity | None:
    """The region of `parliament` as a legal person ("la Région a octroyé"), or None."""
    return _institution(parliament, "region")


def territory_of(region: str | None) -> str | None:
    """The place that is the territory of `region` (an organisation IRI): "la Wallonie" that
    gives money ("financé par la Wallonie") is the region as a legal person."""
    for row in _rows().values():
        if region and mint("organisation", row["region"]) == region and row["territory"]:
            return mint("place", row["territory"])
    return None


def _institution(parliament: str, column: str) -> Entity | None:
    key = _rows().get(parliament, {}).get(column)
    return load_gazetteer().by_id(mint("organisation", key)) if key else None
