"""`parlgraph serve` as a command: a missing store is a one-line error, exit 2."""

from __future__ import annotations

from pathlib import Path

from tests.graph_api.service.server import parlgraph


def test_serve_without_a_store_is_exit_2_in_one_line(tmp_path: Path) -> None:
    result = parlgraph("serve", "--store", str(tmp_path / "none"), "--port", "0")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no store" in result.stderr
    assert not (tmp_path / "none").exists()
