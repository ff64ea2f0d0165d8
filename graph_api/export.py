"""Dumps of the store, and plain RDF loaded into a named graph of the user's choosing."""

from __future__ import annotations

from pathlib import Path

from pyoxigraph import RdfFormat, Triple, parse, serialize

from graph_api.formats import GRAPH_FORMATS, write_graph, write_jsonld
from graph_api.repo.base import Repo, RepoError
from loaders.vocab import PREFIXES

QUAD_FORMATS = frozenset({"nq", "trig"})


def dump(repo: Repo, format_name: str, graph: str | None = None) -> bytes:
    """`ttl`, `nt`, `rdfxml` write the union (or one graph) as triples; `nq`, `trig` keep one
    named graph per document; `jsonld` keeps the graphs too, its context inline."""
    if format_name == "jsonld":
        return write_jsonld(repo.quads(graph))
    if format_name in QUAD_FORMATS:
        output = serialize(repo.quads(graph), format=GRAPH_FORMATS[format_name], prefixes=PREFIXES)
        return output or b""
    return write_graph(repo.triples(graph), format_name)


def load_raw_rdf(repo: Repo, files: list[Path], graph: str) -> int:
    """Add the triples of Turtle or N-Triples files to one named graph; returns how many."""
    formats = {".ttl": RdfFormat.TURTLE, ".nt": RdfFormat.N_TRIPLES}
    total = 0
    for path in files:
        rdf_format = formats.get(path.suffix.lower())
        if rdf_format is None:
            raise RepoError(f"{path}: --graph loads Turtle (.ttl) or N-Triples (.nt) only")
        try:
            with path.open("rb") as handle:
                triples: list[Triple] = [q.triple for q in parse(handle, format=rdf_format)]
        except SyntaxError as error:
            raise RepoError(f"{path}: not valid RDF: {' '.join(str(error).split())}") from None
        repo.add_graph(graph, triples)
        total += len(triples)
    return total
