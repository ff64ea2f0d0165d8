"""The `parlgraph` command line: machine-readable output on stdout, progress and errors on stderr.

Exit codes: 0 success; 1 the work ran and found problems (rejected documents, SHACL violations);
2 usage or environment error. Errors are one line, never a traceback.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from pyoxigraph import NamedNode
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from graph_api import export as exporting
from graph_api.commands.options import (
    EndpointOption,
    ExitCode,
    GraphStoreOption,
    StoreOption,
    UpdateOption,
    fail,
    open_repo,
    store_dir,
)
from graph_api.commands.parse import parse
from graph_api.formats import FormatError, write_result
from graph_api.messages import one_line
from graph_api.network.cli import network, write_page
from graph_api.pipeline import Loader, expand_inputs
from graph_api.queries import NamedQueryFileError, QueryParameterError, catalogue
from graph_api.repo.base import RepoError
from graph_api.service.command import run_server, serve
from graph_api.service.settings import ServiceSettings
from graph_api.settings import Settings
from graph_api.sparql_guard import QueryRefused, UpdateRefused, refuse_unsafe
from graph_api.stats import store_stats
from graph_api.validation import validate_store
from loaders.errors import LoaderError
from loaders.sources.walloon import SAMPLE_DIR

app = typer.Typer(
    name="parlgraph",
    help="Parliamentary questions as a validated RDF knowledge graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command()(parse)
app.command()(serve)
stderr = Console(stderr=True)
PROGRESS_THRESHOLD = 5


def _graph_iri(value: str | None) -> str | None:
    """`--graph` names a graph by an absolute IRI; anything else is a usage error."""
    if value is not None:
        try:
            NamedNode(value)
        except ValueError as error:
            raise typer.BadParameter(f"not an absolute IRI: {value!r} ({error})") from None
    return value


class LoadFormat(StrEnum):
    text = "text"
    json = "json"


@app.command()
def load(
    paths: Annotated[list[str], typer.Argument(help="files, folders or globs")],
    store: StoreOption = None,
    endpoint: EndpointOption = None,
    update_endpoint: UpdateOption = None,
    graph_store: GraphStoreOption = None,
    graph: Annotated[
        str | None,
        typer.Option(
            "--graph", help="load plain Turtle or N-Triples into this graph", callback=_graph_iri
        ),
    ] = None,
) -> None:
    """Load documents: each is read, mapped, SHACL-validated, then swapped in as one graph."""
    files, missing = expand_inputs(paths, raw_rdf=graph is not None)
    if not files:
        fail(f"nothing to load: no such file or folder: {', '.join(missing) or ' '.join(paths)}")
    for argument in missing:
        print(f"parlgraph: no such file or folder: {one_line(argument)}", file=sys.stderr)
    with open_repo(store, endpoint, update_endpoint, graph_store, write=True, create=True) as repo:
        if graph is not None:
            loaded = exporting.load_raw_rdf(repo, files, graph)
            print(f"{loaded} triples loaded into <{graph}>")
            raise typer.Exit(ExitCode.PROBLEMS if missing else ExitCode.OK)
        loader = Loader(repo, store_dir(store))
        with _progress(len(files), "loading") as advance:
            report = loader.load_all(files, progress=lambda _path: advance())
    for line in report.problems():
        print(line, file=sys.stderr)
    print(report.summary())
    raise typer.Exit(ExitCode.PROBLEMS if report.problems() or missing else ExitCode.OK)


@contextmanager
def _progress(total: int, label: str) -> Iterator[Callable[[], None]]:
    """A progress bar on stderr for more than a few files; nothing for a handful."""
    if total <= PROGRESS_THRESHOLD:
        yield lambda: None
        return
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=stderr, transient=True) as progress:
        task = progress.add_task(label, total=total)
        yield lambda: progress.advance(task)


class ValidateFormat(StrEnum):
    text = "text"
    turtle = "turtle"
    json = "json"


@app.command()
def validate(
    store: StoreOption = None,
    endpoint: EndpointOption = None,
    update_endpoint: UpdateOption = None,
    graph_store: GraphStoreOption = None,
    format: Annotated[ValidateFormat, typer.Option("--format")] = ValidateFormat.text,
) -> None:
    """SHACL-validate every document graph in the store."""
    with open_repo(store, endpoint, update_endpoint, graph_store) as repo:
        result = validate_store(repo)
    if format is ValidateFormat.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    elif format is ValidateFormat.turtle:
        print(result.report_turtle())
    else:
        print(result.summary())
        if result.fix():
            print(result.fix())
        for message in result.messages:
            print(message)
    raise typer.Exit(ExitCode.OK if result.conforms else ExitCode.PROBLEMS)


class QueryFormat(StrEnum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    xml = "xml"
    ttl = "ttl"
    jsonld = "jsonld"
    nt = "nt"
    rdfxml = "rdfxml"


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="a named query, a .rq file, or - for stdin")],
    store: StoreOption = None,
    endpoint: EndpointOption = None,
    update_endpoint: UpdateOption = None,
    graph_store: GraphStoreOption = None,
    param: Annotated[
        list[str] | None, typer.Option("--param", help="K=V, bound as a typed value")
    ] = None,
    format: Annotated[QueryFormat | None, typer.Option("--format")] = None,
) -> None:
    """Run a named query, a query file or a query on stdin."""
    values = dict(_key_value(item) for item in param or [])
    named = catalogue().get(name)
    if named is not None:
        text, bindings = named.prepare(values)
    elif name == "-":
        text, bindings = sys.stdin.read(), {}
    elif Path(name).is_file():
        text, bindings = Path(name).read_text(encoding="utf-8"), {}
    else:
        fail(f"no named query or file '{name}' (named queries: {', '.join(catalogue())})")
    if values and named is None:
        fail("--param applies to named queries only")
    try:
        refuse_unsafe(text)
    except (QueryRefused, UpdateRefused) as error:
        fail(str(error))
    chosen = format.value if format else ("table" if sys.stdout.isatty() else "csv")
    with open_repo(store, endpoint, update_endpoint, graph_store) as repo:
        try:
            result = repo.query(text, bindings)
        except SyntaxError as error:
            fail(f"malformed query: {' '.join(str(error).split())}")
        sys.stdout.buffer.write(write_result(result, chosen))
    sys.stdout.flush()


def _key_value(item: str) -> tuple[str, str]:
    key, separator, value = item.partition("=")
    if not separator or not key:
        fail(f"--param takes K=V, not {item!r}")
    return key, value


class ExportFormat(StrEnum):
    ttl = "ttl"
    nt = "nt"
    nq = "nq"
    trig = "trig"
    jsonld = "jsonld"
    rdfxml = "rdfxml"


@app.command()
def export(
    store: StoreOption = None,
    endpoint: EndpointOption = None,
    update_endpoint: UpdateOption = None,
    graph_store: GraphStoreOption = None,
    format: Annotated[ExportFormat, typer.Option("--format")] = ExportFormat.ttl,
    output: Annotated[Path | None, typer.Option("-o", "--output")] = None,
    graph: Annotated[
        str | None, typer.Option("--graph", help="one named graph only", callback=_graph_iri)
    ] = None,
) -> None:
    """Dump the graph: ttl, nt, rdfxml give the union; nq, trig keep one graph per document."""
    with open_repo(store, endpoint, update_endpoint, graph_store) as repo:
        if graph is not None and graph not in repo.graph_names():
            fail(f"no graph <{graph}> in the store (`parlgraph stats` counts its graphs)")
        data = exporting.dump(repo, format.value, graph)
    if output is None:
        sys.stdout.buffer.write(data)
    else:
        output.write_bytes(data)


class StatsFormat(StrEnum):
    text = "text"
    json = "json"


@app.command()
def stats(
    store: StoreOption = None,
    endpoint: EndpointOption = None,
    update_endpoint: UpdateOption = None,
    graph_store: GraphStoreOption = None,
    format: Annotated[StatsFormat, typer.Option("--format")] = StatsFormat.text,
) -> None:
    """Counts of documents, questions, answers, persons, organisations, amounts and triples."""
    with open_repo(store, endpoint, update_endpoint, graph_store) as repo:
        counts = store_stats(repo)
    if format is StatsFormat.json:
        print(json.dumps(counts))
    else:
        width = max(map(len, counts))
        for key, value in counts.items():
            print(f"{key:<{width}}  {value}")


@app.command()
def push(
    endpoint: Annotated[str, typer.Option("--endpoint", help="the remote store's query URL")],
    update_endpoint: UpdateOption = None,
    graph_store: GraphStoreOption = None,
    store: StoreOption = None,
) -> None:
    """Copy the embedded store into a remote SPARQL 1.1 store, one named graph per document."""
    with (
        open_repo(store) as local,
        open_repo(None, endpoint, update_endpoint, graph_store) as remote,
    ):
        names = local.graph_names()
        with _progress(len(names), "pushing") as advance:
            for name in names:
                remote.replace_graph(name, list(local.triples(name)))
                advance()
    print(f"{len(names)} graphs pushed to {endpoint}")


@app.command()
def demo(
    no_serve: Annotated[bool, typer.Option("--no-serve", help="stop after the summary")] = False,
) -> None:
    """Load the bundled sample corpus into a fresh ./parlgraph-demo, validate it, summarise, then
    serve it on http://127.0.0.1:8000 until Ctrl-C (`--no-serve` stops after the summary)."""
    target = Settings().demo_store
    _recreate_demo_folder(target)
    files, _ = expand_inputs([str(SAMPLE_DIR)])
    with open_repo(target, write=True, create=True) as repo:
        report = Loader(repo, target).load_all(files)
        validation = validate_store(repo)
        counts = store_stats(repo)
        page = write_page(repo, target / "network.html")
    print(f"Demo store: {target}/  (sample corpus: {len(files)} pages)")
    print(f"Load: {report.summary()}")
    for line in report.problems():
        print(f"  {line}")
    print(f"Validation: {validation.summary()}")
    print("Graph: " + ", ".join(f"{value} {key}" for key, value in counts.items()))
    print(f"Network page: {page} (opens from disk)")
    print(f"Try: .venv/bin/parlgraph query who-asks-whom --store {target}")
    problems = bool(report.problems()) or not validation.conforms
    if not no_serve:
        run_server(ServiceSettings(store=target))
    if problems:
        raise typer.Exit(ExitCode.PROBLEMS)


DEMO_MARKER = ".made-by-parlgraph-demo"


def _recreate_demo_folder(target: Path) -> None:
    """Empty the demo store only if the demo made it (its marker file is there); any other
    folder of that name is the user's, and is left alone."""
    if target.is_symlink() or (target.exists() and not (target / DEMO_MARKER).is_file()):
        fail(f"{target} exists and was not made by `parlgraph demo`: nothing deleted; move it away")
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    (target / DEMO_MARKER).write_text(
        "Made by `parlgraph demo`, which deletes and recreates this folder on each run.\n",
        encoding="utf-8",
    )


app.command()(network)


def main() -> None:
    os.environ.setdefault("PARLGRAPH_BASE", Settings().base)
    try:
        # Not standalone: a usage error comes back here to be printed as one line, not a box.
        code = app(args=sys.argv[1:] or ["--help"], standalone_mode=False)
    except typer.TyperException as error:
        context = getattr(error, "ctx", None)
        where = context.command_path if context is not None else "parlgraph"
        _exit_with(f"{error.format_message()} (see {where} --help)", ExitCode.USAGE)
    except typer.Abort:
        _exit_with("interrupted", ExitCode.USAGE)
    except (RepoError, QueryParameterError, NamedQueryFileError, FormatError) as error:
        _exit_with(str(error), ExitCode.USAGE)
    except LoaderError as error:
        _exit_with(str(error), ExitCode.PROBLEMS)
    except OSError as error:
        _exit_with(f"{error.filename or ''} {error.strerror or error}".strip(), ExitCode.USAGE)
    sys.exit(code or ExitCode.OK)


def _exit_with(message: str, code: int) -> NoReturn:
    print(f"parlgraph: error: {one_line(message)}", file=sys.stderr)
    sys.exit(code)


from graph_api.commands import delete as _delete  # noqa: E402, F401 - registers `delete`
