"""`parlgraph network` end to end, as a user runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import networkx as nx

from tests.graph_api.network.conftest import BORSUS, GALANT

PARLGRAPH = str(Path(sys.executable).parent / "parlgraph")


def network(store: Path, *arguments: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [PARLGRAPH, "network", "--store", str(store), *arguments], capture_output=True, check=False
    )


def test_gexf_and_graphml_files_have_the_galant_borsus_edge(
    sample_store: Path, tmp_path: Path
) -> None:
    for name, read in (("n.gexf", nx.read_gexf), ("n.graphml", nx.read_graphml)):
        result = network(sample_store, "--format", name.split(".")[1], "-o", str(tmp_path / name))
        assert result.returncode == 0, result.stderr
        edge = read(tmp_path / name).edges[GALANT, BORSUS]
        assert edge["weight"] == 1 and edge["answered_share"] == 1.0


def test_csv_node_table_on_stdout_with_filters(sample_store: Path) -> None:
    result = network(sample_store, "--format", "csv", "--party", "MR", "--since", "2022-01-01")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert "pagerank" in lines[0] and "community" in lines[0]
    assert any(line.startswith(GALANT + ",") for line in lines)
    assert not any("Cornillie" in line for line in lines)  # MR, but asked in 2019


def test_shifts_table_and_per_session_edges(sample_store: Path) -> None:
    shifts = network(sample_store, "--view", "shifts", "--format", "csv")
    assert shifts.returncode == 0 and shifts.stdout.startswith(b"deputy,deputy_name,session")
    layered = network(sample_store, "--format", "csv-edges", "--per", "session")
    assert b",2022-2023," in layered.stdout


def test_a_missing_store_is_a_usage_error_and_is_not_created(tmp_path: Path) -> None:
    result = network(tmp_path / "nothing-here")
    assert result.returncode == 2
    assert result.stderr.decode().count("\n") == 1 and b"no store" in result.stderr
    assert not (tmp_path / "nothing-here").exists()


def test_bad_filters_are_one_line_usage_errors(sample_store: Path) -> None:
    for arguments in (("--since", "2023-13-01"), ("--kind", "planet")):
        result = network(sample_store, *arguments)
        assert result.returncode == 2, arguments
        assert result.stderr.decode().count("\n") == 1


def test_demo_writes_the_network_page(tmp_path: Path) -> None:
    result = subprocess.run(
        [PARLGRAPH, "demo", "--no-serve"], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert result.returncode == 0, result.stderr
    page = tmp_path / "parlgraph-demo" / "network.html"
    assert f"Network page: {Path('parlgraph-demo') / 'network.html'}" in result.stdout
    text = page.read_text(encoding="utf-8")
    assert "Jacqueline Galant" in text and 'type="search"' in text and "<script src" not in text


def test_commands_do_not_import_matplotlib() -> None:
    """Every command imports the network's command; matplotlib (0.6 s) waits for `--format png`."""
    code = "import sys, graph_api.cli; print('matplotlib' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
