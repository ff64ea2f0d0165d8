"""The shapes prepared once per process: the SPARQL constraints that run as one query over a
graph, and a shapes graph that remembers its lookups."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, SH

from graph_api.shapes import FrozenGraph, prepared_shapes, runs_alone
from ontology import load_shapes


def test_every_sparql_constraint_of_the_shapes_runs_as_one_query() -> None:
    """All of the project's SPARQL constraints qualify: none is left for pySHACL to run once
    per focus node (a new one that does not should be written so that it does)."""
    shapes = load_shapes()
    links = set(shapes.triples((None, SH.sparql, None)))
    prepared = prepared_shapes()
    assert len(prepared.checks) == len(links) > 0
    assert set(shapes) - set(prepared.core.graph) == links
    assert set(shapes) <= set(prepared.full.graph)


TOY_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <urn:ex:> .
ex:Alone sh:targetClass ex:Thing ; sh:sparql ex:Check .
ex:ByNode sh:targetNode ex:a ; sh:sparql ex:Check .
ex:Referred sh:targetClass ex:Thing ; sh:sparql ex:Check .
ex:Other sh:targetClass ex:Thing ; sh:node ex:Referred .
ex:WithPath sh:targetClass ex:Thing ; sh:sparql ex:PathCheck .
ex:Check sh:select "SELECT $this WHERE { $this ex:p ?o }" .
ex:PathCheck sh:select "SELECT $this WHERE { $this $PATH ?o }" .
"""


@pytest.mark.parametrize(
    ("shape", "constraint", "alone"),
    [
        ("Alone", "Check", True),
        ("ByNode", "Check", False),  # focus nodes named, not only instances of a class
        ("Referred", "Check", False),  # also validated for the values of another shape
        ("WithPath", "PathCheck", False),  # binds more than $this
    ],
)
def test_only_constraints_whose_focus_nodes_a_query_can_find_run_alone(
    shape: str, constraint: str, alone: bool
) -> None:
    shapes = Graph().parse(data=TOY_SHAPES, format="turtle")
    check = runs_alone(shapes, URIRef("urn:ex:" + shape), URIRef("urn:ex:" + constraint))
    assert (check is not None) == alone


def test_a_frozen_graph_answers_as_its_source_and_sees_what_is_added() -> None:
    source = Graph().parse(data=TOY_SHAPES, format="turtle")
    frozen = FrozenGraph(source)
    thing = URIRef("urn:ex:Thing")
    assert set(frozen.subjects(SH.targetClass, thing)) == set(
        source.subjects(SH.targetClass, thing)
    )
    label = (thing, RDFS.label, Literal("thing"))
    assert list(frozen.triples(label)) == []
    frozen.add(label)
    assert list(frozen.triples(label)) == [label]
    assert set(frozen) == set(source) | {label}


def test_a_frozen_graph_forgets_a_removed_triple() -> None:
    """Its answers were kept after `remove` and `addN`, which bypass `add`."""
    frozen = FrozenGraph(Graph().parse(data=TOY_SHAPES, format="turtle"))
    label = (URIRef("urn:ex:Thing"), RDFS.label, Literal("thing"))
    frozen.add(label)
    assert list(frozen.triples(label)) == [label]
    frozen.remove(label)
    assert list(frozen.triples(label)) == []
    frozen.addN([(*label, frozen)])
    assert list(frozen.triples(label)) == [label]
