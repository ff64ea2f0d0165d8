"""A store that fails under a running server: every route says so with an error status, in one
line that names no path of the server's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.graph_api.conftest import Cli
from tests.graph_api.service.server import serving


@pytest.fixture(scope="module")
def vanished(tmp_path_factory: pytest.TempPathFactory, cli: Cli, seed_path: Path) -> Iterator[str]:
    """A server whose store folder was moved away after it started: its root URL."""
    store = tmp_path_factory.mktemp("vanishing") / "store"
    assert cli.run("load", str(seed_path), "--store", str(store)).returncode == 0
    with serving(store, "--query-workers", "1") as root:
        assert httpx.get(root + "sparql", params={"query": "ASK {}"}, timeout=60).is_success
        store.rename(store.with_name("moved"))
        yield root


def no_path(response: httpx.Response) -> None:
    assert response.status_code == 500, response.text
    assert "/tmp" not in response.text and "vanishing" not in response.text, response.text
    assert "Errno" not in response.text and "Traceback" not in response.text
    assert response.text.count("\n") == 1


def test_a_store_gone_under_the_server_answers_500_without_its_path(vanished: str) -> None:
    no_path(httpx.get(vanished + "sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=60))
    no_path(httpx.get(vanished + "queries/who-asks-whom", timeout=60))


def test_a_dump_of_an_unreadable_store_is_an_error_not_an_empty_200(vanished: str) -> None:
    for extension in ("nt", "ttl"):
        no_path(httpx.get(vanished + f"dump.{extension}", timeout=60))
