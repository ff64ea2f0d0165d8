"""The HTTP service (`parlgraph serve`): one FastAPI app, its routers, limits and error pages.

Routes that run queries hand the work to the threadpool (plain `def` routes or
`run_in_threadpool`), never to the event loop, so one heavy query does not stall the others.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import PlainTextResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from graph_api.network import routes as network_routes
from graph_api.service import landing, meta, named, resources, sparql
from graph_api.service.errors import ServiceError, StoreUnreadable
from graph_api.service.middleware import BodyLimit, HeadAsGet, VaryOnAccept
from graph_api.service.pages import STATIC_DIR
from graph_api.service.runner import (
    InvalidGraphUri,
    MediaTypeMismatch,
    QueryFailed,
    QueryRefused,
    QueryRunner,
    QuerySyntaxError,
    QueryTimeout,
    RunnerLimits,
    ServerBusy,
    UpdateRefused,
)
from graph_api.service.settings import ServiceSettings
from graph_api.service.sparql import TRUNCATED

LOG = logging.getLogger("parlgraph.service")
# The runner's errors and their HTTP status (CONTRACT.md, HTTP errors).
RUNNER_ERRORS: dict[type[Exception], int] = {
    QuerySyntaxError: 400,
    InvalidGraphUri: 400,
    QueryRefused: 400,
    UpdateRefused: 403,
    MediaTypeMismatch: 406,
    ServerBusy: 429,
    QueryFailed: 500,
    QueryTimeout: 503,
}
# Every router of the service; the network pages' router (graph_api/network/) joins this tuple.
ROUTERS = (
    sparql.router,
    named.router,
    resources.router,
    meta.router,
    landing.router,
    network_routes.router,
)


def _plain(status: int, message: str, headers: dict[str, str] | None = None) -> PlainTextResponse:
    return PlainTextResponse(" ".join(message.split()) + "\n", status_code=status, headers=headers)


def _install_error_pages(app: FastAPI) -> None:
    """Every error is one plain line: its reason, never a traceback or a server path."""

    async def service_error(_: Request, error: Exception) -> PlainTextResponse:
        assert isinstance(error, ServiceError)
        return _plain(error.status, error.message, error.headers)

    async def http_error(_: Request, error: Exception) -> PlainTextResponse:
        assert isinstance(error, HTTPException)
        return _plain(error.status_code, str(error.detail), dict(error.headers or {}))

    async def invalid(_: Request, error: Exception) -> PlainTextResponse:
        assert isinstance(error, RequestValidationError)
        problems = [
            f"{'.'.join(str(part) for part in item['loc'][1:])}: {item['msg']}"
            for item in error.errors()
        ]
        return _plain(400, "bad parameter: " + "; ".join(problems))

    async def internal(_: Request, __: Exception) -> PlainTextResponse:
        return _plain(500, "internal error")

    async def runner_error(_: Request, error: Exception) -> PlainTextResponse:
        status = RUNNER_ERRORS[type(error)]
        headers = {"Retry-After": str(error.retry_after)} if isinstance(error, ServerBusy) else {}
        message = f"malformed query: {error}" if isinstance(error, QuerySyntaxError) else str(error)
        if isinstance(error, QueryFailed):  # its reason may name the store's path: log it only
            LOG.error("query failed: %s", error)
            message = StoreUnreadable().message
        return _plain(status, message, headers)

    app.add_exception_handler(ServiceError, service_error)
    for error_class in RUNNER_ERRORS:
        app.add_exception_handler(error_class, runner_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(Exception, internal)


def runner_limits(settings: ServiceSettings) -> RunnerLimits:
    """The runner's limits as the service's settings give them."""
    return RunnerLimits(
        deadline_s=settings.query_deadline,
        max_rows=settings.row_limit,
        max_in_flight=settings.queries_in_flight,
        workers=settings.query_workers,
        retry_after_s=settings.retry_after,
    )


def open_runner(settings: ServiceSettings) -> QueryRunner:
    """The query runner with the service's limits, its workers started and ready."""
    return QueryRunner(settings.store, runner_limits(settings))


def create_app(settings: ServiceSettings, engine: QueryRunner) -> FastAPI:
    """The app over one query runner, closed when the app stops; `serve` opens the runner first
    so a store it cannot open is a one-line error rather than a failed start-up."""

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            engine.close()

    app = FastAPI(
        title="parlgraph",
        summary="Parliamentary written questions as an RDF knowledge graph: SPARQL 1.1 Protocol, "
        "named queries, linked-data pages and dumps.",
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.dump_slots = threading.BoundedSemaphore(settings.dumps_in_flight)
    _install_error_pages(app)
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    # The last added is the outermost: CORS headers go on every answer, a 413 included.
    app.add_middleware(HeadAsGet)
    app.add_middleware(VaryOnAccept)
    app.add_middleware(BodyLimit, limit=settings.body_limit)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_credentials=False,
        allow_methods=["GET", "HEAD", "POST", "OPTIONS"],
        allow_headers=["*"],
        expose_headers=["Retry-After", "Content-Disposition", TRUNCATED],
    )
    return app
