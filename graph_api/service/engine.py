"""The one place the service runs SPARQL: every route goes through `QueryEngine`.

`open_engine` picks the implementation. Until the killable worker-process runner
(`graph_api/service/runner.py`) lands, `RepoEngine` runs queries through the embedded store in the
threadpool: no deadline can stop a running query there, which is why the runner replaces it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol

from pyoxigraph import DefaultGraph, NamedNode, QueryTriples

from graph_api.formats import write_result
from graph_api.repo.embedded import EmbeddedRepo
from graph_api.service import conneg
from graph_api.service.dumps import stream_dump
from graph_api.service.errors import QuerySyntaxError, ServerBusy
from graph_api.service.settings import ServiceSettings
from graph_api.service.sparql_text import declares_dataset
from graph_api.sparql_guard import refuse_unsafe


@dataclass(frozen=True)
class RunResult:
    body: bytes
    media_type: str


class QueryEngine(Protocol):
    def run(
        self,
        query: str,
        media_type: str,
        *,
        default_graph_uris: Sequence[str] = (),
        named_graph_uris: Sequence[str] = (),
    ) -> RunResult:
        """The query's answer serialised as `media_type`; raises the errors of `errors`."""

    def dump(self, format_name: str) -> Iterator[bytes]:
        """The whole graph as `parlgraph export --format NAME` writes it, in pieces."""

    def close(self) -> None: ...


class RepoEngine:
    """Queries on the embedded store in the caller's thread, at most N at once."""

    def __init__(self, settings: ServiceSettings) -> None:
        self._repo = EmbeddedRepo(settings.store, mode="read")
        self._slots = threading.BoundedSemaphore(settings.queries_in_flight)
        self._retry_after = settings.retry_after

    @contextmanager
    def _slot(self) -> Iterator[None]:
        if not self._slots.acquire(blocking=False):
            raise ServerBusy(self._retry_after)
        try:
            yield
        finally:
            self._slots.release()

    def run(
        self,
        query: str,
        media_type: str,
        *,
        default_graph_uris: Sequence[str] = (),
        named_graph_uris: Sequence[str] = (),
    ) -> RunResult:
        refuse_unsafe(query)
        dataset: dict[str, object] = {"use_default_graph_as_union": not declares_dataset(query)}
        if default_graph_uris or named_graph_uris:
            # The protocol's dataset replaces the query's own; a graph the store lacks is empty.
            default: list[NamedNode | DefaultGraph] = [NamedNode(u) for u in default_graph_uris]
            dataset = {
                "default_graph": default or [DefaultGraph()],
                "named_graphs": [NamedNode(u) for u in named_graph_uris],
            }
        with self._slot():
            try:
                # The fallback reaches the store the repo opened; the runner replaces all this.
                result = self._repo._store.query(query, **dataset)  # type: ignore[arg-type]
            except SyntaxError as error:
                raise QuerySyntaxError(" ".join(str(error).split())) from None
            format_name = conneg.FORMAT_NAMES[media_type]
            if isinstance(result, QueryTriples) and format_name not in (
                "ttl",
                "nt",
                "jsonld",
                "rdfxml",
            ):
                format_name = "ttl"
            return RunResult(write_result(result, format_name), media_type)

    def dump(self, format_name: str) -> Iterator[bytes]:
        # Not counted among the queries in flight: a slot taken by a generator that a client
        # abandons before its first piece would never be given back.
        return stream_dump(self._repo, format_name)

    def close(self) -> None:
        self._repo.close()


def open_engine(settings: ServiceSettings) -> QueryEngine:
    return RepoEngine(settings)
