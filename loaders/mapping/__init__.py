"""Record → RDF, in one place: one named graph per document, IRIs from stable keys.

Everything a document's graph needs to validate on its own (the persons, posts and entities it
uses) is written into that graph; the same IRIs and facts recur in other documents' graphs, so
the union stays consistent and each graph can be replaced whole on reload.
"""

from __future__ import annotations

from rdflib import Graph, URIRef

from loaders.mapping.actors import add_actors
from loaders.mapping.documents import add_documents, graph_iri, question_iri
from loaders.mapping.facts import add_facts
from loaders.record import Record
from loaders.vocab import PREFIXES

__all__ = ["graph_iri", "question_iri", "record_to_graph"]


def record_to_graph(
    record: Record, *, loader_version: str, stored_copy: str | None = None
) -> Graph:
    """The triples of one document's named graph."""
    graph = Graph(identifier=URIRef(graph_iri(record)))
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    add_documents(graph, record, loader_version=loader_version, stored_copy=stored_copy)
    add_actors(graph, record)
    add_facts(graph, record)
    return graph
