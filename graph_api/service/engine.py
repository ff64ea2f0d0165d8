"""The one place the service reads the store: every route goes through `QueryEngine`.

Queries (the SPARQL endpoint, named queries, entity pages, VoID counts) run in the killable
worker processes of `graph_api.service.runner`: a deadline, a row cap, a cap on queries in
flight, updates and `SERVICE` refused before anything runs. Dumps read a checkpoint of the store
opened for reading (`EmbeddedRepo(mode="read")`), never the store a load may be writing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from graph_api.repo.embedded import EmbeddedRepo
from graph_api.service.dumps import stream_dump
from graph_api.service.runner import QueryRunner, RunnerLimits, RunResult
from graph_api.service.settings import ServiceSettings


class QueryEngine(Protocol):
    def run(
        self,
        query: str,
        media_type: str,
        *,
        default_graph_uris: Sequence[str] = (),
        named_graph_uris: Sequence[str] = (),
    ) -> RunResult:
        """The query's answer serialised as `media_type`; raises the runner's errors."""

    def dump(self, format_name: str) -> Iterator[bytes]:
        """The whole graph as `parlgraph export --format NAME` writes it, in pieces."""

    def close(self) -> None: ...


class StoreEngine:
    """The runner for queries, a read-only checkpoint for each dump."""

    def __init__(self, settings: ServiceSettings) -> None:
        self._store = settings.store
        self._runner = QueryRunner(
            settings.store,
            RunnerLimits(
                deadline_s=settings.query_deadline,
                max_rows=settings.row_limit,
                max_in_flight=settings.queries_in_flight,
                workers=settings.query_workers,
            ),
        )

    def run(
        self,
        query: str,
        media_type: str,
        *,
        default_graph_uris: Sequence[str] = (),
        named_graph_uris: Sequence[str] = (),
    ) -> RunResult:
        return self._runner.run(
            query,
            media_type,
            default_graph_uris=default_graph_uris,
            named_graph_uris=named_graph_uris,
        )

    def dump(self, format_name: str) -> Iterator[bytes]:
        repo = EmbeddedRepo(self._store, mode="read")
        try:
            yield from stream_dump(repo, format_name)
        finally:
            repo.close()

    def close(self) -> None:
        self._runner.close()


def open_engine(settings: ServiceSettings) -> QueryEngine:
    return StoreEngine(settings)
