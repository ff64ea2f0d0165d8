"""The network as files: GEXF and GraphML for Gephi, node-link JSON, CSV tables, a PNG.

Gephi reads GEXF and GraphML attributes by declared type and has no list type, so those two get a
copy of the graph with scalar attributes only (the question IRIs behind each edge are left out:
they are in the JSON); a missing value (no answer yet, so no delay) is a missing attribute, never
a None.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

import networkx as nx

NODE_COLUMNS = (
    "id",
    "label",
    "kind",
    "party",
    "role",
    "questions_asked",
    "questions_received",
    "questions_mentioning",
    "in_degree",
    "out_degree",
    "pagerank",
    "betweenness",
    "community",
)
EDGE_COLUMNS = (
    "source",
    "target",
    "source_label",
    "target_label",
    "relation",
    "period",
    "weight",
    "first_date",
    "last_date",
    "answered_share",
    "median_delay_days",
)
SCALARS = (str, int, float, bool)


def for_gephi(graph: nx.DiGraph) -> nx.DiGraph:
    """A copy with only scalar, non-None attributes (graph, nodes and edges)."""
    flat = graph.copy()
    for attributes in (
        flat.graph,
        *(data for _, data in flat.nodes(data=True)),
        *(data for *_, data in flat.edges(data=True)),
    ):
        for key in [k for k, value in attributes.items() if not isinstance(value, SCALARS)]:
            del attributes[key]
    return flat


def gexf(graph: nx.DiGraph) -> bytes:
    buffer = io.BytesIO()
    nx.write_gexf(for_gephi(graph), buffer)
    return buffer.getvalue()


def graphml(graph: nx.DiGraph) -> bytes:
    buffer = io.BytesIO()
    nx.write_graphml(for_gephi(graph), buffer, named_key_ids=True)
    return buffer.getvalue()


def node_link(graph: nx.DiGraph) -> bytes:
    data = nx.node_link_data(graph, edges="edges")
    return json.dumps(data, ensure_ascii=False, indent=1, default=list).encode("utf-8")


def table(columns: Iterable[str], rows: Iterable[dict[str, Any]]) -> bytes:
    """Rows as CSV with these columns in this order (the node, edge and shifts tables)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def node_table(graph: nx.DiGraph) -> bytes:
    return table(NODE_COLUMNS, ({"id": node, **data} for node, data in graph.nodes(data=True)))


def edge_table(graph: nx.DiGraph) -> bytes:
    labels = nx.get_node_attributes(graph, "label")
    return table(
        EDGE_COLUMNS,
        (
            {
                "source": source,
                "target": target,
                "source_label": labels.get(source, source),
                "target_label": labels.get(target, target),
                **data,
            }
            for source, target, data in graph.edges(data=True)
        ),
    )
