"""Reading the person reference files: legislatures, parties, governments, deputies, ministers.

Every row is checked as it is read, and a bad row stops the load with one line naming the file,
the line and the reason: reference data is the project's own, so an error in it is a bug to fix,
not an input to skip. Dates are ISO days; `approx` says which end of a row's period is only known
to the month or so ("from", "to", "both"), so that precision is never invented.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

APPROX = {"", "from", "to", "both"}


class ReferenceError(ValueError):
    """A reference file that cannot be read as documented."""


@dataclass(frozen=True)
class Span:
    """A period of days, both ends included; `end` None means still running."""

    start: str
    end: str | None
    approx: str = ""

    def covers(self, day: str) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    @property
    def start_approx(self) -> bool:
        return self.approx in ("from", "both")

    @property
    def end_approx(self) -> bool:
        return self.approx in ("to", "both")


@dataclass(frozen=True)
class Source:
    key: str
    label: str
    url: str
    checked: str


@dataclass(frozen=True)
class Term:
    """A legislature or a government: a named, dated body."""

    key: str
    label: str
    span: Span
    sources: tuple[str, ...]


Legislature = Term
Government = Term


@dataclass(frozen=True)
class Party:
    key: str
    short: str
    label: str
    aliases: tuple[str, ...]
    span: Span | None
    renamed_to: str | None
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Row:
    """One deputy or minister row, before rows are grouped into persons."""

    file: str
    line: int
    as_listed: str
    person_id: str
    party: str
    span: Span
    sources: tuple[str, ...]
    legislature: str | None = None
    constituency: str = ""
    government: str | None = None
    title: str = ""
    title_source: str = ""


def _read(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            if None in row or None in row.values():
                raise ReferenceError(f"{path.name}:{line}: wrong number of columns")
            # One plain space between words: a copied list may hold non-breaking spaces
            # ("ANTOINE\u00a0André"), which would reach the graph's labels otherwise.
            yield line, {key: " ".join(value.split()) for key, value in row.items()}


def _day(value: str, where: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ReferenceError(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _span(row: dict[str, str], where: str, default: Span | None = None) -> Span:
    approx = row.get("approx", "")
    if approx not in APPROX:
        raise ReferenceError(f"{where}: approx must be one of from, to, both (got {approx!r})")
    start = _day(row["from"], where) if row["from"] else (default.start if default else "")
    if not start:
        raise ReferenceError(f"{where}: no start date")
    end = _day(row["to"], where) if row["to"] else (default.end if default else None)
    if end is not None and end < start:
        raise ReferenceError(f"{where}: ends ({end}) before it starts ({start})")
    return Span(start, end, approx)


def _sources(value: str, known: dict[str, Source], where: str) -> tuple[str, ...]:
    keys = tuple(key for key in value.split("|") if key)
    if not keys:
        raise ReferenceError(f"{where}: no source")
    for key in keys:
        if key not in known:
            raise ReferenceError(f"{where}: unknown source {key!r} (see person-sources.csv)")
    return keys


def read_sources(folder: Path) -> dict[str, Source]:
    path = folder / "person-sources.csv"
    return {
        row["key"]: Source(row["key"], row["label"], row["url"], row["checked"])
        for _, row in _read(path)
    }


def _read_terms(path: Path, sources: dict[str, Source]) -> list[Term]:
    terms = []
    for line, row in _read(path):
        where = f"{path.name}:{line}"
        terms.append(
            Term(
                row["key"], row["label"], _span(row, where), _sources(row["source"], sources, where)
            )
        )
    return terms


def read_legislatures(folder: Path, sources: dict[str, Source]) -> dict[str, Legislature]:
    return {term.key: term for term in _read_terms(folder / "legislatures.csv", sources)}


def read_governments(folder: Path, sources: dict[str, Source]) -> dict[str, Government]:
    """Keyed by the name ministers.csv uses ("Demotte II" for "Gouvernement Demotte II")."""
    terms = _read_terms(folder / "governments.csv", sources)
    return {term.label.removeprefix("Gouvernement "): term for term in terms}


def read_parties(folder: Path, sources: dict[str, Source]) -> dict[str, Party]:
    path = folder / "parties.csv"
    out: dict[str, Party] = {}
    for line, row in _read(path):
        where = f"{path.name}:{line}"
        dated = row["from"] or row["to"]
        out[row["key"]] = Party(
            key=row["key"],
            short=row["short"],
            label=row["label"],
            aliases=tuple(alias for alias in row["aliases"].split("|") if alias),
            span=_span(row, where, Span("0001-01-01", None)) if dated else None,
            renamed_to=row["renamed_to"] or None,
            sources=_sources(row["source"], sources, where),
        )
    for party in out.values():
        if party.renamed_to and party.renamed_to not in out:
            raise ReferenceError(f"{path.name}: {party.key} renamed to unknown {party.renamed_to}")
    return out


def read_deputies(
    folder: Path, legislatures: dict[str, Legislature], sources: dict[str, Source]
) -> list[Row]:
    """Rows of every `deputies-YYYY-YYYY.csv`; blank dates are the legislature's own."""
    rows: list[Row] = []
    for key, legislature in legislatures.items():
        path = folder / f"deputies-{key}.csv"
        if not path.exists():
            continue
        for line, row in _read(path):
            where = f"{path.name}:{line}"
            span = _span(row, where, legislature.span)
            inside = legislature.span.covers(span.start) and (
                legislature.span.end is None
                or (span.end is not None and span.end <= legislature.span.end)
            )
            if not inside:
                raise ReferenceError(f"{where}: dates outside the legislature {key}")
            rows.append(
                Row(
                    file=path.name,
                    line=line,
                    as_listed=row["as_listed"],
                    person_id=row["person_id"],
                    party=row["party"],
                    span=span,
                    sources=_sources(row["source"], sources, where),
                    legislature=key,
                    constituency=row["constituency"],
                )
            )
    return rows


def read_ministers(
    folder: Path, governments: dict[str, Government], sources: dict[str, Source]
) -> list[Row]:
    path = folder / "ministers.csv"
    rows: list[Row] = []
    for line, row in _read(path):
        where = f"{path.name}:{line}"
        government = governments.get(row["government"])
        if government is None:
            raise ReferenceError(f"{where}: unknown government {row['government']!r}")
        if not row["title"]:
            raise ReferenceError(f"{where}: no title")
        rows.append(
            Row(
                file=path.name,
                line=line,
                as_listed=f"{row['surname']} {row['given_name']}",
                person_id=row.get("person_id", ""),
                party=row["party"],
                span=_span(row, where),
                sources=_sources(row["source"], sources, where),
                government=government.key,
                title=row["title"],
                title_source=row["title_source"],
            )
        )
    return rows
