"""The one interface everything above the store goes through: embedded or remote, same calls.

Results are pyoxigraph's own types (solutions, booleans, triples) whichever store answered, so
formatting and the service never need to know where a query ran.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    Quad,
    QueryBoolean,
    QuerySolutions,
    QueryTriples,
    Triple,
)

from loaders.ids import ONTOLOGY
from loaders.mapping.layout import Layout, is_shared_graph

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
# The page the question was last read from: a graph also describes the earlier page an answer
# carried over from it derives from (graph_api/earlier_answers.py), which is not its state.
STATE_QUERY = """
PREFIX pg: <https://w3id.org/parlgraph/ontology#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?sha ?version WHERE {
  GRAPH ?g {
    ?question eli:work_type ?kind ; prov:wasDerivedFrom ?doc .
    ?doc a pg:SourceDocument ; pg:sha256 ?sha ; pg:loaderVersion ?version
  }
} LIMIT 1
"""


USED_QUERY = """
PREFIX pg: <https://w3id.org/parlgraph/ontology#>
SELECT DISTINCT ?description WHERE { GRAPH ?g { ?document pg:usesDescription ?description } }
"""


GRAPHS_QUERY = "SELECT ?g ?s ?p ?o WHERE { VALUES ?g { NAMES } GRAPH ?g { ?s ?p ?o } }"


def _holds(stored: set[Triple], triples: list[Triple], *, adding: bool) -> bool:
    """Whether writing `triples` would leave a graph holding `stored` as it is: the same
    triples for a replaced description, a subset for one that accumulates."""
    return stored.issuperset(triples) if adding else stored == set(triples)


def ntriples(triples: Iterable[Triple]) -> str:
    return "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)


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
    def update(self, sparql: str) -> None:
        """Run one SPARQL Update request: the store applies it as one transaction."""

    def write_document(self, graph: str, layout: Layout) -> None:
        """Swap in a document's graph and rewrite the shared descriptions it needs, in one
        transaction; then drop the descriptions its former version alone reached.

        A description the store already holds as this document gives it is left alone (the
        rewrite would leave the same triples): most of a page's descriptions (persons, mandates,
        places) come out of every page that names them unchanged, and rewriting them was most
        of the write's time (docs/performance.md)."""
        before = self._used([graph])
        stored = self.graph_triples(list(layout.shared))
        changed = {
            name: triples
            for name, triples in layout.shared.items()
            if not _holds(stored[name], triples, adding=name in layout.accumulating)
        }
        names = [graph, *(name for name in changed if name not in layout.accumulating)]
        drops = "".join(f"DROP SILENT GRAPH <{name}> ;\n" for name in names)
        blocks = "\n".join(
            f"GRAPH <{name}> {{\n{ntriples(triples)}\n}}"
            for name, triples in [(graph, layout.document), *changed.items()]
        )
        self.update(f"{drops}INSERT DATA {{\n{blocks}\n}}")
        self._drop_unused(before - set(layout.shared))

    def graph_triples(self, graphs: list[str]) -> dict[str, set[Triple]]:
        """What each of these named graphs holds (empty for a graph that does not exist), in
        one query."""
        held: dict[str, set[Triple]] = {name: set() for name in graphs}
        if not graphs:
            return held
        names = " ".join(str(NamedNode(name)) for name in graphs)
        result = self.query(GRAPHS_QUERY.replace("NAMES", names))
        assert isinstance(result, QuerySolutions)
        for row in result:
            subject, predicate = row["s"], row["p"]
            if isinstance(subject, NamedNode | BlankNode) and isinstance(predicate, NamedNode):
                held[row["g"].value].add(Triple(subject, predicate, row["o"]))
        return held

    def delete_documents(self, graphs: list[str]) -> list[str]:
        """Remove documents' graphs and every shared description only they reached; the
        shared graphs dropped are returned."""
        if not graphs:
            return []
        before = self._used(graphs)
        self.update("".join(f"DROP SILENT GRAPH <{name}> ;\n" for name in graphs))
        return self._drop_unused(before)

    def _used(self, graphs: list[str] | None) -> set[str]:
        """The shared descriptions that the documents of `graphs` (default: every one) use."""
        found: set[str] = set()
        for name in graphs if graphs is not None else [None]:
            result = self.query(USED_QUERY, {"g": NamedNode(name)} if name else None)
            assert isinstance(result, QuerySolutions)
            found |= {row["description"].value for row in result}
        return found

    def _drop_unused(self, candidates: set[str]) -> list[str]:
        """Drop the shared descriptions among `candidates` that no document uses any more."""
        unused = sorted(candidates - self._used(None)) if candidates else []
        if unused:
            self.update("".join(f"DROP SILENT GRAPH <{name}> ;\n" for name in unused))
        return unused

    @abstractmethod
    def add_graph(self, graph: str, triples: list[Triple]) -> None:
        """Add triples to a named graph (used for raw RDF loads with `--graph`)."""

    @abstractmethod
    def graph_names(self) -> list[str]:
        """Every named graph in the store."""

    def document_graph_names(self) -> list[str]:
        """The graphs of documents: neither the ontology nor a shared description."""
        return [g for g in self.graph_names() if not is_shared_graph(g) and g != ONTOLOGY]

    @abstractmethod
    def quads(self, graph: str | None = None) -> Iterator[Quad]:
        """Every quad, or those of one graph."""

    def close(self) -> None:  # noqa: B027 - a no-op for stores that hold nothing open
        """Release the store."""

    def commit(self) -> None:  # noqa: B027 - a remote store shows each write at once
        """The writes so far make a consistent state (a whole document): other processes may
        see it. The embedded store publishes a checkpoint for its readers."""

    def refresh(self) -> None:  # noqa: B027 - a remote store always answers with its latest
        """Answer from now on with the latest committed state. A long-running reader (the HTTP
        service) calls it between requests; a command keeps the state it opened, so all its
        answers agree with each other."""

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
