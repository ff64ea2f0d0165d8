"""Dumps written piece by piece: the line formats (N-Triples, N-Quads) in batches, so a large
store is never one string in memory; the others as `parlgraph export` writes them, whole."""

from __future__ import annotations

import threading
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


class Slot:
    """One of the dumps that may be sent at once, given back once however the dump ends: sent
    whole, failed mid-way, or its client gone before the first byte (no code of the generator
    runs then, so the response gives it back too)."""

    def __init__(self, slots: threading.BoundedSemaphore) -> None:
        self._slots = slots
        self._held = True
        self._guard = threading.Lock()

    def release(self) -> None:
        with self._guard:
            if self._held:
                self._held = False
                self._slots.release()


def open_store_dump(store: Path, format_name: str, slot: Slot) -> Iterator[bytes]:
    """The dump of a read-only checkpoint of the store (never the store a load may be writing),
    opened now, before the response starts: a store that cannot be read is an error status, not
    an empty dump under a 200. Raises RepoError or OSError, the slot given back."""
    try:
        repo = EmbeddedRepo(store, mode="read")
    except BaseException:
        slot.release()
        raise
    return _closing(repo, stream_dump(repo, format_name), slot)


def _closing(repo: Repo, pieces: Iterator[bytes], slot: Slot) -> Iterator[bytes]:
    try:
        yield from pieces
    finally:
        repo.close()
        slot.release()
