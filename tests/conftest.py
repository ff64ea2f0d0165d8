"""Shared paths and stores for the tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from graph_api.pipeline import Loader, expand_inputs
from graph_api.repo.embedded import EmbeddedRepo
from loaders.sources.walloon import SAMPLE_DIR
from tests.browser import browser, page  # noqa: F401 - one browser for every page test

# CI runs the property tests on a fixed sequence of examples, so a submission's result does not
# depend on the draw; a developer's runs keep exploring new examples.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "walloon-written-question-292-2022-2023.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The founding document: from shared/ when present, else the copy in the sample corpus."""
    return SEED if SEED.is_file() else SAMPLE_DIR / SEED.name


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def repo(store_dir: Path) -> Iterator[EmbeddedRepo]:
    repository = EmbeddedRepo(store_dir)
    yield repository
    repository.close()


@pytest.fixture
def loader(repo: EmbeddedRepo, store_dir: Path) -> Loader:
    return Loader(repo, store_dir)


@pytest.fixture(scope="module")
def sample_repo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedRepo]:
    """The sample corpus loaded, every page accepted, into a real store (one per test module)."""
    folder = tmp_path_factory.mktemp("sample-store")
    repo = EmbeddedRepo(folder)
    files, _ = expand_inputs([str(SAMPLE_DIR)])
    report = Loader(repo, folder).load_all(files)
    assert report.rejections == [], report.rejections
    yield repo
    repo.close()


@pytest.fixture
def seed_copy(seed_path: Path, tmp_path: Path) -> Path:
    """A copy of the seed page that a test may edit and load again."""
    copy = tmp_path / "page.txt"
    copy.write_text(seed_path.read_text(encoding="utf-8"), encoding="utf-8")
    return copy


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-snapshots",
        action="store_true",
        help="rewrite the snapshot files (tests/loaders/snapshots/) from the current output",
    )


@pytest.fixture
def update_snapshots(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-snapshots"))
