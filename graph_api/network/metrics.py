"""Node metrics kept as node attributes: weighted degrees, PageRank, betweenness, communities.

Everything is reproducible: Louvain and the betweenness sample take a fixed seed, and
communities are numbered by size (largest first), ties by their first node, so the same store
gives the same numbers on every run.
"""

from __future__ import annotations

import networkx as nx

SEED = 42
# Exact betweenness costs nodes × edges; above this many nodes it is estimated from this many
# sources (seeded), which keeps a large asks-about graph to seconds.
BETWEENNESS_SAMPLE = 500


def add_metrics(graph: nx.DiGraph) -> nx.DiGraph:
    if graph.number_of_nodes() == 0:
        return graph
    for node in graph:
        graph.nodes[node]["in_degree"] = int(graph.in_degree(node, weight="weight"))
        graph.nodes[node]["out_degree"] = int(graph.out_degree(node, weight="weight"))
    for node, value in nx.pagerank(graph, weight="weight").items():
        graph.nodes[node]["pagerank"] = round(float(value), 6)
    # More questions make two actors closer: betweenness reads the weight's inverse as distance.
    for *_, data in graph.edges(data=True):
        data["distance"] = 1.0 / float(data["weight"])
    sample = BETWEENNESS_SAMPLE if graph.number_of_nodes() > BETWEENNESS_SAMPLE else None
    between = nx.betweenness_centrality(graph, k=sample, weight="distance", seed=SEED)
    for *_, data in graph.edges(data=True):
        del data["distance"]
    for node, value in between.items():
        graph.nodes[node]["betweenness"] = round(float(value), 6)
    communities = nx.community.louvain_communities(
        graph.to_undirected(as_view=True), weight="weight", seed=SEED
    )
    ordered = sorted(communities, key=lambda members: (-len(members), min(members)))
    for number, members in enumerate(ordered):
        for node in members:
            graph.nodes[node]["community"] = number
    return graph
