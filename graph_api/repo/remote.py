"""A remote SPARQL 1.1 store (Oxigraph server, Fuseki, GraphDB, …) behind the same interface.

Queries go to the query URL. A document's graph is replaced by one Graph Store Protocol PUT when a
graph-store URL is given, else by one SPARQL Update (DROP + INSERT DATA), a single request either
way so the store applies it as one transaction. The store must expose the union of its named
graphs as its default graph (Oxigraph `--union-default-graph`, Fuseki `unionDefaultGraph`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import httpx
from pyoxigraph import (
    NamedNode,
    Quad,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
    Store,
    Triple,
    parse_query_results,
)

from graph_api.repo.base import QueryResult, Repo, RepoError, Term, bind_values, ntriples

RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
TIMEOUT = httpx.Timeout(120.0, connect=10.0)
ALL_QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"


class RemoteRepo(Repo):
    """Talks the SPARQL 1.1 Protocol and the Graph Store Protocol over HTTP."""

    def __init__(self, endpoint: str, update_endpoint: str, graph_store: str | None) -> None:
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint
        self.graph_store = graph_store
        self._client = httpx.Client(timeout=TIMEOUT, follow_redirects=False)

    def _send(self, method: str, url: str, **options: object) -> httpx.Response:
        try:
            response = self._client.request(method, url, **options)  # type: ignore[arg-type]
        except httpx.HTTPError as error:
            raise RepoError(f"cannot reach {url}: {error}") from error
        if response.status_code >= 400:
            detail = " ".join(response.text.split())[:300]
            raise RepoError(f"{url} answered {response.status_code}: {detail}")
        return response

    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> QueryResult:
        response = self._send(
            "POST",
            self.endpoint,
            data={"query": bind_values(sparql, bindings or {})},
            headers={"Accept": f"{RESULTS_JSON}, {N_TRIPLES};q=0.9"},
        )
        media_type = response.headers.get("content-type", "").split(";")[0].strip()
        if media_type == N_TRIPLES:
            # A graph answer: read it into a scratch store so callers get the same result type
            # (an iterator of triples) as from the embedded store.
            scratch = Store()
            scratch.load(response.content, format=RdfFormat.N_TRIPLES)
            return scratch.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        if media_type != RESULTS_JSON:
            raise RepoError(f"{self.endpoint} answered with unexpected type '{media_type}'")
        return parse_query_results(response.content, format=QueryResultsFormat.JSON)

    def update(self, sparql: str) -> None:
        self._send(
            "POST",
            self.update_endpoint,
            content=sparql.encode("utf-8"),
            headers={"Content-Type": "application/sparql-update"},
        )

    def _write(self, graph: str, triples: list[Triple], *, replace: bool) -> None:
        """One request per write: a Graph Store Protocol PUT (replace) or POST (add) when the
        store has one, else one SPARQL Update."""
        body = ntriples(triples)
        if self.graph_store:
            self._send(
                "PUT" if replace else "POST",
                self.graph_store,
                params={"graph": graph},
                content=body.encode("utf-8"),
                headers={"Content-Type": N_TRIPLES},
            )
            return
        drop = f"DROP SILENT GRAPH <{graph}> ;\n" if replace else ""
        self.update(f"{drop}INSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}")

    def replace_graph(self, graph: str, triples: list[Triple]) -> None:
        self._write(graph, triples, replace=True)

    def add_graph(self, graph: str, triples: list[Triple]) -> None:
        self._write(graph, triples, replace=False)

    def graph_names(self) -> list[str]:
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
        assert isinstance(result, QuerySolutions)
        return [row["g"].value for row in result if isinstance(row["g"], NamedNode)]

    def quads(self, graph: str | None = None) -> Iterator[Quad]:
        bindings = {"g": NamedNode(graph)} if graph else None
        result = self.query(ALL_QUADS, bindings)
        assert isinstance(result, QuerySolutions)
        for row in result:
            name, subject, predicate, value = row["g"], row["s"], row["p"], row["o"]
            if isinstance(name, NamedNode) and isinstance(predicate, NamedNode):
                yield Quad(subject, predicate, value, name)

    def close(self) -> None:
        self._client.close()
