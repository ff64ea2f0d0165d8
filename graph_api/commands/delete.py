"""`parlgraph delete IRI...`: remove documents and whatever only they supported.

An IRI names a document by its graph or by its question. Every IRI is resolved before anything
is removed, so a typo deletes nothing (exit 2).
"""

from __future__ import annotations

from typing import Annotated

import typer
from pyoxigraph import NamedNode, QuerySolutions

from graph_api.cli import app
from graph_api.commands.options import (
    EndpointOption,
    GraphStoreOption,
    StoreOption,
    UpdateOption,
    fail,
    open_repo,
)
from graph_api.repo.base import Repo
from loaders.mapping.layout import is_shared_graph

# The graph holding a question, or the IRI itself when it is a document's graph.
DOCUMENT_GRAPH = """
PREFIX pg: <https://w3id.org/parlgraph/ontology#>
SELECT DISTINCT ?g WHERE {
  { GRAPH ?g { ?iri a ?kind } } UNION { GRAPH ?iri { ?doc a pg:SourceDocument } BIND (?iri AS ?g) }
  GRAPH ?g { ?source a pg:SourceDocument }
}
"""


def document_graph(repo: Repo, iri: str) -> str | None:
    """The document graph an IRI names (its graph or its question), if the store holds one."""
    try:
        node = NamedNode(iri)
    except ValueError:
        return None
    result = repo.query(DOCUMENT_GRAPH, {"iri": node})
    assert isinstance(result, QuerySolutions)
    graphs = [row["g"].value for row in result if isinstance(row["g"], NamedNode)]
    graphs = [g for g in graphs if not is_shared_graph(g)]
    return graphs[0] if len(graphs) == 1 else None


@app.command()
def delete(
    iris: Annotated[list[str], typer.Argument(help="question or document graph IRIs")],
    store: StoreOption = None,
    endpoint: EndpointOption = None,
    update_endpoint: UpdateOption = None,
    graph_store: GraphStoreOption = None,
) -> None:
    """Remove documents (by question or graph IRI) and whatever only they supported."""
    with open_repo(store, endpoint, update_endpoint, graph_store, write=True) as repo:
        graphs = {iri: document_graph(repo, iri) for iri in iris}
        unknown = [iri for iri, graph in graphs.items() if graph is None]
        if unknown:
            fail(f"no document with this question or graph IRI: {', '.join(unknown)}")
        names = sorted({graph for graph in graphs.values() if graph})
        dropped = repo.delete_documents(names)
    print(f"{len(names)} documents deleted, {len(dropped)} shared descriptions dropped")
