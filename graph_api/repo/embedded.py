"""The default store: pyoxigraph on disk, crash-safe transactions, one writer and many readers.

A writer opens the store itself under the writer lock; a reader opens the latest checkpoint the
writer published (see `checkpoints`), so reading works while a load or a server runs, and never
sees a document half written.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Literal as Kind

from pyoxigraph import BlankNode, DefaultGraph, NamedNode, Quad, Store, Triple

from graph_api.repo.base import QueryResult, Repo, RepoError, Term, bind_values, ntriples
from graph_api.repo.checkpoints import Lease, StoreFolder, Writer, open_checkpoint, recover
from graph_api.sparql_guard import names_its_dataset


class EmbeddedRepo(Repo):
    """pyoxigraph's RocksDB store in a folder; `Store()` in memory when no folder is given.

    `mode="write"` (loads) creates the store if needed and holds the writer lock until `close`;
    `mode="update"` (delete) is the same on a store that exists; `mode="read"` (every reading
    command) opens the latest checkpoint. Both refuse a folder that holds no store.
    """

    def __init__(
        self, path: Path | None, *, mode: Kind["read", "update", "write"] = "write"
    ) -> None:
        self.path = path
        self._writer: Writer | None = None
        self._lease: Lease | None = None
        if path is None:
            self._store = Store()
            return
        folder = StoreFolder(path)
        if mode != "write" and not folder.primary.is_dir():
            raise RepoError(f"no store at {path} (check --store; `parlgraph load` creates one)")
        if mode == "read":
            self._store, self._lease = open_checkpoint(folder)
        else:
            self._writer = Writer(folder)
            self._store = self._writer.store

    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> QueryResult:
        return self.query_dataset(bind_values(sparql, bindings or {}), (), ())

    def query_dataset(
        self, sparql: str, default_graphs: Sequence[str], named_graphs: Sequence[str]
    ) -> QueryResult:
        """A query over the dataset the SPARQL protocol names (`default-graph-uri`,
        `named-graph-uri`): graphs of this store only, a missing one empty, nothing fetched.
        With neither, the graphs the query names with `FROM`, else the union of all."""
        if not default_graphs and not named_graphs:
            union = not names_its_dataset(sparql)
            return self._store.query(sparql, use_default_graph_as_union=union)
        default: list[NamedNode | BlankNode | DefaultGraph] = [NamedNode(i) for i in default_graphs]
        named: list[NamedNode | BlankNode] = [NamedNode(iri) for iri in named_graphs]
        return self._store.query(sparql, default_graph=default, named_graphs=named)

    def _writable(self) -> Store:
        if self._lease is not None:
            raise RepoError(f"the store at {self.path} is open for reading only")
        if self._writer is not None:
            self._writer.publisher.wrote()
        return self._store

    def replace_graph(self, graph: str, triples: list[Triple]) -> None:
        # One SPARQL update is one transaction in Oxigraph: the drop and the insert land together.
        self.update(
            f"DROP SILENT GRAPH <{graph}> ;\n"
            f"INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples(triples)}\n}} }}"
        )

    def update(self, sparql: str) -> None:
        self._writable().update(sparql)

    def add_graph(self, graph: str, triples: list[Triple]) -> None:
        target = NamedNode(graph)
        self._writable().extend(Quad(t.subject, t.predicate, t.object, target) for t in triples)

    def graph_names(self) -> list[str]:
        return sorted(
            node.value for node in self._store.named_graphs() if isinstance(node, NamedNode)
        )

    def graph_triples(self, graphs: list[str]) -> dict[str, set[Triple]]:
        return {name: set(self.triples(name)) for name in graphs}

    def quads(self, graph: str | None = None) -> Iterator[Quad]:
        target = NamedNode(graph) if graph else None
        for quad in self._store.quads_for_pattern(None, None, None, target):
            if not isinstance(quad.graph_name, DefaultGraph) or graph is None:
                yield quad

    def commit(self) -> None:
        if self._writer is not None:
            self._writer.publisher.commit()

    def refresh(self) -> None:
        if self._lease is None or self.path is None:
            return
        folder = StoreFolder(self.path)
        if folder.unpublished.exists():
            recover(folder)  # a no-op while a writer is at work; it publishes itself
        if folder.current_generation() != self._lease.generation:
            old = self._lease
            self._store, self._lease = open_checkpoint(folder)
            old.release()

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
        del self._store
        if self._lease is not None:
            self._lease.release()
