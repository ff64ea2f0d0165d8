"""The gazetteer: organisations, places and programmes the recognisers link mentions to.

Reads the reference files beside this module (`data/organisations.csv`, `data/places.csv`,
`data/programmes.csv`; their sources are in `SOURCES.md`) into `Entity` values with minted IRIs,
and indexes every alias under one of two keys:
- exact (case-sensitive): acronyms ("WAN" must not match "wan"), one-word names and every place
  name, which are proper nouns;
- loose (case and accents ignored): names of two words or more of organisations and programmes,
  which writers capitalise at will ("Plan de Relance de la Wallonie");
- folded, the last resort for those long names: function words ("de", "pour", …) and plural
  marks ignored too, so that spelling variants fold into one entity ("Union des Villes et des
  Communes de Wallonie", "Plans pluriannuels d'investissements", "Agence européenne de
  l'environnement" for "… pour l'environnement"); only onto one reference entry, never choosing
  between two.
An alias written "=Name" in a file is always exact (a long name that is also an ordinary phrase).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from loaders.extract.text import (
    exact_key,
    folded_key,
    loose_key,
    word_lists,
    word_tables,
    words,
)
from loaders.ids import base, mint
from loaders.record import Entity

DATA = Path(__file__).with_name("data")
# Competence centres are written with their status in front: "le CDC Technocité".
CENTRE_PREFIXES = ("CDC", "Centre de compétence", "Centre de compétences")
# When one alias names several places, the commune of today is the likelier reading.
_PRIORITY = {"municipality": 0, "province": 1, "region": 2, "former_municipality": 3}
# Heads a scheme's name is also written without ("le Plan Habitat permanent", "l'Habitat
# permanent") and the long forms of administrations' prefixes ("SPW" for "Service public de
# Wallonie").
HEADS_FILE = Path(__file__).resolve().parents[1] / "extract" / "data" / "name-heads.json"
# Words of places: the small words a place's name keeps in lower case ("place_links").
PLACE_WORDS_FILE = HEADS_FILE.with_name("place-words.json")


@dataclass
class Gazetteer:
    """Entities by IRI and the alias indexes the entity recogniser looks names up in."""

    entities: dict[str, Entity] = field(default_factory=dict)
    exact: dict[str, list[str]] = field(default_factory=dict)
    loose: dict[str, list[str]] = field(default_factory=dict)
    folded: dict[str, list[str]] = field(default_factory=dict)
    cue_needed: set[str] = field(default_factory=set)
    # Former municipalities by the first word of a name that links it to a river or a town
    # ("Barvaux" for Barvaux-sur-Ourthe, "Bomal" for Bomal-sur-Ourthe): writers drop the rest
    # where the context says which one; entities/places.py reads them only with that context.
    short_sections: dict[str, list[str]] = field(default_factory=dict)
    # The key of every leading run of whole words of every alias ("Plan", "Plan de", "Plan de
    # relance" …), per index: a scan stops lengthening a candidate name as soon as its words
    # begin no alias, instead of looking up every length up to the longest alias.
    starts_exact: set[str] = field(default_factory=set)
    starts_loose: set[str] = field(default_factory=set)
    starts_folded: set[str] = field(default_factory=set)
    max_words: int = 1

    def by_id(self, iri: str) -> Entity | None:
        return self.entities.get(iri)

    def lookup(self, surface: str) -> list[Entity]:
        """Entities a written name may denote, best reading first (exact aliases before loose)."""
        ids = self.exact.get(exact_key(surface)) or self.loose.get(loose_key(surface))
        if not ids and _proper_long_name(surface):
            folded = self.folded.get(folded_key(surface), [])
            # a variant that folds onto two reference entries names neither: folding never
            # chooses between distinct bodies ("Fonds pour X" and "Fonds de X" both listed)
            ids = folded if len(folded) == 1 else []
        return [self.entities[iri] for iri in ids or []]

    def may_start(self, surface: str) -> bool:
        """Whether some alias starts with these whole words: a name that matches has every
        leading run of its words pass, so the scanner tries no longer name once one fails."""
        return (
            exact_key(surface) in self.starts_exact
            or loose_key(surface) in self.starts_loose
            or folded_key(surface) in self.starts_folded
        )

    def needs_cue(self, iri: str) -> bool:
        """Places whose name is also a common word ("Spa", "Ans", "Manage") need "à", "de"…"""
        return iri in self.cue_needed

    def closure(self, iris: Iterable[str]) -> list[Entity]:
        """The entities and everything they point to (part of, located in, financed by)."""
        seen: dict[str, Entity] = {}
        stack = list(iris)
        while stack:
            iri = stack.pop()
            entity = self.entities.get(iri)
            if entity is None or iri in seen:
                continue
            seen[iri] = entity
            stack.extend(x for x in (entity.part_of, entity.located_in) if x)
            stack.extend(entity.financed_by)
        return list(seen.values())

    def add(self, entity: Entity, aliases: Iterable[str], exact_only: bool = False) -> None:
        self.entities[entity.id] = entity
        for alias in aliases:
            forced = alias.startswith("=")
            name = alias.removeprefix("=")
            spans = words(name)
            runs = [name[spans[0][0] : end] for _, end in spans]
            long_name = len(spans) > 1 and entity.type in ("organisation", "programme")
            if long_name and not forced and not exact_only:
                keyed, index, starts = loose_key, self.loose, self.starts_loose
            else:
                keyed, index, starts = exact_key, self.exact, self.starts_exact
            ids = index.setdefault(keyed(name), [])
            if entity.id not in ids:
                ids.append(entity.id)
            starts.update(keyed(run) for run in runs)
            self.max_words = max(self.max_words, len(spans) + 2 * long_name)
            if long_name and not forced:
                folded = self.folded.setdefault(folded_key(name), [])
                if entity.id not in folded:
                    folded.append(entity.id)
                self.starts_folded.update(folded_key(run) for run in runs)


def _proper_long_name(surface: str) -> bool:
    """Only a capitalised name of several words, not starting or ending with a function word, is
    looked up folded: "des Centres de compétence" is a plural common noun, not a variant."""
    names = surface.split()
    return (
        len(names) > 1
        and names[0][:1].isupper()
        and folded_key(names[0]) != ""
        and folded_key(names[-1]) != ""
    )


def _rows(name: str) -> Iterator[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _split(aliases: str) -> list[str]:
    return [alias for alias in aliases.split("|") if alias]


def long_forms(aliases: list[str]) -> list[str]:
    """Each alias whose first word is an administration's short prefix, with the prefix written
    out ("SPW Energie" is also "Service public de Wallonie Energie", "SPF Finances" "Service
    public fédéral Finances"): writers use both, and which prefix has which long form is data
    (`prefix_long_forms` of name-heads.json), true of the whole family of services."""
    prefixes = word_tables(HEADS_FILE)["prefix_long_forms"]
    variants: list[str] = []
    for alias in (a.removeprefix("=") for a in aliases):
        prefix, _, rest = alias.partition(" ")
        if prefix in prefixes and rest:
            variants.append(f"{prefixes[prefix]} {rest}")
    return [v for v in variants if v not in aliases]


# An acronym of four letters or more, which writers also spell as a word ("le Cetic").
_WORD_ACRONYM = re.compile(r"[A-ZÀ-Ý]{4,}")


def spelt_as_words(aliases: list[str]) -> list[str]:
    """Each organisation's acronym of four letters or more also written as a word, capital first
    ("la Sowalfin", "le Cetic", "l'Awex" for SOWALFIN, CETIC, AWEX), as writers often do; an
    acronym that is also a word ("IDEA", "ARES") is written "=IDEA" in the file and has no such
    variant. The variant is matched with its case, so "base" or "ores" in a sentence stay words."""
    variants = [a[0] + a[1:].lower() for a in aliases if _WORD_ACRONYM.fullmatch(a)]
    return [f"={v}" for v in variants if v not in aliases]


def _organisations(gazetteer: Gazetteer) -> None:
    for row in _rows("organisations.csv"):
        aliases = _split(row["aliases"])
        aliases += long_forms(aliases)
        if row["classification"] == "competence_centre":
            names = [a.removeprefix("=") for a in aliases]
            aliases += [f"{prefix} {name}" for prefix in CENTRE_PREFIXES for name in names]
        entity = Entity(
            id=mint("organisation", row["key"]),
            type="organisation",
            label=row["label"],
            aliases=sorted({a.removeprefix("=") for a in aliases} - {row["label"]}),
            classification=row["classification"],
            part_of=mint("organisation", row["part_of"]) if row["part_of"] else None,
            source="organisations.csv",
        )
        # the acronyms spelt as words are looked up, not names the reference records
        gazetteer.add(entity, [*aliases, *spelt_as_words(aliases)])


def title_cased(aliases: list[str]) -> list[str]:
    """Each place name of several words with its later words capitalised, as writers capitalise
    them ("la Région Wallonne", "le Brabant Wallon"): place names are matched with their case,
    and this variant is the same place; small words ("de", "sur") and elided ones ("d'Ath") stay
    as they are, and a name written in lower case ("arrondissement de …") has no variant."""
    links = word_lists(PLACE_WORDS_FILE)["place_links"]
    variants = []
    for alias in aliases:
        first, *rest = alias.split(" ")
        if not rest or not first[:1].isupper():
            continue
        words = [w if w in links or "'" in w or "’" in w else w[:1].upper() + w[1:] for w in rest]
        variant = " ".join([first, *words])
        if variant != alias and variant not in aliases:
            variants.append(variant)
    return variants


_CAPITALISED = re.compile(r"[A-ZÀ-Ý][a-zà-ÿœ]+")


def spaced(aliases: list[str]) -> list[str]:
    """Each place name of capitalised words joined by hyphens written with spaces instead, as
    writers also spell them ("la commune de Burg Reuland", "Chaumont Gistoux"); never a name
    with a lower-case link ("Marche-en-Famenne") or a saint's title ("Saint Ghislain" is the
    saint; `not_spaced_words`)."""
    titles = word_lists(PLACE_WORDS_FILE)["not_spaced_words"]
    variants = []
    for alias in aliases:
        parts = alias.split("-")
        if len(parts) < 2 or any(p in titles or not _CAPITALISED.fullmatch(p) for p in parts):
            continue
        variant = " ".join(parts)
        if variant not in aliases:
            variants.append(variant)
    return variants


# "Barvaux-sur-Ourthe", "Péronnes-lez-Binche": a first word, then a lower-case link.
_SHORT = re.compile(r"([A-ZÀ-Ý][\w'’]{3,})-(?:sur|sous|lez|lès|en|au|aux|le|la|les|de|du|d'|l')\b")


def _places(gazetteer: Gazetteer) -> None:
    rows = sorted(_rows("places.csv"), key=lambda r: _PRIORITY.get(r["classification"], 9))
    for row in rows:
        aliases = _split(row["aliases"]) or [row["label"]]
        entity = Entity(
            id=mint("place", row["key"]),
            type="place",
            label=row["label"],
            aliases=sorted(set(aliases) - {row["label"]}),
            classification=row["classification"],
            part_of=mint("place", row["part_of"]) if row["part_of"] else None,
            codes={"nis": row["nis"]} if row["nis"] else {},
            source="places.csv",
        )
        # the capitalised variants are looked up, not names the reference records
        variants = [*title_cased(aliases), *spaced(aliases)]
        gazetteer.add(entity, [*aliases, *variants], exact_only=True)
        if row["needs_cue"] == "yes":
            gazetteer.cue_needed.add(entity.id)
        short = (
            _SHORT.match(row["label"]) if row["classification"] == "former_municipality" else None
        )
        if short is not None:
            gazetteer.short_sections.setdefault(short.group(1), []).append(entity.id)


def head_variants(aliases: list[str]) -> list[str]:
    """Each alias without its head noun, when what remains is still a proper name of two words
    or more ("Habitat permanent", never "Marshall" alone), matched with its case (an exact
    alias) so that a common phrase in lower case is never read as the scheme. The other way
    round ("Plan Wallonie cyclable" for "Wallonie cyclable") is no rule: which head a scheme
    takes is a fact, written in the reference data where it is known."""
    heads = word_lists(HEADS_FILE)["programme_prefixes"]
    variants: list[str] = []
    for alias in (a.removeprefix("=") for a in aliases):
        head, _, rest = alias.partition(" ")
        if head in heads and len(rest.split()) > 1 and rest[:1].isupper():
            variants.append(f"={rest}")
    return variants


def _programmes(gazetteer: Gazetteer) -> None:
    for row in _rows("programmes.csv"):
        aliases = _split(row["aliases"])
        aliases += [v for v in head_variants(aliases) if v.removeprefix("=") not in aliases]
        entity = Entity(
            id=mint("programme", row["key"]),
            type="programme",
            label=row["label"],
            aliases=sorted({a.removeprefix("=") for a in aliases} - {row["label"]}),
            level=row["level"] or None,
            part_of=mint("programme", row["part_of"]) if row["part_of"] else None,
            financed_by=[mint("programme", key) for key in _split(row["financed_by"])],
            source="programmes.csv",
        )
        gazetteer.add(entity, aliases)


@cache
def _load(data_base: str) -> Gazetteer:
    del data_base  # only the cache key: IRIs depend on $PARLGRAPH_BASE at load time
    gazetteer = Gazetteer()
    _organisations(gazetteer)
    _places(gazetteer)
    _programmes(gazetteer)
    return gazetteer


def load_gazetteer() -> Gazetteer:
    """The gazetteer for the current IRI base, read once per base and shared (do not mutate)."""
    return _load(base())
