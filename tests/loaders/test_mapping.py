"""The mapping: every term it emits is declared, IRIs are stable, and the seed's graph is whole."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS

from graph_api.validation import validate_graph
from loaders.mapping import graph_iri, record_to_graph
from loaders.process import read_document
from loaders.record import Entity
from loaders.sources.walloon import SAMPLE_DIR
from ontology import load_ontology

PG = "https://w3id.org/parlgraph/ontology#"
# Vocabularies reused as they are (docs/model.md); their terms need no declaration of ours.
REUSED = (
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://www.w3.org/2000/01/rdf-schema#",
    "http://www.w3.org/2002/07/owl#",
    "http://www.w3.org/ns/org#",
    "http://xmlns.com/foaf/0.1/",
    "http://purl.org/dc/terms/",
    "http://www.w3.org/2004/02/skos/core#",
    "http://www.w3.org/ns/prov#",
    "http://www.w3.org/ns/oa#",
    "http://schema.org/",
    "http://data.europa.eu/eli/ontology#",
    "http://data.europa.eu/eli/eli-draft-legislation-ontology#",
    "http://purl.org/cerif/frapo/",
    "http://www.w3.org/2006/time#",
    "http://data.europa.eu/eli/eli-draft-legislation-ontology#",
)


@pytest.fixture(scope="module")
def sample_graphs() -> list[Graph]:
    return [
        record_to_graph(read_document(path), loader_version="test")
        for path in sorted(SAMPLE_DIR.glob("*.txt"))
    ]


def declared_terms() -> set[URIRef]:
    ontology = load_ontology()
    kinds = (
        OWL.Class,
        RDFS.Class,
        OWL.ObjectProperty,
        OWL.DatatypeProperty,
        RDF.Property,
        OWL.NamedIndividual,
        OWL.AnnotationProperty,
    )
    declared = {s for kind in kinds for s in ontology.subjects(RDF.type, kind)}
    declared |= {s for s in ontology.subjects(RDFS.isDefinedBy, None)}
    return {s for s in declared if isinstance(s, URIRef)}


def used_terms(graph: Graph) -> set[URIRef]:
    terms = {p for p in graph.predicates() if isinstance(p, URIRef)}
    terms |= {o for o in graph.objects(None, RDF.type) if isinstance(o, URIRef)}
    terms |= {o for o in graph.objects() if isinstance(o, URIRef) and str(o).startswith(PG)}
    return terms


def test_every_emitted_term_is_declared_or_reused(sample_graphs: list[Graph]) -> None:
    declared = declared_terms()
    used = set().union(*(used_terms(g) for g in sample_graphs))
    unknown = sorted(str(t) for t in used if t not in declared and not str(t).startswith(REUSED))
    assert unknown == []


def test_every_sample_graph_validates(sample_graphs: list[Graph]) -> None:
    for graph in sample_graphs:
        report = validate_graph(graph)
        assert report.conforms, (graph.identifier, report.messages[:3])


def test_mapping_is_deterministic(seed_path: Path) -> None:
    first = record_to_graph(read_document(seed_path), loader_version="test")
    second = record_to_graph(read_document(seed_path), loader_version="test")
    assert isomorphic(first, second)
    assert str(first.identifier) == graph_iri(read_document(seed_path))
    assert str(first.identifier).endswith("/id/graph/wallonia/2022-2023/292-willy-borsus")


def test_one_span_naming_two_things_gives_two_whole_annotations(seed_path: Path) -> None:
    record = read_document(seed_path)
    first = next(m for m in record.mentions if m.type == "organisation")
    other = Entity(id=first.id + "-bis", type="organisation", label="Autre lecture")
    record.entities.append(other)
    record.mentions.append(replace(first, id=other.id, label=other.label))
    report = validate_graph(record_to_graph(record, loader_version="test"))
    assert report.conforms, report.messages[:3]


def test_a_range_and_a_rate_map_to_their_ends_and_unit(seed_path: Path) -> None:
    """A range keeps both ends and a rate its unit in the graph, and the graph still validates."""
    schema = Namespace("http://schema.org/")
    record = read_document(seed_path)
    record.amounts[0] = replace(record.amounts[0], value=8e6, high=9e6, per="habitant")
    graph = record_to_graph(record, loader_version="test")
    (node,) = graph.subjects(schema.maxValue, None)
    assert graph.value(node, schema.minValue) == Literal(Decimal("8000000.0"))
    assert graph.value(node, schema.maxValue) == Literal(Decimal("9000000.0"))
    assert graph.value(node, schema.unitText) == Literal("habitant")
    report = validate_graph(graph)
    assert report.conforms, report.messages[:3]
