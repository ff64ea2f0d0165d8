"""`parlgraph serve`: the HTTP service over the embedded store, until Ctrl-C."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from graph_api.service.settings import ServiceSettings


def run_server(settings: ServiceSettings) -> None:
    """Open the store first (a store that cannot be opened is a one-line error), then serve."""
    # The web stack is imported here, not with the module: every `parlgraph` command imports
    # this one to register `serve`, and fastapi with uvicorn cost a third of a second.
    import uvicorn

    from graph_api.service.app import create_app, open_runner

    engine = open_runner(settings)
    sys.stdout.flush()
    app = create_app(settings, engine)
    print(
        f"parlgraph: serving {settings.store} on http://{settings.host}:{settings.port}/ "
        "(Ctrl-C to stop)",
        file=sys.stderr,
    )
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning")


def serve(
    store: Annotated[Path | None, typer.Option("--store", help="embedded store folder")] = None,
    host: Annotated[str | None, typer.Option("--host", help="address to listen on")] = None,
    port: Annotated[int | None, typer.Option("--port", help="port (default 8000)")] = None,
    query_deadline: Annotated[
        float | None, typer.Option("--query-deadline", help="seconds a query may run (30)")
    ] = None,
    body_limit: Annotated[
        int | None, typer.Option("--body-limit", help="largest request body in bytes (1 MiB)")
    ] = None,
    queries_in_flight: Annotated[
        int | None, typer.Option("--queries-in-flight", help="queries run at once (16)")
    ] = None,
    dumps_in_flight: Annotated[
        int | None, typer.Option("--dumps-in-flight", help="dumps sent at once (2)")
    ] = None,
    row_limit: Annotated[
        int | None, typer.Option("--row-limit", help="rows per answer (100000)")
    ] = None,
    query_workers: Annotated[
        int | None, typer.Option("--query-workers", help="processes running queries (4)")
    ] = None,
) -> None:
    """Serve the graph: SPARQL endpoint, named queries, entity pages, dumps, query editor."""
    given: dict[str, Any] = {
        "store": store,
        "host": host,
        "port": port,
        "query_deadline": query_deadline,
        "body_limit": body_limit,
        "queries_in_flight": queries_in_flight,
        "dumps_in_flight": dumps_in_flight,
        "row_limit": row_limit,
        "query_workers": query_workers,
    }
    run_server(ServiceSettings(**{key: value for key, value in given.items() if value is not None}))
