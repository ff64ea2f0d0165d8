"""`parlgraph delete` as a user runs it: by question or graph IRI, a typo deletes nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from loaders.mapping import graph_iri, question_iri
from loaders.process import read_document
from loaders.sources.walloon import SAMPLE_DIR

PARLGRAPH = str(Path(sys.executable).with_name("parlgraph"))
ID = "https://w3id.org/parlgraph/id/"
SEED = "walloon-written-question-292-2022-2023.txt"
OTHER = SAMPLE_DIR / "wq-2019-2020-87.txt"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PARLGRAPH, *args], capture_output=True, text=True, timeout=300)


def stats(store: str) -> dict[str, int]:
    return dict(json.loads(run("stats", "--store", store, "--format", "json").stdout))


def test_delete_by_question_and_by_graph_iri(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    assert run("load", str(SAMPLE_DIR), "--store", store).returncode == 0
    before = stats(store)
    deleted = run(
        "delete",
        question_iri(read_document(SAMPLE_DIR / SEED)),
        graph_iri(read_document(OTHER)),
        "--store",
        store,
    )
    assert deleted.returncode == 0, deleted.stderr
    assert deleted.stdout.startswith("2 documents deleted, ")
    after = stats(store)
    assert after["documents"] == after["graphs"] == before["documents"] - 2
    assert after["descriptions"] < before["descriptions"]
    remaining = run("query", "questions", "--store", store, "--format", "csv").stdout
    assert "292 (2022-2023)" not in remaining and remaining.count("\n") == after["questions"] + 1


def test_an_unknown_iri_deletes_nothing_and_exits_2(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    assert run("load", str(OTHER), "--store", store).returncode == 0
    before = stats(store)
    for wrong in (ID + "question/wallonia/2022-2023/999", ID + "person/willy-borsus", "not an iri"):
        result = run("delete", graph_iri(read_document(OTHER)), wrong, "--store", store)
        assert result.returncode == 2
        assert result.stderr.startswith("parlgraph: error: no document") and wrong in result.stderr
        assert result.stderr.strip().count("\n") == 0
    assert stats(store) == before
