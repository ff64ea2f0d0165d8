"""A PNG of the network for a quick look.

A bare matplotlib `Figure` renders with Agg into a buffer: no pyplot, so no global backend state,
no window, and safe in the service's threads.
"""

from __future__ import annotations

import io

import networkx as nx
from matplotlib.figure import Figure

from graph_api.network.colours import colour
from graph_api.network.metrics import SEED

LABELLED = 25  # the heaviest nodes get their label written beside them


def png(graph: nx.DiGraph) -> bytes:
    figure = Figure(figsize=(12, 9), dpi=100)
    axes = figure.subplots()
    axes.set_axis_off()
    if graph.number_of_nodes():
        positions = nx.spring_layout(graph, weight="weight", seed=SEED)
        degree = dict(graph.degree(weight="weight"))
        heaviest = sorted(graph, key=lambda node: -degree[node])[:LABELLED]
        nx.draw_networkx_edges(graph, positions, ax=axes, alpha=0.25, arrows=False)
        nx.draw_networkx_nodes(
            graph,
            positions,
            ax=axes,
            node_size=[30 + 20 * degree[node] for node in graph],
            node_color=[
                colour(d.get("kind", ""), d.get("party", "")) for _, d in graph.nodes(data=True)
            ],
        )
        nx.draw_networkx_labels(
            graph,
            positions,
            labels={node: graph.nodes[node].get("label", node) for node in heaviest},
            ax=axes,
            font_size=7,
        )
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", bbox_inches="tight")
    return buffer.getvalue()
