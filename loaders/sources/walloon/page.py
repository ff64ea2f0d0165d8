"""What every form of a question page boils down to, before any interpretation.

Text layouts and HTML pages are read into the same `RawPage` (title, header fields, blocks with
their heading, person lines and text lines); `build.py` then turns it into a record. Keeping the
two steps apart is what makes the four forms give the same record: the words on the page decide,
not the markup around them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.extract.text import month_names

# Accented letters are matched loosely (one to three characters) so that a page whose accents were
# mangled ("Question Ã©crite") is still recognised, and its mojibake reported, not rejected.
_ACC = r"\S{1,3}"
BLOCK_KINDS: tuple[tuple[str, str], ...] = (
    (rf"question\s+{_ACC}crite", "written_question"),
    (r"question\s+orale", "oral_question"),
    (rf"question\s+d{_ACC}actualit{_ACC}", "topical_question"),
    (r"interpellation", "interpellation"),
    (rf"r{_ACC}ponse\s+provisoire", "provisional_answer"),
    (rf"r{_ACC}ponse", "answer"),
)
MONTHS = month_names()
HEADING = re.compile(
    r"^(?P<kind>"
    + "|".join(f"(?:{pattern})" for pattern, _ in BLOCK_KINDS)
    + r")\s+(?:du\s+)?(?P<date>\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}"
    + rf"|\d{{1,2}}(?:er|ᵉʳ)?\s+(?:{'|'.join(MONTHS)})\s+\d{{4}})"
    + r"\s*(?:\|\s*(?P<extra>.*))?$",
    re.I,
)
FIELD = re.compile(
    rf"^(?P<key>session|ann{_ACC}e|n{_ACC}|n(?:o|um(?:{_ACC}ro)?)\.?)\s*:\s*(?P<value>.*)$",
    re.I,
)
FOUND = re.compile(rf"^\d+\s+{_ACC}l{_ACC}ment\(s\)\s+trouv{_ACC}\(s\)\.?$", re.I)
BULLET = re.compile(r"^(?:[•◦▪▫●○■□‣⁃∙·*+-]|\d+[.)])(?:\s+|$)")
IDDOC = re.compile(r"(?:iddoc|id_doc)[=_-]?(\d+)", re.I)
PAGE_URL = "https://www.parlement-wallonie.be/pwpages?p=interp-questions-voir&type=28&iddoc={}"
# "de X" and "à X" (also "Ã " for a mangled à) open person lines.
PERSON = re.compile(r"^(?P<prep>de|à|Ã\xa0?|a)\s+(?P<rest>\S.*)$", re.S)


def heading_kind(kind_text: str) -> str:
    """The block kind ("written_question", "answer", ...) of a matched heading's first words."""
    for pattern, kind in BLOCK_KINDS:
        if re.fullmatch(pattern, kind_text, re.I):
            return kind
    raise ValueError(kind_text)  # unreachable: HEADING only matches these patterns


def field_key(key: str) -> str:
    """'Session' -> 'session', 'Année' -> 'year', 'N°' -> 'number'."""
    low = key.lower()
    if low.startswith("session"):
        return "session"
    if low.startswith("ann"):
        return "year"
    return "number"


def squash(text: str) -> str:
    """Collapse runs of ASCII whitespace to one space; no-break spaces are kept as printed."""
    return re.sub(r"[ \t\r\n\f\v]+", " ", text).strip(" \t\r\n\f\v")


@dataclass
class RawBlock:
    """One dated block: a question or an answer, as printed."""

    kind: str
    date: str
    extra: str | None
    persons: list[tuple[str, str]] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    annex: str | None = None


@dataclass
class RawPage:
    """A question page as read, before interpretation."""

    title: str | None
    fields: dict[str, str]
    blocks: list[RawBlock]
    source_iri: str | None = None
    declared_url: str | None = None
    warnings: list[str] = field(default_factory=list)
    announced: int | None = None
    """The block count of the "N élément(s) trouvé(s)." line, when the page has one."""


def paragraphs(lines: list[str]) -> str:
    """Text lines to the record's text: lines stripped, paragraphs joined with a blank line.

    Blank lines separate paragraphs. A block without any blank line is one paragraph per line,
    which is how a browser copies paragraphs that were separated by space, not by empty lines.
    Characters inside lines are kept exactly: span offsets index into this text.
    """
    stripped = [line.strip() for line in lines]
    while stripped and not stripped[0]:
        stripped.pop(0)
    while stripped and not stripped[-1]:
        stripped.pop()
    if "" not in stripped:
        return "\n\n".join(stripped)
    groups: list[list[str]] = [[]]
    for line in stripped:
        if line:
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    return "\n\n".join("\n".join(group) for group in groups if group)
