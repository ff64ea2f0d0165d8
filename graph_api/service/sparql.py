"""The SPARQL 1.1 Protocol at /sparql: queries by GET, urlencoded POST and direct POST; the
service description when a GET carries neither `query` nor `update`; updates refused (403).

Request errors follow the protocol's test names: a second `query` (bad_multiple_queries), a POST
of another media type (bad_query_wrong_media_type, 415), a POST without one
(bad_query_missing_*_type, 400), a body or charset that is not UTF-8 (bad_query_non_utf8, 400).
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import parse_qsl

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from graph_api.service import conneg
from graph_api.service.description import service_description
from graph_api.service.errors import (
    BadRequest,
    BodyTooLarge,
    NotAcceptable,
    UnsupportedMediaType,
)
from graph_api.service.pages import choose, engine_of, rdf_bytes, settings_of
from graph_api.service.runner import QueryRunner, RunResult
from graph_api.service.sparql_text import has_relative_iri
from graph_api.sparql_guard import QueryForm, UpdateRefused, query_form

router = APIRouter(tags=["SPARQL"])
FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"
READ_ONLY = "this endpoint is read-only: SPARQL Update is refused"
SPARQL_RESPONSES: dict[int | str, dict[str, object]] = {
    200: {
        "description": "SELECT and ASK answers as SPARQL results (JSON, XML, CSV, TSV); "
        "CONSTRUCT and DESCRIBE as RDF (Turtle, JSON-LD, N-Triples, RDF/XML); without a "
        "query, the service description",
        "content": {media: {} for media in (*conneg.RESULT_TYPES, *conneg.GRAPH_TYPES)},
    },
    400: {"description": "malformed query (the parser's message), SERVICE, several queries"},
    403: {"description": "any SPARQL Update"},
    406: {"description": "no acceptable answer format"},
    413: {"description": "body over the limit"},
    415: {"description": "a POST body that is neither a form nor application/sparql-query"},
    429: {"description": "too many queries in flight (see Retry-After)"},
    503: {"description": "the query ran over the deadline"},
}


async def read_body(request: Request, limit: int) -> bytes:
    """The body, refused past the limit even when no `Content-Length` announced it."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _utf8(body: bytes, charset: str | None) -> str:
    if charset is not None and charset.lower().replace("-", "") != "utf8":
        raise BadRequest(f"the body must be UTF-8, not {charset}")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequest("the body is not valid UTF-8") from None


def _media_type(header: str | None) -> tuple[str, str | None]:
    """The media type of a `Content-Type` header and its charset parameter."""
    media, *params = (part.strip() for part in (header or "").split(";"))
    charset = None
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"')
    return media.lower(), charset


async def _parameters(request: Request) -> list[tuple[str, str]]:
    """Every protocol parameter of the request: the URL's, plus a POST body's."""
    parameters = list(request.query_params.multi_items())
    if request.method != "POST":
        return parameters
    body = await read_body(request, settings_of(request).body_limit)
    media, charset = _media_type(request.headers.get("content-type"))
    if media == FORM:
        return parameters + parse_qsl(_utf8(body, charset), keep_blank_values=True)
    if media == SPARQL_QUERY:
        return [*parameters, ("query", _utf8(body, charset))]
    if media == SPARQL_UPDATE:
        raise UpdateRefused(READ_ONLY)
    if not media:
        raise BadRequest(f"a POST needs a Content-Type: {FORM} or {SPARQL_QUERY}")
    raise UnsupportedMediaType(f"a POST body is {FORM} or {SPARQL_QUERY}, not {media}")


TRUNCATED = "X-Parlgraph-Truncated"


def answered(result: RunResult) -> Response:
    """The runner's answer; when the row limit cut it, a header says at how many rows."""
    headers = {TRUNCATED: str(result.rows)} if result.truncated else {}
    return Response(result.body, media_type=result.media_type, headers=headers)


def answer(
    engine: QueryRunner,
    endpoint: str,
    query: str,
    accept: str | None,
    default_graph_uris: Sequence[str],
    named_graph_uris: Sequence[str],
) -> Response:
    """Negotiate the format by the query's form, then run it (in the threadpool). Relative IRIs
    resolve against the endpoint's URL: a BASE put before the query's own prologue (on its first
    line, so the parser's line numbers still match the user's text), only when one is needed."""
    form = query_form(query)
    if form is QueryForm.UPDATE:
        raise UpdateRefused(READ_ONLY)
    offered = conneg.GRAPH_TYPES if form is not None and form.gives_graph else conneg.RESULT_TYPES
    media_type = conneg.negotiate(accept, offered)
    if media_type is None:
        raise NotAcceptable(offered)
    if has_relative_iri(query):
        query = f"BASE <{endpoint}> {query}"
    result = engine.run(
        query,
        media_type,
        default_graph_uris=default_graph_uris,
        named_graph_uris=named_graph_uris,
    )
    return answered(result)


@router.api_route(
    "/sparql",
    methods=["GET", "POST"],
    summary="SPARQL 1.1 Protocol endpoint (read-only)",
    responses=SPARQL_RESPONSES,
)
@router.api_route("/sparql/", methods=["GET", "POST"], include_in_schema=False)
async def sparql(request: Request) -> Response:
    """`query=` by GET or urlencoded POST, or the query as an `application/sparql-query` body;
    `default-graph-uri` and `named-graph-uri` name the store's own graphs (an unknown one is an
    empty graph; nothing is fetched). With neither `query` nor `update`: the service
    description."""
    parameters = await _parameters(request)
    queries = [value for name, value in parameters if name == "query"]
    if any(name == "update" for name, _ in parameters):
        raise UpdateRefused(READ_ONLY)
    if len(queries) > 1:
        raise BadRequest("one query per request: the request has several 'query' parameters")
    if not queries:
        if request.method == "POST":
            raise BadRequest("the POST carries no query")
        media_type = choose(request, conneg.GRAPH_TYPES)
        description = service_description(str(request.base_url), settings_of(request))
        return Response(rdf_bytes(description, media_type), media_type=media_type)
    return await run_in_threadpool(
        answer,
        engine_of(request),
        f"{request.base_url}sparql",
        queries[0],
        request.headers.get("accept"),
        [value for name, value in parameters if name == "default-graph-uri"],
        [value for name, value in parameters if name == "named-graph-uri"],
    )
