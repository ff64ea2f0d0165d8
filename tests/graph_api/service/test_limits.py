"""The limits set on the command line, against a real server started with `--row-limit 3
--body-limit 2000 --dumps-in-flight 1`: answers are cut at 3 rows and say so in a header a
browser script may read, the service description states the caps in force, bodies over 2,000
bytes get 413, and a second dump at once gets 429."""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from tests.graph_api.service.server import serving

SD_SERVICE = URIRef("http://www.w3.org/ns/sparql-service-description#Service")


@pytest.fixture(scope="module")
def capped(served_store: Path) -> Iterator[str]:
    options = ("--row-limit", "3", "--body-limit", "2000", "--dumps-in-flight", "1")
    options += ("--query-workers", "1")
    with serving(served_store, *options) as root:
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
    assert "at most 3 result rows" in comments and "up to 2000 bytes" in comments


def test_the_body_cap_set_on_the_command_line_holds(capped: str) -> None:
    def post(size: int) -> int:
        query = b"ASK {}" + b" " * (size - 6)
        headers = {"Content-Type": "application/sparql-query"}
        return httpx.post(capped + "sparql", content=query, headers=headers, timeout=60).status_code

    assert post(2000) == 200
    assert post(2001) == 413


def test_dumps_over_their_cap_get_429_and_every_slot_comes_back(capped: str) -> None:
    """Each dump may hold the whole graph in memory: with one allowed, dumps asked at once get
    429 with Retry-After (none was capped), and once they end, or their client leaves
    mid-way, the next dump is served."""

    def dump(_: int) -> httpx.Response:
        return httpx.get(capped + "dump.ttl", timeout=120)

    statuses: list[int] = []
    for _ in range(10):
        with ThreadPoolExecutor(6) as pool:
            answers = list(pool.map(dump, range(6)))
        statuses += [answer.status_code for answer in answers]
        busy = [answer for answer in answers if answer.status_code == 429]
        assert all(int(answer.headers["retry-after"]) >= 0 for answer in busy)
        if busy:
            break
    assert set(statuses) == {200, 429}, statuses
    with httpx.stream("GET", capped + "dump.nt", timeout=60) as left:
        next(left.iter_bytes())  # the client leaves after the first bytes
    deadline = time.monotonic() + 30
    while (answer := httpx.get(capped + "dump.nt", timeout=60)).status_code == 429:
        assert time.monotonic() < deadline, "the slot of a dump left mid-way never came back"
        time.sleep(0.2)
    assert answer.status_code == 200 and answer.content
