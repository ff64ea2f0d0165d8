"""The network page in a real headless Chromium: the standalone file and the served page."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import networkx as nx
import pytest

from graph_api.network.build import Filters, View, build
from graph_api.network.colours import colour
from graph_api.network.fetch import Corpus
from graph_api.network.metrics import add_metrics
from graph_api.settings import Settings
from loaders.record import Record
from tests.browser import WatchedPage
from tests.graph_api.conftest import PARLGRAPH
from tests.graph_api.network.conftest import BORSUS, GALANT
from tests.graph_api.service.server import serving


@pytest.fixture(scope="module")
def standalone(sample_store: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("page") / "network.html"
    result = subprocess.run(
        [PARLGRAPH, "network", "--store", str(sample_store), "--format", "html", "-o", str(path)],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return path.as_uri()


@pytest.fixture(scope="module")
def server(sample_store: Path) -> Iterator[str]:
    """A real `parlgraph serve` on the sample store: the service app with the network router."""
    with serving(sample_store) as root:
        yield root


@pytest.fixture
def served(server: str) -> str:
    return server + "network"


def loaded(watched: WatchedPage, url: str) -> WatchedPage:
    watched.page.goto(url)
    watched.page.wait_for_function("window.parlgraph && window.parlgraph.ready", timeout=60_000)
    return watched


@pytest.mark.parametrize("where", ["standalone", "served"])
def test_page_draws_searches_and_filters(
    page: WatchedPage, request: pytest.FixtureRequest, where: str
) -> None:
    tab = loaded(page, request.getfixturevalue(where)).page
    shown = tab.evaluate("window.parlgraph.shown()")
    # who-asks-whom on the sample: 16 deputies put 16 questions to 10 ministers.
    assert shown == {"nodes": 26, "edges": 16}
    tab.fill("input[type=search]", "Borsus")
    assert tab.inner_text("#found").strip() == "Willy Borsus (minister)"
    tab.select_option("#period", "2023-2024")
    after = tab.evaluate("window.parlgraph.shown()")
    assert 0 < after["edges"] < shown["edges"]
    tab.click("#found li")
    links = tab.eval_on_selector_all("#questions a", "links => links.map(a => a.href)")
    assert links and all("/id/question/wallonia/2023-2024/" in link for link in links)
    tab.select_option("#party", "MR")
    assert tab.evaluate("window.parlgraph.shown()")["edges"] == 0  # no MR question in 2023-2024
    assert page.errors == [] and page.outside == []


def test_served_page_links_to_its_own_id_pages(
    page: WatchedPage, served: str, records: list[Record]
) -> None:
    tab = loaded(page, served).page
    tab.fill("input[type=search]", "galant")
    tab.click("#found li")
    href = tab.get_attribute("#questions a", "href")
    seed = next(r for r in records if r.reference == "292 (2022-2023) 1")
    assert seed.id and href == "/" + seed.id[len(Settings().base) :]
    tab.click("#questions a")
    tab.wait_for_url("**" + href)
    assert "Technocité" in tab.content()
    assert page.errors == []


def test_standalone_page_needs_nothing_from_the_network(page: WatchedPage, standalone: str) -> None:
    requested: list[str] = []
    page.page.on("request", lambda request: requested.append(request.url))
    loaded(page, standalone)
    assert requested == [standalone]
    assert page.errors == []


def test_asks_about_view_and_kind_filter(page: WatchedPage, standalone: str) -> None:
    tab = loaded(page, standalone).page
    tab.select_option("#view", "asks-about")
    before = tab.evaluate("window.parlgraph.shown()")
    tab.uncheck("#kinds input[value=place]")
    after = tab.evaluate("window.parlgraph.shown()")
    assert after["nodes"] < before["nodes"] and after["edges"] < before["edges"]
    tab.fill("input[type=search]", "technocit")
    assert "Technocité (organisation)" in tab.inner_text("#found")
    assert page.errors == []


def test_nodes_are_coloured_by_kind_and_party_and_sized_by_degree(
    page: WatchedPage, standalone: str, corpus: Corpus
) -> None:
    tab = loaded(page, standalone).page
    drawn = tab.evaluate(
        "() => { const r = window.parlgraph.renderer(); return Object.fromEntries("
        " r.getGraph().nodes().map((n) => [n, r.getNodeDisplayData(n)])); }"
    )
    graph = add_metrics(build(corpus, View.who_asks_whom, Filters()))
    for node, data in graph.nodes(data=True):
        assert drawn[node]["color"] == colour(data["kind"], data.get("party", "")), node
    degree = {node: d["in_degree"] + d["out_degree"] for node, d in graph.nodes(data=True)}
    for one in graph:
        for other in graph:
            if degree[one] > degree[other]:
                assert drawn[one]["size"] > drawn[other]["size"], (one, other)
    assert page.errors == []


def test_a_click_on_a_drawn_node_lists_its_questions(page: WatchedPage, standalone: str) -> None:
    tab = loaded(page, standalone).page
    box = tab.locator("#graph").bounding_box()
    assert box is not None
    at = tab.evaluate(
        "(node) => { const r = window.parlgraph.renderer();"
        " return r.graphToViewport(r.getGraph().getNodeAttributes(node)); }",
        BORSUS,
    )
    tab.mouse.click(box["x"] + at["x"], box["y"] + at["y"])
    assert tab.inner_text("#selected-title").startswith("Willy Borsus: ")
    assert tab.locator("#questions a").count() > 0
    assert page.errors == []


@pytest.mark.parametrize("extension", ["gexf", "graphml"])
def test_served_files_have_the_galant_borsus_edge(
    server: str, extension: str, tmp_path: Path
) -> None:
    answer = httpx.get(f"{server}network.{extension}", timeout=60)
    assert answer.status_code == 200
    path = tmp_path / f"network.{extension}"
    path.write_bytes(answer.content)
    graph = nx.read_gexf(path) if extension == "gexf" else nx.read_graphml(path)
    assert graph.edges[GALANT, BORSUS]["weight"] == 1


def test_served_json_follows_the_filters(server: str) -> None:
    whole = httpx.get(f"{server}network.json", timeout=60).json()
    borsus = httpx.get(
        f"{server}network.json", params={"addressee": "Willy Borsus"}, timeout=60
    ).json()
    assert 0 < len(borsus["edges"]) < len(whole["edges"])
    assert {edge["target"] for edge in borsus["edges"]} == {BORSUS}
    asks_about = httpx.get(
        f"{server}network.json", params={"view": "asks-about", "kind": "organisation"}, timeout=60
    ).json()
    assert {node["kind"] for node in asks_about["nodes"]} <= {"deputy", "minister", "organisation"}


def test_served_bad_parameters_are_one_line_400s(server: str) -> None:
    for params in ({"since": "2023-13-01"}, {"kind": "planet"}, {"view": "nothing"}):
        answer = httpx.get(f"{server}network.json", params=params, timeout=60)
        assert answer.status_code == 400, params
        assert answer.text.count("\n") == 1
    assert httpx.get(f"{server}network.pdf", timeout=60).status_code == 404


def test_the_page_lays_out_without_web_workers(page: WatchedPage, standalone: str) -> None:
    page.page.add_init_script("delete window.Worker;")
    tab = loaded(page, standalone).page
    assert tab.evaluate("window.parlgraph.shown()") == {"nodes": 26, "edges": 16}
    assert "ForceAtlas2, 300 iterations" in tab.inner_text("#layout-status")
    assert page.errors == []
