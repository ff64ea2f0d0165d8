"""The named queries over HTTP: the catalogue at /queries (JSON or HTML) and each query at
/queries/{name}, its query-string parameters checked and bound as typed values."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from pyoxigraph import NamedNode, QueryResultsFormat, QuerySolutions, parse_query_results

from graph_api.queries import DEFAULT_LIMIT, NamedQuery, QueryParameterError, catalogue
from graph_api.repo.base import bind_values
from graph_api.service import conneg
from graph_api.service.errors import BadRequest, NotFound
from graph_api.service.pages import choose, engine_of, local_href, render, settings_of
from graph_api.service.sparql import answered
from graph_api.sparql_guard import query_form

router = APIRouter(tags=["named queries"])


def describe(named: NamedQuery) -> dict[str, Any]:
    return {
        "name": named.name,
        "summary": named.summary,
        "description": named.description,
        "parameters": [
            {"name": p.name, "type": p.type, "description": p.description, "default": p.default}
            for p in named.parameters
        ]
        + [
            {
                "name": "limit",
                "type": "xsd:integer",
                "description": "rows per page",
                "default": str(DEFAULT_LIMIT),
            },
            {
                "name": "offset",
                "type": "xsd:integer",
                "description": "rows skipped",
                "default": "0",
            },
        ],
        "example": named.example,
        "url": f"/queries/{named.name}",
        "editor": f"/?example={named.name}",
    }


def find(name: str) -> NamedQuery:
    named = catalogue().get(name)
    if named is None:
        raise NotFound(f"no named query '{name}' (named queries: {', '.join(catalogue())})")
    return named


@router.get("/queries", summary="The catalogue of named queries (JSON or HTML)")
def queries(request: Request) -> Response:
    entries = [describe(named) for named in catalogue().values()]
    if choose(request, (conneg.JSON, conneg.HTML)) == conneg.JSON:
        return JSONResponse(entries)
    return render("queries.html", queries=entries)


@router.get(
    "/queries/{name}",
    summary="Run a named query with typed query-string parameters (plus limit and offset)",
    responses={
        200: {"content": {m: {} for m in (*conneg.RESULT_TYPES, conneg.HTML)}},
        400: {"description": "a bad parameter, named"},
        404: {"description": "no such query"},
    },
)
def run_named(request: Request, name: str) -> Response:
    named = find(name)
    values: dict[str, str] = {}
    for key, value in request.query_params.multi_items():
        if key in values:
            raise BadRequest(f"{key}: given more than once")
        values[key] = value
    try:
        text, bindings = named.prepare(values)
    except QueryParameterError as error:
        raise BadRequest(str(error)) from None
    form = query_form(named.text)
    offered = conneg.GRAPH_TYPES if form is not None and form.gives_graph else conneg.RESULT_TYPES
    media_type = choose(request, (*offered, conneg.HTML))
    query = bind_values(text, bindings)
    if media_type != conneg.HTML:
        return answered(engine_of(request).run(query, media_type))
    answer = engine_of(request).run(query, conneg.RESULTS_JSON)
    solutions = parse_query_results(answer.body, format=QueryResultsFormat.JSON)
    columns: list[str] = []
    rows: list[list[tuple[str, str | None]]] = []
    if isinstance(solutions, QuerySolutions):
        columns = [variable.value for variable in solutions.variables]
        base = settings_of(request).base
        for solution in solutions:
            cells: list[tuple[str, str | None]] = []
            for column in columns:
                term = solution[column]
                text_value = "" if term is None else term.value
                href = local_href(term.value, base) if isinstance(term, NamedNode) else None
                cells.append((text_value, href))
            rows.append(cells)
    return render("named.html", query=describe(named), values=values, columns=columns, rows=rows)
