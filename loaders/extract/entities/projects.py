"""Projects: numbered ones under their programme, and named ones in guillemets.

- "le projet 22 « titre »", "le projet 2 du PRW", "les projets 3 et 4": the programme is the one
  named right after the number, else the one last named before it; no programme, no project;
- "le projet européen LIFE « Dyle humide »", "le projet « Escaut vivant »": a project under the
  programme named between "projet" and the name, else the next one named in this sentence or the
  next, else the last one named before;
- a quoted proper name « Minecraft Education Academy » in a sentence that says "ce projet" is a
  project, part of the numbered project last mentioned (not an organisation: the text presents it
  as what the project financed, and the graph keeps projects under programmes).
"""

from __future__ import annotations

import re

from loaders.extract.entities.reader import PartReader, key
from loaders.extract.text import sentence_at, sentence_index, sentences
from loaders.ids import mint, slug
from loaders.record import Entity

_PROJECT = re.compile(
    r"\bprojets?\s+(?:n°\s*)?(\d{1,3})((?:\s*(?:,|et)\s*(?:n°\s*)?\d{1,3})*)", re.IGNORECASE
)
_NUMBER = re.compile(r"\d{1,3}")
_TITLE = re.compile(r"\s*(?:[:,–-]\s*)?[«“\"]\s*([^»”\"]{3,300}?)\s*[»”\"]")
_OF = re.compile(r"\s+(?:du|de la|de l'|de l’|des)\s+")
_QUOTED = re.compile(r"[«“]\s*([^»”]{3,80}?)\s*[»”]")
_PROJECT_NAME = re.compile(r"\bprojet\s+(?:[^\W\d]+\s+){0,3}?[«“]\s*([^»”\d]{2,80}?)\s*[»”]")
_THIS_PROJECT = re.compile(r"\b(?:ce|ces|le même|ledit) projets?\b", re.IGNORECASE)


def read_numbered_projects(reader: PartReader) -> None:
    text = reader.text
    for match in _PROJECT.finditer(text):
        numbers = [match.group(1), *_NUMBER.findall(match.group(2))]
        title_match = _TITLE.match(text, match.end()) if len(numbers) == 1 else None
        after = title_match.end() if title_match else match.end()
        programme = _programme_after(reader, after) or reader.programme_before(match.start())
        if programme is None:
            continue
        title = " ".join(title_match.group(1).split()) if title_match else None
        for position, number in enumerate(numbers):
            if position == 0:
                span = (match.start(), title_match.end() if title_match else match.end(1))
            else:
                offset = match.start(2) + match.group(2).index(number)
                span = (offset, offset + len(number))
            _numbered_project(reader, programme, number, title, span)


def _programme_after(reader: PartReader, position: int) -> Entity | None:
    glue = _OF.match(reader.text, position)
    if glue is None:
        return None
    for found in reader.mentions:
        if found.start == glue.end() and found.type == "programme":
            return reader.entity(found.id)
    return None


def _numbered_project(
    reader: PartReader, programme: Entity, number: str, title: str | None, span: tuple[int, int]
) -> None:
    iri = mint("project", key(programme.id), number)
    previous = reader.made.get(iri) or reader.known.get(f"@project {iri}")
    entity = reader.make(
        Entity(
            iri,
            "project",
            f"{programme.label} – projet {number}",
            part_of=programme.id,
            number=number,
            title=title or (previous.title if previous else None),
            source="text",
        )
    )
    reader.known[f"@project {iri}"] = entity
    reader.mention(entity, *span, "project-pattern", 0.95)


def read_project_names(reader: PartReader) -> None:
    """ "le projet « Escaut vivant »": a named project under the programme the text ties it to."""
    text = reader.text
    spans = sentences(text)
    for match in _PROJECT_NAME.finditer(text):
        name = " ".join(match.group(1).split())
        if any(m.type == "project" and m.start <= match.start(1) < m.end for m in reader.mentions):
            continue
        index = sentence_index(spans, match.start())
        horizon = spans[min(index + 1, len(spans) - 1)][1]
        following = [
            m
            for m in sorted(reader.mentions, key=lambda m: m.start)
            if m.type == "programme" and match.start() < m.start < horizon
        ]
        programme = reader.entity(following[0].id) if following else None
        programme = programme or reader.programme_before(match.start())
        keys = [key(programme.id), slug(name)] if programme else [slug(name)]
        entity = reader.make(
            Entity(
                mint("project", *keys),
                "project",
                name,
                part_of=programme.id if programme else None,
                source="text",
            )
        )
        reader.mention(entity, match.start(1), match.end(1), "project-pattern", 0.8)


def read_named_projects(reader: PartReader) -> None:
    """A proper name in guillemets in a sentence about "ce projet": something that project
    financed ("ce projet a permis de financer la … « Minecraft Education Academy »"), a project
    of its own rather than a part of the plan, so keyed by its name alone."""
    text = reader.text
    for match in _QUOTED.finditer(text):
        name = match.group(1)
        names = name.split()
        if len(names) < 2 or not all(w[0].isupper() for w in names):
            continue
        if reader.gazetteer.lookup(name) or any(
            m.start <= match.start(1) < m.end for m in reader.mentions
        ):
            continue
        start, end = sentence_at(text, match.start())
        if not _THIS_PROJECT.search(text, start, end):
            continue
        parent = reader.last(match.start(), "project")
        if parent is None or parent.part_of is None:
            continue
        entity = reader.make(
            Entity(
                mint("project", slug(name)), "project", name, financed_by=[parent.id], source="text"
            )
        )
        reader.mention(entity, match.start(1), match.end(1), "project-pattern", 0.75)
