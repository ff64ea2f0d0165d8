"""Programmes named with their edition: a year, a period, a number, a "+" or an adjective of
edition the reference does not list.

A known programme followed by an edition the reference does not list ("Plan Marshall 2022",
"Interreg 5", "Interreg V", "LEADER+", "le Programme triennal 2004-2006", "l'appel UREBA
exceptionnel 2018") is its own programme, part of the family the reference knows (issue 7: "a
programme with a year or number the reference does not know as an alias is its own programme,
linked to its family"; session 11's ruling in tests/corpus/README.md). A period in brackets
("Horizon Europe (2021-2027)") is said about the programme, not part of its name; a period
after "pour la période" is the sentence's. A quoted title is a name of its own: only the
programme that opens it takes the year inside it ("« UREBA exceptionnel 2021 »"). A year after
"à l'horizon" is a date, never a programme ("Horizon 2020" is written with its capital).
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.extract.entities.institutions import institution_words
from loaders.extract.entities.reader import PartReader
from loaders.ids import mint, slug
from loaders.record import Entity

# An edition: an adjective of edition, then a period, a year alone, a number, a Roman numeral
# or a version, right after the name.
_EDITION = re.compile(
    r"(?P<edition>(?:[ \u00a0](?P<adjective>[^\W\d]+))?"
    r"(?:[ \u00a0](?:(?:19|20)\d\d[-–](?:19|20)?\d\d|(?:19|20)\d\d|[IVX]{1,4}|\d{1,2}(?:\.\d)?))?)"
    r"(?![\w\-–/]|[.,]\d|\s*[-–]\s*\d)"  # not "5,5", "2/3" nor "2014 - 2020" spaced apart
)


def edition_of(reader: PartReader, family: Entity, label: str, written: str) -> Entity:
    """A programme edition the reference lacks, part of the family it is named after; the "+"
    and the year/suffix readers mint it so, and the page's spelling stays an alias when the
    family's label is written another way ("Leader+" for "LEADER+")."""
    return reader.make(
        Entity(
            id=mint("programme", slug(label)),
            type="programme",
            label=label,
            aliases=[written] if written != label else [],
            level=family.level,
            part_of=family.id,
            source="text",
        )
    )


# "LEADER+", "LIFE+": an edition written with a plus glued to the family's name.
_PLUS = re.compile(r"(?<![\w-])([A-Z][\w-]*)\+(?![\w+])")


def read_plus_editions(reader: PartReader) -> None:
    """A known programme's name with a "+" glued to it is the edition the reference lacks
    ("l'initiative communautaire LEADER+"), its own programme, part of the family; the word
    reader keeps the "+" in the word, so the plain name was not read either."""
    text = reader.text
    for match in _PLUS.finditer(text):
        start, end = match.start(1), match.end()
        if reader.named_over(start, end):
            continue
        written = text[start:end]
        known = [e for e in reader.gazetteer.lookup(written) if e.type == "programme"]
        family = next(
            (e for e in reader.gazetteer.lookup(match.group(1)) if e.type == "programme"), None
        )
        if known:
            reader.mention(known[0], start, end, "gazetteer", 0.9)
        elif family is not None:
            edition = edition_of(reader, family, f"{family.label}+", written)
            reader.mention(edition, start, end, "edition", 0.85)


def _inside_quoted_title(text: str, start: int) -> bool:
    """Inside « … » and not at its start: the whole title names the thing ("« Communes pilotes
    Wallonie cyclable 2020 »" is a call, not an edition of Wallonie cyclable); a title that opens
    with the programme ("« UREBA exceptionnel 2021 »") is its edition."""
    opened = text.rfind("«", 0, start)
    if opened <= text.rfind("»", 0, start):
        return False
    return bool(text[opened + 1 : start].strip())


def _edition(text: str, end: int) -> tuple[str, int] | None:
    """The edition written right after a name ending at `end`, and where it ends: an adjective
    of edition or a Roman numeral, then perhaps a year, a period or a number; any other word
    after the name ("le FEDER en 2021", "pour la période 2021-2027") means no edition."""
    match = _EDITION.match(text, end)
    if match is None or not match.group("edition"):
        return None
    adjective = match.group("adjective")  # a word: an adjective of edition or a Roman numeral
    if adjective and not (
        adjective.casefold() in institution_words("edition_adjectives")
        or re.fullmatch(r"[IVX]{1,4}", adjective)
    ):
        return None
    return match.group("edition").strip(), match.end()


def read_editions(reader: PartReader) -> None:
    """A known programme followed by an edition it does not list is that edition's programme.

    Runs twice: after the gazetteer, and again after the readers of names the reference lacks,
    a call read after its kind noun ("l'appel à projets X 2021", `kinds.py`) and a component
    glued to a known programme ("le programme FEDER-X Wallonie 2021-2027", `extensions.py`),
    whose names stop before the year; a name already read with its edition is left as it is."""
    for index, found in enumerate(reader.mentions):
        if found.method == "edition":
            continue
        family = reader.entity(found.id) if found.type == "programme" else None
        if family is None or _inside_quoted_title(reader.text, found.start):
            continue
        if family.source == "text" and found.text[:1].islower():
            continue  # a scheme described in common nouns ("le plan de … 2020-2024") has no name
        written = _edition(reader.text, found.end)
        if written is None:
            continue
        edition, end = written
        label = f"{found.text} {edition}"
        if reader.gazetteer.lookup(label):
            continue  # the reference lists it: the lookup took it already, or it is an alias
        made = edition_of(reader, family, f"{family.label} {edition}", label)
        reader.mentions[index] = replace(
            found,
            label=made.label,
            id=made.id,
            end=end,
            text=reader.text[found.start : end],
            method="edition",
        )
