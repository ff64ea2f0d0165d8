"""The served network is computed once per store checkpoint, and again after a load or delete."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from fastapi.testclient import TestClient

from graph_api.service.app import create_app, runner_limits
from graph_api.service.runner import QueryRunner, RunResult
from graph_api.service.settings import ServiceSettings
from loaders.record import Record
from tests.graph_api.conftest import PARLGRAPH
from tests.graph_api.network.conftest import BORSUS, GALANT


class CountingRunner(QueryRunner):
    """The service's own query runner, counting the queries it runs."""

    def __init__(self, settings: ServiceSettings) -> None:
        super().__init__(settings.store, runner_limits(settings))
        self.queries = 0

    def run(
        self,
        query: str,
        media_type: str,
        *,
        default_graph_uris: Sequence[str] = (),
        named_graph_uris: Sequence[str] = (),
    ) -> RunResult:
        self.queries += 1
        return super().run(
            query,
            media_type,
            default_graph_uris=default_graph_uris,
            named_graph_uris=named_graph_uris,
        )


def test_network_is_computed_once_per_checkpoint(
    sample_store: Path, tmp_path: Path, records: list[Record]
) -> None:
    store = tmp_path / "store"
    shutil.copytree(sample_store, store)
    settings = ServiceSettings(store=store, query_workers=1)
    engine = CountingRunner(settings)
    with TestClient(create_app(settings, engine)) as client:
        first = client.get("/network.json")
        assert first.status_code == 200 and engine.queries == 3
        assert client.get("/network.json").content == first.content
        assert engine.queries == 3  # the same checkpoint: nothing asked again
        edges = {(edge["source"], edge["target"]) for edge in first.json()["edges"]}
        assert (GALANT, BORSUS) in edges
        assert client.get("/network.json", params={"party": "MR"}).status_code == 200
        assert engine.queries == 6  # other filters, another answer
        page = client.get("/network")
        assert page.status_code == 200 and "Jacqueline Galant" in page.text
        assert client.get("/network").content == page.content and engine.queries == 9

        seed = next(r for r in records if r.reference == "292 (2022-2023) 1")
        deleted = subprocess.run(
            [PARLGRAPH, "delete", "--store", str(store), str(seed.id)],
            capture_output=True,
            check=False,
        )
        assert deleted.returncode == 0, deleted.stderr
        after = client.get("/network.json")
        assert engine.queries == 12  # a new checkpoint: computed again
        edges = {(edge["source"], edge["target"]) for edge in after.json()["edges"]}
        assert (GALANT, BORSUS) not in edges
        assert "Jacqueline Galant" not in client.get("/network").text
