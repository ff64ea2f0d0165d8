"""The ontology and the shapes as files: they parse, and every pg: term is declared and documented.

These checks keep the vocabulary honest as it grows: a term used in the shapes (or the fixture
standing in for the mapping's output) but missing from the ontology would dereference to nothing.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import get_args

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.term import Node

import ontology
from loaders.record import AnswerStatus, Approximation, BudgetKind, Instrument

PG = Namespace("https://w3id.org/parlgraph/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
ONTOLOGY = URIRef("https://w3id.org/parlgraph/ontology")
FIXTURE = Path(__file__).parent / "fixtures" / "question.ttl"
ROOT = Path(__file__).resolve().parents[2]

DECLARING_TYPES = {
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    SKOS.Concept,
    SKOS.ConceptScheme,
    ORG.Role,
}


def pg_terms(graph: Graph) -> set[URIRef]:
    """Every pg: IRI in any position of any triple."""
    return {
        node
        for triple in graph
        for node in triple
        if isinstance(node, URIRef) and str(node).startswith(str(PG))
    }


def declared_terms() -> set[URIRef]:
    graph = ontology.load_ontology()
    return {
        subject
        for subject in pg_terms(graph)
        if any((subject, RDF.type, kind) in graph for kind in DECLARING_TYPES)
    }


def languages(graph: Graph, subject: URIRef, predicate: URIRef) -> set[str | None]:
    return {
        value.language for value in graph.objects(subject, predicate) if isinstance(value, Literal)
    }


def test_the_files_exist_and_parse() -> None:
    for path in (ontology.ONTOLOGY_PATH, ontology.SHAPES_PATH, ontology.CONTEXT_PATH):
        assert path.is_file(), path
    assert len(ontology.load_ontology()) > 100
    assert len(ontology.load_shapes()) > 100
    assert "@context" in json.loads(ontology.CONTEXT_PATH.read_text(encoding="utf-8"))


def test_loaders_parse_once() -> None:
    assert ontology.load_ontology() is ontology.load_ontology()
    assert ontology.load_shapes() is ontology.load_shapes()


def test_header_describes_the_ontology() -> None:
    graph = ontology.load_ontology()
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in graph
    assert languages(graph, ONTOLOGY, URIRef("http://purl.org/dc/terms/title")) == {"en", "fr"}
    assert languages(graph, ONTOLOGY, URIRef("http://purl.org/dc/terms/description")) == {
        "en",
        "fr",
    }
    assert graph.value(ONTOLOGY, URIRef("http://purl.org/dc/terms/license")) is not None
    assert graph.value(ONTOLOGY, OWL.versionInfo) is not None
    prefix = graph.value(ONTOLOGY, URIRef("http://purl.org/vocab/vann/preferredNamespacePrefix"))
    assert prefix == Literal("pg")


def fixture_graph() -> Graph:
    return Graph(bind_namespaces="core").parse(FIXTURE)


@pytest.mark.parametrize(
    "load", [ontology.load_ontology, ontology.load_shapes, fixture_graph], ids=lambda f: f.__name__
)
def test_every_pg_term_used_is_declared(load: Callable[[], Graph]) -> None:
    undeclared = pg_terms(load()) - declared_terms()
    assert not undeclared, sorted(undeclared)


def test_every_declared_term_is_labelled_commented_and_defined_here() -> None:
    graph = ontology.load_ontology()
    problems = []
    for term in sorted(declared_terms()):
        for predicate in (RDFS.label, RDFS.comment):
            found = languages(graph, term, predicate)
            if not {"en", "fr"} <= found:
                problems.append(f"{term} {predicate} has languages {found}")
        if (term, RDFS.isDefinedBy, ONTOLOGY) not in graph:
            problems.append(f"{term} lacks rdfs:isDefinedBy")
    assert not problems, "\n".join(problems)


def test_question_and_answer_align_with_eli() -> None:
    graph = ontology.load_ontology()
    eli_work = URIRef("http://data.europa.eu/eli/ontology#Work")
    assert (PG.Question, RDFS.subClassOf, eli_work) in graph
    assert (PG.Answer, RDFS.subClassOf, eli_work) in graph
    for kind in ("WrittenQuestion", "OralQuestion", "Interpellation", "TopicalQuestion"):
        assert (PG[kind], RDFS.subClassOf, PG.Question) in graph
    assert (PG.SourceDocument, RDFS.subClassOf, URIRef("http://www.w3.org/ns/prov#Entity")) in graph


def scheme_notations(scheme: URIRef) -> dict[str, Node]:
    graph = ontology.load_ontology()
    return {
        str(graph.value(concept, SKOS.notation)): concept
        for concept in graph.subjects(SKOS.inScheme, scheme)
    }


def test_scheme_notations_are_the_record_values() -> None:
    """The mapping turns a record's status or approximation word into a concept by notation."""
    assert set(scheme_notations(PG.AnswerStatusScheme)) == set(get_args(AnswerStatus))
    assert set(scheme_notations(PG.ApproximationScheme)) == set(get_args(Approximation))
    assert set(scheme_notations(PG.BudgetKindScheme)) == set(get_args(BudgetKind))
    assert set(scheme_notations(PG.InstrumentScheme)) == set(get_args(Instrument))
    assert set(scheme_notations(PG.ProgrammeLevelScheme)) == {"eu", "national", "regional"}


def test_every_classification_of_the_reference_data_has_a_concept() -> None:
    """The mapping turns a gazetteer's classification word into a concept by notation."""
    table = ROOT / "loaders" / "reference" / "data" / "organisations.csv"
    with table.open(encoding="utf-8", newline="") as handle:
        used = {row["classification"] for row in csv.DictReader(handle) if row["classification"]}
    assert used, table
    missing = used - set(scheme_notations(PG.OrganisationClassificationScheme))
    assert not missing, sorted(missing)


def test_every_concept_is_in_a_declared_scheme_with_a_unique_notation() -> None:
    graph = ontology.load_ontology()
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        schemes = set(graph.objects(concept, SKOS.inScheme))
        assert schemes, concept
        for scheme in schemes:
            assert (scheme, RDF.type, SKOS.ConceptScheme) in graph
        notations = list(graph.objects(concept, SKOS.notation))
        assert len(notations) == 1, concept
    all_notations = [
        (scheme, str(notation))
        for concept in graph.subjects(RDF.type, SKOS.Concept)
        for scheme in graph.objects(concept, SKOS.inScheme)
        for notation in graph.objects(concept, SKOS.notation)
    ]
    assert len(all_notations) == len(set(all_notations))


def test_context_has_the_model_prefixes_with_the_ontology_namespaces() -> None:
    context = json.loads(ontology.CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]
    expected = {"pg", "eli", "eli-dl", "schema", "org", "foaf", "dcterms", "skos", "prov", "oa"}
    expected |= {"owl", "xsd", "frapo", "rt", "rdf", "rdfs"}
    assert expected <= set(context)
    bound = dict(ontology.load_ontology().namespace_manager.namespaces())
    for prefix, namespace in context.items():
        if prefix in bound:
            assert str(bound[prefix]) == namespace, prefix


def test_json_ld_with_the_inline_context_round_trips() -> None:
    """Dumps carry the context inline: writing and reading back must not lose or fetch anything."""
    context = json.loads(ontology.CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]
    graph = fixture_graph()
    text = graph.serialize(format="json-ld", context=context)
    assert '"pg:WrittenQuestion"' in text
    assert isomorphic(Graph().parse(data=text, format="json-ld"), graph)
