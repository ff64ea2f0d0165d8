"""The one interface everything above the store goes through: embedded or remote, same calls.

Results are pyoxigraph's own types (solutions, booleans, triples) whichever store answered, so
formatting and the service never need to know where a query ran.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode, Quad, QueryBoolean, QuerySolutions, QueryTriples, Triple

Term = NamedNode | Literal
QueryResult = QuerySolutions | QueryBoolean | QueryTriples


WHERE_GROUP = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def bind_values(sparql: str, bindings: Mapping[str, Term]) -> str:
    """Bind variables to typed terms with a VALUES block opening each WHERE group.

    SPARQL has no parameters; a VALUES block is its own way of binding variables to data. The
    terms are written in their N-Triples form by pyoxigraph, which escapes them, so a value can
    never change the query's structure. Every WHERE group gets the block because a subquery is
    evaluated on its own and would not see a binding made outside it. (Oxigraph's SEP-0007
    substitution binds only projected variables, which aggregate queries cannot have.)
    """
    if not bindings:
        return sparql
    if WHERE_GROUP.search(sparql) is None:
        raise RepoError("cannot bind parameters: the query has no WHERE group")
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(str(term) for term in bindings.values())
    block = f" VALUES ({names}) {{ ({values}) }} "
    return WHERE_GROUP.sub(lambda match: match.group(0) + block, sparql)


class RepoError(Exception):
    """The store cannot be opened or reached; a one-line message for the user."""


@dataclass(frozen=True)
class DocumentState:
    """What the store holds for one document's graph, to tell unchanged from replaced."""

    sha256: str
    loader_version: str


HOLDS_QUERY = """
PREFIX pg: <https://w3id.org/parlgraph/ontology#>
ASK WHERE { GRAPH ?g { ?doc pg:sha256 ?sha ; pg:loaderVersion ?version } }
"""
STATE_QUERY = """
PREFIX pg: <https://w3id.org/parlgraph/ontology#>
SELECT ?sha ?version WHERE {
  GRAPH ?g { ?doc a pg:SourceDocument ; pg:sha256 ?sha ; pg:loaderVersion ?version }
} LIMIT 1
"""


class Repo(ABC):
    """A SPARQL 1.1 dataset with one named graph per document and the union as default graph."""

    @abstractmethod
    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> QueryResult:
        """Run a read-only query over the union of the graphs; bindings are typed values
        substituted for variables before evaluation (never pasted into the text)."""

    @abstractmethod
    def replace_graph(self, graph: str, triples: list[Triple]) -> None:
        """Swap a document's named graph for a new one, atomically: readers see the old graph
        or the new one, never a mix."""

    @abstractmethod
    def add_graph(self, graph: str, triples: list[Triple]) -> None:
        """Add triples to a named graph (used for raw RDF loads with `--graph`)."""

    @abstractmethod
    def graph_names(self) -> list[str]:
        """Every named graph in the store."""

    @abstractmethod
    def quads(self, graph: str | None = None) -> Iterator[Quad]:
        """Every quad, or those of one graph."""

    def close(self) -> None:  # noqa: B027 - a no-op for stores that hold nothing open
        """Release the store."""

    def holds_document(self, sha256: str, loader_version: str) -> bool:
        """Whether a document with these bytes, read by this loader version, is in a graph: the
        cheap check that lets an unchanged file be skipped before it is parsed."""
        result = self.query(
            HOLDS_QUERY, {"sha": Literal(sha256), "version": Literal(loader_version)}
        )
        return bool(result)

    def document_state(self, graph: str) -> DocumentState | None:
        result = self.query(STATE_QUERY, {"g": NamedNode(graph)})
        assert isinstance(result, QuerySolutions)
        for row in result:
            sha, version = row["sha"], row["version"]
            if isinstance(sha, Literal) and isinstance(version, Literal):
                return DocumentState(sha.value, version.value)
        return None

    def triples(self, graph: str | None = None) -> Iterator[Triple]:
        """The triples of one graph, or of the union without repeats (a set, as RDF means)."""
        seen: set[Triple] = set()
        for quad in self.quads(graph):
            triple = quad.triple
            if triple not in seen:
                seen.add(triple)
                yield triple
