"""Reading commands work on a store that a server serves and a load writes, both at once
(CONTRACT.md: "Reading works while a load or `serve` holds the store")."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from graph_api.pipeline import Loader
from graph_api.repo.embedded import EmbeddedRepo
from tests.graph_api.conftest import Cli
from tests.graph_api.service.server import serving

READING = {
    "query": ["query", "who-asks-whom", "--format", "csv"],
    "stats": ["stats", "--format", "json"],
    "export": ["export", "--format", "nt"],
    "validate": ["validate"],
    "network": ["network", "--format", "csv"],
}


@pytest.fixture(scope="module")
def held(
    tmp_path_factory: pytest.TempPathFactory,
    cli: Cli,
    seed_path: Path,
    make_corpus: Callable[[Path, int, int], Path],
) -> Iterator[Path]:
    """A store served by `parlgraph serve` while a writer holds it open, mid-load: a document
    written but not yet published to readers."""
    folder = tmp_path_factory.mktemp("held")
    store = folder / "store"
    assert cli.run("load", str(seed_path), "--store", str(store)).returncode == 0
    corpus = make_corpus(folder / "corpus", 1, 7000)
    with serving(store) as root:
        writer = EmbeddedRepo(store)
        try:
            Loader(writer, store).load_all(sorted(corpus.iterdir()))
            assert httpx.get(root + "healthz", timeout=60).status_code == 200
            yield store
        finally:
            writer.close()


@pytest.mark.parametrize("command", list(READING), ids=list(READING))
def test_reading_commands_work_while_a_load_and_a_server_hold_the_store(
    held: Path, cli: Cli, command: str
) -> None:
    result = cli.run(*READING[command], "--store", str(held))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip(), "no output"
    if command == "stats":
        counts = json.loads(result.stdout)
        assert counts["questions"] == counts["documents"] in (1, 2)  # before or after the page
