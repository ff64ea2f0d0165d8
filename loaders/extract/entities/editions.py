"""Programmes named with their edition: a year, a number or a "+" the reference does not list.

A known programme followed by an edition the reference does not list ("Plan Marshall 2022",
"Interreg 5", "Interreg V", "LEADER+") is its own programme, part of the family the reference
knows (issue 7: "a programme with a year or number the reference does not know as an alias is
its own programme, linked to its family"). A period ("FEDER 2021-2027", "le Plan
Infrastructures 2019-2024") is the programme's own period, not a new programme: the gold of
every corpus but held-out 4 and 6 writes it so (docs/evaluation.md, "Session 11,
programmes"). A year after a call noun ("l'appel POLLEC 2020") is the call's, and a year inside
a quoted title belongs to that title; neither is an edition. A year after "à l'horizon" is a
date, never a programme ("Horizon 2020" is written with its capital).
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.extract.entities.institutions import institution_words
from loaders.extract.entities.reader import PartReader
from loaders.ids import mint, slug
from loaders.record import Entity

# An edition: a year alone, a number, a Roman numeral or a version, right after the name.
_EDITION = re.compile(
    r"[ \u00a0](?P<edition>(?:19|20)\d\d|[IVX]{1,4}|\d{1,2}(?:\.\d)?)"
    r"(?![\w\-–/]|[.,]\d|\s*[-–]\s*\d)"  # not a period "2014-2020", not "5,5" or "2/3"
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


def _in_quoted_title(text: str, start: int) -> bool:
    """Inside « … »: the whole title names the thing ("« Communes pilotes Wallonie cyclable
    2020 »" is a call, not an edition of the programme it names)."""
    return text.rfind("«", 0, start) > text.rfind("»", 0, start)


def _after_call_noun(text: str, start: int) -> bool:
    """Right after "appel (à projets/candidatures)": the year is the call's ("l'appel POLLEC
    2020" is the programme's call of 2020, not an edition of the programme)."""
    before = " ".join(text[max(0, start - 40) : start].split()).casefold()
    return any(
        before == noun or before.endswith((f" {noun}", f"'{noun}", f"’{noun}"))
        for noun in institution_words("call_nouns")
    )


def read_editions(reader: PartReader) -> None:
    """A known programme followed by an edition it does not list is that edition's programme."""
    for index, found in enumerate(reader.mentions):
        family = reader.entity(found.id) if found.type == "programme" else None
        match = _EDITION.match(reader.text, found.end)
        if family is None or match is None or _in_quoted_title(reader.text, found.start):
            continue
        if _after_call_noun(reader.text, found.start):
            continue
        edition, end = match.group("edition"), match.end("edition")
        label = f"{found.text} {edition}"
        known = reader.gazetteer.lookup(label)
        if known:
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
