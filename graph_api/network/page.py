"""The interactive network page: one HTML file with its data, script, style and libraries inlined.

The same bytes work opened from disk with no network and served at GET /network; only the links
to the questions differ (the served page links to its own /id/… pages, the file to the IRIs).
The libraries (sigma.js, graphology) are copied into `static/vendor/` by `make assets`, with
their licences, and committed, so a user needs Python only.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx

from graph_api.network.build import Filters, View, build
from graph_api.network.colours import colour, palette
from graph_api.network.fetch import Corpus
from graph_api.network.metrics import add_metrics

STATIC = Path(__file__).parent / "static"
VENDOR = ("graphology.umd.min.js", "graphology-library.min.js", "sigma.min.js")
SCRIPTS = ("layout.js", "glide.js", "network.js")  # the page's own, in this order


def _href(iri: str, local_base: str | None, base: str) -> str:
    """The served page links a minted IRI to the service's own /id/… page."""
    if local_base is not None and iri.startswith(base):
        return local_base + iri[len(base) :]
    return iri


def view_data(graph: nx.DiGraph, index: dict[str, int]) -> dict[str, list[dict[str, Any]]]:
    nodes = [
        {
            "key": node,
            "label": data.get("label", node),
            "kind": data.get("kind", ""),
            "party": data.get("party", ""),
            "size": data.get("in_degree", 0) + data.get("out_degree", 0),
            "color": colour(data.get("kind", ""), data.get("party", "")),
        }
        for node, data in graph.nodes(data=True)
    ]
    edges = [
        {
            "source": source,
            "target": target,
            "weight": data["weight"],
            "questions": [index[question] for question in data["questions"]],
        }
        for source, target, data in graph.edges(data=True)
    ]
    return {"nodes": nodes, "edges": edges}


def page_data(
    corpus: Corpus,
    filters: Filters,
    default_view: View = View.who_asks_whom,
    *,
    base: str,
    local_base: str | None = None,
) -> dict[str, Any]:
    """Every view under the same filters (asks-about both ways) and the questions they share."""
    questions = sorted(
        {asking.question: asking for asking in corpus.askings}.values(), key=lambda a: a.question
    )
    index = {asking.question: number for number, asking in enumerate(questions)}
    askers: dict[str, set[str]] = {}
    for asking in corpus.askings:
        askers.setdefault(asking.question, set()).update(
            corpus.labels.get(party, party) for party in asking.asker_parties
        )
    views = {
        view.value: view_data(add_metrics(build(corpus, view, filters)), index) for view in View
    }
    if not filters.tripartite:
        tripartite = add_metrics(build(corpus, View.asks_about, replace(filters, tripartite=True)))
        views["asks-about (deputy → minister → entity)"] = view_data(tripartite, index)
    listed = [
        {
            "href": _href(asking.question, local_base, base),
            "reference": asking.reference,
            "title": asking.title,
            "date": asking.date,
            "session": asking.session,
            "parties": sorted(askers[asking.question]),
        }
        for asking in questions
    ]
    return content(views, listed, default_view.value)


def content(
    views: dict[str, dict[str, list[dict[str, Any]]]],
    questions: list[dict[str, Any]],
    default_view: str,
) -> dict[str, Any]:
    """What the page's script reads: the views (`view_data`), the questions their edges number,
    and what the page's own filters and legend offer."""
    parties = sorted({party for question in questions for party in question["parties"]})
    return {
        "defaultView": default_view,
        "views": views,
        "questions": questions,
        "sessions": sorted({question["session"] for question in questions if question["session"]}),
        "parties": parties,
        "legend": [
            *({"label": party, "color": colour("party", party)} for party in parties),
            *({"label": kind, "color": value} for kind, value in palette()["kinds"].items()),
        ],
    }


MARKER = re.compile(r"/\*(CSS|DATA|VENDOR|PAGE)\*/")
SCRIPT_END = re.compile(r"</(script)", re.IGNORECASE)


def _script(text: str) -> str:
    """Inline script text that cannot close its own element early (`<\\/` is `</` in JSON and in
    JavaScript strings)."""
    return SCRIPT_END.sub(r"<\\/\1", text)


@cache
def _static() -> dict[str, str]:
    """The template and what every page inlines, read once (the libraries are 0.5 MB)."""
    vendor = "\n;\n".join((STATIC / "vendor" / name).read_text(encoding="utf-8") for name in VENDOR)
    own = "\n".join((STATIC / name).read_text(encoding="utf-8") for name in SCRIPTS)
    return {
        "template": (STATIC / "network.html").read_text(encoding="utf-8"),
        "/*CSS*/": (STATIC / "network.css").read_text(encoding="utf-8"),
        "/*VENDOR*/": _script(vendor),
        "/*PAGE*/": _script(own),
    }


def render(data: dict[str, Any]) -> str:
    static = _static()
    parts = {**static, "/*DATA*/": _script(json.dumps(data, ensure_ascii=False))}
    # One pass: what is inserted is never searched for markers again.
    return MARKER.sub(lambda match: parts[match.group(0)], static["template"])
