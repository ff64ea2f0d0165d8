"""`parlgraph serve` as a command: a missing store is a one-line error (exit 2), never created."""

from __future__ import annotations

from pathlib import Path

from tests.graph_api.conftest import Cli


def test_serve_without_a_store_is_exit_2_in_one_line(tmp_path: Path, cli: Cli) -> None:
    error = cli.usage_error("serve", "--store", str(tmp_path / "none"), "--port", "0")
    assert "no store" in error
    assert not (tmp_path / "none").exists()
