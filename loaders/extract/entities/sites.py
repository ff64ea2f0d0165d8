"""Places tied to organisations: sites.

- site lists, "sur trois sites à Mons, Hornu et Tournai", "du site de Mons": each listed place is
  a site of the organisation the sentence is about (the one named right after the places, "le
  site de Gosselies de l'Aéroport de Charleroi", else the one already known to have a site there,
  else the last organisation named that can have sites);
- appositions, "Cefochim, à Seneffe", "le centre IFAPME de Libramont": a site written next to its
  organisation, without the word "site".
"""

from __future__ import annotations

import itertools
import re

from loaders.extract.entities.reader import PartReader, key, passes
from loaders.extract.text import alternation, context_words, sentence_at
from loaders.ids import mint
from loaders.record import Entity, Mention

_SITE = re.compile(rf"\b{alternation(context_words('site_nouns'))}s?\b", re.IGNORECASE)
_SETTLED_STEMS = alternation(context_words("settling_participles"))
# "Cefochim, à Seneffe", "le bureau du Forem situé à Jemappes": an organisation and its place.
# An acronym in brackets may stand between: "l'Université du Travail (UT) à Charleroi".
_APPOSITION = re.compile(
    rf"^\s*(?:\([A-Za-z0-9&.-]{{1,12}}\)\s*)?,?\s*(?:{_SETTLED_STEMS}e?s?\s+)?(?:à|a|sur)\s+$"
)
# "la SA Sonaca (Gosselies)": a town alone in brackets after a body is where it is.
_BRACKET_OPEN = re.compile(r"^\s*\(\s*$")
_BRACKET_CLOSE = re.compile(r"\s*\)")
# A plural participle agrees with the things before the organisation, not with it.
_PLURAL_PARTICIPLE = re.compile(rf"\b{_SETTLED_STEMS}e?s\b")
# "le centre IFAPME de Libramont": a facility noun (a site noun or another), the organisation,
# "de" and the place.
_FACILITY_NOUNS = context_words("site_nouns") | context_words("facility_nouns")
_FACILITY = re.compile(
    rf"\b{alternation(_FACILITY_NOUNS)}s?\s+(?:du\s+|de\s+la\s+|de\s+l'|"
    r"de\s+l’|d'|d’|de\s+)?$",
    re.IGNORECASE,
)
_FACILITY_GAP = re.compile(r"\s+(?:de\s+|d'|d’)")
_SITE_GAP = re.compile(r"^[^.;()«»\d]{0,40}$")
_OWNER_GAP = re.compile(r"\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])")
_LIST_GAP = re.compile(r"^\s*,?\s*(?:et|ainsi que)?\s*(?:à|a|de|d'|d’|en)?\s*$")


def read_site_lists(reader: PartReader) -> None:
    """The places listed right after "site(s)", "siège", "antenne", … in the same sentence."""
    text = reader.text
    places = sorted((m for m in reader.mentions if m.type == "place"), key=lambda m: m.start)
    for trigger in _SITE.finditer(text):
        _, sentence_end = sentence_at(text, trigger.start())
        listed: list[Mention] = []
        cursor, gap_rule = trigger.end(), _SITE_GAP
        for place in places:
            if place.start < cursor or place.start > sentence_end:
                continue
            if not gap_rule.match(text[cursor : place.start]):
                break
            listed.append(place)
            cursor, gap_rule = place.end, _LIST_GAP
        named = _owner_after(reader, listed[-1]) if listed else None
        for place in listed:
            owner = named or _owner(reader, trigger.start(), place)
            if owner is not None and place.id is not None:
                _site(reader, owner, place)


def read_appositions(reader: PartReader) -> None:
    """Sites written next to their organisation, without the word "site"."""
    text = reader.text
    # a place inside a longer name ("Bois Durable des Fagnes SCRL, à Viroinval") is not what
    # stands before the next place: the name is
    ordered = [
        m
        for m in sorted(reader.mentions, key=lambda m: (m.start, -m.end))
        if not any(
            o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
            for o in reader.mentions
        )
    ]
    for previous, place in itertools.pairwise(ordered):
        owner = reader.entity(previous.id)
        if place.type != "place" or owner is None or not passes(owner, "owner"):
            continue
        gap = text[previous.end : place.start]
        before = text[max(0, previous.start - 40) : previous.start]
        if _PLURAL_PARTICIPLE.search(gap):
            continue  # "les immeubles de La Sambrienne situés à X": the buildings are there
        bracketed = _BRACKET_OPEN.match(gap) and _BRACKET_CLOSE.match(text, place.end)
        if (
            _APPOSITION.match(gap)
            or bracketed
            or (_FACILITY_GAP.fullmatch(gap) and _FACILITY.search(before))
        ):
            _site(reader, owner, place)


def _owner_after(reader: PartReader, place: Mention) -> Entity | None:
    """The organisation named right after the listed places: "le site de Gosselies de
    l'Aéroport de Charleroi" is the airport's, whoever the sentence spoke of before."""
    gap = _OWNER_GAP.match(reader.text, place.end)
    if gap is None:
        return None
    for found in reader.mentions:
        entity = reader.entity(found.id)
        if found.start == gap.end() and entity is not None and passes(entity, "owner"):
            return entity
    return None


def _owner(reader: PartReader, before: int, place: Mention) -> Entity | None:
    existing = reader.known.get(f"@site {place.id}")
    if existing is not None:
        return reader.entity(existing.part_of)
    return reader.last(before, "owner")


def _site(reader: PartReader, owner: Entity, place: Mention) -> None:
    entity = reader.make(
        Entity(
            mint("site", f"{key(owner.id)}-{key(place.id or '')}"),
            "site",
            f"{owner.label} – {place.label}",
            part_of=owner.id,
            located_in=place.id,
            source="text",
        )
    )
    reader.known[f"@site {place.id}"] = entity
    reader.mention(entity, place.start, place.end, "site-list", 0.85)
