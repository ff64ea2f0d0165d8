"""The remote store against a real Oxigraph server started here: load, query, stats, push."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from loaders.sources.walloon import SAMPLE_DIR

BIN = Path(sys.executable).parent
PARLGRAPH = str(BIN / "parlgraph")
OXIGRAPH = shutil.which("oxigraph", path=str(BIN)) or shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    if OXIGRAPH is None:
        pytest.fail("the oxigraph server (test extra 'oxigraph') is not installed")
    port = free_port()
    process = subprocess.Popen(
        [
            OXIGRAPH,
            "serve",
            "--location",
            str(tmp_path / "server"),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(base + "/query", params={"query": "ASK {}"}, timeout=1)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the oxigraph server did not start") from None
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PARLGRAPH, *args], capture_output=True, text=True, timeout=300)


def stats(*where: str) -> dict[str, int]:
    result = run("stats", *where, "--format", "json")
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout))


@pytest.mark.parametrize("writes", ["update", "graph-store"])
def test_load_and_query_through_the_sparql_protocol(
    server: str, writes: str, seed_path: Path, tmp_path: Path
) -> None:
    remote = ["--endpoint", server + "/query", "--update-endpoint", server + "/update"]
    if writes == "graph-store":
        remote += ["--graph-store", server + "/store"]
    keep = ["--store", str(tmp_path / "kept")]
    loaded = run("load", str(seed_path), *remote, *keep)
    assert loaded.returncode == 0, loaded.stderr
    assert run("load", str(seed_path), *remote, *keep).stdout.startswith("0 loaded, 1 unchanged")
    rows = run("query", "who-asks-whom", *remote, "--format", "csv").stdout.splitlines()
    assert rows[1].endswith(
        ",Jacqueline Galant,https://w3id.org/parlgraph/id/person/willy-borsus,Willy Borsus,1"
    )
    funding = run(
        "query",
        "funding",
        *remote,
        "--format",
        "csv",
        "--param",
        "recipient=https://w3id.org/parlgraph/id/organisation/technocite",
    )
    # a header and three grants: the fourth went to Technocité's Mons site
    assert len(funding.stdout.splitlines()) == 4, funding.stderr

    embedded = ["--store", str(tmp_path / "embedded")]
    run("load", str(seed_path), *embedded)
    assert stats(*remote) == stats(*embedded)
    assert run("validate", *remote).returncode == 0


def test_push_copies_every_graph(server: str, tmp_path: Path) -> None:
    embedded = ["--store", str(tmp_path / "embedded")]
    assert run("load", str(SAMPLE_DIR), *embedded).returncode == 0
    pushed = run(
        "push", "--endpoint", server + "/query", "--update-endpoint", server + "/update", *embedded
    )
    assert pushed.returncode == 0, pushed.stderr
    assert stats("--endpoint", server + "/query") == stats(*embedded)
    remote_dump = run("export", "--endpoint", server + "/query", "--format", "nt").stdout
    local_dump = run("export", *embedded, "--format", "nt").stdout
    assert isomorphic(
        Graph().parse(data=remote_dump, format="nt"), Graph().parse(data=local_dump, format="nt")
    )


def test_a_load_through_the_protocol_leaves_what_an_embedded_load_leaves(
    server: str, tmp_path: Path
) -> None:
    """Pages that share descriptions: the remote store tells which ones a page leaves as they are
    by a query (`Repo.graph_triples`), the embedded store by reading its graphs."""
    remote = ["--endpoint", server + "/query", "--update-endpoint", server + "/update"]
    embedded = ["--store", str(tmp_path / "embedded")]
    loaded = run("load", str(SAMPLE_DIR), *remote, "--store", str(tmp_path / "kept"))
    assert loaded.returncode == 0, loaded.stderr
    assert run("load", str(SAMPLE_DIR), *embedded).returncode == 0
    remote_dump = run("export", "--endpoint", server + "/query", "--format", "nt").stdout
    local_dump = run("export", *embedded, "--format", "nt").stdout
    assert isomorphic(
        Graph().parse(data=remote_dump, format="nt"), Graph().parse(data=local_dump, format="nt")
    )


def test_an_unreachable_store_is_a_one_line_error(tmp_path: Path) -> None:
    result = run("stats", "--endpoint", f"http://127.0.0.1:{free_port()}/query")
    assert result.returncode == 2
    assert result.stderr.startswith("parlgraph: error: cannot reach")
    assert result.stderr.strip().count("\n") == 0


def test_delete_on_a_remote_store_leaves_what_a_lone_load_gives(
    server: str, tmp_path: Path
) -> None:
    remote = ["--endpoint", server + "/query", "--update-endpoint", server + "/update"]
    keep = ["--store", str(tmp_path / "kept")]
    other = str(SAMPLE_DIR / "wq-2019-2020-87.txt")
    assert run("load", str(SAMPLE_DIR), *remote, *keep).returncode == 0
    files = sorted(SAMPLE_DIR.glob("*.txt"))
    questions = run("query", "questions", *remote, "--format", "csv").stdout.splitlines()[1:]
    doomed = [row.split(",")[0] for row in questions if "87 (2019-2020)" not in row]
    assert len(doomed) == len(files) - 1
    deleted = run("delete", *doomed, *remote)
    assert deleted.returncode == 0, deleted.stderr

    alone = ["--store", str(tmp_path / "alone")]
    assert run("load", other, *alone).returncode == 0
    assert stats(*remote) == stats(*alone)
    remote_dump = run("export", *remote, "--format", "nt").stdout
    alone_dump = run("export", *alone, "--format", "nt").stdout
    assert isomorphic(
        Graph().parse(data=remote_dump, format="nt"), Graph().parse(data=alone_dump, format="nt")
    )
