"""Which named graph each triple lives in, so that the union of the graphs repeats nothing.

What a document says (its question, answer, source, annotations, amounts, funding facts) lives in
the document's graph. What several documents share (persons, mandates, memberships, posts,
organisations, sites, places, programmes, projects) is described once, in a graph of its own
named after the thing (`{base}id/graph/shared/person/jacqueline-galant`): a document's load
rewrites the descriptions it needs in the same transaction and lists them on its source
document (`pg:usesDescription`), so a description no document uses any more is dropped with
the last document that used it.

A triple goes to the graph of its subject: the thing it describes. Blank nodes (a span's target
and selectors, a membership's interval) follow the node that holds them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from pyoxigraph import BlankNode, NamedNode, Triple
from rdflib import URIRef

from loaders.ids import base

# Kinds of minted IRIs that belong to one document; every other minted kind is shared.
DOCUMENT_KINDS = frozenset({"question", "answer", "document", "annotation", "amount", "funding"})
SHARED = "graph/shared/"


def shared_prefix() -> str:
    """The start of every shared description graph's IRI."""
    return f"{base()}id/{SHARED}"


def shared_graph_iri(node: str) -> str | None:
    """The graph describing `node`, or None when `node` belongs to a document (or is not ours)."""
    prefix = f"{base()}id/"
    if not node.startswith(prefix):
        return None
    rest = node[len(prefix) :]
    kind = rest.split("/", 1)[0]
    if kind in DOCUMENT_KINDS or kind == "graph" or "/" not in rest:
        return None
    return shared_prefix() + rest


def is_shared_graph(graph: str) -> bool:
    return graph.startswith(shared_prefix())


def descriptions_used(subjects: Iterable[object]) -> set[str]:
    """The shared description graphs of the IRIs among `subjects`."""
    graphs = (shared_graph_iri(str(s)) for s in subjects if isinstance(s, URIRef))
    return {g for g in graphs if g is not None}


@dataclass
class Layout:
    """One document's triples split by the graph they go to."""

    document: list[Triple] = field(default_factory=list)
    shared: dict[str, list[Triple]] = field(default_factory=dict)
    # Descriptions read from texts rather than reference data: each document may say more or
    # less of them (one gives a project's title, another only its number), so a load adds to
    # them instead of replacing them.
    accumulating: frozenset[str] = frozenset()


def split(triples: list[Triple], accumulating: Iterable[str] = ()) -> Layout:
    """Route every triple of a document's build to the document's graph or a shared graph;
    `accumulating` names the things described from the text (their IRIs)."""
    holders: dict[BlankNode, NamedNode | BlankNode] = {}
    for triple in triples:
        if isinstance(triple.object, BlankNode) and triple.object not in holders:
            holders[triple.object] = triple.subject  # type: ignore[assignment]

    def owner(node: object) -> str | None:
        seen: set[BlankNode] = set()
        while isinstance(node, BlankNode) and node in holders and node not in seen:
            seen.add(node)
            node = holders[node]
        return shared_graph_iri(node.value) if isinstance(node, NamedNode) else None

    layout = Layout()
    shared: dict[str, list[Triple]] = defaultdict(list)
    for triple in triples:
        target = owner(triple.subject)
        if target is None:
            layout.document.append(triple)
        else:
            shared[target].append(triple)
    layout.shared = dict(shared)
    layout.accumulating = frozenset(descriptions_used(URIRef(i) for i in accumulating))
    return layout
