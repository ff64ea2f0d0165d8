"""The HTTP service's query runner against a real store of the sample corpus: deadlines that stop
a query while others are answered, nothing reaching out, no updates, caps on rows and on queries
in flight."""

from __future__ import annotations

import csv
import io
import json
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyoxigraph import QueryResultsFormat, parse_query_results

from graph_api.pipeline import Loader, expand_inputs
from graph_api.repo.embedded import EmbeddedRepo
from graph_api.service.runner import (
    InvalidGraphUri,
    MediaTypeMismatch,
    QueryRefused,
    QueryRunner,
    QuerySyntaxError,
    QueryTimeout,
    RunnerLimits,
    ServerBusy,
    UpdateRefused,
)
from loaders.sources.walloon import SAMPLE_DIR

CSV = "text/csv"
JSON = "application/sparql-results+json"
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("runner") / "store"
    repo = EmbeddedRepo(folder)
    files, _ = expand_inputs([str(SAMPLE_DIR)])
    assert Loader(repo, folder).load_all(files).rejections == []
    repo.close()
    return folder


def warm(runner: QueryRunner) -> None:
    """One query per worker at once, so every worker process has started and opened the store."""
    threads = [
        threading.Thread(target=runner.run, args=(COUNT, CSV)) for _ in range(runner.limits.workers)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


@pytest.fixture(scope="module")
def runner(store: Path) -> Iterator[QueryRunner]:
    running = QueryRunner(store, RunnerLimits(deadline_s=2.0, max_rows=1000, workers=2))
    warm(running)
    yield running
    running.close()


def count(runner: QueryRunner, query: str = COUNT, **dataset: list[str]) -> int:
    body = runner.run(query, CSV, **dataset).body.decode("utf-8")
    return int(body.split()[1])


def heavy(runner: QueryRunner, outcomes: list[str]) -> threading.Thread:
    """The heavy query started in a thread; its outcome (the timeout's message) is appended."""

    def run() -> None:
        try:
            runner.run(HEAVY, CSV)
        except QueryTimeout as error:
            outcomes.append(str(error))
        else:
            outcomes.append("answered")

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_a_heavy_query_stops_at_the_deadline_while_others_are_answered(
    runner: QueryRunner,
) -> None:
    outcome: list[str] = []
    started = time.monotonic()
    thread = heavy(runner, outcome)
    time.sleep(0.2)
    assert count(runner) > 1000
    assert thread.is_alive(), "the heavy query ended before the other was answered"
    thread.join(timeout=10)
    assert time.monotonic() - started < 3.0
    assert len(outcome) == 1 and "deadline of 2 s" in outcome[0]
    assert count(runner) > 1000  # the killed worker was replaced


@pytest.fixture
def listener() -> Iterator[tuple[socket.socket, str]]:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        yield server, f"http://127.0.0.1:{server.getsockname()[1]}/sparql"


def connected(server: socket.socket) -> bool:
    readable, _, _ = select.select([server], [], [], 0.5)
    return bool(readable)


def test_service_is_refused_and_graph_iris_are_never_fetched(
    runner: QueryRunner, listener: tuple[socket.socket, str]
) -> None:
    server, url = listener
    for query in (
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    ):
        with pytest.raises(QueryRefused):
            runner.run(query, CSV if query.startswith("SELECT") else "text/turtle")
    assert count(runner, f"SELECT (COUNT(*) AS ?n) FROM <{url}> WHERE {{ ?s ?p ?o }}") == 0
    assert count(runner, default_graph_uris=[url]) == 0
    assert count(runner, named_graph_uris=[url]) == 0
    assert not connected(server), "a query reached the network"


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { GRAPH <http://example.org/g> { <http://a> <http://b> <http://c> } }",
        "DELETE WHERE { ?s ?p ?o }",
        "DROP ALL",
        "CLEAR ALL",
        "LOAD <http://127.0.0.1:9/data.ttl>",
        "CREATE GRAPH <http://example.org/new>",
        "COPY DEFAULT TO <http://example.org/g>",
        "MOVE DEFAULT TO <http://example.org/g>",
        "ADD DEFAULT TO <http://example.org/g>",
    ],
)
def test_updates_are_refused_and_the_store_unchanged(runner: QueryRunner, update: str) -> None:
    before = count(runner)
    with pytest.raises(UpdateRefused):
        runner.run(update, CSV)
    assert count(runner) == before


def test_queries_over_the_in_flight_cap_are_turned_away(store: Path) -> None:
    busy = QueryRunner(store, RunnerLimits(deadline_s=2.0, max_in_flight=2, workers=1))
    try:
        outcomes: list[str] = []
        threads = [heavy(busy, outcomes) for _ in range(2)]
        time.sleep(0.3)
        with pytest.raises(ServerBusy) as refused:
            busy.run(COUNT, CSV)
        assert refused.value.retry_after >= 1
        for thread in threads:
            thread.join(timeout=10)
        assert len(outcomes) == 2 and "answered" not in outcomes
    finally:
        busy.close()


def test_rows_are_capped_and_the_cut_is_said(store: Path) -> None:
    capped = QueryRunner(store, RunnerLimits(max_rows=3, workers=1))
    try:
        select_all = capped.run("SELECT * WHERE { ?s ?p ?o }", CSV)
        assert select_all.truncated and select_all.rows == 3
        assert len(list(csv.reader(io.StringIO(select_all.body.decode("utf-8"))))) == 4
        graph = capped.run("CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples")
        assert graph.truncated and len(graph.body.decode("utf-8").splitlines()) == 3
        few = capped.run("SELECT ?p WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p LIMIT 2", JSON)
        assert not few.truncated and few.rows == 2
        ask = capped.run("ASK { ?s ?p ?o }", JSON)
        assert json.loads(ask.body)["boolean"] is True and ask.rows is None
    finally:
        capped.close()


def test_every_results_format_carries_the_same_rows(runner: QueryRunner, store: Path) -> None:
    query = (
        "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } "
        "ORDER BY ?s ?label LIMIT 20"
    )
    expected = json.loads(runner.run(query, JSON).body)["results"]["bindings"]
    assert len(expected) == 20
    for media_type, results_format in (
        ("application/sparql-results+xml", QueryResultsFormat.XML),
        ("text/tab-separated-values", QueryResultsFormat.TSV),
    ):
        body = runner.run(query, media_type).body
        rows = list(parse_query_results(body, format=results_format))
        assert [str(row["label"].value) for row in rows] == [b["label"]["value"] for b in expected]


def test_bad_requests_are_told_apart(runner: QueryRunner) -> None:
    with pytest.raises(QuerySyntaxError, match="1:"):
        runner.run("SELECT ?x WHERE { ?x ?y }", CSV)
    with pytest.raises(MediaTypeMismatch):
        runner.run("SELECT * WHERE { ?s ?p ?o }", "text/turtle")
    with pytest.raises(MediaTypeMismatch):
        runner.run("CONSTRUCT WHERE { ?s ?p ?o }", CSV)
    with pytest.raises(MediaTypeMismatch):
        runner.run("SELECT * WHERE { ?s ?p ?o }", "application/pdf")
    with pytest.raises(InvalidGraphUri, match="default-graph-uri"):
        runner.run(COUNT, CSV, default_graph_uris=["not an iri"])


def test_graph_uris_name_the_store_s_own_graphs(runner: QueryRunner, store: Path) -> None:
    graphs = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
    rows = list(csv.reader(io.StringIO(runner.run(graphs, CSV).body.decode("utf-8"))))[1:]
    (first, size), (second, other) = rows[0], rows[1]
    assert count(runner, default_graph_uris=[first]) == int(size)
    assert count(runner, default_graph_uris=[first, second]) == int(size) + int(other)
    in_named = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert count(runner, in_named, named_graph_uris=[second]) == int(other)
    assert count(runner, named_graph_uris=[second]) == 0  # the default graph is then empty


# A server in a process of its own: one worker, busy with the heavy query when the server dies.
SERVER_WITH_A_BUSY_WORKER = f"""
import multiprocessing, sys, threading
from pathlib import Path
from graph_api.service.runner import QueryRunner, RunnerLimits
runner = QueryRunner(Path(sys.argv[1]), RunnerLimits(deadline_s=3600, workers=1))
runner.run({COUNT!r}, {CSV!r})
threading.Thread(target=runner.run, args=({HEAVY!r}, {CSV!r}), daemon=True).start()
print(*(child.pid for child in multiprocessing.active_children()), flush=True)
threading.Event().wait()
"""


def alive(pid: int) -> bool:
    """Whether the process runs (a zombie waiting to be reaped does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_workers_do_not_outlive_a_killed_server(store: Path) -> None:
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER_WITH_A_BUSY_WORKER, str(store)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        workers = [int(pid) for pid in server.stdout.readline().split()]
        assert len(workers) == 1 and alive(workers[0])
        time.sleep(0.5)  # the worker is inside the heavy query, reading nothing from its pipe
    finally:
        server.send_signal(signal.SIGKILL)
        server.wait()
    gone_by = time.monotonic() + 5
    while any(map(alive, workers)) and time.monotonic() < gone_by:
        time.sleep(0.1)
    assert not any(map(alive, workers)), "a worker kept running after its server was killed"


# Four million rows counted over the crowded store: a second or more, well under the deadline.
MEDIUM = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"


def test_the_deadline_counts_the_wait_for_a_worker(crowded_store: Path) -> None:
    """A query queued behind another had a whole deadline to run once it got a worker, so its
    503 came up to the wait later than the deadline (twice it at worst)."""
    deadline = 10.0
    queued = QueryRunner(crowded_store, RunnerLimits(deadline_s=deadline, workers=1))
    outcomes: dict[str, tuple[str, float]] = {}

    def run(name: str, query: str) -> None:
        started = time.monotonic()
        try:
            queued.run(query, CSV)
        except QueryTimeout:
            outcomes[name] = ("timeout", time.monotonic() - started)
        else:
            outcomes[name] = ("answered", time.monotonic() - started)

    try:
        first = threading.Thread(target=run, args=("medium", MEDIUM))
        first.start()
        time.sleep(0.1)  # the medium query holds the only worker; the heavy one waits for it
        second = threading.Thread(target=run, args=("heavy", HEAVY))
        second.start()
        first.join(60)
        second.join(60)
    finally:
        queued.close()
    assert outcomes["medium"][0] == "answered", outcomes
    status, seconds = outcomes["heavy"]
    assert status == "timeout" and seconds < deadline + 1, outcomes
