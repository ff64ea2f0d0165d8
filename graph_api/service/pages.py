"""What the routes share: the engine and settings of the running app, SELECT rows as Python
values, local links for the graph's own IRIs, and the HTML templates."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    QueryResultsFormat,
    QuerySolutions,
    parse_query_results,
)
from rdflib import Graph

from graph_api.repo.base import Term, bind_values
from graph_api.service import conneg
from graph_api.service.errors import NotAcceptable
from graph_api.service.runner import QueryRunner
from graph_api.service.settings import ServiceSettings

HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"
TEMPLATES = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)
RDFLIB_FORMATS = {
    conneg.TURTLE: "turtle",
    conneg.JSON_LD: "json-ld",
    conneg.N_TRIPLES: "nt",
    conneg.RDF_XML: "xml",
}


def engine_of(request: Request) -> QueryRunner:
    """The app's query runner: every query of every route runs through it."""
    engine: QueryRunner = request.app.state.engine
    return engine


def settings_of(request: Request) -> ServiceSettings:
    settings: ServiceSettings = request.app.state.settings
    return settings


def choose(request: Request, offered: tuple[str, ...]) -> str:
    """The offered type the request's `Accept` prefers; 406 when it accepts none."""
    chosen = conneg.negotiate(request.headers.get("accept"), offered)
    if chosen is None:
        raise NotAcceptable(offered)
    return chosen


Row = dict[str, NamedNode | BlankNode | Literal]


def select(
    engine: QueryRunner, query: str, bindings: Mapping[str, Term] | None = None
) -> list[Row]:
    """A SELECT's rows, run through the engine like any other query."""
    answer = engine.run(bind_values(query, bindings or {}), conneg.RESULTS_JSON)
    solutions = parse_query_results(answer.body, format=QueryResultsFormat.JSON)
    assert isinstance(solutions, QuerySolutions)
    names = [variable.value for variable in solutions.variables]
    rows = []
    for solution in solutions:
        row: Row = {}
        for name in names:
            term = solution[name]
            if isinstance(term, NamedNode | BlankNode | Literal):
                row[name] = term
        rows.append(row)
    return rows


def local_href(iri: str, base: str) -> str:
    """Where a browser follows an IRI: the graph's own IRIs to this server's /id/ pages."""
    return "/" + iri[len(base) :] if iri.startswith(base + "id/") else iri


def render(template: str, **context: Any) -> HTMLResponse:
    return HTMLResponse(TEMPLATES.get_template(template).render(**context))


def rdf_bytes(graph: Graph, media_type: str) -> bytes:
    data = graph.serialize(format=RDFLIB_FORMATS[media_type])
    return data.encode("utf-8") if isinstance(data, str) else data
