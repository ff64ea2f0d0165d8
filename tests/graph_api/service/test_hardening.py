"""The public endpoint holds: updates 403 by every route, SERVICE 400, nothing fetched from
outside, at most N queries in flight (429 with Retry-After)."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.graph_api.conftest import PARLGRAPH, WHOLE, Cli
from tests.graph_api.service.server import serving

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@contextmanager
def listener() -> Iterator[tuple[str, list[bytes]]]:
    """A local TCP listener that records every connection: nothing may reach it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    seen: list[bytes] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except TimeoutError:
                continue
            seen.append(connection.recv(1024))
            connection.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}/", seen
    finally:
        stop.set()
        thread.join()
        server.close()


def count(server: str) -> int:
    response = httpx.get(
        server + "sparql",
        params={"query": COUNT},
        headers={"Accept": "application/sparql-results+json"},
        timeout=60,
    )
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize(
    ("method", "kwargs"),
    [
        ("GET", {"params": {"update": "CLEAR ALL"}}),
        ("GET", {"params": {"query": "DROP ALL"}}),
        ("POST", {"data": {"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}}),
        ("POST", {"data": {"query": "DELETE WHERE { ?s ?p ?o }"}}),
        (
            "POST",
            {"content": b"CLEAR ALL", "headers": {"Content-Type": "application/sparql-update"}},
        ),
        (
            "POST",
            {
                "content": b"LOAD <http://127.0.0.1:9/x.ttl>",
                "headers": {"Content-Type": "application/sparql-query"},
            },
        ),
    ],
)
def test_any_update_by_any_route_is_403_and_changes_nothing(
    server: str, method: str, kwargs: dict[str, object]
) -> None:
    before = count(server)
    response = httpx.request(method, server + "sparql", timeout=60, **kwargs)  # type: ignore[arg-type]
    assert response.status_code == 403
    assert count(server) == before


def test_service_is_400_and_never_called(server: str) -> None:
    with listener() as (url, seen):
        query = f"SELECT * WHERE {{ SERVICE <{url}sparql> {{ ?s ?p ?o }} }}"
        response = httpx.get(server + "sparql", params={"query": query}, timeout=60)
        assert response.status_code == 400
        assert "SERVICE" in response.text
    assert seen == []


def test_from_and_dataset_iris_are_never_fetched(server: str) -> None:
    with listener() as (url, seen):
        from_query = f"ASK FROM <{url}data.ttl> {{ ?s ?p ?o }}"
        answered = httpx.get(
            server + "sparql",
            params={"query": from_query},
            headers={"Accept": "application/sparql-results+json"},
            timeout=60,
        )
        from_named = httpx.get(
            server + "sparql",
            params={"query": f"ASK FROM NAMED <{url}named.ttl> {{ GRAPH ?g {{ ?s ?p ?o }} }}"},
            headers={"Accept": "application/sparql-results+json"},
            timeout=60,
        )
        dataset = httpx.get(
            server + "sparql",
            params={
                "query": "ASK { ?s ?p ?o }",
                "default-graph-uri": url + "g",
                "named-graph-uri": url + "n",
            },
            headers={"Accept": "application/sparql-results+json"},
            timeout=60,
        )
    assert answered.json()["boolean"] is False  # an unknown graph is empty
    assert from_named.json()["boolean"] is False
    assert dataset.json()["boolean"] is False
    assert seen == []


HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


COPIES = 30


def test_a_load_while_serving_is_answered_without_a_restart_whole_documents_only(
    tmp_path: Path, cli: Cli, seed_path: Path, make_corpus: Callable[[Path, int, int], Path]
) -> None:
    """A loop of COUNT queries over HTTP while `parlgraph load` writes into the served store:
    every answer is the graph before or after a document, never between, and never goes back."""
    store = tmp_path / "store"
    assert cli.run("load", str(seed_path), "--store", str(store)).returncode == 0
    corpus = make_corpus(tmp_path / "corpus", COPIES, 7000)
    with serving(store) as root:

        def state() -> tuple[int, int, int]:
            response = httpx.get(
                root + "sparql", params={"query": WHOLE}, headers={"Accept": "text/csv"}, timeout=60
            )
            assert response.status_code == 200, response.text
            questions, documents, graphs = (
                int(v) for v in response.text.splitlines()[1].split(",")
            )
            return questions, documents, graphs

        assert state() == (1, 1, 1)
        load = subprocess.Popen(
            [PARLGRAPH, "load", str(corpus), "--store", str(store)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        seen = []
        while load.poll() is None:
            seen.append(state())
        _, errors = load.communicate()
        assert load.returncode == 0, errors
        deadline = time.monotonic() + 30  # a reader sees a checkpoint up to a second late
        while state() != (1 + COPIES,) * 3 and time.monotonic() < deadline:
            time.sleep(0.2)
        seen.append(state())
    assert seen[-1] == (1 + COPIES,) * 3, seen[-1]
    assert all(questions == documents == graphs for questions, documents, graphs in seen), seen
    assert seen == sorted(seen), "an answer went back in time"
    assert any(1 < questions < 1 + COPIES for questions, _, _ in seen), "no state mid-load seen"


def test_queries_over_the_cap_get_429_with_retry_after(crowded_store: Path) -> None:
    """One slot: while a long query holds it, the next request is told to come back later."""
    with serving(crowded_store, "--queries-in-flight", "1") as root:

        def hold_the_slot() -> None:
            with contextlib.suppress(httpx.TimeoutException):
                httpx.get(root + "sparql", params={"query": HEAVY}, timeout=5)

        holder = threading.Thread(target=hold_the_slot, daemon=True)
        statuses = []
        holder.start()
        holder.join(0.5)
        for _ in range(50):
            response = httpx.get(root + "sparql", params={"query": "ASK {}"}, timeout=60)
            statuses.append(response.status_code)
            if response.status_code == 429:
                assert int(response.headers["retry-after"]) >= 0
                break
            holder.join(0.1)
        assert 429 in statuses
        assert httpx.get(root + "healthz", timeout=60).status_code == 200


def test_a_heavy_query_gets_503_at_the_deadline_while_others_are_answered(
    crowded_store: Path,
) -> None:
    """The deadline counts the query's run: no worker is still starting when it gets a query,
    however loaded the machine (the service is up once its workers are)."""
    with serving(crowded_store, "--query-deadline", "2", "--query-workers", "2") as root:
        outcome: dict[str, float] = {}

        def heavy() -> None:
            started = time.monotonic()
            response = httpx.get(root + "sparql", params={"query": HEAVY}, timeout=60)
            outcome["status"] = response.status_code
            outcome["seconds"] = time.monotonic() - started

        thread = threading.Thread(target=heavy)
        thread.start()
        time.sleep(0.3)
        assert count(root) == 2000
        assert httpx.get(root + "healthz", timeout=60).status_code == 200
        assert thread.is_alive(), "the heavy query ended before the others were answered"
        thread.join(30)
        assert outcome["status"] == 503
        assert outcome["seconds"] < 3.0
        assert count(root) == 2000  # the killed worker's queries go to the other meanwhile
