"""Sharp edges of the command line (issue 11): nothing leaves the machine, reading never creates
a store, every error is one line with exit 2, the demo deletes only its own folder."""

from __future__ import annotations

import json
import select
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, SH

from graph_api.queries import catalogue

if TYPE_CHECKING:
    from tests.graph_api.conftest import Cli

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, seed_path: Path, cli: Cli) -> str:
    folder = tmp_path_factory.mktemp("cli") / "store"
    loaded = cli.run("load", str(seed_path), "--store", str(folder))
    assert loaded.returncode == 0, loaded.stderr
    return str(folder)


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A port on loopback that records whether anything tried to connect."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        yield server


def connected(server: socket.socket) -> bool:
    readable, _, _ = select.select([server], [], [], 0.5)
    return bool(readable)


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
        "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    ],
)
def test_service_is_refused_before_the_query_runs(
    template: str, store: str, listener: socket.socket, cli: Cli, tmp_path: Path
) -> None:
    port = listener.getsockname()[1]
    query = tmp_path / "remote.rq"
    query.write_text(template.format(url=f"http://127.0.0.1:{port}/sparql"), encoding="utf-8")
    message = cli.usage_error("query", str(query), "--store", store, "--format", "csv")
    assert "SERVICE is refused" in message
    assert not connected(listener), "the query reached the network"


def test_an_update_is_not_a_query(store: str, cli: Cli, tmp_path: Path) -> None:
    update = tmp_path / "clear.rq"
    update.write_text("CLEAR ALL", encoding="utf-8")
    assert "Update is refused" in cli.usage_error("query", str(update), "--store", store)
    assert json.loads(cli.run("stats", "--store", store, "--format", "json").stdout)["questions"]


@pytest.mark.parametrize(
    "command",
    [
        ("query", "who-asks-whom"),
        ("export", "--format", "nt"),
        ("stats",),
        ("validate",),
        ("delete", "https://w3id.org/parlgraph/id/question/wallonia/2022-2023/292"),
    ],
)
def test_reading_a_missing_store_creates_nothing(
    command: tuple[str, ...], cli: Cli, tmp_path: Path
) -> None:
    typo = tmp_path / "typo-store"
    message = cli.usage_error(*command, "--store", str(typo))
    assert "no store at" in message
    assert not typo.exists()


def test_graph_options_take_absolute_iris(store: str, cli: Cli, tmp_path: Path) -> None:
    small = tmp_path / "small.ttl"
    small.write_text("<http://a.example/s> <http://a.example/p> 1 .\n", encoding="utf-8")
    scratch = str(tmp_path / "scratch")
    assert "--graph" in cli.usage_error(
        "load", str(small), "--graph", "not an iri", "--store", scratch
    )
    assert "--graph" in cli.usage_error("export", "--graph", "not an iri", "--store", store)


def test_export_of_an_unknown_graph_says_so(store: str, cli: Cli) -> None:
    message = cli.usage_error(
        "export", "--graph", "https://example.org/no-such-graph", "--store", store
    )
    assert "no graph <https://example.org/no-such-graph>" in message


@pytest.mark.parametrize(
    "args",
    [
        ("export", "--format", "xml"),
        ("stats", "--format", "yaml"),
        ("parse", "one.txt", "--format", "yaml"),
        ("no-such-command",),
        ("load",),
    ],
)
def test_usage_errors_are_one_line_not_a_box(args: tuple[str, ...], cli: Cli) -> None:
    message = cli.usage_error(*args)
    assert "╭" not in message and "--help" in message


def test_parse_of_something_that_is_not_a_readable_file(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    cli.usage_error("parse", str(tmp_path / "dangling.txt"))
    cli.usage_error("parse", str(tmp_path))


def test_a_file_name_with_a_line_break_keeps_errors_on_one_line(cli: Cli, tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "scan\nrejected: fake.txt").write_bytes(bytes(range(256)) * 40)
    store = tmp_path / "store"
    result = cli.run("load", str(pages), "--store", str(store))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("rejected: ")
    assert "scan\\nrejected: fake.txt" in result.stderr
    (reason,) = (store / "rejected").glob("*.reason")
    lines = reason.read_text(encoding="utf-8").splitlines()
    assert "scan\\nrejected: fake.txt" in lines[0]
    assert [line.split(":")[0] for line in lines[1:]] == ["source", "bytes", "sha256", "kept"]


def test_links_that_lead_nowhere_are_reported(seed_path: Path, cli: Cli, tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(seed_path, pages / "seed.txt")
    (pages / "loop.txt").symlink_to(pages / "loop.txt")
    (pages / "up").symlink_to(pages)
    result = cli.run("load", str(pages), "--store", str(tmp_path / "store"))
    assert result.returncode == 1
    assert result.stdout.startswith("1 loaded")
    assert "loop.txt (a link that leads nowhere)" in result.stderr
    assert "up (a link back to a folder it is in)" in result.stderr


def test_validate_writes_a_conforming_report(store: str, cli: Cli) -> None:
    result = cli.run("validate", "--store", store, "--format", "turtle")
    assert result.returncode == 0, result.stderr
    report = Graph().parse(data=result.stdout, format="turtle")
    (node,) = report.subjects(RDF.type, SH.ValidationReport)
    assert report.value(node, SH.conforms) == Literal(True)


@pytest.mark.parametrize("name", ["limit", "offset"])
def test_a_page_bound_out_of_range_names_the_parameter(name: str, store: str, cli: Cli) -> None:
    bound = f"{name}={2**64}"
    message = cli.usage_error("query", "who-asks-whom", "--param", bound, "--store", store)
    assert f"{name}: a whole number from 0 to {2**63 - 1}" in message


def test_demo_leaves_a_folder_it_did_not_make(cli: Cli, tmp_path: Path) -> None:
    foreign = tmp_path / "parlgraph-demo"
    foreign.mkdir()
    (foreign / "important.txt").write_text("keep me", encoding="utf-8")
    assert "nothing deleted" in cli.usage_error("demo", "--no-serve", cwd=tmp_path)
    assert (foreign / "important.txt").read_text(encoding="utf-8") == "keep me"


def test_demo_recreates_its_own_folder(cli: Cli, tmp_path: Path) -> None:
    first = cli.run("demo", "--no-serve", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    leftover = tmp_path / "parlgraph-demo" / "leftover.txt"
    leftover.write_text("from an earlier run", encoding="utf-8")
    again = cli.run("demo", "--no-serve", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert not leftover.exists()


def test_the_readme_lists_every_named_query() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = {
        line.split("|")[1].strip(" `") for line in readme.splitlines() if line.startswith("| `")
    }
    assert set(catalogue()) <= rows
