"""The SHACL shapes: valid SHACL Core, non-recursive, and they accept good data and reject bad.

The fixture (`fixtures/question.ttl`, invented) stands for one document's graph as the mapping
emits it; each broken variant changes one thing and must be caught at the expected path.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import files
from pathlib import Path

import pyoxigraph
import pyshacl
import pytest
from rdflib import OWL, RDF, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH
from rdflib.term import Node

import ontology

PG = Namespace("https://w3id.org/parlgraph/ontology#")
ID = Namespace("https://w3id.org/parlgraph/id/")
DCT = Namespace("http://purl.org/dc/terms/")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("http://schema.org/")
PGSH = Namespace("https://w3id.org/parlgraph/shapes#")
FIXTURE = Path(__file__).parent / "fixtures" / "question.ttl"

# Plain IRIs rather than rdflib's closed XSD namespace, which warns when pytest inspects it.
XSD_ = "http://www.w3.org/2001/XMLSchema#"
XSD_date = URIRef(XSD_ + "date")
XSD_decimal = URIRef(XSD_ + "decimal")
XSD_double = URIRef(XSD_ + "double")
XSD_string = URIRef(XSD_ + "string")

QUESTION = ID["question/wallonia/2030-2031/17"]
ANSWER = ID["answer/wallonia/2030-2031/17"]
AMOUNT = ID["amount/wallonia/2030-2031/17/1"]
FUNDING = ID["funding/wallonia/2030-2031/17/1"]
ANNOTATION = ID["annotation/wallonia/2030-2031/17/answer/35-61"]

REUSED_NAMESPACES = (
    "http://xmlns.com/foaf/0.1/",
    "http://www.w3.org/ns/org#",
    "http://schema.org/",
    "http://purl.org/cerif/frapo/",
    "http://www.w3.org/ns/oa#",
    "http://www.w3.org/ns/prov#",
    "http://data.europa.eu/eli/ontology#",
    "http://www.w3.org/2006/time#",
)

# Predicates that make one shape depend on another (SHACL Core's shape-valued parameters).
SHAPE_LINKS = (SH.property, SH.node, SH.qualifiedValueShape, SH["not"])
SHAPE_LISTS = (SH["and"], SH["or"], SH.xone)
NOT_CORE = (SH.ask, SH.target, SH.rule, SH.js, SH.declare)
# SPARQL constraints only where a page has few focus nodes: pySHACL runs one query per node.
SPARQL_SHAPES = {
    PGSH.QuestionShape,
    PGSH.AnswerShape,
    PGSH.FundingShape,
    PGSH.AmountShape,
    PGSH.IntervalShape,
}


def fixture_graph() -> Graph:
    return Graph(bind_namespaces="core").parse(FIXTURE)


def validate(data: Graph) -> tuple[bool, Graph]:
    conforms, report, _ = pyshacl.validate(data, shacl_graph=ontology.load_shapes())
    assert isinstance(report, Graph)
    return bool(conforms), report


def results(report: Graph) -> set[tuple[Node | None, Node | None]]:
    """(focus node, result path) of every violation in a report."""
    return {
        (report.value(result, SH.focusNode), report.value(result, SH.resultPath))
        for result in report.subjects(RDF.type, SH.ValidationResult)
    }


def shape_dependencies(shapes: Graph) -> dict[Node, set[Node]]:
    edges: dict[Node, set[Node]] = {}
    for predicate in SHAPE_LINKS:
        for shape, target in shapes.subject_objects(predicate):
            edges.setdefault(shape, set()).add(target)
    for predicate in SHAPE_LISTS:
        for shape, head in shapes.subject_objects(predicate):
            edges.setdefault(shape, set()).update(Collection(shapes, head))
    return edges


def find_cycle(edges: dict[Node, set[Node]]) -> list[Node] | None:
    """A loop of shape references, if any (iterative depth-first search)."""
    done: set[Node] = set()
    for root in edges:
        if root in done:
            continue
        path: list[Node] = [root]
        stack = [iter(sorted(edges.get(root, ()), key=str))]
        on_path = {root}
        while stack:
            child = next(stack[-1], None)
            if child is None:
                stack.pop()
                done.add(path[-1])
                on_path.discard(path.pop())
            elif child in on_path:
                return [*path[path.index(child) :], child]
            elif child not in done:
                path.append(child)
                on_path.add(child)
                stack.append(iter(sorted(edges.get(child, ()), key=str)))
    return None


def test_shapes_are_valid_shacl() -> None:
    shacl_shacl = Graph().parse(
        str(files("pyshacl") / "assets" / "shacl-shacl.ttl"), format="turtle"
    )
    conforms, _, text = pyshacl.validate(ontology.load_shapes(), shacl_graph=shacl_shacl)
    assert conforms, text


def test_shapes_use_core_and_sparql_constraints_on_few_nodes_only() -> None:
    shapes = ontology.load_shapes()
    for predicate in NOT_CORE:
        assert not list(shapes.triples((None, predicate, None))), predicate
    assert set(shapes.subjects(SH.sparql, None)) == SPARQL_SHAPES


def test_every_target_class_is_declared_or_reused() -> None:
    declared = set(ontology.load_ontology().subjects(RDF.type, OWL.Class))
    for target in ontology.load_shapes().objects(None, SH.targetClass):
        assert target in declared or str(target).startswith(REUSED_NAMESPACES), target


def test_shapes_are_not_recursive() -> None:
    assert find_cycle(shape_dependencies(ontology.load_shapes())) is None


def test_the_cycle_finder_sees_a_loop() -> None:
    """The EP's published shapes loop question -> answer -> question; that must be caught."""
    shapes = Graph()
    question, answer, to_answer, to_question = (BNode() for _ in range(4))
    shapes.add((question, SH.property, to_answer))
    shapes.add((to_answer, SH.node, answer))
    shapes.add((answer, SH.property, to_question))
    shapes.add((to_question, SH.node, question))
    cycle = find_cycle(shape_dependencies(shapes))
    assert cycle is not None and cycle[0] == cycle[-1]


def test_the_invented_question_conforms() -> None:
    conforms, report = validate(fixture_graph())
    assert conforms, report.serialize(format="turtle")


def test_the_question_still_conforms_after_a_trip_through_oxigraph() -> None:
    """Oxigraph rewrites some datatypes (xsd:nonNegativeInteger becomes xsd:integer): a graph read
    back from the store must validate as it did when it was built."""
    store = pyoxigraph.Store()
    store.load(
        fixture_graph().serialize(format="nt").encode("utf-8"),
        format=pyoxigraph.RdfFormat.N_TRIPLES,
    )
    dumped = store.dump(format=pyoxigraph.RdfFormat.N_QUADS, from_graph=pyoxigraph.DefaultGraph())
    assert dumped is not None
    conforms, report = validate(Graph().parse(data=dumped.decode("utf-8"), format="nt"))
    assert conforms, report.serialize(format="turtle")


def drop(subject: URIRef, predicate: URIRef) -> Callable[[Graph], None]:
    def change(graph: Graph) -> None:
        graph.remove((subject, predicate, None))

    return change


def put(subject: Node, predicate: URIRef, value: Node) -> Callable[[Graph], None]:
    def change(graph: Graph) -> None:
        graph.set((subject, predicate, value))

    return change


def put_on_selector(predicate: URIRef, value: Node) -> Callable[[Graph], None]:
    def change(graph: Graph) -> None:
        for selector in graph.subjects(RDF.type, OA.TextPositionSelector):
            graph.set((selector, predicate, value))

    return change


BROKEN = {
    "missing title": (drop(QUESTION, DCT.title), QUESTION, DCT.title),
    "amount without evidence": (drop(AMOUNT, PG.evidence), AMOUNT, PG.evidence),
    "string date": (put(QUESTION, DCT.date, Literal("2030-10-05")), QUESTION, DCT.date),
    "impossible date": (
        put(ANSWER, DCT.date, Literal("2030-02-30", datatype=XSD_date)),
        ANSWER,
        DCT.date,
    ),
    "confidence 2.0": (
        put(ANNOTATION, PG.confidence, Literal("2.0", datatype=XSD_decimal)),
        ANNOTATION,
        PG.confidence,
    ),
    "float value": (
        put(AMOUNT, SCHEMA.value, Literal(2e6, datatype=XSD_double)),
        AMOUNT,
        SCHEMA.value,
    ),
    "unknown approximation": (
        put(AMOUNT, PG.approximation, PG.Roughly),
        AMOUNT,
        PG.approximation,
    ),
    "unknown answer status": (
        put(ANSWER, PG.answerStatus, PG.StatusLost),
        ANSWER,
        PG.answerStatus,
    ),
    "funding without evidence": (drop(FUNDING, PG.evidence), FUNDING, PG.evidence),
    "funding without amount": (drop(FUNDING, SCHEMA.amount), FUNDING, SCHEMA.amount),
    "period as a date": (
        put(FUNDING, PG.periodStart, Literal("2029-01-01", datatype=XSD_date)),
        FUNDING,
        PG.periodStart,
    ),
    "answer without question": (drop(ANSWER, PG.answers), ANSWER, PG.answers),
    "annotation without method": (drop(ANNOTATION, PG.method), ANNOTATION, PG.method),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_variant_is_rejected_at_its_path(name: str) -> None:
    change, focus, path = BROKEN[name]
    graph = fixture_graph()
    change(graph)
    conforms, report = validate(graph)
    assert not conforms
    assert (focus, path) in results(report), results(report)


@pytest.mark.parametrize(
    ("predicate", "value"),
    [
        (OA.start, Literal(-1)),
        (OA.start, Literal("35", datatype=XSD_string)),
        (OA.start, Literal(70)),
    ],
    ids=["negative", "string", "after-end"],
)
def test_a_bad_text_position_is_rejected(predicate: URIRef, value: Literal) -> None:
    graph = fixture_graph()
    put_on_selector(predicate, value)(graph)
    conforms, report = validate(graph)
    assert not conforms
    assert OA.start in {path for _, path in results(report)}


def test_a_target_without_its_quote_selector_is_rejected() -> None:
    graph = fixture_graph()
    for selector in list(graph.subjects(RDF.type, OA.TextQuoteSelector)):
        graph.remove((None, OA.hasSelector, selector))
    conforms, report = validate(graph)
    assert not conforms
    assert OA.hasSelector in {path for _, path in results(report)}


def test_an_answer_to_a_question_not_in_the_graph_is_rejected() -> None:
    graph = fixture_graph()
    graph.set((ANSWER, PG.answers, ID["question/wallonia/2030-2031/99"]))
    conforms, report = validate(graph)
    assert not conforms
    assert ANSWER in {focus for focus, _ in results(report)}


def test_messages_are_in_english() -> None:
    messages = list(ontology.load_shapes().objects(None, SH.message))
    assert len(messages) > 30
    for message in messages:
        assert isinstance(message, Literal) and message.language == "en", message


def test_a_reference_to_an_undescribed_person_is_rejected() -> None:
    """Reference data travels with each document, so a dangling asker is a mapping bug."""
    graph = fixture_graph()
    graph.set((QUESTION, PG.askedBy, ID["person/nobody"]))
    conforms, report = validate(graph)
    assert not conforms
    assert (QUESTION, PG.askedBy) in results(report)
