"""Text renderings of a question page: bulleted (as the seed), flat, and the print view with '-'.

All three carry the same lines in the same order; only the bullets and indentation differ. So the
reader strips a bullet to recognise a structural line (header field, block heading, person line)
and keeps every other line as printed: a question's own "- first point" stays in its text.
"""

from __future__ import annotations

import re

from loaders.sources.walloon.names import looks_like_name
from loaders.sources.walloon.page import (
    BULLET,
    FIELD,
    FOUND,
    HEADING,
    PERSON,
    RawBlock,
    RawPage,
    field_key,
    heading_kind,
    squash,
)

_HEADING_STARTS = frozenset("QRIqri")
SOURCE_LINE = re.compile(r"^#\s*source\s*:\s*(?P<url>\S+)\s*$", re.I)


def _unbullet(line: str) -> tuple[str, bool]:
    """The line without indentation and bullet, and whether it had a bullet."""
    stripped = line.strip()
    match = BULLET.match(stripped)
    if match:
        return stripped[match.end() :].strip(), True
    return stripped, False


def person_line(content: str, bulleted: bool) -> tuple[str, str] | None:
    """('de'|'à', rest) when content is a person line; prose starting with 'de'/'à' is not.

    A bulleted line is structural on its own; an unbulleted one (flat layout) must read as a name.
    """
    match = PERSON.match(content)
    if not match:
        return None
    prep = "de" if match.group("prep") == "de" else "à"
    rest = squash(match.group("rest"))
    must_read_as_name = not bulleted or match.group("prep") == "a"
    if must_read_as_name and not looks_like_name(rest.split(",")[0]):
        return None
    return prep, rest


def is_breadcrumb(content: str) -> bool:
    """The site's breadcrumb line: '/' alone or a path of '/'-separated crumbs."""
    return content.startswith("/")


def split_source_line(text: str) -> tuple[str | None, str]:
    """(URL, rest) when the first non-blank line is '# source: URL', else (None, text)."""
    stripped = text.lstrip("\ufeff \t\r\n")
    first, _, rest = stripped.partition("\n")
    match = SOURCE_LINE.match(first.strip())
    return (match.group("url"), rest) if match else (None, text)


def read_text(text: str) -> RawPage:
    """Read any of the three text layouts into a RawPage (interpretation happens later)."""
    lines = text.splitlines()
    candidates: list[str] = []
    title: str | None = None
    fields: dict[str, str] = {}
    blocks: list[RawBlock] = []
    announced: int | None = None
    for line in lines:
        content, bulleted = _unbullet(line)
        # Headings start with Q, R or I and are short: skip the regex on other lines (speed).
        could_head = content[:1] in _HEADING_STARTS and len(content) < 300
        heading = HEADING.match(squash(content)) if could_head else None
        if heading:
            blocks.append(
                RawBlock(
                    kind=heading_kind(heading.group("kind")),
                    date=squash(heading.group("date")),
                    extra=heading.group("extra"),
                )
            )
            continue
        if not blocks:
            field = FIELD.match(squash(content))
            if announced is None and FOUND.match(squash(content)):
                announced = int(content.split()[0])
            elif field:
                if title is None and candidates:
                    title = candidates[-1]
                fields.setdefault(field_key(field.group("key")), squash(field.group("value")))
            elif content and not fields and not is_breadcrumb(content):
                candidates.append(squash(content))
            continue
        block = blocks[-1]
        has_text = any(text_line.strip() for text_line in block.lines)
        person = person_line(content, bulleted) if content and not has_text else None
        if person:
            block.persons.append(person)
        elif content:
            block.lines.append(line)
        elif has_text:
            block.lines.append("")  # a blank line, or a bullet with nothing after it
    if title is None and candidates and blocks:
        title = candidates[-1]
    return RawPage(title=title, fields=fields, blocks=blocks, announced=announced)
