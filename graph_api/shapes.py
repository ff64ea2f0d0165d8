"""The project's SHACL shapes prepared for pySHACL once per process, for validating many pages.

pySHACL builds a validator's shapes (one object per shape, their parameters read from the shapes
graph) on every call and reads the shapes graph again for every shape and focus node; it also
runs each SPARQL constraint once per focus node, through a Python layer that costs far more than
Oxigraph's answer. Here the shapes are built once, their graph remembers its lookups, and the
SPARQL constraints that can are split off to run as one query over a page's whole graph
(graph_api/validation.py). The shapes never change while a process runs.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from pyshacl.shapes_graph import ShapesGraph
from rdflib import Graph, Node, URIRef
from rdflib.namespace import SH
from rdflib.paths import Path

from ontology import load_shapes

# Variables pySHACL binds besides $this: a constraint using one cannot run on its own.
OTHER_BINDINGS = re.compile(r"\$(PATH|currentShape|shapesGraph)\b")
TARGETS = (SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)
CHECK = """SELECT ?this WHERE {{
  VALUES ?class {{ {classes} }}
  ?this a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* ?class .
  {{ {select} }}
}} LIMIT 1"""


class FrozenGraph(Graph):
    """A graph that remembers the answer to each triple pattern until a triple is added or removed.

    pySHACL asks the shapes graph for each shape's parameters on every evaluation of the shape,
    hundreds of times a page, always with the same few patterns."""

    def __init__(self, source: Graph) -> None:
        super().__init__(bind_namespaces="core")
        self._answers: dict[tuple[Any, Any, Any], list[Any]] = {}
        for prefix, namespace in source.namespaces():
            self.bind(prefix, namespace)
        for triple in source:
            self.add(triple)

    def add(self, triple: tuple[Node, Node, Node]) -> FrozenGraph:
        if triple not in self:
            self._answers.clear()
            super().add(triple)
        return self

    def addN(self, quads: Iterable[Any]) -> FrozenGraph:
        self._answers.clear()
        super().addN(quads)
        return self

    def remove(self, triple: Any) -> FrozenGraph:
        self._answers.clear()
        super().remove(triple)
        return self

    def triples(self, triple: Any) -> Generator[Any, None, None]:
        if isinstance(triple[1], Path):  # a path is evaluated on the lookups below
            yield from super().triples(triple)
            return
        answer = self._answers.get(triple)
        if answer is None:
            answer = self._answers[triple] = list(super().triples(triple))
        yield from answer


@dataclass(frozen=True)
class PreparedShapes:
    """Every shape (`full`), the shapes without the SPARQL constraints that run on their own
    (`core`), and those as queries over a whole graph (`checks`, each answering a row when a
    focus node may fail)."""

    full: ShapesGraph
    core: ShapesGraph
    checks: frozenset[str]


def runs_alone(shapes: Graph, shape: Node, constraint: Node) -> str | None:
    """The query checking a SPARQL constraint for every focus node of its shape at once, if it
    can: the shape targets classes only and no shape refers to it (its focus nodes are the
    instances of those classes), and the constraint binds nothing but `$this` and declares no
    prefixes. The constraint's query with `$this` left free then finds every failing focus node,
    because each joins `$this` in a triple pattern before any filter reads it (the rule of
    ontology/shapes.ttl; the corruption suite fails each of them on purpose)."""
    select = shapes.value(constraint, SH.select)
    targeted = list(shapes.objects(shape, SH.targetClass))
    classes = sorted(c for c in targeted if isinstance(c, URIRef))
    if (
        select is None
        or not classes
        or len(classes) != len(targeted)
        or any(shapes.value(shape, target) is not None for target in TARGETS)
        or (None, None, shape) in shapes
        or shapes.value(constraint, SH.prefixes) is not None
        or OTHER_BINDINGS.search(str(select))
    ):
        return None
    return CHECK.format(classes=" ".join(c.n3() for c in classes), select=select)


@cache
def prepared_shapes() -> PreparedShapes:
    shapes = load_shapes()
    checks: dict[tuple[Node, Node, Node], str] = {}
    for shape, constraint in shapes.subject_objects(SH.sparql):
        check = runs_alone(shapes, shape, constraint)
        if check is not None:
            checks[(shape, SH.sparql, constraint)] = check
    core = Graph(bind_namespaces="core")
    for prefix, namespace in shapes.namespaces():
        core.bind(prefix, namespace)
    for triple in shapes:
        if triple not in checks:
            core.add(triple)
    return PreparedShapes(
        ShapesGraph(FrozenGraph(shapes)), ShapesGraph(FrozenGraph(core)), frozenset(checks.values())
    )
