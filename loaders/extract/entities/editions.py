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

Session 12 reads more ways of writing an edition: a
period spaced around its dash ("PX 2001 - 2012", two years of four digits, the second later),
and a scheme's head in lower case or in the plural before a period ("les programmes triennaux
2010-2012", `read_generic_editions`): the period makes a name of what is otherwise the common
noun every town uses, so the reference's case-sensitive alias is read there.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from loaders.extract.entities.institutions import WORDS_FILE, institution_words
from loaders.extract.entities.reader import PartReader
from loaders.extract.text import (
    context_words,
    data_file,
    function_words,
    sentence_at,
    word_tables,
)
from loaders.ids import mint, slug
from loaders.record import Entity

_YEAR = r"(?:19|20)\d\d"
# A programming period: two years joined by a dash ("2021-2027", "2021-27"), or spaced around it
# when both have four digits ("2001 - 2012"; a table's "2014 - 20 %" is no period).
PERIOD = rf"{_YEAR}(?:[-–](?:{_YEAR}|\d\d)|[ \u00a0][-–][ \u00a0]{_YEAR})"
_RANGE = re.compile(r"((?:19|20)\d\d)\s*[-–]\s*(\d\d(?:\d\d)?)$")
# What must not follow an edition: "5,5", "2/3", a third year ("2014 - 2020 - 2027").
_NOT_AFTER = r"(?![\w\-–/]|[.,]\d|\s*[-–]\s*\d)"
# An edition: an adjective of edition, then a period, a year alone, a number, a Roman numeral
# or a version, right after the name.
_EDITION = re.compile(
    r"(?P<edition>(?:[ \u00a0](?P<adjective>[^\W\d]+))?"
    rf"(?:[ \u00a0](?:{PERIOD}|{_YEAR}|[IVX]{{1,4}}|\d{{1,2}}(?:\.\d)?))?)" + _NOT_AFTER
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


_SUCCESSORS = data_file(Path(__file__).resolve().parents[1] / "data" / "successor-funds.json")
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def read_successor_funds(reader: PartReader) -> None:
    """A bare mention of a fund that a successor replaced (`successor-funds.json`: the FSE by
    the FSE+ in 2021) is the successor when the text names the successor too, or when its
    sentence names a period from the successor's first year on: writers shorten "FSE+" to
    "FSE" ("l'Agence FSE", "les appels du FSE" in a text about the FSE+ of 2021-2027)."""
    text = reader.text
    named = {m.id for m in reader.mentions if m.type == "programme"}
    for index, mention in enumerate(reader.mentions):
        key = (mention.id or "").rsplit("/", 1)[-1]
        rule = _SUCCESSORS.get(key) if mention.type == "programme" else None
        if not isinstance(rule, dict):
            continue
        successor = reader.gazetteer.by_id(mint("programme", rule["successor"]))
        if successor is None:
            continue
        start, end = sentence_at(text, mention.start)
        years = [int(y) for y in _A_YEAR.findall(text, start, end)]
        if successor.id in named or any(year >= rule["from"] for year in years):
            reader.mentions[index] = replace(mention, id=successor.id, label=successor.label)


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
    after the name ("le FEDER en 2021", "pour la période 2021-2027") means no edition, nor does a
    period that ends before it starts."""
    match = _EDITION.match(text, end)
    if match is None or not match.group("edition"):
        return None
    adjective = match.group("adjective")  # a word: an adjective of edition or a Roman numeral
    if adjective and not (
        adjective.casefold() in institution_words("edition_adjectives")
        or re.fullmatch(r"[IVX]{1,4}", adjective)
    ):
        return None
    edition = match.group("edition").strip()
    years = _RANGE.search(edition)
    if years and int(years.group(2)) <= int(years.group(1)) % 10 ** len(years.group(2)):
        return None
    return edition, match.end()


def _label(edition: str) -> str:
    """The edition as a label writes it: a period without the spaces around its dash."""
    return re.sub(r"\s*([-–])\s*(?=\d+$)", r"\1", edition)


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
        made, method = _edition_entity(reader, family, [found.text], edition)
        reader.mentions[index] = replace(
            found,
            label=made.label,
            id=made.id,
            end=end,
            text=reader.text[found.start : end],
            method=method,
        )


def singular(word: str) -> str:
    """A plural noun or adjective in the singular by its ending (`plural_endings`:
    "triennaux" → "triennal", "programmes" → "programme"); any other word as it is."""
    endings = word_tables(WORDS_FILE)["plural_endings"]
    for plural in sorted(endings, key=len, reverse=True):
        if word.endswith(plural) and len(word) > len(plural) + 2:
            return word[: -len(plural)] + endings[plural]
    return word


def _singular_name(name: str) -> str:
    """A name written in the plural, in the singular: its head and adjectives agree in number,
    a complement keeps its own ("programmes communaux d'ancrage" → "programme communal
    d'ancrage"; the words opening a complement are `complement_openers`)."""
    words = name.split()
    for index, word in enumerate(words):
        if re.split(r"['’]", word)[0].casefold() in function_words("complement_openers"):
            return " ".join([*map(singular, words[:index]), *words[index:]])
    return " ".join(map(singular, words))


_WORD = re.compile(r"[^\W\d][\w'’-]*")
# A period, and the run of words right before it (only spaces between them: no punctuation).
_PERIOD_AFTER_WORDS = re.compile(
    rf"(?<![\w'’-])(?P<words>(?:{_WORD.pattern}[ \u00a0]){{1,6}})(?P<period>{PERIOD}){_NOT_AFTER}"
)


def _edition_entity(
    reader: PartReader, family: Entity, names: list[str], edition: str
) -> tuple[Entity, str]:
    """The programme of a family's edition and the method that read it: the reference's when it
    lists the edition under one of `names` (the lookup reads it as written, not across an
    acronym, in lower case or with a spaced dash), else a new programme, part of the family;
    the family itself when its label ends with that edition ("programme opérationnel
    « Convergence » 2007-2013" is the reference's "Programme opérationnel Convergence
    2007-2013", found under its name without the years)."""
    label = _label(edition)
    if family.label.endswith(f" {label}"):
        return family, "gazetteer"
    listed = [
        entity
        for name in names
        for entity in reader.gazetteer.lookup(f"{name} {label}")
        if entity.type == "programme"
    ]
    if listed:
        return listed[0], "gazetteer"
    return edition_of(
        reader, family, f"{family.label} {label}", f"{names[-1]} {edition}"
    ), "edition"


def _generic_family(reader: PartReader, words: list[re.Match[str]]) -> tuple[Entity, int] | None:
    """The known programme that a run of words names from a scheme's head (`scheme_heads`, in
    any case or number) to its end, and where that name starts: the longest such name."""
    heads = {head.split()[0] for head in context_words("scheme_heads")}
    for word in words:
        head = word.group().casefold()
        if head not in heads and singular(head) not in heads:
            continue
        name = reader.text[word.start() : words[-1].end()]
        for variant in dict.fromkeys((name, _singular_name(name))):
            found = reader.gazetteer.lookup(variant[:1].upper() + variant[1:])
            family = next((e for e in found if e.type == "programme"), None)
            if family is not None:
                return family, word.start()
    return None


def read_generic_editions(reader: PartReader) -> None:
    """A scheme's head in lower case or in the plural, then a period: the edition of the known
    programme those words name ("au programme triennal 2004-2006", "les programmes triennaux
    2010-2012"). Without the period the same words are the common noun every town uses (the
    reference's alias "=Programme triennal" is case-sensitive for that); a year alone may be a
    date, so only a period makes the edition."""
    for match in _PERIOD_AFTER_WORDS.finditer(reader.text):
        words = list(_WORD.finditer(reader.text, match.start(), match.start("period")))
        found = _generic_family(reader, words)
        if found is None or reader.named_over(found[1], match.end()):
            continue
        family, start = found
        written = reader.text[start : match.start("period")].strip()
        edition, method = _edition_entity(reader, family, [written], match.group("period"))
        reader.mention(edition, start, match.end(), method, 0.8)
