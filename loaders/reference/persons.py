"""Deputies and ministers through time, so a question gets the party and post held on its date.

The files under `data/` (SOURCES-persons.md) give dated rows: a deputy's seat with the party of
that period, a minister's post with its official title. Rows are grouped into persons by the name
as the parliament prints it ("GALANT Jacqueline", compared without case, accents or punctuation),
or by the reference id (`person_id`) when two people share a name or one person was printed two
ways (the parliament's "DISABATO Emmanuel" in 2013, "DISABATO Manu" in 2020): every printed
form then finds the person. Party renames (cdH to Les Engagés) come from `parties.csv`, so an
old list need not be rewritten when a party changes name.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Literal

from loaders.ids import mint, short_hash, slug
from loaders.record import PersonRef
from loaders.reference.person_files import (
    Government,
    Legislature,
    Party,
    ReferenceError,
    Row,
    Source,
    Span,
    read_deputies,
    read_governments,
    read_legislatures,
    read_ministers,
    read_parties,
    read_sources,
)
from loaders.sources.walloon.names import display_name

DATA = Path(__file__).with_name("data")
Capacity = Literal["deputy", "minister"]


def name_key(as_written: str) -> str:
    """'GALANT  Jacqueline' and 'Galant Jacqueline' compare equal; so do ’ and '."""
    folded = unicodedata.normalize("NFKD", as_written).encode("ascii", "ignore").decode()
    return " ".join(re.findall(r"[a-z0-9]+", folded.lower()))


def _next_day(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


@dataclass(frozen=True)
class Dated:
    """One dated fact about a person: a seat, a post or a party, with the rows it came from."""

    span: Span
    files: tuple[str, ...]
    sources: tuple[str, ...]
    legislature: str | None = None
    constituency: str = ""
    government: str | None = None
    title: str = ""
    party: str | None = None


@dataclass
class KnownPerson:
    """What the reference files say of one person."""

    ref_id: str
    as_listed: str
    name: str
    key: str = ""
    mandates: list[Dated] = field(default_factory=list)
    posts: list[Dated] = field(default_factory=list)
    parties: list[Dated] = field(default_factory=list)
    printed: set[str] = field(default_factory=set)  # name keys of every row's printed name

    def mandate_on(self, day: str | None) -> Dated | None:
        return next((m for m in self.mandates if day and m.span.covers(day)), None)

    def post_on(self, day: str | None) -> Dated | None:
        return next((p for p in self.posts if day and p.span.covers(day)), None)

    def party_on(self, day: str | None) -> str | None:
        """The key of the party held that day; None when no dated row says so."""
        return next((p.party for p in self.parties if day and p.span.covers(day)), None)

    def holds(self, capacity: Capacity, day: str | None) -> bool:
        return (self.mandate_on(day) if capacity == "deputy" else self.post_on(day)) is not None


def _merge(items: list[Dated], *same: str) -> list[Dated]:
    """Contiguous periods of the same seat, post or party become one (a row per list, per
    party change, is how the files record them)."""
    out: list[Dated] = []
    for item in sorted(items, key=lambda d: d.span.start):
        last = out[-1] if out else None
        if (
            last is not None
            and all(getattr(last, name) == getattr(item, name) for name in same)
            and last.span.end is not None
            and item.span.start <= _next_day(last.span.end)
        ):
            end = None if item.span.end is None else max(last.span.end, item.span.end)
            approx = _approx(last.span.start_approx, item.span.end_approx)
            out[-1] = replace(
                last,
                span=Span(last.span.start, end, approx),
                files=tuple(dict.fromkeys(last.files + item.files)),
                sources=tuple(dict.fromkeys(last.sources + item.sources)),
            )
        else:
            out.append(item)
    return out


def _approx(start: bool, end: bool) -> str:
    return {(False, False): "", (True, False): "from", (False, True): "to"}.get(
        (start, end), "both"
    )


def _renamed(spell: Dated, parties: dict[str, Party]) -> list[Dated]:
    """A party period that runs past its party's renaming is cut in two at the renaming."""
    party = parties[spell.party] if spell.party else None
    if party is None or party.span is None or party.span.end is None or not party.renamed_to:
        return [spell]
    cut = party.span.end
    if spell.span.end is not None and spell.span.end <= cut:
        return [spell]
    successor = replace(spell, party=party.renamed_to)
    if spell.span.start > cut:
        return _renamed(successor, parties)
    start_approx = _approx(spell.span.start_approx, False)
    before = replace(spell, span=Span(spell.span.start, cut, start_approx))
    after = replace(
        successor, span=Span(_next_day(cut), spell.span.end, _approx(False, spell.span.end_approx))
    )
    return [before, *_renamed(after, parties)]


class PersonRegistry:
    """Look-ups over the reference files: who a printed name is, and what they held that day."""

    def __init__(
        self,
        rows: list[Row],
        legislatures: dict[str, Legislature],
        parties: dict[str, Party],
        governments: dict[str, Government],
        sources: dict[str, Source],
    ) -> None:
        self.legislatures = legislatures
        self.parties = parties
        self.governments = {government.key: government for government in governments.values()}
        self.sources = sources
        self._party_keys = {
            name_key(alias): party.key
            for party in parties.values()
            for alias in (party.short, party.label, *party.aliases)
        }
        self.persons = self._group(rows)
        self._by_name: dict[str, list[KnownPerson]] = defaultdict(list)
        for person in self.persons.values():
            for printed in sorted(person.printed):
                self._by_name[printed].append(person)
        self._assign_keys()

    def party_key(self, printed: str, where: str) -> str | None:
        if not printed:
            return None
        key = self._party_keys.get(name_key(printed))
        if key is None:
            raise ReferenceError(f"{where}: unknown party {printed!r} (see parties.csv)")
        return key

    def _group(self, rows: list[Row]) -> dict[str, KnownPerson]:
        ids: dict[str, set[str]] = defaultdict(set)
        for row in rows:
            if row.person_id:
                ids[name_key(row.as_listed)].add(row.person_id)
        persons: dict[str, KnownPerson] = {}
        for row in rows:
            where = f"{row.file}:{row.line}"
            named = ids[name_key(row.as_listed)]
            if not row.person_id and len(named) > 1:
                raise ReferenceError(f"{where}: {row.as_listed} has homonyms; give its person_id")
            ref_id = row.person_id or (next(iter(named)) if named else slug(row.as_listed))
            person = persons.setdefault(
                ref_id, KnownPerson(ref_id, row.as_listed, display_name(row.as_listed)[2])
            )
            fact = Dated(
                span=row.span,
                files=(row.file,),
                sources=row.sources,
                legislature=row.legislature,
                constituency=row.constituency,
                government=row.government,
                title=row.title,
                party=self.party_key(row.party, where),
            )
            person.printed.add(name_key(row.as_listed))
            (person.mandates if row.legislature else person.posts).append(fact)
            if fact.party:
                person.parties.append(replace(fact, legislature=None, government=None, title=""))
        for person in persons.values():
            person.mandates = _merge(person.mandates, "legislature")
            person.posts = _merge(person.posts, "government", "title")
            spells = [s for p in _merge(person.parties, "party") for s in _renamed(p, self.parties)]
            person.parties = _merge(spells, "party")
            _check_one_party_a_day(person)
        return persons

    def _assign_keys(self) -> None:
        """Readable name slugs; people who share one are told apart by their reference id."""
        by_slug: dict[str, list[KnownPerson]] = defaultdict(list)
        for person in self.persons.values():
            by_slug[slug(person.name)].append(person)
        for name, people in by_slug.items():
            for person in people:
                person.key = name if len(people) == 1 else f"{name}-{slug(person.ref_id)}"

    def candidates(self, as_written: str) -> list[KnownPerson]:
        return list(self._by_name.get(name_key(as_written), ()))

    def find(self, as_written: str) -> KnownPerson | None:
        """The one person of that name, or None when unknown or ambiguous without a date."""
        found = self.candidates(as_written)
        return found[0] if len(found) == 1 else None

    def resolve(self, as_written: str, day: str | None, capacity: Capacity) -> KnownPerson | None:
        """The person a printed name means on that day: the only one of that name, else the one
        who held a seat (asker) or a post (addressee) that day. None when nobody fits or the
        name stays ambiguous: a wrong person is worse than an unknown one."""
        found = self.candidates(as_written)
        if len(found) <= 1:
            return found[0] if found else None
        for test in (capacity, "deputy" if capacity == "minister" else "minister"):
            holding = [person for person in found if person.holds(test, day)]
            if len(holding) == 1:
                return holding[0]
        return None

    def legislature_on(self, day: str | None) -> Legislature | None:
        found = (leg for leg in self.legislatures.values() if day and leg.span.covers(day))
        return next(found, None)

    def party_short(self, key: str | None) -> str | None:
        return self.parties[key].short if key else None

    def __len__(self) -> int:
        return len(self.persons)


def _check_one_party_a_day(person: KnownPerson) -> None:
    for first, second in zip(person.parties, person.parties[1:], strict=False):
        if first.span.end is None or second.span.start <= first.span.end:
            raise ReferenceError(
                f"{'/'.join(first.files + second.files)}: {person.as_listed} is in two parties "
                f"({first.party}, {second.party}) on {second.span.start}"
            )


def post_iri(parliament: str, title: str) -> str:
    """A post is keyed by its title in that parliament's government: the same title is the same
    seat, whoever holds it, so its holders over time are its dated memberships."""
    return mint("post", parliament, f"{slug(title, 60)}-{short_hash(title)}")


def post_title(known: KnownPerson | None, ref: PersonRef, day: str | None) -> str | None:
    """The title a post is keyed by: the reference post held that day, whatever wording the page
    prints for it; else the printed title (a post the reference data does not know)."""
    held = known.post_on(day) if known else None
    return held.title if held else ref.role


def load_registry(folder: Path) -> PersonRegistry:
    sources = read_sources(folder)
    legislatures = read_legislatures(folder, sources)
    parties = read_parties(folder, sources)
    governments = read_governments(folder, sources)
    rows = read_deputies(folder, legislatures, sources)
    rows += read_ministers(folder, governments, sources)
    return PersonRegistry(rows, legislatures, parties, governments, sources)


@cache
def load_persons() -> PersonRegistry:
    return load_registry(DATA)
