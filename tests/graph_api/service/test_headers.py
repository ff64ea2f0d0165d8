"""What every answer carries, against the real server: CORS for everyone (errors included),
`Vary: Accept`, HEAD like GET, and the body cap read from the headers alone."""

from __future__ import annotations

import socket
import time
from urllib.parse import urlsplit

import httpx
import pytest

ORIGIN = {"Origin": "https://elsewhere.example"}
PERSON = "id/person/jacqueline-galant"
NEGOTIATED = [
    "sparql?query=ASK%20%7B%7D",
    "sparql",
    "queries",
    "queries/who-asks-whom?limit=1",
    PERSON,
    ".well-known/void",
    "docs",
]


@pytest.mark.parametrize("path", NEGOTIATED)
def test_negotiated_answers_vary_by_accept(server: str, path: str) -> None:
    """A cache in front of the server keys these answers by `Accept` (it was missing)."""
    response = httpx.get(server + path, headers={"Accept": "text/html"}, timeout=60)
    varies = {part.strip().lower() for part in response.headers.get("vary", "").split(",")}
    assert "accept" in varies, response.headers


@pytest.mark.parametrize("path", [PERSON, "queries/who-asks-whom?limit=3", "", "dump.nt"])
def test_head_is_answered_like_get_without_a_body(server: str, path: str) -> None:
    """HEAD got 405 on every route (FastAPI routes take GET only)."""
    got = httpx.get(server + path, timeout=60)
    head = httpx.head(server + path, timeout=60)
    assert head.status_code == got.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]


def test_cors_for_everyone_without_credentials_on_answers_errors_and_preflights(
    server: str,
) -> None:
    answers = [
        httpx.get(server + "sparql", params={"query": "ASK {}"}, headers=ORIGIN, timeout=60),
        httpx.get(server + "sparql", params={"query": "ASK {"}, headers=ORIGIN, timeout=60),
        httpx.get(server + "id/person/nobody-at-all", headers=ORIGIN, timeout=60),
        httpx.options(
            server + "sparql",
            headers={
                **ORIGIN,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type",
            },
            timeout=60,
        ),
    ]
    assert [r.status_code for r in answers] == [200, 400, 404, 200]
    for response in answers:
        assert response.headers["access-control-allow-origin"] == "*"
        assert "access-control-allow-credentials" not in response.headers
    assert "POST" in answers[-1].headers["access-control-allow-methods"]


def test_a_413_carries_cors_headers(server: str) -> None:
    """A browser script sees the 413 rather than a CORS failure (the cap answered outside CORS)."""
    response = httpx.post(
        server + "sparql",
        content=b"#" * (1024 * 1024 + 1),
        headers={**ORIGIN, "Content-Type": "application/sparql-query"},
        timeout=60,
    )
    assert response.status_code == 413
    assert response.headers["access-control-allow-origin"] == "*"


def test_the_body_cap_is_answered_from_content_length_before_the_body(server: str) -> None:
    """Only the headers are sent, announcing 2 MiB: a server that read the body first would wait
    for it and answer nothing."""
    address = urlsplit(server)
    with socket.create_connection((address.hostname, address.port), timeout=10) as connection:
        connection.sendall(
            b"POST /sparql HTTP/1.1\r\nHost: localhost\r\n"
            b"Content-Type: application/sparql-query\r\nContent-Length: 2097152\r\n\r\n"
        )
        started = time.monotonic()
        answer = b""
        while b"\r\n\r\n" not in answer:
            chunk = connection.recv(4096)
            assert chunk, "the server closed the connection without answering"
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 413 "), answer
    assert time.monotonic() - started < 5
