"""Dumps written piece by piece: the line formats (N-Triples, N-Quads) in batches, so a large
store is never one string in memory; the others as `parlgraph export` writes them, whole."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import TypeVar

from pyoxigraph import RdfFormat, serialize

from graph_api.export import dump
from graph_api.repo.base import Repo
from graph_api.repo.embedded import EmbeddedRepo

BATCH = 20_000
Item = TypeVar("Item")


def batches(items: Iterable[Item], size: int = BATCH) -> Iterator[list[Item]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def stream_dump(repo: Repo, format_name: str, batch: int = BATCH) -> Iterator[bytes]:
    """The bytes of `parlgraph export --format NAME`, in pieces where the format allows."""
    if format_name == "nt":
        for triples in batches(repo.triples(), batch):
            yield serialize(triples, format=RdfFormat.N_TRIPLES) or b""
    elif format_name == "nq":
        for quads in batches(repo.quads(), batch):
            yield serialize(quads, format=RdfFormat.N_QUADS) or b""
    else:
        yield dump(repo, format_name)


def open_store_dump(store: Path, format_name: str) -> Iterator[bytes]:
    """The dump of a read-only checkpoint of the store (never the store a load may be writing),
    opened now, before the response starts: a store that cannot be read is an error status, not
    an empty dump under a 200. Raises RepoError or OSError."""
    repo = EmbeddedRepo(store, mode="read")
    return _closing(repo, stream_dump(repo, format_name))


def _closing(repo: Repo, pieces: Iterator[bytes]) -> Iterator[bytes]:
    try:
        yield from pieces
    finally:
        repo.close()
