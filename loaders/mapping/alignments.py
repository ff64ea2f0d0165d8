"""The ontology's alignments written into the data: the store does no reasoning.

`parlgraph.ttl` declares `pg:WrittenQuestion rdfs:subClassOf pg:Question`, `pg:Question
rdfs:subClassOf eli:Work`, `pg:answers rdfs:subPropertyOf eli-dl:answers_to`, … A researcher
querying with ELI, ELI-DL, DCTERMS, PROV, schema.org or FRAPO terms finds nothing unless those
triples are in the data, so every superclass and superproperty (transitively) is added to the
graph at load.
"""

from __future__ import annotations

from functools import cache

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from ontology import load_ontology


def _closure(relation: URIRef) -> dict[URIRef, frozenset[URIRef]]:
    ontology = load_ontology()
    direct: dict[URIRef, set[URIRef]] = {}
    for sub, sup in ontology.subject_objects(relation):
        if isinstance(sub, URIRef) and isinstance(sup, URIRef):
            direct.setdefault(sub, set()).add(sup)
    closed: dict[URIRef, frozenset[URIRef]] = {}
    for term in direct:
        seen: set[URIRef] = set()
        todo = list(direct[term])
        while todo:
            upper = todo.pop()
            if upper not in seen:
                seen.add(upper)
                todo += direct.get(upper, ())
        closed[term] = frozenset(seen)
    return closed


@cache
def superclasses() -> dict[URIRef, frozenset[URIRef]]:
    """Every class the ontology places under others, with all its superclasses."""
    return _closure(RDFS.subClassOf)


@cache
def superproperties() -> dict[URIRef, frozenset[URIRef]]:
    """Every property the ontology places under others, with all its superproperties."""
    return _closure(RDFS.subPropertyOf)


def materialise(graph: Graph) -> None:
    """Add the types and statements the ontology's alignments entail."""
    classes, properties = superclasses(), superproperties()
    entailed: list[tuple[Node, Node, Node]] = []
    for subject, predicate, value in graph:
        if predicate == RDF.type and isinstance(value, URIRef) and value in classes:
            entailed += [(subject, RDF.type, upper) for upper in classes[value]]
        if isinstance(predicate, URIRef) and predicate in properties:
            entailed += [(subject, upper, value) for upper in properties[predicate]]
    for triple in entailed:
        graph.add(triple)
