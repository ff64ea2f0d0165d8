"""The files for Gephi read back with networkx; the tables and the picture."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest

from graph_api.network import export
from graph_api.network.build import Filters, View, build
from graph_api.network.fetch import Corpus
from graph_api.network.metrics import add_metrics
from graph_api.network.picture import png
from tests.graph_api.network.conftest import BORSUS, GALANT


@pytest.fixture(scope="module", params=list(View))
def graph(request: pytest.FixtureRequest, corpus: Corpus) -> nx.DiGraph:
    return add_metrics(build(corpus, request.param, Filters()))


GEPHI_FORMATS = {
    "gexf": (export.gexf, nx.read_gexf),
    "graphml": (export.graphml, nx.read_graphml),
}


@pytest.mark.parametrize("name", sorted(GEPHI_FORMATS))
def test_gephi_files_read_back_the_same_graph(graph: nx.DiGraph, tmp_path: Path, name: str) -> None:
    write, read = GEPHI_FORMATS[name]
    path = tmp_path / f"network.{name}"
    path.write_bytes(write(graph))
    back = read(path)
    flat = export.for_gephi(graph)
    assert dict(back.nodes(data=True)) == dict(flat.nodes(data=True))
    # GEXF keeps its edge ids beside the attributes; weights may come back as floats (equal).
    assert {
        (s, t): {k: v for k, v in d.items() if k != "id"} for s, t, d in back.edges(data=True)
    } == {(s, t): d for s, t, d in flat.edges(data=True)}
    assert back.graph.get("view", graph.graph["view"]) == graph.graph["view"]


def test_gephi_files_hold_typed_scalars_only(graph: nx.DiGraph) -> None:
    text = export.graphml(graph).decode()
    assert 'attr.name="pagerank" attr.type="double"' in text
    assert 'attr.name="community" attr.type="long"' in text
    assert ">None<" not in text
    flat = export.for_gephi(graph)
    values = [v for _, d in flat.nodes(data=True) for v in d.values()]
    values += [v for *_, d in flat.edges(data=True) for v in d.values()]
    assert all(isinstance(v, str | int | float) for v in values)


def test_galant_borsus_edge_survives_both_formats(corpus: Corpus, tmp_path: Path) -> None:
    graph = add_metrics(build(corpus, View.who_asks_whom, Filters()))
    for name, (write, read) in GEPHI_FORMATS.items():
        (tmp_path / name).write_bytes(write(graph))
        edge = read(tmp_path / name).edges[GALANT, BORSUS]
        assert (edge["weight"], edge["first_date"], edge["median_delay_days"]) == (
            1,
            "2023-01-16",
            17.0,
        )


def test_node_link_json_keeps_the_questions(graph: nx.DiGraph) -> None:
    data = json.loads(export.node_link(graph))
    back = nx.node_link_graph(data, edges="edges")
    assert set(back.edges) == set(graph.edges)
    some = next(iter(data["edges"]))
    assert some["questions"] and all(q.startswith("https://") for q in some["questions"])


def test_csv_tables(graph: nx.DiGraph) -> None:
    nodes = list(csv.DictReader(io.StringIO(export.node_table(graph).decode())))
    assert [row["id"] for row in nodes] == list(graph)
    assert {"pagerank", "community", "in_degree", "betweenness"} <= set(nodes[0])
    assert all(row["pagerank"] and row["community"].isdigit() for row in nodes)
    edges = list(csv.DictReader(io.StringIO(export.edge_table(graph).decode())))
    assert {(row["source"], row["target"]) for row in edges} == set(graph.edges)
    assert sum(int(row["weight"]) for row in edges) == graph.size(weight="weight")


def test_png_is_a_picture(corpus: Corpus) -> None:
    data = png(add_metrics(build(corpus, View.who_asks_whom, Filters())))
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000
