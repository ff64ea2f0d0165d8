"""One served store for the service tests: the bundled sample corpus plus the W3C SPARQL 1.1
Protocol tests' data, each file in the named graph the manifest gives it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from loaders.sources.walloon import SAMPLE_DIR
from tests.graph_api.conftest import Cli
from tests.graph_api.service.server import serving

ROOT = Path(__file__).resolve().parents[3]
PROTOCOL_DIR = ROOT.parent / "shared" / "data" / "w3c-sparql11-protocol"
PROTOCOL_GRAPHS = {
    f"data{n}.nt": f"http://kasei.us/2009/09/sparql/data/data{n}.rdf" for n in (1, 2, 3)
}


@pytest.fixture(scope="session")
def served_store(tmp_path_factory: pytest.TempPathFactory, cli: Cli) -> Path:
    store = tmp_path_factory.mktemp("served") / "store"
    loaded = cli.run("load", str(SAMPLE_DIR), "--store", str(store))
    assert loaded.returncode == 0, loaded.stderr
    if PROTOCOL_DIR.is_dir():
        for name, graph in PROTOCOL_GRAPHS.items():
            result = cli.run(
                "load", str(PROTOCOL_DIR / name), "--graph", graph, "--store", str(store)
            )
            assert result.returncode == 0, result.stderr
    # What `parlgraph export` writes, taken before the server holds the store: /dump.nq must match.
    exported = cli.run(
        "export", "--store", str(store), "--format", "nq", "-o", str(export_path(store))
    )
    assert exported.returncode == 0, exported.stderr
    return store


def export_path(store: Path) -> Path:
    """Where the served store's `parlgraph export --format nq` is kept."""
    return store.parent / "export.nq"


@pytest.fixture(scope="session")
def server(served_store: Path) -> Iterator[str]:
    """The root URL of a running `parlgraph serve` (ends with a slash)."""
    with serving(served_store) as root:
        yield root


@pytest.fixture
def crowded_store(tmp_path: Path, cli: Cli) -> Path:
    """2,000 invented triples: a join of three patterns over them runs for hours."""
    data = tmp_path / "many.nt"
    data.write_text("".join(f"<urn:s{n}> <urn:p> <urn:o{n}> .\n" for n in range(2000)))
    store = tmp_path / "store"
    assert cli.run("load", str(data), "--graph", "urn:g", "--store", str(store)).returncode == 0
    return store
