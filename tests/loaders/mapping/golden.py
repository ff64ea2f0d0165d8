"""Golden graphs of the mapping tests: the triples about one class's nodes, compared by
isomorphism, so that blank nodes and triple order never make a test fail and a regenerated file
(`--update-snapshots`) is reviewed as a diff of Turtle."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.compare import graph_diff, to_isomorphic

from loaders.vocab import PREFIXES, RDF


def about(graph: Graph, kind: URIRef) -> Graph:
    """The triples whose subject is of `kind` (their annotations, other subjects, left out)."""
    found = Graph(bind_namespaces="core")
    for prefix, namespace in PREFIXES.items():
        found.bind(prefix, namespace)
    for node in graph.subjects(RDF.type, kind):
        for triple in graph.triples((node, None, None)):
            found.add(triple)
    return found


def assert_golden(graph: Graph, golden: Path, update: bool) -> None:
    """`graph` is the golden one, up to blank node names; with `update`, it becomes it."""
    if update:
        graph.serialize(golden, format="turtle")
    _, gone, new = graph_diff(to_isomorphic(Graph().parse(golden)), to_isomorphic(graph))
    assert not gone and not new, (sorted(gone)[:5], sorted(new)[:5])
