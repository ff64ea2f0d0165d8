"""Validation: each stored document with the shared descriptions it uses, the SPARQL
constraints run once over a graph, and pySHACL's view of the data."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import Literal as PyLiteral
from pyoxigraph import NamedNode, Quad, Store
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, RDF, SH

from graph_api.pipeline import Loader
from graph_api.repo.embedded import EmbeddedRepo
from graph_api.validation import StoreDataGraph, _runs_alone, split_shapes, validate_store
from ontology import load_shapes

SEED_GRAPH = "https://w3id.org/parlgraph/id/graph/wallonia/2022-2023/292-willy-borsus"
GALANT = "https://w3id.org/parlgraph/id/person/jacqueline-galant"


def test_a_loaded_store_conforms(loader: Loader, repo: EmbeddedRepo, seed_path: Path) -> None:
    loader.load_file(seed_path)
    outcome = validate_store(repo)
    assert (outcome.conforms, outcome.graphs, outcome.messages) == (True, 1, [])


def test_a_broken_shared_description_fails_the_documents_that_use_it(
    loader: Loader, repo: EmbeddedRepo, seed_path: Path
) -> None:
    """A shared description is only checked with the documents using it: it must be read too."""
    loader.load_file(seed_path)
    repo.update(f"DELETE WHERE {{ GRAPH ?g {{ <{GALANT}> <{FOAF.name}> ?name }} }}")
    outcome = validate_store(repo)
    assert not outcome.conforms
    assert list(outcome.failing) == [SEED_GRAPH]
    assert any(m.startswith(f"{SEED_GRAPH}: {GALANT} ") and "/name" in m for m in outcome.messages)
    report = Graph().parse(data=outcome.report_turtle(), format="turtle")
    (node,) = report.subjects(RDF.type, SH.ValidationReport)
    assert report.value(node, SH.conforms) == Literal(False)
    assert GALANT in {str(f) for f in report.objects(None, SH.focusNode)}


def test_the_data_graph_is_true_exactly_when_it_holds_a_quad() -> None:
    """pySHACL tests `datagraph or shapes_graph` for every result; the cheap test must agree
    with the length it replaces, or results would describe nodes from the shapes graph."""
    store = Store()
    assert not StoreDataGraph.from_oxigraph_store(store)
    store.add(Quad(NamedNode("urn:x:s"), NamedNode("urn:x:p"), PyLiteral("o")))
    graph = StoreDataGraph.from_oxigraph_store(store)
    assert graph and len(graph) == 1


def test_every_sparql_constraint_of_the_shapes_runs_as_one_query() -> None:
    """All of the project's SPARQL constraints qualify: none is left for pySHACL to run once
    per focus node (a new one that does not should be written so that it does)."""
    shapes = load_shapes()
    links = set(shapes.triples((None, SH.sparql, None)))
    split = split_shapes()
    assert len(split.checks) == len(links) > 0
    assert set(shapes) - set(split.core) == links


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
    check = _runs_alone(shapes, URIRef("urn:ex:" + shape), URIRef("urn:ex:" + constraint))
    assert (check is not None) == alone
