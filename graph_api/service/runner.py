"""The query runner of the HTTP service: deadlines that really stop a query, a row cap, a cap on
queries in flight, and nothing reaching another machine.

pyoxigraph has no way to cancel a query from Python, so queries run in worker processes
(`graph_api.query_worker`); a query over its deadline has its worker killed and replaced. The
deadline is what the client sees, the wait for a free worker and the run together; a worker's
start-up never counts, since workers are started and ready before they get a query (a replacement
starts beside the others). Interface for the service:

    runner = QueryRunner(store_folder, RunnerLimits(deadline_s=30, max_rows=100_000))
    result = runner.run(query, "application/sparql-results+json",
                        default_graph_uris=[...], named_graph_uris=[...])
    result.body, result.media_type, result.rows, result.truncated
    runner.close()

`run` blocks its calling thread (call it from a threadpool, never the event loop) and raises:

| exception | when | HTTP |
|---|---|---|
| `UpdateRefused` | the text is a SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, …) | 403 |
| `QueryRefused` | the query uses `SERVICE` (checked before anything runs) | 400 |
| `QuerySyntaxError` | the parser's message, one line | 400 |
| `InvalidGraphUri` | a default/named graph URI that is not an absolute IRI | 400 |
| `MediaTypeMismatch` | a media type the result cannot be written in, or an unknown one | 406 |
| `ServerBusy` | `max_in_flight` queries already running or waiting; `retry_after` seconds | 429 |
| `QueryTimeout` | over the deadline running (worker killed) or waiting for a worker | 503 |
| `QueryFailed` | the store could not answer (unreadable, a worker died); a one-line reason | 500 |

Rows: at most `max_rows` solutions (SELECT) or triples (CONSTRUCT, DESCRIBE) are written; when a
result has more, it is cut there and `truncated` is true (the service says so, e.g. in a header
and in its service description). Graph URIs name graphs of the store only: a missing graph is
empty, nothing is ever fetched, and `FROM` in the query text means the same. Each worker reads
the latest checkpoint of the store (see `graph_api.repo.checkpoints`), so answers follow a load
running beside the server without a restart, always whole documents.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.process import BaseProcess
from pathlib import Path

from pyoxigraph import NamedNode

from graph_api.query_worker import (
    GRAPH_MEDIA_TYPES,
    READY,
    RESULTS_MEDIA_TYPES,
    Answer,
    Failure,
    MediaTypeMismatch,
    Request,
    serve,
)
from graph_api.repo.base import RepoError
from graph_api.repo.checkpoints import StoreFolder
from graph_api.sparql_guard import QueryForm, QueryRefused, UpdateRefused, refuse_unsafe

__all__ = [
    "InvalidGraphUri",
    "MediaTypeMismatch",
    "QueryFailed",
    "QueryRefused",
    "QueryRunner",
    "QuerySyntaxError",
    "QueryTimeout",
    "RunResult",
    "RunnerLimits",
    "ServerBusy",
    "UpdateRefused",
]
RETRY_AFTER_S = 1
STOP_WAIT_S = 5.0
RESTART_PAUSE_S = 1.0  # before replacing a worker that died starting


@dataclass(frozen=True)
class RunnerLimits:
    deadline_s: float = 30.0
    max_rows: int = 100_000
    max_in_flight: int = 16
    workers: int = 4  # processes answering at once; the other queries in flight wait for one
    retry_after_s: int = RETRY_AFTER_S  # told to a client turned away


@dataclass(frozen=True)
class RunResult:
    body: bytes
    media_type: str
    rows: int | None  # solutions or triples written; None for ASK
    truncated: bool  # the result had more than `max_rows` and was cut there


class QuerySyntaxError(ValueError):
    """A malformed query; the message is the parser's."""


class InvalidGraphUri(ValueError):
    """A `default-graph-uri` or `named-graph-uri` that is not an absolute IRI."""


class QueryTimeout(RuntimeError):
    """The query ran over the deadline and was stopped."""


class QueryFailed(RuntimeError):
    """The store could not answer; the message is one line for the client."""


class ServerBusy(RuntimeError):
    def __init__(self, retry_after: int) -> None:
        super().__init__(f"too many queries in flight; retry in {retry_after} s")
        self.retry_after = retry_after


class _Worker:
    """One worker process and the pipe to it."""

    def __init__(self, store: Path, max_rows: int) -> None:
        context = multiprocessing.get_context("spawn")  # no fork of a threaded server
        self.connection, child = context.Pipe()
        self.process: BaseProcess = context.Process(
            target=serve, args=(child, str(store), max_rows), daemon=True
        )
        self.process.start()
        child.close()
        # Held while a thread reads the pipe: closing it under a reader (close() of the runner
        # while a new worker starts) failed inside multiprocessing with a TypeError.
        self._reading = threading.Lock()

    def ready(self) -> bool:
        """Wait until the worker has started and opened the store; False if it died first."""
        with self._reading:
            try:
                return bool(self.connection.recv() == READY)
            except (EOFError, OSError):
                return False

    def ask(self, request: Request, timeout: float) -> Answer | Failure | None:
        """The worker's reply, or None when the deadline passed first."""
        with self._reading:
            self.connection.send(request)
            if not self.connection.poll(max(timeout, 0.0)):
                return None
            reply = self.connection.recv()
        assert isinstance(reply, Answer | Failure)
        return reply

    def stop(self) -> None:
        """Kill first: a reader then gets end-of-file and lets go of the pipe, which is closed
        after it."""
        self.process.kill()
        self.process.join(STOP_WAIT_S)
        with self._reading:
            self.connection.close()


def _valid_graphs(parameter: str, uris: Sequence[str]) -> tuple[str, ...]:
    for uri in uris:
        try:
            NamedNode(uri)
        except ValueError:
            raise InvalidGraphUri(f"{parameter}: not an absolute IRI: {uri!r}") from None
    return tuple(uris)


def _check_media_type(form: QueryForm | None, media_type: str) -> None:
    """Refuse before running what the result could not be written in (the form is known from
    the query's first keyword; when it is not, the parser will say why)."""
    if media_type not in RESULTS_MEDIA_TYPES and media_type not in GRAPH_MEDIA_TYPES:
        raise MediaTypeMismatch(f"answers are not written as {media_type}")
    if form is not None and form.gives_graph != (media_type in GRAPH_MEDIA_TYPES):
        raise MediaTypeMismatch(f"a {form.value} result is not written as {media_type}")


class QueryRunner:
    """A pool of worker processes reading one store, with the limits of `RunnerLimits`."""

    def __init__(self, store: Path, limits: RunnerLimits) -> None:
        if not StoreFolder(store).primary.is_dir():
            raise RepoError(f"no store at {store} (check --store; `parlgraph load` creates one)")
        self.store = store
        self.limits = limits
        self._slots = threading.BoundedSemaphore(limits.max_in_flight)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._workers: set[_Worker] = set()
        self._guard = threading.Lock()
        self._closed = False
        # Every worker is started and ready before the first query: a deadline never counts a
        # worker's start-up (on a loaded machine, that alone can outlast it).
        starting = [self._spawn() for _ in range(limits.workers)]
        for worker in starting:
            self._enlist(worker)

    def _spawn(self) -> _Worker | None:
        with self._guard:
            if self._closed:
                return None
            worker = _Worker(self.store, self.limits.max_rows)
            self._workers.add(worker)
            return worker

    def _enlist(self, worker: _Worker | None) -> None:
        """Hand the worker queries once it is ready; one that died starting is replaced."""
        if worker is None:
            return
        if worker.ready():
            self._idle.put(worker)
            return
        self._retire(worker)
        if not self._closed:
            time.sleep(RESTART_PAUSE_S)
            self._replace()

    def _retire(self, worker: _Worker) -> None:
        """Stop the worker, once: the thread that takes it out of the pool stops it (a second
        close of its pipe could close a file another thread has just opened)."""
        with self._guard:
            if worker not in self._workers:
                return
            self._workers.discard(worker)
        worker.stop()

    def _replace(self) -> None:
        """A new worker, started and readied beside the queries being answered."""
        threading.Thread(target=lambda: self._enlist(self._spawn()), daemon=True).start()

    def run(
        self,
        query: str,
        media_type: str,
        *,
        default_graph_uris: Sequence[str] = (),
        named_graph_uris: Sequence[str] = (),
    ) -> RunResult:
        form = refuse_unsafe(query)
        _check_media_type(form, media_type)
        request = Request(
            query,
            media_type,
            _valid_graphs("default-graph-uri", default_graph_uris),
            _valid_graphs("named-graph-uri", named_graph_uris),
        )
        if not self._slots.acquire(blocking=False):
            raise ServerBusy(self.limits.retry_after_s)
        try:
            reply = self._ask(request)
        finally:
            self._slots.release()
        if isinstance(reply, Answer):
            return RunResult(reply.body, media_type, reply.rows, reply.truncated)
        if reply.kind == "syntax":
            raise QuerySyntaxError(reply.message)
        if reply.kind == "media":
            raise MediaTypeMismatch(reply.message)
        raise QueryFailed(reply.message)

    def _ask(self, request: Request) -> Answer | Failure:
        """The reply of the next ready worker. The deadline bounds the wait for one and the run
        together, as the client sees them; only a run over it costs the worker."""
        deadline = self.limits.deadline_s
        ends = time.monotonic() + deadline
        busy = QueryTimeout(f"no query worker was free within the deadline of {deadline:g} s")
        try:
            worker = self._idle.get(timeout=deadline)
        except queue.Empty:
            raise busy from None
        if (left := ends - time.monotonic()) <= 0:
            self._idle.put(worker)
            raise busy
        try:
            reply = worker.ask(request, left)
        except (EOFError, OSError):
            self._retire(worker)
            self._replace()
            return Failure("store", "the query stopped its worker process (out of memory?)")
        if reply is None:
            self._retire(worker)
            self._replace()
            raise QueryTimeout(f"the query ran over the deadline of {deadline:g} s and was stopped")
        self._idle.put(worker)
        return reply

    def close(self) -> None:
        with self._guard:
            self._closed = True
            workers, self._workers = self._workers, set()
        for worker in workers:
            worker.stop()
