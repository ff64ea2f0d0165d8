"""The parlgraph vocabulary files and cached loaders for them.

The ontology, the SHACL shapes and the JSON-LD context ship as package data beside this module,
so they are found the same way in a source checkout and in an installed wheel. Every load
validates with the shapes, so each file is parsed once per process and the same graph is handed
out again: callers must treat the returned graphs as read-only. Graphs bind only the core
prefixes plus the files' own, because rdflib's default bindings map `schema:` to the https
namespace and would rename the model's `http://schema.org/` prefix when serialising.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import Graph

_HERE = Path(__file__).resolve().parent

ONTOLOGY_IRI = "https://w3id.org/parlgraph/ontology"
"""The ontology's IRI; its terms are `ONTOLOGY_IRI + "#" + name`."""

ONTOLOGY_PATH = _HERE / "parlgraph.ttl"
SHAPES_PATH = _HERE / "shapes.ttl"
CONTEXT_PATH = _HERE / "context.jsonld"

__all__ = [
    "CONTEXT_PATH",
    "ONTOLOGY_IRI",
    "ONTOLOGY_PATH",
    "SHAPES_PATH",
    "load_ontology",
    "load_shapes",
]


@cache
def load_ontology() -> Graph:
    """The OWL ontology (`parlgraph.ttl`), parsed once; do not modify the returned graph."""
    return Graph(bind_namespaces="core").parse(ONTOLOGY_PATH, format="turtle")


@cache
def load_shapes() -> Graph:
    """The SHACL shapes (`shapes.ttl`), parsed once; do not modify the returned graph."""
    return Graph(bind_namespaces="core").parse(SHAPES_PATH, format="turtle")
