"""One store, several processes: a load beside a server and beside reading commands, a second
writer refused, a killed writer's work served, old checkpoints deleted once no one reads them."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from graph_api.pipeline import Loader
from graph_api.repo.base import RepoError
from graph_api.repo.checkpoints import PUBLISH_INTERVAL, StoreFolder
from graph_api.repo.embedded import EmbeddedRepo
from graph_api.service.runner import QueryRunner, RunnerLimits
from tests.graph_api.conftest import WHOLE

if TYPE_CHECKING:
    from tests.graph_api.conftest import Cli

PARLGRAPH = str(Path(sys.executable).with_name("parlgraph"))
Corpus = Callable[[Path, int, int], Path]
COPIES = 40


def state(runner: QueryRunner) -> tuple[int, int, int]:
    rows = list(csv.reader(io.StringIO(runner.run(WHOLE, "text/csv").body.decode("utf-8"))))
    questions, documents, graphs = (int(value) for value in rows[1])
    return questions, documents, graphs


def test_a_load_beside_the_server_is_seen_whole_and_without_restart(
    seed_path: Path, tmp_path: Path, cli: Cli, make_corpus: Corpus
) -> None:
    store = tmp_path / "store"
    assert cli.run("load", str(seed_path), "--store", str(store)).returncode == 0
    corpus = make_corpus(tmp_path / "corpus", COPIES, 7000)
    runner = QueryRunner(store, RunnerLimits(deadline_s=20, workers=2))
    try:
        assert state(runner) == (1, 1, 1)
        load = subprocess.Popen(
            [PARLGRAPH, "load", str(corpus), "--store", str(store)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        seen: list[tuple[int, int, int]] = []
        read_during_load: subprocess.CompletedProcess[str] | None = None
        while load.poll() is None:
            seen.append(state(runner))
            if read_during_load is None and seen[-1][0] > 1:
                read_during_load = cli.run("stats", "--store", str(store), "--format", "json")
        _, errors = load.communicate()
        assert load.returncode == 0, errors
        assert state(runner) == (1 + COPIES,) * 3  # the same workers, no restart
    finally:
        runner.close()
    assert all(questions == documents == graphs for questions, documents, graphs in seen), seen
    assert seen == sorted(seen), "an answer went back in time"
    assert any(1 < questions < 1 + COPIES for questions, _, _ in seen), "no state mid-load seen"
    assert read_during_load is not None and read_during_load.returncode == 0
    counts = json.loads(read_during_load.stdout)
    assert 1 < counts["questions"] == counts["documents"] <= 1 + COPIES


def test_a_second_writer_is_refused_and_readers_are_not(
    seed_path: Path, tmp_path: Path, cli: Cli
) -> None:
    store = tmp_path / "store"
    holder = EmbeddedRepo(store)
    try:
        Loader(holder, store).load_all([seed_path])
        time.sleep(PUBLISH_INTERVAL)
        holder.commit()
        reading = cli.run("stats", "--store", str(store), "--format", "json")
        message = cli.usage_error("load", str(seed_path), "--store", str(store))
    finally:
        holder.close()
    assert reading.returncode == 0, reading.stderr
    assert json.loads(reading.stdout)["questions"] == 1
    assert "being written by another process (pid" in message


# The writer publishes at most once a PUBLISH_INTERVAL: on a slow machine the documents outlast
# it and the last one was published (the test failed in CI-like runs). An interval longer than
# the run makes "nothing published since the store was made" hold on any machine.
KILLED_WRITER = """
import os, sys
from pathlib import Path
from graph_api.pipeline import Loader
from graph_api.repo import checkpoints
from graph_api.repo.embedded import EmbeddedRepo
checkpoints.PUBLISH_INTERVAL = 3600.0
store = Path(sys.argv[1])
repo = EmbeddedRepo(store)
Loader(repo, store).load_all([Path(p) for p in sys.argv[2:]])
os._exit(9)  # killed: no close, so none of the documents was published
"""


def test_what_a_killed_writer_committed_is_served(tmp_path: Path, make_corpus: Corpus) -> None:
    store = tmp_path / "store"
    pages = sorted(make_corpus(tmp_path / "corpus", 3, 7000).iterdir())
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_WRITER, str(store), *map(str, pages)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert killed.returncode == 9, killed.stderr
    assert StoreFolder(store).unpublished.exists()
    reader = EmbeddedRepo(store, mode="read")
    try:
        documents = [g for g in reader.graph_names() if "/graph/wallonia/" in g]
        assert len(documents) == 3
    finally:
        reader.close()
    assert not StoreFolder(store).unpublished.exists()


def test_old_checkpoints_go_once_no_reader_holds_them(
    seed_path: Path, tmp_path: Path, make_corpus: Corpus
) -> None:
    store = tmp_path / "store"
    folder = StoreFolder(store)
    EmbeddedRepo(store).close()
    reader = EmbeddedRepo(store, mode="read")
    held = folder.current_generation()
    assert held is not None
    for page in sorted(make_corpus(tmp_path / "corpus", 2, 7000).iterdir()):
        writer = EmbeddedRepo(store)
        Loader(writer, store).load_all([page])
        writer.close()
    newest = folder.current_generation()
    assert newest is not None and newest > held + 1
    assert folder.checkpoint(held).is_dir(), "deleted under a reader"
    assert not folder.checkpoint(held + 1).exists()
    assert reader.graph_names() == [], "the reader's view changed without refresh"
    reader.refresh()
    assert len(reader.graph_names()) > 1
    writer = EmbeddedRepo(store)
    Loader(writer, store).load_all([seed_path])
    writer.close()
    assert not folder.checkpoint(held).exists()
    reader.close()


def test_a_reader_cannot_write(tmp_path: Path) -> None:
    EmbeddedRepo(tmp_path / "store").close()
    reader = EmbeddedRepo(tmp_path / "store", mode="read")
    try:
        with pytest.raises(RepoError, match="reading only"):
            reader.replace_graph("https://example.org/g", [])
    finally:
        reader.close()
