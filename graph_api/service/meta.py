"""The dataset's description (/.well-known/void), its dumps (/dump.*), liveness (/healthz) and
the API's own documentation (/docs, /openapi.json), served without any outside asset."""

from __future__ import annotations

import logging
import threading
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse, StreamingResponse
from pyoxigraph import Literal
from starlette.background import BackgroundTask

import loaders.sources
from graph_api.repo.base import RepoError
from graph_api.service import conneg
from graph_api.service.description import DUMPS, void_description
from graph_api.service.dumps import Slot, open_store_dump
from graph_api.service.errors import NotFound, StoreUnreadable, TooManyDumps
from graph_api.service.pages import choose, engine_of, rdf_bytes, render, select, settings_of
from graph_api.stats import COUNT_QUERY, TRIPLES_QUERY

router = APIRouter()
LOG = logging.getLogger("parlgraph.service")
CLASS_COUNTS = """
SELECT ?class (COUNT(DISTINCT ?entity) AS ?entities)
WHERE { ?entity a ?class } GROUP BY ?class ORDER BY ?class
"""


@cache
def sources_rights() -> str:
    """What each source says of its licence (`loaders/sources/*/source.yml`)."""
    statements = []
    for path in sorted(Path(loaders.sources.__file__).parent.glob("*/source.yml")):
        meta = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if meta.get("licence"):
            statements.append(f"{meta.get('parliament', path.parent.name)}: {meta['licence']}")
    return " ".join(statements)


def _integer(term: object) -> int:
    return int(term.value) if isinstance(term, Literal) else 0


@router.get(
    "/.well-known/void", summary="VoID and DCAT description of the dataset", tags=["dataset"]
)
def void(request: Request) -> Response:
    media_type = choose(request, conneg.GRAPH_TYPES)
    engine = engine_of(request)
    counts = {
        name: _integer(value)
        for query in (COUNT_QUERY, TRIPLES_QUERY)
        for row in select(engine, query)[:1]
        for name, value in row.items()
    }
    classes = {
        row["class"].value: _integer(row.get("entities"))
        for row in select(engine, CLASS_COUNTS)
        if "class" in row
    }
    graph = void_description(
        str(request.base_url), settings_of(request), counts, classes, sources_rights()
    )
    return Response(rdf_bytes(graph, media_type), media_type=media_type)


@router.get(
    "/dump.{extension}",
    summary="The whole graph, as `parlgraph export` writes it",
    description="ttl, nt, rdf: the union of the graphs; nq, trig, jsonld: one named graph per "
    "document.",
    tags=["dataset"],
)
def dump(request: Request, extension: str) -> Response:
    if extension not in DUMPS:
        raise NotFound(f"no dump as .{extension} (dumps: {', '.join(DUMPS)})")
    format_name, media_type = DUMPS[extension]
    disposition = f'attachment; filename="parlgraph.{extension}"'
    settings = settings_of(request)
    slots: threading.BoundedSemaphore = request.app.state.dump_slots
    if not slots.acquire(blocking=False):
        raise TooManyDumps(settings.dumps_in_flight, settings.retry_after)
    slot = Slot(slots)
    try:
        pieces = open_store_dump(settings.store, format_name, slot)
    except (RepoError, OSError) as error:
        LOG.error("dump: %s", error)
        raise StoreUnreadable from None
    return StreamingResponse(
        pieces,
        media_type=media_type,
        headers={"Content-Disposition": disposition},
        background=BackgroundTask(slot.release),
    )


@router.get("/healthz", summary="Liveness", tags=["service"])
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get(
    "/docs", summary="This API's documentation (HTML, or OpenAPI JSON by Accept)", tags=["service"]
)
def docs(request: Request) -> Response:
    schema: dict[str, Any] = request.app.openapi()
    if choose(request, (conneg.HTML, conneg.JSON)) == conneg.JSON:
        return JSONResponse(schema)
    operations = [
        {
            "method": method.upper(),
            "path": path,
            "summary": operation.get("summary", ""),
            "description": operation.get("description", ""),
            "parameters": operation.get("parameters", []),
        }
        for path, item in schema.get("paths", {}).items()
        for method, operation in item.items()
    ]
    page: HTMLResponse = render(
        "docs.html",
        title=schema["info"]["title"],
        summary=schema["info"].get("summary", ""),
        operations=operations,
    )
    return page
