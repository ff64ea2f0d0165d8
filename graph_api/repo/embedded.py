"""The default store: pyoxigraph on disk, one process, crash-safe transactions."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Literal as Kind

from pyoxigraph import DefaultGraph, NamedNode, Quad, Store, Triple

from graph_api.repo.base import QueryResult, Repo, RepoError, Term, bind_values, ntriples


class EmbeddedRepo(Repo):
    """pyoxigraph's RocksDB store in a folder; `Store()` in memory when no folder is given."""

    def __init__(self, path: Path | None, *, mode: Kind["read", "write"] = "write") -> None:
        self.path = path
        if path is not None and mode == "read" and not (path / "oxigraph").is_dir():
            raise RepoError(f"no store at {path} (check --store; `parlgraph load` creates one)")
        try:
            if path is None:
                self._store = Store()
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = Store(str(path / "oxigraph"))
        except OSError as error:
            if "lock" in str(error).lower():
                raise RepoError(
                    f"the store at {path} is in use by another process (a load or a server); "
                    "wait for it to finish or stop it"
                ) from error
            raise RepoError(f"cannot open the store at {path}: {error}") from error

    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> QueryResult:
        return self._store.query(
            bind_values(sparql, bindings or {}), use_default_graph_as_union=True
        )

    def replace_graph(self, graph: str, triples: list[Triple]) -> None:
        # One SPARQL update is one transaction in Oxigraph: the drop and the insert land together.
        self.update(
            f"DROP SILENT GRAPH <{graph}> ;\n"
            f"INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples(triples)}\n}} }}"
        )

    def update(self, sparql: str) -> None:
        self._store.update(sparql)

    def add_graph(self, graph: str, triples: list[Triple]) -> None:
        target = NamedNode(graph)
        self._store.extend(Quad(t.subject, t.predicate, t.object, target) for t in triples)

    def graph_names(self) -> list[str]:
        return sorted(
            node.value for node in self._store.named_graphs() if isinstance(node, NamedNode)
        )

    def quads(self, graph: str | None = None) -> Iterator[Quad]:
        target = NamedNode(graph) if graph else None
        for quad in self._store.quads_for_pattern(None, None, None, target):
            if not isinstance(quad.graph_name, DefaultGraph) or graph is None:
                yield quad

    def close(self) -> None:
        self._store.flush()
        del self._store
