"""Dumps in pieces: joined, they are what `parlgraph export` writes."""

from __future__ import annotations

from pathlib import Path

from graph_api.export import dump
from graph_api.pipeline import Loader
from graph_api.repo.embedded import EmbeddedRepo
from graph_api.service.dumps import batches, stream_dump


def test_batches_cover_everything_once() -> None:
    assert list(batches(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(batches([], 3)) == []


def test_line_dumps_in_pieces_join_to_the_export(
    repo: EmbeddedRepo, loader: Loader, seed_path: Path
) -> None:
    loader.load_all([seed_path])
    for format_name in ("nt", "nq"):
        pieces = list(stream_dump(repo, format_name, batch=100))
        assert len(pieces) > 1
        joined = b"".join(pieces).splitlines()
        assert sorted(joined) == sorted(dump(repo, format_name).splitlines())
    assert list(stream_dump(repo, "ttl")) == [dump(repo, "ttl")]
