"""`parlgraph` run as a user runs it: a subprocess, exit codes, stdout, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from graph_api.repo.embedded import EmbeddedRepo

PARLGRAPH = str(Path(sys.executable).with_name("parlgraph"))


def run(
    *args: str, cwd: Path | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PARLGRAPH, *args], capture_output=True, text=True, cwd=cwd, input=stdin, timeout=120
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert result.stderr.startswith("parlgraph: ")


def test_parse_prints_the_record(seed_path: Path) -> None:
    result = run("parse", str(seed_path), "--format", "json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["reference"] == "292 (2022-2023) 1"
    assert record["question"]["askers"][0]["id"].endswith("/id/person/jacqueline-galant")


def test_load_query_stats_export(seed_path: Path, tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    loaded = run("load", str(seed_path), "--store", store)
    assert loaded.returncode == 0, loaded.stderr
    assert (
        loaded.stdout.strip()
        == "1 loaded, 0 unchanged, 0 replaced, 0 re-read, 0 rejected, 0 in conflict"
    )

    csv = run("query", "who-asks-whom", "--store", store, "--format", "csv")
    lines = csv.stdout.strip().splitlines()
    assert lines[0] == "asker,asker_name,addressee,addressee_name,questions"
    assert lines[1].endswith(
        ",Jacqueline Galant,https://w3id.org/parlgraph/id/person/willy-borsus,Willy Borsus,1"
    )

    first = json.loads(run("stats", "--store", store, "--format", "json").stdout)
    assert run("load", str(seed_path), "--store", store).stdout.startswith("0 loaded, 1 unchanged")
    assert json.loads(run("stats", "--store", store, "--format", "json").stdout) == first
    assert first["questions"] == 1 and first["documents"] == 1

    for fmt, check in (
        ("ttl", "@prefix"),
        ("nt", "<https://w3id.org/parlgraph/id/question/wallonia/2022-2023/292-willy-borsus>"),
        ("nq", "<https://w3id.org/parlgraph/id/graph/wallonia/2022-2023/292-willy-borsus> ."),
        ("trig", "GRAPH"),
        ("jsonld", "@context"),
        ("rdfxml", "<rdf:RDF"),
    ):
        out = tmp_path / f"dump.{fmt}"
        exported = run("export", "--store", store, "--format", fmt, "-o", str(out))
        assert exported.returncode == 0, exported.stderr
        text = out.read_text(encoding="utf-8")
        assert check.lower() in text.lower(), fmt


def test_query_from_stdin_and_file(seed_path: Path, tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    run("load", str(seed_path), "--store", store)
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?q <https://w3id.org/parlgraph/ontology#askedBy> ?p }"
    assert run("query", "-", "--store", store, "--format", "csv", stdin=query).stdout.split() == [
        "n",
        "1",
    ]
    file = tmp_path / "count.rq"
    file.write_text(query, encoding="utf-8")
    result = run("query", str(file), "--store", store, "--format", "json")
    assert json.loads(result.stdout)["results"]["bindings"][0]["n"]["value"] == "1"


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("load", "/nonexistent/file.txt"), 2),
        (("parse", "/nonexistent/file.txt"), 2),
        (("query", "SELECT WHERE {", "--format", "csv"), 2),
        (("query", "no-such-query"), 2),
        (("query", "who-asks-whom", "--param", "since=yesterday"), 2),
        (("query", "who-asks-whom", "--param", "colour=red"), 2),
    ],
)
def test_errors_are_one_line_with_usage_exit_code(
    args: tuple[str, ...], code: int, tmp_path: Path
) -> None:
    EmbeddedRepo(tmp_path / "s").close()  # an empty store: the error must be the query's
    result = run(*args, "--store", str(tmp_path / "s")) if args[0] != "parse" else run(*args)
    assert result.returncode == code
    assert_one_line_error(result)


def test_malformed_query_file_gives_the_parser_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE { ?x ?y }", encoding="utf-8")
    EmbeddedRepo(tmp_path / "s").close()
    result = run("query", str(bad), "--store", str(tmp_path / "s"))
    assert result.returncode == 2
    assert_one_line_error(result)
    assert "malformed query" in result.stderr


def test_unreadable_document_is_rejected_with_exit_1(tmp_path: Path) -> None:
    binary = tmp_path / "scan.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    result = run("load", str(binary), "--store", str(tmp_path / "s"))
    assert result.returncode == 1
    assert "rejected" in result.stderr and "scan.txt" in result.stderr
    assert "Traceback" not in result.stderr
    assert (tmp_path / "s" / "rejected" / "scan.txt.reason").is_file()


def test_demo_loads_the_sample_and_exits(tmp_path: Path) -> None:
    result = run("demo", "--no-serve", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 rejected" in result.stdout
    assert "graphs conform" in result.stdout
    listing = run(
        "query", "who-asks-whom", "--store", "parlgraph-demo", "--format", "csv", cwd=tmp_path
    )
    assert "Jacqueline Galant" in listing.stdout and "Willy Borsus" in listing.stdout


EUROPARL = (
    Path(__file__).resolve().parents[3]
    / "shared"
    / "data"
    / "europarl"
    / "parliamentary-questions"
    / "data_v1_questions-by-year_0_100_2022.ttl"
)


@pytest.mark.skipif(not EUROPARL.is_file(), reason="shared/ European Parliament data not present")
def test_plain_rdf_loads_into_the_named_graph(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    graph = "https://example.org/graph/europarl-2022"
    loaded = run("load", str(EUROPARL), "--graph", graph, "--store", store)
    assert loaded.returncode == 0, loaded.stderr
    count = int(loaded.stdout.split()[0])
    query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }"
    result = run("query", "-", "--store", store, "--format", "csv", stdin=query)
    assert result.stdout.split() == ["n", str(count)]
    assert count > 10_000


def test_plain_rdf_that_is_not_rdf_is_a_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    result = run(
        "load", str(bad), "--graph", "https://example.org/g", "--store", str(tmp_path / "s")
    )
    assert result.returncode == 2
    assert_one_line_error(result)
    assert "bad.ttl" in result.stderr


def test_a_cut_page_is_rejected_with_exit_1_and_a_conflict_is_reported(
    seed_path: Path, tmp_path: Path
) -> None:
    store = str(tmp_path / "store")
    assert run("load", str(seed_path), "--store", store).returncode == 0
    half = tmp_path / "half" / seed_path.name
    half.parent.mkdir()
    half.write_bytes(seed_path.read_bytes()[: seed_path.stat().st_size // 2])
    cut = run("load", str(half), "--store", store)
    assert cut.returncode == 1
    assert cut.stderr.startswith("rejected: ") and "truncated page" in cut.stderr
    assert (
        cut.stdout.strip()
        == "0 loaded, 0 unchanged, 0 replaced, 0 re-read, 1 rejected, 0 in conflict"
    )
    other = tmp_path / "other" / seed_path.name
    other.parent.mkdir()
    text = seed_path.read_text(encoding="utf-8")
    other.write_text(text.replace("du 16/01/2023", "du 18/01/2023"), encoding="utf-8")
    claimed = run("load", str(other), "--store", store)
    assert claimed.returncode == 1
    assert claimed.stderr.startswith("conflict: ") and claimed.stderr.count("\n") == 1
    assert claimed.stdout.strip().endswith("1 in conflict")


def test_commands_do_not_import_the_web_stack() -> None:
    """Every command imports `graph_api.cli`; the HTTP service's packages (and the remote store's
    client) are imported by `serve` and `--endpoint` only, not at every start-up."""
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, graph_api.cli; print(*sorted(sys.modules))"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout.split()
    web = {"fastapi", "uvicorn", "starlette", "jinja2", "httpx"}
    assert web.isdisjoint(loaded), sorted(web.intersection(loaded))
