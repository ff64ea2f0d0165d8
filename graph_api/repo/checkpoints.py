"""One store folder, several processes: one writer on the store, readers on checkpoints of it.

pyoxigraph 0.5 lets one process open a store read-write, and calls a read-only open of a store
another process writes undefined behaviour. So readers never open the store a writer writes:

- the writer (`load`, `demo`, …) holds `writer.lock` (an exclusive `flock`) while it has
  `oxigraph/` open; a second writer is refused, never let in by chance;
- at consistent points (after a document, at most once a `PUBLISH_INTERVAL`, and when it closes)
  the writer makes a checkpoint with `Store.backup` (hard links to the store's immutable files,
  so it is cheap) under `checkpoints/N/`, then names it in `checkpoints/current` with an atomic
  rename: a reader sees the graph as it was after some document, never in between;
- readers (`query`, `stats`, `export`, the HTTP service's workers) open the current checkpoint
  read-only; nothing ever writes a checkpoint once it is named, so several readers, and the
  writer beside them, are safe. A reader holds a shared `flock` on `checkpoints/N.lease` while it
  has checkpoint N open; the writer deletes an old checkpoint only under an exclusive lock;
- `checkpoints/unpublished` says the writer has written since its last checkpoint. If a reader
  finds it and no writer holds the lock (a load was killed), it takes the lock itself and makes
  the checkpoint, so what the killed load committed is served.

`docs/store.md` tells the design, what it costs and where it stops.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import sys
import time
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from pyoxigraph import Store

from graph_api.repo.base import RepoError

PUBLISH_INTERVAL = 1.0
WRITER_WAIT = 5.0
READER_WAIT = 30.0
POLL = 0.05


@dataclass(frozen=True)
class StoreFolder:
    """Where each part of a store folder lives."""

    root: Path

    @property
    def primary(self) -> Path:
        return self.root / "oxigraph"

    @property
    def checkpoints(self) -> Path:
        return self.root / "checkpoints"

    @property
    def current(self) -> Path:
        return self.checkpoints / "current"

    @property
    def unpublished(self) -> Path:
        return self.checkpoints / "unpublished"

    @property
    def lock(self) -> Path:
        return self.root / "writer.lock"

    def checkpoint(self, generation: int) -> Path:
        return self.checkpoints / str(generation)

    def lease(self, generation: int) -> Path:
        return self.checkpoints / f"{generation}.lease"

    def current_generation(self) -> int | None:
        try:
            return int(self.current.read_text(encoding="ascii"))
        except (FileNotFoundError, ValueError):
            return None


class WriterLock:
    """The exclusive right to open the store read-write, held by one process at a time."""

    def __init__(self, handle: IO[str]) -> None:
        self._handle = handle

    @classmethod
    def take(cls, folder: StoreFolder, *, wait: float) -> WriterLock | None:
        """The lock, waiting up to `wait` seconds for another holder to let go; None if it
        does not. The holder writes who it is into the file, for the message of the next."""
        handle = folder.lock.open("a+", encoding="utf-8")
        give_up = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= give_up:
                    handle.close()
                    return None
                time.sleep(POLL)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}: {' '.join(sys.argv[:2])}\n")
        handle.flush()
        return cls(handle)

    def release(self) -> None:
        self._handle.close()  # closing the file lets go of the lock


def holder(folder: StoreFolder) -> str:
    """Who holds the writer lock, as its holder wrote it."""
    try:
        return folder.lock.read_text(encoding="utf-8").strip() or "another process"
    except OSError:
        return "another process"


class Publisher:
    """The writer's side: remembers whether it wrote since the last checkpoint, makes them."""

    def __init__(self, folder: StoreFolder, store: Store) -> None:
        self.folder = folder
        self.store = store
        self.dirty = folder.unpublished.exists()
        self._published_at = 0.0
        if self.dirty or folder.current_generation() is None:
            self.publish()

    def wrote(self) -> None:
        """Called before each write: readers learn that the store is ahead of its checkpoint."""
        if not self.dirty:
            self.folder.checkpoints.mkdir(parents=True, exist_ok=True)
            self.folder.unpublished.touch()
            self.dirty = True

    def commit(self) -> None:
        """A consistent point: publish it unless a checkpoint was made less than
        `PUBLISH_INTERVAL` ago (a checkpoint per document would cost more than the document).
        A commit counts as a write, so a write that did not say so is published all the same."""
        self.wrote()
        if time.monotonic() - self._published_at >= PUBLISH_INTERVAL:
            self.publish()

    def close(self) -> None:
        if self.dirty:
            self.publish()

    def publish(self) -> None:
        folder = self.folder
        folder.checkpoints.mkdir(parents=True, exist_ok=True)
        generation = self._next_generation()
        staging = folder.checkpoints / f"{generation}.staging"
        shutil.rmtree(staging, ignore_errors=True)
        self.store.flush()
        self.store.backup(str(staging))
        folder.lease(generation).touch()
        staging.rename(folder.checkpoint(generation))
        pointer = folder.checkpoints / "current.next"
        pointer.write_text(str(generation), encoding="ascii")
        os.replace(pointer, folder.current)
        folder.unpublished.unlink(missing_ok=True)
        self.dirty = False
        self._published_at = time.monotonic()
        self._collect(keep=generation)

    def _next_generation(self) -> int:
        names = (path.name.split(".")[0] for path in self.folder.checkpoints.iterdir())
        return max((int(name) for name in names if name.isdigit()), default=0) + 1

    def _collect(self, keep: int) -> None:
        """Delete the checkpoints no reader holds, but the current one; leftovers of a writer
        killed while publishing (`.staging`) go too."""
        for path in self.folder.checkpoints.iterdir():
            stem, _, suffix = path.name.partition(".")
            if not stem.isdigit() or int(stem) == keep:
                continue
            if suffix in ("staging", "trash"):
                shutil.rmtree(path, ignore_errors=True)
            elif suffix == "lease":
                _delete_unheld(self.folder, int(stem))


def _delete_unheld(folder: StoreFolder, generation: int) -> None:
    try:
        handle = folder.lease(generation).open("r", encoding="ascii")
    except FileNotFoundError:
        return
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return  # a reader has it open
        # Renamed first: a reader that read `current` before it moved on finds no folder and
        # looks again, rather than opening one half deleted.
        trash = folder.checkpoints / f"{generation}.trash"
        with suppress(FileNotFoundError):
            folder.checkpoint(generation).rename(trash)
        shutil.rmtree(trash, ignore_errors=True)
        folder.lease(generation).unlink(missing_ok=True)


@dataclass
class Lease:
    """A reader's hold on one checkpoint: it is not deleted while the lease is held."""

    generation: int
    handle: IO[str]

    def release(self) -> None:
        self.handle.close()


def _lease(folder: StoreFolder, generation: int) -> Lease | None:
    try:
        handle = folder.lease(generation).open("r", encoding="ascii")
    except FileNotFoundError:
        return None
    fcntl.flock(handle, fcntl.LOCK_SH)
    if not folder.checkpoint(generation).is_dir():
        handle.close()
        return None
    return Lease(generation, handle)


def recover(folder: StoreFolder) -> bool:
    """Publish what a writer that is gone left unpublished (or a store made before checkpoints
    existed); False when a writer is at work (it publishes itself)."""
    lock = WriterLock.take(folder, wait=0)
    if lock is None:
        return False
    try:
        store = _open_primary(folder)
        try:
            Publisher(folder, store).close()
        finally:
            store.flush()
            del store
    finally:
        lock.release()
    return True


def _open_primary(folder: StoreFolder) -> Store:
    try:
        return Store(str(folder.primary))
    except OSError as error:
        if "lock" in str(error).lower():
            raise RepoError(
                f"the store at {folder.root} is open in another process that does not take "
                "parlgraph's writer lock; stop it"
            ) from error
        raise RepoError(f"cannot open the store at {folder.root}: {error}") from error


def open_checkpoint(folder: StoreFolder) -> tuple[Store, Lease]:
    """The current checkpoint, opened read-only and leased."""
    give_up = time.monotonic() + READER_WAIT
    while time.monotonic() < give_up:
        generation = folder.current_generation()
        if (generation is None or folder.unpublished.exists()) and recover(folder):
            continue
        if generation is not None:
            lease = _lease(folder, generation)
            if lease is not None:
                try:
                    return Store.read_only(str(folder.checkpoint(generation))), lease
                except OSError as error:
                    lease.release()
                    raise RepoError(f"cannot read the store at {folder.root}: {error}") from error
        time.sleep(POLL)  # a writer is making the first checkpoint, or replaced this one
    raise RepoError(f"the store at {folder.root} has no checkpoint to read; is a load stuck?")


class Writer:
    """The store opened read-write under the writer lock, with its publisher; closing makes
    the last checkpoint and lets go of the lock."""

    def __init__(self, folder: StoreFolder) -> None:
        folder.root.mkdir(parents=True, exist_ok=True)
        lock = WriterLock.take(folder, wait=WRITER_WAIT)
        if lock is None:
            raise RepoError(
                f"the store at {folder.root} is being written by another process "
                f"({holder(folder)}); wait for it to finish"
            )
        self._lock = lock
        try:
            self.store = _open_primary(folder)
            self.publisher = Publisher(folder, self.store)
        except BaseException:
            lock.release()
            raise

    def close(self) -> None:
        try:
            self.publisher.close()
            self.store.flush()
        finally:
            # pyoxigraph closes a store when its last reference goes: before the lock does.
            del self.publisher, self.store
            self._lock.release()
