"""The sample corpus loaded once into a store, and what the network is built from."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph_api.network.fetch import Corpus, fetch, repo_select
from graph_api.pipeline import Loader, expand_inputs
from graph_api.repo.embedded import EmbeddedRepo
from loaders.process import read_document
from loaders.record import Record
from loaders.sources.walloon import SAMPLE_DIR

PERSON = "https://w3id.org/parlgraph/id/person/"
GALANT = PERSON + "jacqueline-galant"
BORSUS = PERSON + "willy-borsus"


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store folder holding the sample corpus; open it briefly (one process at a time)."""
    folder = tmp_path_factory.mktemp("network-store")
    repo = EmbeddedRepo(folder)
    files, _ = expand_inputs([str(SAMPLE_DIR)])
    report = Loader(repo, folder).load_all(files)
    repo.close()
    assert report.rejections == []
    return folder


@pytest.fixture(scope="session")
def corpus(sample_store: Path) -> Corpus:
    return read_corpus(sample_store)


def read_corpus(store: Path, since: date | None = None, until: date | None = None) -> Corpus:
    repo = EmbeddedRepo(store)
    try:
        return fetch(repo_select(repo), since, until)
    finally:
        repo.close()


@pytest.fixture(scope="session")
def records() -> list[Record]:
    """The sample read by the parser: an independent path to the expected networks."""
    files, _ = expand_inputs([str(SAMPLE_DIR)])
    return [read_document(path) for path in files]
