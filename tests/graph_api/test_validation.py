"""Validation: each stored document with the shared descriptions it uses, and pySHACL's view
of the data."""

from __future__ import annotations

import json
from pathlib import Path

from pyoxigraph import Literal as PyLiteral
from pyoxigraph import NamedNode, Quad, Store
from rdflib import Graph, Literal
from rdflib.namespace import FOAF, RDF, SH

from graph_api.pipeline import Loader
from graph_api.repo.embedded import EmbeddedRepo
from graph_api.validation import StoreDataGraph, validate_store
from loaders.vocab import PG
from tests.graph_api.conftest import Cli, stamp_older_rules

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
    assert (outcome.before_instruments, outcome.fix()) == ([], None)  # not an older load's graph
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


def test_a_store_loaded_before_instruments_says_how_to_reload_it(
    cli: Cli, tmp_path: Path, seed_path: Path
) -> None:
    """A store an older load made (funding facts without pg:instrument, the bare package version
    as loader version) no longer conforms: validate says so in one line, and its fix works."""
    store = str(tmp_path / "store")
    assert cli.run("load", str(seed_path), "--store", store).returncode == 0
    repo = EmbeddedRepo(Path(store))
    try:  # the seed's graph as a load before 515abe4 wrote it: the same facts, no instrument
        repo.update(f"DELETE WHERE {{ GRAPH ?g {{ ?fact <{PG.instrument}> ?instrument }} }}")
        stamp_older_rules(repo)
    finally:
        repo.close()
    result = cli.run("validate", "--store", store)
    assert result.returncode == 1
    summary, fix, *violations = result.stdout.splitlines()
    assert summary == "1 of 1 graphs violate the shapes"
    assert fix.startswith("1 of these graphs were loaded before funding facts had an instrument")
    assert violations and all(str(PG.instrument) in line for line in violations)
    listed = json.loads(cli.run("validate", "--store", store, "--format", "json").stdout)
    assert listed["loaded_before_instruments"] == [SEED_GRAPH]
    assert "1 re-read" in cli.run("load", str(seed_path), "--store", store).stdout
    assert cli.run("validate", "--store", store).stdout == "1 graphs conform to the shapes\n"
