"""What the corruption tests share: getters of the seed graph's nodes, the mutations they build
from, and the check that a corruption is caught by the constraint its case names.

The seed page's graph (as its load builds it) conforms; each corruption of
`test_corruptions_record.py` and `test_corruptions_money.py` changes it the way a bug in a
parser, an extractor or the mapping would, and the shapes must report it with the named
constraint component on the named path (or SPARQL constraint). A corruption that the shapes let
through, or that they catch for another reason, fails its case."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH, XSD

from graph_api.validation import validate_graph
from loaders.vocab import OA, ORG, PG, SCHEMA

PGSH = "https://w3id.org/parlgraph/shapes#"
Mutation = Callable[[Graph], object]


def one(graph: Graph, kind: URIRef) -> URIRef:
    return sorted(s for s in graph.subjects(RDF.type, kind) if isinstance(s, URIRef))[0]


def first(kind: URIRef) -> Callable[[Graph], URIRef]:
    """The getter of a graph's first node of a class (by IRI)."""
    return lambda g: one(g, kind)


question = first(PG.WrittenQuestion)
answer = first(PG.Answer)
document = first(PG.SourceDocument)
amount = first(SCHEMA.MonetaryAmount)
funding = first(SCHEMA.MonetaryGrant)
annotation = first(OA.Annotation)
membership = first(ORG.Membership)


def selector(g: Graph, kind: URIRef) -> BNode:
    target = g.value(annotation(g), OA.hasTarget)
    for node in g.objects(target, OA.hasSelector):
        if (node, RDF.type, kind) in g and isinstance(node, BNode):
            return node
    raise AssertionError("no selector")


def person(g: Graph) -> URIRef:
    value = g.value(question(g), PG.askedBy)
    assert isinstance(value, URIRef)
    return value


def set_value(g: Graph, node: URIRef | BNode, path: URIRef, value: object) -> None:
    g.set((node, path, value if isinstance(value, URIRef | Literal) else Literal(value)))


def drop(g: Graph, node: URIRef, path: URIRef) -> None:
    g.remove((node, path, None))


@dataclass(frozen=True)
class Case:
    mutate: Mutation
    component: str  # sh:…ConstraintComponent local name, or a pgsh: SPARQL constraint's name
    path: URIRef | None = None


def typo(name: str) -> URIRef:
    """A term our namespace does not have (the closed namespace refuses to mint it)."""
    return URIRef(str(PG) + name)


def add(node: Callable[[Graph], URIRef | BNode], path: URIRef, value: object) -> Mutation:
    return lambda g: g.add(
        (node(g), path, value if isinstance(value, URIRef | Literal) else Literal(value))
    )


def put(node: Callable[[Graph], URIRef | BNode], path: URIRef, value: object) -> Mutation:
    return lambda g: set_value(g, node(g), path, value)


def remove(node: Callable[[Graph], URIRef], path: URIRef) -> Mutation:
    return lambda g: drop(g, node(g), path)


def position(g: Graph) -> BNode:
    return selector(g, OA.TextPositionSelector)


def integer(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


def organisation(g: Graph) -> URIRef:
    value = g.value(question(g), PG.parliament)
    assert isinstance(value, URIRef)
    return value


def copied(graph: Graph) -> Graph:
    """A copy of `graph` a corruption may change."""
    copy = Graph()
    for triple in graph:
        copy.add(triple)
    return copy


def assert_conforms(seed_graph: Graph, base: Mutation) -> None:
    """The seed graph changed by `base` (the start of a family of corruptions) still conforms."""
    graph = copied(seed_graph)
    base(graph)
    report = validate_graph(graph)
    assert report.conforms, report.messages[:5]


def assert_caught(seed_graph: Graph, name: str, case: Case) -> None:
    """The seed graph corrupted by `case` fails validation with the constraint the case names."""
    graph = copied(seed_graph)
    case.mutate(graph)
    report = validate_graph(graph)
    assert not report.conforms, f"{name}: not caught"
    found = []
    for result in report.graph.subjects(RDF.type, SH.ValidationResult):
        component = str(report.graph.value(result, SH.sourceConstraintComponent))
        constraint = str(report.graph.value(result, SH.sourceConstraint))
        path = report.graph.value(result, SH.resultPath)
        found.append((component.rsplit("#", 1)[-1], constraint.removeprefix(PGSH), path))
    if case.component.endswith("ConstraintComponent"):
        assert any(
            c == case.component and (case.path is None or p == case.path) for c, _, p in found
        ), (name, found)
    else:
        assert any(c == "SPARQLConstraintComponent" and k == case.component for c, k, _ in found), (
            name,
            found,
        )
