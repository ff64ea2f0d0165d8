"""A network page large enough for the page's large-graph ways (over 5,000 edges), in Chromium:
the layout runs in a web worker after the first frame, a drag moves the last drawing as one
picture and sigma draws again once the drag is over, and the page keeps its behaviour."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from graph_api.network.page import content, render, view_data
from tests.browser import WatchedPage

EDGES = 6000


@pytest.fixture(scope="module")
def large_page(tmp_path_factory: pytest.TempPathFactory) -> str:
    """An invented graph: 60 askers, each linked to 100 of 400 targets, one question an edge."""
    rng = random.Random(10)
    graph = nx.DiGraph()
    askers = [f"urn:asker:{n}" for n in range(60)]
    targets = [f"urn:target:{n}" for n in range(400)]
    for node in askers:
        graph.add_node(node, label=f"Asker {node[10:]}", kind="deputy", party="MR")
    for node in targets:
        graph.add_node(node, label=f"Target {node[11:]}", kind="organisation")
    questions = []
    for source in askers:
        for target in rng.sample(targets, EDGES // len(askers)):
            session = rng.choice(["2021-2022", "2022-2023"])
            questions.append(
                {
                    "href": f"urn:question:{len(questions)}",
                    "reference": str(len(questions)),
                    "title": "An invented question",
                    "date": session[:4] + "-11-02",
                    "session": session,
                    "parties": ["MR"],
                }
            )
            graph.add_edge(source, target, weight=1, questions=(questions[-1]["href"],))
    index = {question["href"]: number for number, question in enumerate(questions)}
    path = tmp_path_factory.mktemp("large") / "network.html"
    path.write_text(render(content({"large": view_data(graph, index)}, questions, "large")))
    return path.as_uri()


def test_large_page_lays_out_after_its_first_frame(page: WatchedPage, large_page: str) -> None:
    tab = page.page
    tab.goto(large_page)
    tab.wait_for_function("window.parlgraph.ready", timeout=120_000)
    first, ended = tab.evaluate("[window.parlgraph.firstFrameAt, window.parlgraph.layoutEndedAt]")
    assert first < ended  # the graph was drawn before the layout ended: it ran in the worker
    assert tab.evaluate("window.parlgraph.shown()") == {"nodes": 460, "edges": EDGES}
    assert tab.inner_text("#layout-status") == "Laid out (ForceAtlas2, 300 iterations)."
    tab.fill("input[type=search]", "asker 17")
    assert tab.inner_text("#found").strip() == "Asker 17 (deputy)"
    tab.select_option("#period", "2022-2023")
    assert 0 < tab.evaluate("window.parlgraph.shown()")["edges"] < EDGES
    assert page.errors == []


def test_a_drag_moves_the_drawing_then_sigma_draws_again(
    page: WatchedPage, large_page: str
) -> None:
    tab = page.page
    tab.goto(large_page)
    tab.wait_for_function("window.parlgraph.ready", timeout=120_000)
    camera = "JSON.stringify(window.parlgraph.renderer().getCamera().getState())"
    before = tab.evaluate(camera)
    tab.mouse.move(900, 400)
    tab.mouse.down()
    for step in range(1, 11):
        tab.mouse.move(900 - 20 * step, 400 + 10 * step)
    gliding = tab.evaluate(
        "[document.getElementById('graph').classList.contains('gliding'),"
        " document.querySelector('.glide-picture').style.transform]"
    )
    tab.mouse.up()
    assert gliding[0]
    # Moved by the drag (regression: the picture once stayed put, mapped with sigma's old matrix).
    assert gliding[1].startswith("matrix(") and gliding[1] != "matrix(1, 0, 0, 1, 0, 0)"
    tab.wait_for_function("!document.getElementById('graph').classList.contains('gliding')")
    assert tab.evaluate(camera) != before
    assert tab.evaluate("window.parlgraph.shown()")["edges"] == EDGES
    assert page.errors == []


def test_lay_out_further_runs_the_layout_again(page: WatchedPage, large_page: str) -> None:
    tab = page.page
    tab.goto(large_page)
    tab.wait_for_function("window.parlgraph.ready", timeout=120_000)
    position = "JSON.stringify(window.parlgraph.renderer().getNodeDisplayData('urn:asker:3'))"
    before = tab.evaluate(position)
    tab.click("#relayout")
    tab.wait_for_function("window.parlgraph.ready", timeout=120_000)
    assert tab.evaluate(position) != before
    assert page.errors == []
