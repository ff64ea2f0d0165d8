"""The row cap against a real server started with `--row-limit 3`: answers are cut there, say so
in a header a browser script may read, and the service description states the cap in force."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from tests.graph_api.service.server import serving

SD_SERVICE = URIRef("http://www.w3.org/ns/sparql-service-description#Service")


@pytest.fixture(scope="module")
def capped(served_store: Path) -> Iterator[str]:
    with serving(served_store, "--row-limit", "3", "--query-workers", "1") as root:
        yield root


def test_answers_are_cut_at_the_row_cap_and_say_so(capped: str) -> None:
    response = httpx.get(
        capped + "sparql",
        params={"query": "SELECT * WHERE { ?s ?p ?o }"},
        headers={"Accept": "text/csv", "Origin": "https://elsewhere.example"},
        timeout=60,
    )
    assert len(list(csv.reader(io.StringIO(response.text)))) == 1 + 3
    assert response.headers["x-parlgraph-truncated"] == "3"
    exposed = response.headers["access-control-expose-headers"].lower()
    assert "x-parlgraph-truncated" in exposed
    graph = httpx.get(
        capped + "sparql",
        params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
        headers={"Accept": "application/n-triples"},
        timeout=60,
    )
    assert len(graph.text.splitlines()) == 3 and graph.headers["x-parlgraph-truncated"] == "3"
    few = httpx.get(
        capped + "sparql",
        params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 2"},
        headers={"Accept": "text/csv"},
        timeout=60,
    )
    assert "x-parlgraph-truncated" not in few.headers


def test_the_service_description_states_the_cap_in_force(capped: str) -> None:
    response = httpx.get(capped + "sparql", headers={"Accept": "text/turtle"}, timeout=60)
    graph = Graph().parse(data=response.text, format="turtle")
    service = next(graph.subjects(predicate=None, object=SD_SERVICE))
    comments = " ".join(str(c) for c in graph.objects(service, RDFS.comment))
    assert "at most 3 result rows" in comments
