"""Entity recogniser: organisations, places, programmes, projects and sites in a part's text.

Small rules run in order over one part (question or answer), each keeping exact spans, each in
its own module:
1. `acronyms`: acronym definitions, "Plan de relance de la Wallonie (PRW)", and the other way
   round, "la MWP (maison wallonne de la pêche)";
2. `lookup`: gazetteer names, longest first, and the acronyms the document defined;
2b. `institutions`: the Walloon Region as an actor; `editions`: programmes with their edition
    or programming period ("Plan Marshall 2022", "les programmes triennaux 2010-2012"), again
    after 3d for the calls and components read since; a fund a successor replaced, when the text
    names the successor or a period of it ("FSE" for the FSE+);
    `extensions`: known names a longer proper name continues ("IDELUX Développement");
    `places`: hyphenated pairs of towns, plural "Provinces de …", names after a title of person;
3. `projects`: numbered projects, then named ones;
3b. `patterns`: organisations and programmes introduced by their kind ("le CPAS de X",
   "l'appel à projets « X »") that the gazetteer does not know;
3c. `heads`: proper names of bodies and schemes read from a capitalised head noun and its
   complements ("l'Office wallon de la formation professionnelle", "la Stratégie wallonne …");
    `schemes`: lower-case schemes a source cue or a participle marks ("au titre du plan de
   reconstruction"); `policies`: lower-case policies the reference knows, after a cue ("au
   titre de la rénovation urbaine");
3d. `kinds`: names next to a lower-case kind noun ("l'organisation flamande … Unizo"), names
   ending with a company word ("Isis Consult"), names with their kind apposed ("X, le service");
3e. `coordination`: names listed with a named body ("Natagora, AVES et RNOB"); `places`:
    villages and quarters the reference lacks, from their context ("les villages de X et de Y");
    `receivers`: names no cue announces, as the subject of a verb of receiving money ("Les
    Ardentes ont reçu N");
4. `places`: "la Ville de X" is the place X, no body; `sites`: organisations' sites in lists
   and in appositions.
`reader` holds what the rules share while reading one part, and what one part teaches the next.
"""

from __future__ import annotations

from collections.abc import Callable

from loaders.extract.entities.acronyms import read_acronyms, read_expansions
from loaders.extract.entities.coordination import read_announced_bodies, read_listed_bodies
from loaders.extract.entities.editions import (
    read_editions,
    read_generic_editions,
    read_plus_editions,
    read_successor_funds,
)
from loaders.extract.entities.extensions import read_continued_names, read_short_forms
from loaders.extract.entities.heads import read_headed_names
from loaders.extract.entities.institutions import read_bare_commission, read_region_as_body
from loaders.extract.entities.kinds import read_kind_names
from loaders.extract.entities.lookup import read_names
from loaders.extract.entities.patterns import read_patterns
from loaders.extract.entities.places import (
    drop_countries_inside_names,
    drop_persons_read_as_places,
    drop_towns_read_as_bodies,
    read_localities,
    read_place_pairs,
    read_places_in_names,
    read_plural_provinces,
    read_short_sections,
)
from loaders.extract.entities.policies import read_cued_policies
from loaders.extract.entities.projects import (
    read_named_projects,
    read_numbered_projects,
    read_project_names,
)
from loaders.extract.entities.reader import PartReader
from loaders.extract.entities.receivers import read_receiving_subjects
from loaders.extract.entities.schemes import read_lower_case_schemes
from loaders.extract.entities.sites import (
    read_appositions,
    read_site_lists,
)
from loaders.record import Entity, Mention, Part, Record
from loaders.reference.gazetteer import Gazetteer, load_gazetteer

__all__ = ["EXTRA_RULES", "Rule", "extract_entities", "find_entities"]

Rule = Callable[[PartReader], None]
# Rules run after the built-in name readers, before sites: a second source of candidates plugs in
# here (bench/ner.py measures spaCy's French model this way; it is not on by default).
EXTRA_RULES: list[Rule] = []


def find_entities(
    text: str, part: Part, gazetteer: Gazetteer, known: dict[str, Entity] | None = None
) -> tuple[list[Mention], list[Entity]]:
    """Mentions in one part's text and every entity they need (with what those point to).

    `known` is shared between the parts of one document: pass the same dict for the question and
    then the answer so that the answer can use the question's acronyms and sites.
    """
    reader = PartReader(text, part, gazetteer, {} if known is None else known)
    for rule in (
        read_acronyms,
        read_expansions,
        read_names,
        read_region_as_body,
        read_bare_commission,
        read_editions,
        read_generic_editions,
        read_plus_editions,
        read_successor_funds,
        read_continued_names,
        read_place_pairs,
        read_plural_provinces,
        read_short_sections,
        drop_persons_read_as_places,
        read_numbered_projects,
        read_project_names,
        read_named_projects,
        read_patterns,
        read_headed_names,
        read_lower_case_schemes,
        read_cued_policies,
        read_kind_names,
        read_editions,  # again: the calls and components read since stop before their edition
        read_announced_bodies,
        read_listed_bodies,
        read_short_forms,
        read_localities,
        read_receiving_subjects,
        *EXTRA_RULES,
        drop_countries_inside_names,
        read_places_in_names,
        drop_towns_read_as_bodies,
        read_site_lists,
        read_appositions,
    ):
        rule(reader)
    reader.remember()
    # An ordered set (a dict), in reading order: a set's order changes from run to run with the
    # hash seed, and the record's entities keep this order.
    pointed = dict.fromkeys(m.id for m in reader.mentions if m.id)
    for entity in reader.made.values():
        pointed.update(dict.fromkeys(x for x in (entity.part_of, entity.located_in) if x))
    entities = {e.id: e for e in gazetteer.closure(pointed)}
    entities.update({iri: e for iri, e in reader.made.items() if iri in pointed})
    mentions = sorted(reader.mentions, key=lambda m: (m.start, m.end, m.type))
    return mentions, list(entities.values())


def extract_entities(record: Record, gazetteer: Gazetteer | None = None) -> None:
    """Fill `record.mentions` and `record.entities` from the question and the answer texts,
    keeping what is already there (persons from the page header, for instance)."""
    gazetteer = gazetteer or load_gazetteer()
    known: dict[str, Entity] = {}
    seen = {(m.type, m.part, m.start, m.end) for m in record.mentions}
    entities = {e.id: e for e in record.entities}
    parts: list[Part] = ["question", "answer"]
    for part in parts:
        text = record.text_of(part)
        if not text:
            continue
        mentions, found = find_entities(text, part, gazetteer, known)
        for mention in mentions:
            if (mention.type, mention.part, mention.start, mention.end) not in seen:
                record.mentions.append(mention)
                seen.add((mention.type, mention.part, mention.start, mention.end))
        for entity in found:
            current = entities.get(entity.id)
            if current is None or (entity.title and not current.title):
                entities[entity.id] = entity
    record.entities = list(entities.values())
