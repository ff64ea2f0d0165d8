"""Malformed requests to every route of the real server: each gets its error status in one plain
line (the reason, the bad parameter's name), never a stack trace or a path of the server's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

FORM = {"Content-Type": "application/x-www-form-urlencoded"}
LATIN1 = {"Content-Type": "application/sparql-query; charset=latin1"}
CASES: list[tuple[int, str, str, dict[str, Any]]] = [
    (400, "GET", "sparql", {"params": {"query": "SELEC"}}),
    (400, "GET", "sparql?query=%FF%FE", {}),
    (400, "GET", "sparql", {"params": {"query": "ASK {}", "default-graph-uri": "not an iri"}}),
    (400, "GET", "sparql", {"params": [("query", "ASK {}"), ("query", "ASK {}")]}),
    (400, "GET", "sparql", {"params": {"query": "SELECT * { SERVICE <http://127.0.0.1:9/> {} }"}}),
    (403, "GET", "sparql", {"params": {"update": "CLEAR ALL"}}),
    (400, "POST", "sparql", {"content": b"query=%FF%FE\xff", "headers": FORM}),
    (400, "POST", "sparql", {"content": b"", "headers": FORM}),
    (400, "POST", "sparql", {"content": b"ASK {}"}),
    (
        400,
        "POST",
        "sparql",
        {
            "content": b"ASK {}",
            "headers": {"Content-Type": "application/sparql-query; charset=latin1"},
        },
    ),
    (415, "POST", "sparql", {"content": b"{}", "headers": {"Content-Type": "application/json"}}),
    (405, "DELETE", "sparql", {}),
    (404, "GET", "queries/no-such-query", {}),
    (400, "GET", "queries/questions?since=yesterday", {}),
    (400, "GET", "queries/questions?asker=not-an-iri", {}),
    (400, "GET", "queries/who-asks-whom?limit=1&limit=2", {}),
    (400, "GET", "queries/who-asks-whom?offset=-3", {}),
    (404, "GET", "id/person/nobody-at-all", {}),
    (404, "GET", "id/%00", {}),
    (404, "GET", "id/person/a%3Eb%20c", {}),
    (404, "GET", "dump.exe", {}),
    (404, "GET", "?example=no-such-query", {}),
    (404, "GET", "static/no-such-file.js", {}),
    (404, "GET", "static/../graph_api/service/app.py", {}),
    (404, "GET", "nowhere", {}),
    (406, "GET", ".well-known/void", {"headers": {"Accept": "image/png"}}),
    (405, "POST", "healthz", {}),
]


@pytest.mark.parametrize(
    ("status", "method", "path", "kwargs"),
    CASES,
    ids=[f"{method} {path}" for _, method, path, _ in CASES],
)
def test_no_error_shows_a_trace_or_a_server_path(
    server: str, served_store: Path, status: int, method: str, path: str, kwargs: dict[str, Any]
) -> None:
    response = httpx.request(method, server + path, timeout=60, **kwargs)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("text/plain")
    text = response.text
    assert text.endswith("\n") and text.count("\n") == 1, text
    for leak in ("Traceback", 'File "', str(served_store), "site-packages", "graph_api/", "/tmp"):
        assert leak not in text, text
