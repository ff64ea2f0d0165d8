"""What the system extracted from one page, in the shape the matching rules compare.

Each distinct entity the record's mentions point to becomes one candidate (a document names
Technocité ten times; the gold lists it once), carrying every name the README allows a gold entry
to match: the label, the reference-data aliases, and the acronyms the text itself defines. Places
also carry the names as written on the page.

Names are normalised here by the scorer's own rule, not the extractor's, so that a quirk in the
extractor's lookup keys cannot hide its own mistakes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from loaders.record import Entity, Mention, Record

IGNORED_TYPES = {"person", "party", "topic"}
_APOSTROPHES = str.maketrans(dict.fromkeys("\u2019\u2018\u02bc`\u00b4", "'"))
_LEADING = re.compile(r"^(?:(?:province\s+d[eu]\s+|province\s+d')|(?:les|le|la)\s+|l')")
# A Belgian legal form ending a name: "Belgacom SA" and "Belgacom" are one company, as the
# extraction reads them ("legal_forms").
_LEGAL_FORM = re.compile(
    r"\s+(?:sa|s\.a\.|srl|sprl|scrl|scrl[ -]?fs|sc|scs|snc|asbl|a\.s\.b\.l\.)$"
)
# Place classifications of the reference data and the gold kinds they stand for.
PLACE_KIND = {
    "municipality": "municipality",
    "former_municipality": "section",
    "locality": "section",
    "province": "province",
    "region": "region",
    "country": "country",
}


def normalise(name: str) -> str:
    """The comparison key of a name (README, "Names are normalised"): case folded, accents and
    apostrophe variants unified, whitespace collapsed, a leading article or "province de"
    dropped, and a trailing legal form ("SA", "SCRL fs", "asbl")."""
    text = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES).casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = " ".join(text.replace("\u00a0", " ").split()).strip(" .,;:")
    text = _LEGAL_FORM.sub("", text)
    while True:
        shorter = _LEADING.sub("", text, count=1).strip()
        if shorter == text or not shorter:
            return text
        text = shorter


def keys(names: Iterable[str]) -> frozenset[str]:
    return frozenset(normalise(name) for name in names if name.strip())


@dataclass(frozen=True)
class Candidate:
    """One extracted entity; `evidence` quotes where it was found, for the details report."""

    id: str
    type: str
    label: str
    names: frozenset[str]
    evidence: str
    kind: str | None = None
    municipality: str | None = None
    number: str | None = None
    title: str | None = None
    level: str | None = None
    owner: Candidate | None = None
    place: Candidate | None = None
    programme: Candidate | None = None


class Extraction:
    """The candidates of one record, by kind, and the entities behind them."""

    def __init__(self, record: Record) -> None:
        self.record = record
        self.entities = {entity.id: entity for entity in record.entities}
        self.mentions: dict[str, list[Mention]] = {}
        for mention in record.mentions:
            if mention.type not in IGNORED_TYPES and mention.id:
                self.mentions.setdefault(mention.id, []).append(mention)
        self._made: dict[str, Candidate] = {}
        self.by_kind: dict[str, list[Candidate]] = {}
        for iri in self.mentions:
            candidate = self.candidate(iri)
            if candidate is not None:
                self.by_kind.setdefault(candidate.type, []).append(candidate)

    def entity(self, iri: str) -> Entity:
        """The record's entity, or one made from its first mention when the record lacks it."""
        found = self.entities.get(iri)
        if found is not None:
            return found
        mention = self.mentions[iri][0]
        return Entity(iri, mention.type, mention.label)

    def candidate(self, iri: str | None) -> Candidate | None:
        if iri is None or (iri not in self.entities and iri not in self.mentions):
            return None
        if iri not in self._made:
            self._made[iri] = self._build(self.entity(iri))
        return self._made[iri]

    def _build(self, entity: Entity) -> Candidate:
        mentions = self.mentions.get(entity.id, [])
        names = [entity.label, *entity.aliases]
        names += [m.text for m in mentions if m.method == "acronym-definition"]
        if entity.type == "place":
            names += [m.text for m in mentions]
        first = mentions[0] if mentions else None
        evidence = f"'{first.text}' ({first.part} {first.start}-{first.end})" if first else ""
        kind = PLACE_KIND.get(entity.classification or "", "area")
        return Candidate(
            entity.id,
            entity.type,
            entity.label,
            keys(names),
            evidence,
            kind=kind if entity.type == "place" else entity.classification,
            municipality=self._municipality(entity),
            number=entity.number,
            title=entity.title,
            level=entity.level,
            owner=self.candidate(entity.part_of) if entity.type == "site" else None,
            place=self.candidate(entity.located_in) if entity.type == "site" else None,
            programme=self._programme_of(entity) if entity.type == "project" else None,
        )

    def _municipality(self, entity: Entity) -> str | None:
        """The municipality a place resolves to: itself, or the one a section is part of."""
        if entity.type != "place":
            return None
        if entity.classification == "municipality":
            return normalise(entity.label)
        if PLACE_KIND.get(entity.classification or "") == "section" and entity.part_of:
            parent = self.entities.get(entity.part_of)
            return normalise(parent.label) if parent else None
        return None

    def _programme_of(self, entity: Entity) -> Candidate | None:
        """A project's programme; a named project under a numbered one takes that one's."""
        seen: set[str] = set()
        iri = entity.part_of
        while iri and iri not in seen:
            seen.add(iri)
            parent = self.entities.get(iri)
            if parent is None or parent.type != "project":
                return self.candidate(iri)
            iri = parent.part_of
        return None
