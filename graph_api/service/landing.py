"""The landing page: a SPARQL editor (CodeMirror, served from this package, nothing from a CDN)
with the named queries as examples, a Run button and the results as a sortable table."""

from __future__ import annotations

import json

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from graph_api.queries import DEFAULT_LIMIT, catalogue
from graph_api.service.named import find
from graph_api.service.pages import render, settings_of
from loaders.vocab import PREFIXES

router = APIRouter(tags=["pages"])
STARTER = """PREFIX pg: <https://w3id.org/parlgraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>

SELECT ?question ?title ?date WHERE {
  ?question a pg:WrittenQuestion ; dcterms:title ?title ; dcterms:date ?date .
}
ORDER BY DESC(?date)
LIMIT 100
"""


@router.get(
    "/", response_class=HTMLResponse, summary="Query editor; ?example=NAME opens a named query"
)
def landing(request: Request, example: str | None = None) -> HTMLResponse:
    text = find(example).paged_text(DEFAULT_LIMIT, 0) if example else STARTER
    examples = [
        {"name": name, "summary": named.summary, "text": named.paged_text(DEFAULT_LIMIT, 0)}
        for name, named in catalogue().items()
    ]
    config = {"base": settings_of(request).base, "prefixes": PREFIXES, "examples": examples}
    return render(
        "landing.html",
        query=text,
        example=example,
        examples=examples,
        config=json.dumps(config, ensure_ascii=False),
    )
