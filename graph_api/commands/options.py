"""What every command shares: exit codes, the one-line failure, the store options, the store.

Kept apart from `graph_api.cli` so that subcommands in modules of their own can use them without
importing the command line itself.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from graph_api.messages import one_line
from graph_api.repo.base import Repo
from graph_api.repo.embedded import EmbeddedRepo
from graph_api.settings import Settings


class ExitCode:
    OK = 0
    PROBLEMS = 1
    USAGE = 2


def fail(message: str, code: int = ExitCode.USAGE) -> NoReturn:
    """One line on stderr and the exit code, from inside a command."""
    print(f"parlgraph: error: {one_line(message)}", file=sys.stderr)
    raise typer.Exit(code)


StoreOption = Annotated[
    Path | None,
    typer.Option(
        "--store", help="embedded store folder (default ./parlgraph-data or $PARLGRAPH_STORE)"
    ),
]
EndpointOption = Annotated[
    str | None, typer.Option("--endpoint", help="a remote SPARQL 1.1 store's query URL")
]
UpdateOption = Annotated[
    str | None,
    typer.Option("--update-endpoint", help="its SPARQL Update URL (default: --endpoint)"),
]
GraphStoreOption = Annotated[
    str | None, typer.Option("--graph-store", help="its Graph Store Protocol URL, used for writes")
]


def store_dir(store: Path | None) -> Path:
    return store if store is not None else Settings().store


@contextmanager
def open_repo(
    store: Path | None,
    endpoint: str | None = None,
    update_endpoint: str | None = None,
    graph_store: str | None = None,
    *,
    write: bool = False,
    create: bool = False,
) -> Iterator[Repo]:
    """The store a command works on: read (a checkpoint), or written (`write`); only `create`
    (load, demo) makes an embedded store that does not exist."""
    if endpoint:
        from graph_api.repo.remote import RemoteRepo  # httpx, for --endpoint only

        repo: Repo = RemoteRepo(endpoint, update_endpoint or endpoint, graph_store)
    elif update_endpoint or graph_store:
        fail("--update-endpoint and --graph-store go with --endpoint (the store's query URL)")
    else:
        if not write:
            repo = EmbeddedRepo(store_dir(store), mode="read")
        else:
            repo = EmbeddedRepo(store_dir(store), mode="write" if create else "update")
    try:
        yield repo
    finally:
        repo.close()
