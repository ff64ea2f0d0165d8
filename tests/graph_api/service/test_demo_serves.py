"""`parlgraph demo` (what `make demo` runs) serves the sample corpus after its summary, until
Ctrl-C."""

from __future__ import annotations

import signal
from pathlib import Path

import httpx

from tests.graph_api.service.server import running


def test_demo_serves_after_the_summary_until_ctrl_c(tmp_path: Path) -> None:
    with running("demo", cwd=tmp_path) as (root, process):
        answer = httpx.get(
            root + "queries/who-asks-whom", headers={"Accept": "text/csv"}, timeout=60
        )
        assert "Jacqueline Galant" in answer.text
        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=30)
    assert "Demo store: parlgraph-demo/" in output.decode()
    assert process.returncode == 0
