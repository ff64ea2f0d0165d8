"""What the entity rules share while reading one part: the mentions found so far, the entities
made from the text, and what earlier parts taught (`known`).

`known` carries what one part teaches the next (the question's acronyms and sites help read the
answer): acronyms under their own key, and the last programme, organisation, competence centre
and project, and sites by place, under keys starting with "@".
"""

from __future__ import annotations

import re

from loaders.record import Entity, Mention, Part
from loaders.reference.gazetteer import Gazetteer

# A cue of where money comes from, right before a programme's name: "provenant de la", "au
# travers du", "via le", "financé par le", or an amount's "de" ("3,2 millions d'euros de FEDER").
_FROM_SOURCE = re.compile(
    r"(?<!\w)(?:provena\w*|provien\w*|issue?s?|(?:au|à)\s+travers|via|(?:co)?financée?s?\s+par"
    r"|grâce|euros?|€)\s*(?:de\s+la|de\s+l['’]|du|des|de|d['’]|à\s+la|au|aux|par|la|le|les"
    r"|l['’])?\s*$",
    re.IGNORECASE,
)

# Organisations that do not have sites of their own in the sense of the model.
OWNERLESS = {"eu_institution", "government", "parliament", "network", "community"}
OWNERLESS |= {"federated_region"}


def key(iri: str) -> str:
    """The last segment of an IRI, used to mint the IRIs of what hangs under it."""
    return iri.rsplit("/", 1)[1]


def previous_word(text: str, start: int) -> str:
    """The word right before `start`, lower-cased: the cue that decides many readings."""
    before = re.findall(r"\w+", text[max(0, start - 30) : start])
    return before[-1].lower() if before else ""


def passes(entity: Entity, test: str) -> bool:
    """Whether `entity` can be what a rule looks back for: an "owner" of sites, a competence
    "centre", a numbered "project", or simply a mention type."""
    if test == "owner":
        return entity.type == "organisation" and entity.classification not in OWNERLESS
    if test == "centre":
        return entity.classification == "competence_centre"
    if test == "project":
        return entity.type == "project" and entity.number is not None
    return entity.type == test


class PartReader:
    """One pass over one part: the mentions found so far and the entities they use."""

    def __init__(self, text: str, part: Part, gazetteer: Gazetteer, known: dict[str, Entity]):
        self.text, self.part, self.gazetteer, self.known = text, part, gazetteer, known
        self.mentions: list[Mention] = []
        self.made: dict[str, Entity] = {}
        self.definitions: list[tuple[int, int]] = []

    def names_a_place(self, word: str) -> bool:
        """Whether the reference data knows `word` as a town or an area: after "à" ending a
        name, where the body stands, not a word of its name ("Commissariat général au
        Tourisme")."""
        return any(e.type == "place" for e in self.gazetteer.lookup(word))

    def mention(self, entity: Entity, start: int, end: int, method: str, confidence: float) -> None:
        self.mentions.append(
            Mention(
                entity.type,
                entity.label,
                entity.id,
                self.part,
                start,
                end,
                self.text[start:end],
                method,
                confidence,
            )
        )

    def make(self, entity: Entity) -> Entity:
        """Keep an entity read from the text (not from the gazetteer)."""
        self.made[entity.id] = entity
        return entity

    def entity(self, iri: str | None) -> Entity | None:
        if iri is None:
            return None
        return self.made.get(iri) or self.gazetteer.by_id(iri)

    def place_from(self, start: int) -> Mention | None:
        """The place mentioned from `start`, if one is."""
        return next((m for m in self.mentions if m.start == start and m.type == "place"), None)

    def through_place(self, end: int) -> int:
        """Where a name read up to `end` ends: past the rest of a place it stops inside ("la
        Chambre de commerce … de Wallonie | picarde", "la Maison du tourisme du Brabant |
        wallon"), since a name never cuts a place in two."""
        inside = (m.end for m in self.mentions if m.type == "place" and m.start < end < m.end)
        return max(inside, default=end)

    def named_over(self, start: int, end: int) -> bool:
        """Whether a name that is not a place's overlaps `start`..`end` (a longer name may hold a
        place, never another rule's name)."""
        return any(m.start < end and start < m.end and m.type != "place" for m in self.mentions)

    def drop_places_inside(self, start: int, end: int) -> None:
        """Forget the places that start inside a name read over them ("Ardenne Panneaux SRL")."""
        self.mentions[:] = [
            m for m in self.mentions if not (m.type == "place" and start <= m.start < end)
        ]

    def last(self, before: int, test: str) -> Entity | None:
        """The entity of the last mention before `before` passing `test`, else the remembered."""
        for found in sorted(self.mentions, key=lambda m: m.start, reverse=True):
            entity = self.entity(found.id)
            if found.start < before and entity is not None and passes(entity, test):
                return entity
        return self.known.get(f"@{test}")

    def programme_before(self, position: int) -> Entity | None:
        """The programme last named before `position`, not counting names inside the titles of
        projects already read (a title may name another scheme: "Soutenir le dispositif …"), nor
        one named after a cue of where money comes from when an earlier named programme is
        what its money reaches (the reference's "financed by" links): "Le Plan de relance de
        la Wallonie mobilise N, dont M provenant de la FRR, au travers du Plan national …",
        "Le programme Interreg V A … : N d'euros de FEDER": the projects that follow are the
        lines of the programme that money finances."""
        titles = [(m.start, m.end) for m in self.mentions if m.type == "project"]
        candidates = sorted(
            (
                m
                for m in self.mentions
                if m.type == "programme"
                and m.start < position
                and not any(s <= m.start < e for s, e in titles)
            ),
            key=lambda m: m.start,
        )
        if not candidates:
            return self.known.get("@programme")
        latest = candidates[-1]
        if _FROM_SOURCE.search(self.text, max(0, latest.start - 30), latest.start):
            for earlier in reversed(candidates):
                if (
                    earlier.id is not None
                    and earlier.id != latest.id
                    and latest.id in self._funders(earlier.id)
                ):
                    return self.entity(earlier.id)
        return self.entity(latest.id)

    def _funders(self, iri: str) -> set[str]:
        """The programmes whose money reaches programme `iri`, by the reference data's
        "financed by" links, followed through."""
        seen: set[str] = set()
        stack = [iri]
        while stack:
            entity = self.entity(stack.pop())
            for funder in entity.financed_by if entity else ():
                if funder not in seen:
                    seen.add(funder)
                    stack.append(funder)
        return seen

    def remember(self) -> None:
        """What the next part may refer back to."""
        for test in ("programme", "owner", "centre", "project"):
            entity = self.last(len(self.text) + 1, test)
            if entity is not None:
                self.known[f"@{test}"] = entity
