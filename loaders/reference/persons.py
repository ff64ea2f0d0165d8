"""Deputies and ministers from the project's reference files, so one person is one IRI everywhere.

The files under `data/` are copies of the lists in `SOURCES.md`; a person is found by the name as
the parliament prints it ("GALANT Jacqueline"), compared without case, accents or punctuation.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("data")

# Walloon legislatures by the date their parliament was elected; a question dated after an
# election belongs to the next one.
LEGISLATURES: tuple[tuple[str, str], ...] = (
    ("2009-06-07", "2009-2014"),
    ("2014-05-25", "2014-2019"),
    ("2019-05-26", "2019-2024"),
    ("2024-06-09", "2024-2029"),
)


def legislature_of(day: str | None, session: str) -> str:
    """The legislature a question belongs to, from its date, else from its session's first year."""
    when = day or f"{session[:4]}-12-31"
    current = LEGISLATURES[0][1]
    for elected, name in LEGISLATURES:
        if when >= elected:
            current = name
    return current


def name_key(as_written: str) -> str:
    """'GALANT  Jacqueline' and 'Galant Jacqueline' compare equal; so do ’ and '."""
    folded = unicodedata.normalize("NFKD", as_written).encode("ascii", "ignore").decode()
    return " ".join(re.findall(r"[a-z0-9]+", folded.lower()))


@dataclass(frozen=True)
class MinisterTerm:
    government: str
    start: str
    end: str | None
    title: str

    def covers(self, day: date | str | None) -> bool:
        if day is None:
            return False
        text = str(day)
        return self.start <= text and (self.end is None or text <= self.end)


@dataclass
class KnownPerson:
    """What the reference files say of one person."""

    as_listed: str
    parties: dict[str, str] = field(default_factory=dict)
    constituencies: dict[str, str] = field(default_factory=dict)
    gender: str | None = None
    pw_id: str | None = None
    minister_terms: list[MinisterTerm] = field(default_factory=list)
    minister_party: str | None = None
    sources: set[str] = field(default_factory=set)

    def party_on(self, legislature: str) -> str | None:
        """The party listed for that legislature, else as minister, else the latest one known."""
        if legislature in self.parties:
            return self.parties[legislature]
        if self.minister_party:
            return self.minister_party
        return self.parties[max(self.parties)] if self.parties else None

    def is_deputy_in(self, legislature: str) -> bool:
        return legislature in self.parties


class PersonRegistry:
    """Look-ups over the deputies' and ministers' files."""

    def __init__(self, people: dict[str, KnownPerson]) -> None:
        self._people = people

    def find(self, as_written: str) -> KnownPerson | None:
        return self._people.get(name_key(as_written))

    def __len__(self) -> int:
        return len(self._people)


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def load_persons() -> PersonRegistry:
    people: dict[str, KnownPerson] = {}

    def person(as_listed: str, source: str) -> KnownPerson:
        known = people.setdefault(name_key(as_listed), KnownPerson(as_listed=as_listed))
        known.sources.add(source)
        return known

    for row in _rows("deputies-2019-2024.csv"):
        known = person(row["full_name_as_listed"], "deputies-2019-2024.csv")
        known.parties["2019-2024"] = row["party"]
        known.constituencies["2019-2024"] = row["circonscription"]
        known.gender = row["gender"] or None
        known.pw_id = row["pw_id"] or None
    for row in _rows("deputies-2014-2019.csv"):
        known = person(row["full_name_as_listed"], "deputies-2014-2019.csv")
        known.parties["2014-2019"] = row["party"]
    for row in _rows("ministers.csv"):
        known = person(f"{row['surname']} {row['given_name']}", "ministers.csv")
        known.minister_terms.append(
            MinisterTerm(
                government=row["government"],
                start=row["from"],
                end=row["to"] or None,
                title=row["title"],
            )
        )
        known.minister_party = row["party"]
    return PersonRegistry(people)
