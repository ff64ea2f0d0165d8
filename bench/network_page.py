"""`make bench-network`: does the network page stay fluid with 2,000 nodes and 20,000 edges?

A synthetic graph of that size (seeded; deputies, ministers and entities, edges drawn with a
preference for busy nodes, as questions cluster on a few ministers and bodies) is written as the
standalone page and opened in headless Chromium (Debian's, software WebGL, no GPU). Measured:
the Python side (metrics, page writing), the time to the first drawn frame (data parsed, layout,
sigma set up), the frame time while the camera moves, and how long a filter change and a search
take to show. Medians over `--runs` page loads; figures go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import networkx as nx
from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph_api.network.metrics import add_metrics  # noqa: E402
from graph_api.network.page import content, render, view_data  # noqa: E402
from tests.browser import CHROMIUM, FLAGS  # noqa: E402

SESSIONS = [f"{year}-{year + 1}" for year in range(2014, 2024)]
PARTIES = ["MR", "PS", "ECOLO", "cdH", "PTB", "DéFI"]
KINDS = ["organisation", "site", "place", "programme", "project"]


def synthetic(nodes: int, edges: int, seed: int) -> tuple[nx.DiGraph, list[dict[str, Any]]]:
    """Deputies (8 %) and ministers (2 %) → entities, each edge backed by 1 to 3 questions."""
    rng = random.Random(seed)
    graph = nx.DiGraph(view="synthetic")
    deputies = [f"urn:deputy:{n}" for n in range(nodes * 8 // 100)]
    ministers = [f"urn:minister:{n}" for n in range(nodes * 2 // 100)]
    entities = [f"urn:entity:{n}" for n in range(nodes - len(deputies) - len(ministers))]
    for node in deputies:
        graph.add_node(node, label=f"Deputy {node[11:]}", kind="deputy", party=rng.choice(PARTIES))
    for node in ministers:
        graph.add_node(node, label=f"Minister {node[13:]}", kind="minister", party="")
    for node in entities:
        graph.add_node(node, label=f"Entity {node[11:]}", kind=rng.choice(KINDS), party="")
    sources = deputies + ministers
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(entities))]
    questions: list[dict[str, Any]] = []
    while graph.number_of_edges() < edges:
        source = rng.choice(sources)
        target = rng.choices(entities, weights)[0]
        if graph.has_edge(source, target):
            continue
        backing = []
        for _ in range(rng.randint(1, 3)):
            session = rng.choice(SESSIONS)
            backing.append(f"urn:question:{len(questions)}")
            questions.append(
                {
                    "href": backing[-1],
                    "reference": f"{len(questions)} ({session}) 1",
                    "title": "A synthetic question",
                    "date": session[:4] + "-10-01",
                    "session": session,
                    "parties": [party] if (party := graph.nodes[source]["party"]) else [],
                }
            )
        graph.add_edge(source, target, weight=len(backing), questions=tuple(backing))
    return graph, questions


def page_html(graph: nx.DiGraph, questions: list[dict[str, Any]]) -> str:
    index = {question["href"]: number for number, question in enumerate(questions)}
    return render(content({"synthetic": view_data(graph, index)}, questions, "synthetic"))


# Frames while the camera glides (as when the user drags or zooms: a large graph's edges are
# left out until it stops), and, for scale, frames of the same page when nothing is drawn.
MOVE_CAMERA = """async (milliseconds) => {
  const camera = window.parlgraph.renderer().getCamera();
  const stamps = [];
  let going = true;
  const tick = () => { stamps.push(performance.now()); if (going) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  await camera.animate({ angle: 1, ratio: 0.5 }, { duration: milliseconds });
  going = false;
  return stamps.slice(1).map((t, i) => t - stamps[i]);
}"""
IDLE_FRAMES = """async (frames) => {
  const stamps = [];
  for (let i = 0; i < frames; i++) {
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    stamps.push(performance.now());
  }
  return stamps.slice(1).map((t, i) => t - stamps[i]);
}"""
FULL_FRAME = """async (runs) => {
  const renderer = window.parlgraph.renderer();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    renderer.refresh();
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}"""
TIMED_CHANGE = """async ([selector, value]) => {
  const element = document.querySelector(selector);
  const started = performance.now();
  element.value = value;
  element.dispatchEvent(new Event(element.type === "search" ? "input" : "change"));
  await new Promise((resolve) => requestAnimationFrame(() => resolve()));
  return performance.now() - started;
}"""


def measure(page: Page, url: str, glide_ms: int) -> dict[str, float]:
    page.goto(url)
    page.wait_for_function("window.parlgraph && window.parlgraph.ready", timeout=300_000)
    shown = page.evaluate("window.parlgraph.shown()")
    idle: list[float] = page.evaluate(IDLE_FRAMES, 30)
    intervals: list[float] = page.evaluate(MOVE_CAMERA, glide_ms)
    return {
        "nodes": shown["nodes"],
        "edges": shown["edges"],
        "first_frame_ms": page.evaluate("window.parlgraph.readyAt"),
        "layout_ms": page.evaluate("window.parlgraph.layoutMs"),
        "idle_frame_ms": statistics.median(idle),
        "moving_frames": len(intervals),
        "moving_frame_median_ms": statistics.median(intervals),
        "moving_frame_p95_ms": sorted(intervals)[max(0, int(len(intervals) * 0.95) - 1)],
        "full_redraw_ms": page.evaluate(FULL_FRAME, 9),
        "filter_ms": page.evaluate(TIMED_CHANGE, ["#period", SESSIONS[3]]),
        "search_ms": page.evaluate(TIMED_CHANGE, ["#search", "entity 12"]),
    }


def load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--edges", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--runs", type=int, default=3, help="page loads (median; 3)")
    parser.add_argument("--glide", type=int, default=3000, help="camera glide in ms (3000)")
    options = parser.parse_args(argv)
    graph, questions = synthetic(options.nodes, options.edges, options.seed)
    started = time.perf_counter()
    add_metrics(graph)
    metrics_s = time.perf_counter() - started
    started = time.perf_counter()
    html = page_html(graph, questions)
    page_s = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "network.html"
        path.write_text(html, encoding="utf-8")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            runs = [measure(page, path.as_uri(), options.glide) for _ in range(options.runs)]
            browser.close()
    print(f"synthetic graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges,")
    print(f"  {len(questions)} questions; page {len(html) / 1e6:.1f} MB")
    print(f"metrics (Python): {metrics_s:.2f} s; page written in {page_s:.2f} s")
    print(f"median of {options.runs} page loads in headless Chromium; load average {load()}:")
    for key in runs[0]:
        print(f"  {key:16} {statistics.median(run[key] for run in runs):10.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
