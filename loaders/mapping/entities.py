"""Descriptions of shared things: one function per kind, whoever needs them.

A shared thing (a person, an organisation, a place, a programme, …) is described in a graph of
its own (`layout.py`), rewritten by each document that uses it: its description must therefore
be the same whichever document, and whichever role in it (asker, mention), describes it. So
every description is built here, from the thing's reference data where there is any.

Labels of organisations, places and programmes are French names (`@fr`); persons' names carry
no language. Spellings that differ from the label or an alternative name only by case, accents
or punctuation ("Autoform" for "AutoFORM") are `skos:hiddenLabel`: found by search, never shown.
"""

from __future__ import annotations

import re

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from loaders.extract.text import loose_key
from loaders.mapping.concepts import CLASSIFICATION, LEVEL, concept
from loaders.mapping.provenance import gazetteer_provenance
from loaders.record import Entity
from loaders.reference.gazetteer import load_gazetteer
from loaders.vocab import DCTERMS, FOAF, FRAPO, ORG, OWL, PG, RDF, RDFS, SCHEMA, SKOS

ENTITY_CLASSES: dict[str, URIRef] = {
    "organisation": ORG.Organization,
    "site": ORG.Site,
    "programme": FRAPO.FundingProgramme,
    "project": PG.ProgrammeProject,
    "person": FOAF.Person,
    "party": ORG.Organization,
    "topic": SKOS.Concept,
}
PLACE_CLASSES: dict[str | None, URIRef] = {
    "country": SCHEMA.Country,
    "municipality": PG.Municipality,
    "former_municipality": PG.FormerMunicipality,
    "province": PG.Province,
    "region": PG.Region,
}
# Bodies with members and posts (W3C ORG's formal organisations).
FORMAL = frozenset({"parliament", "government", "party"})
LANGUAGE = "fr"


def _spelling(text: str) -> str:
    return re.sub(r"[\W_]+", "", loose_key(text))


def _add_labels(graph: Graph, node: URIRef, label_property: Node, entity: Entity) -> None:
    graph.add((node, label_property, Literal(entity.label, lang=LANGUAGE)))
    seen = {_spelling(entity.label)}
    for alias in sorted(entity.aliases):
        spelling = _spelling(alias)
        kind = SKOS.hiddenLabel if spelling in seen else SKOS.altLabel
        seen.add(spelling)
        graph.add((node, kind, Literal(alias, lang=LANGUAGE)))


def describe_person(graph: Graph, iri: str, name: str, as_written: str | None) -> URIRef:
    """A person: the display name, and the name as a page prints it as a hidden spelling."""
    node = URIRef(iri)
    graph.add((node, RDF.type, FOAF.Person))
    graph.add((node, FOAF.name, Literal(name)))
    graph.add((node, RDFS.label, Literal(name)))
    if as_written and as_written != name:
        graph.add((node, SKOS.hiddenLabel, Literal(as_written)))
    return node


def describe_organisation(graph: Graph, iri: str, label: str, classification: str) -> URIRef:
    """An organisation the page names by role (the parliament, the government, a party): its
    reference data's description when there is one, so it matches what mentions of it write."""
    known = load_gazetteer().by_id(iri)
    describe_entity(
        graph,
        known or Entity(id=iri, type="organisation", label=label, classification=classification),
    )
    return URIRef(iri)


def describe_entity(graph: Graph, entity: Entity) -> None:
    node = URIRef(entity.id)
    if entity.type == "person":
        describe_person(graph, entity.id, entity.label, None)
        return
    if entity.type == "place":
        graph.add((node, RDF.type, PLACE_CLASSES.get(entity.classification, SCHEMA.Place)))
    elif entity.type == "project" and entity.part_of is None and entity.financed_by:
        graph.add((node, RDF.type, FRAPO.Project))  # financed by a plan's project, not one of it
    else:
        graph.add((node, RDF.type, ENTITY_CLASSES[entity.type]))
    if entity.classification in FORMAL:
        graph.add((node, RDF.type, ORG.FormalOrganization))
    label_property: Node = RDFS.label if entity.type in ("place", "site") else SKOS.prefLabel
    _add_labels(graph, node, label_property, entity)
    classification = concept(CLASSIFICATION, entity.classification or "")
    if classification is not None and entity.type != "place":
        graph.add((node, ORG.classification, classification))
    level = concept(LEVEL, entity.level or "")
    if level is not None:
        graph.add((node, PG.level, level))
    for funder in entity.financed_by:
        graph.add((node, PG.financedBy, URIRef(funder)))
    for same in entity.same_as:
        graph.add((node, OWL.sameAs, URIRef(same)))
    if "nis" in entity.codes:
        graph.add((node, PG.nisCode, Literal(entity.codes["nis"])))
    if entity.type == "site":
        if entity.part_of:
            graph.add((node, ORG.siteOf, URIRef(entity.part_of)))
        if entity.located_in:
            graph.add((node, PG.locatedIn, URIRef(entity.located_in)))
    elif entity.type == "project":
        if entity.part_of:
            graph.add((node, DCTERMS.isPartOf, URIRef(entity.part_of)))
        if entity.number:
            graph.add((node, PG.projectNumber, Literal(entity.number)))
        if entity.title:
            graph.add((node, DCTERMS.title, Literal(entity.title, lang=LANGUAGE)))
    elif entity.type == "place" and entity.part_of:
        graph.add((node, SCHEMA.containedInPlace, URIRef(entity.part_of)))
    for triple in gazetteer_provenance(node, entity.source):
        graph.add(triple)
