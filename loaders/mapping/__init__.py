"""Record → RDF, in one place: one named graph per document, IRIs from stable keys.

The build holds everything a document needs to validate on its own: what it says and the shared
descriptions (persons, posts, entities) it uses, which `layout.split` sends to graphs of their
own when it is stored, so the union of the graphs states each triple once.
"""

from __future__ import annotations

from rdflib import Graph, URIRef

from loaders.mapping.actors import add_actors
from loaders.mapping.alignments import materialise
from loaders.mapping.documents import (
    add_documents,
    graph_iri,
    question_iri,
    source_document_iri,
)
from loaders.mapping.facts import add_facts
from loaders.mapping.layout import descriptions_used
from loaders.record import Record
from loaders.vocab import PG, PREFIXES

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
    materialise(graph)
    document = URIRef(source_document_iri(record))
    for description in sorted(descriptions_used(graph.subjects(unique=True))):
        graph.add((document, PG.usesDescription, URIRef(description)))
    return graph
