"""`parlgraph network`: build a view of who asks whom about what and write it as a file."""

from __future__ import annotations

import sys
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import networkx as nx
import typer

from graph_api.commands.options import (
    EndpointOption,
    GraphStoreOption,
    StoreOption,
    UpdateOption,
    fail,
    open_repo,
)
from graph_api.network import export
from graph_api.network.build import ENTITY_KINDS, Filters, View, build
from graph_api.network.fetch import fetch, repo_select
from graph_api.network.metrics import add_metrics
from graph_api.network.page import page_data, render
from graph_api.network.timeline import SHIFT_COLUMNS, Period, per_period, shifts
from graph_api.repo.base import Repo
from graph_api.settings import Settings


class NetworkView(StrEnum):
    who_asks_whom = "who-asks-whom"
    asks_about = "asks-about"
    parties = "parties"
    shifts = "shifts"


class NetworkFormat(StrEnum):
    gexf = "gexf"
    graphml = "graphml"
    json = "json"
    csv = "csv"
    csv_edges = "csv-edges"
    html = "html"
    png = "png"


def png(graph: nx.DiGraph) -> bytes:
    """Imports matplotlib (0.6 s) only when a picture is asked for, not at every command."""
    from graph_api.network import picture

    return picture.png(graph)


WRITERS = {
    NetworkFormat.gexf: export.gexf,
    NetworkFormat.graphml: export.graphml,
    NetworkFormat.json: export.node_link,
    NetworkFormat.csv: export.node_table,
    NetworkFormat.csv_edges: export.edge_table,
    NetworkFormat.png: png,
}


def _day(value: str | None, option: str) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d")
    except ValueError:
        fail(f"{option}: not a date (YYYY-MM-DD): {value!r}")


def write_page(repo: Repo, path: Path) -> Path:
    """The standalone page with every view and no filter (what `make demo` writes)."""
    corpus = fetch(repo_select(repo))
    path.write_text(render(page_data(corpus, Filters(), base=Settings().base)), encoding="utf-8")
    return path


def network(
    store: StoreOption = None,
    endpoint: EndpointOption = None,
    update_endpoint: UpdateOption = None,
    graph_store: GraphStoreOption = None,
    view: Annotated[NetworkView, typer.Option("--view")] = NetworkView.who_asks_whom,
    format: Annotated[NetworkFormat, typer.Option("--format")] = NetworkFormat.gexf,
    output: Annotated[Path | None, typer.Option("-o", "--output")] = None,
    since: Annotated[str | None, typer.Option("--since", help="questions from this day")] = None,
    until: Annotated[str | None, typer.Option("--until", help="questions to this day")] = None,
    party: Annotated[str | None, typer.Option("--party", help="the asker's party")] = None,
    addressee: Annotated[
        str | None, typer.Option("--addressee", help="a minister or post: IRI or name")
    ] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option("--kind", help=f"entity kinds in asks-about: {', '.join(ENTITY_KINDS)}"),
    ] = None,
    by_post: Annotated[
        bool, typer.Option("--by-post", help="ministers as the posts they held")
    ] = False,
    tripartite: Annotated[
        bool, typer.Option("--tripartite", help="asks-about as deputy → minister → entity")
    ] = False,
    per: Annotated[
        Period | None, typer.Option("--per", help="one layer of edges per session or year")
    ] = None,
) -> None:
    """Who asks whom about what, with metrics: GEXF, GraphML, JSON, CSV, an HTML page or a PNG."""
    unknown = sorted(set(kind or []) - set(ENTITY_KINDS))
    if unknown:
        fail(f"--kind: unknown entity kind {', '.join(unknown)} (kinds: {', '.join(ENTITY_KINDS)})")
    start, end = _day(since, "--since"), _day(until, "--until")
    filters = Filters(
        since=start.date() if start else None,
        until=end.date() if end else None,
        party=party,
        addressee=addressee,
        kinds=frozenset(kind or []),
        by_post=by_post,
        tripartite=tripartite,
    )
    with open_repo(store, endpoint, update_endpoint, graph_store) as repo:
        corpus = fetch(repo_select(repo), filters.since, filters.until)
    if view is NetworkView.shifts:
        if format is not NetworkFormat.csv:
            fail("--view shifts is a table: use --format csv")
        data = export.table(SHIFT_COLUMNS, shifts(corpus, filters))
    elif format is NetworkFormat.html:
        if per is not None:
            fail("--per does not apply to the page (it has its own period filter)")
        content = page_data(corpus, filters, View(view.value), base=Settings().base)
        data = render(content).encode("utf-8")
    else:
        graph: nx.DiGraph = (
            per_period(corpus, View(view.value), filters, per)
            if per is not None
            else add_metrics(build(corpus, View(view.value), filters))
        )
        data = WRITERS[format](graph)
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        output.write_bytes(data)
