"""A load killed with SIGKILL leaves a store that opens, serves whole documents, and finishes
when run again."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

PARLGRAPH = str(Path(sys.executable).with_name("parlgraph"))
COPIES = 60


def stats(store: Path) -> dict[str, int]:
    result = subprocess.run(
        [PARLGRAPH, "stats", "--store", str(store), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return dict(json.loads(result.stdout))


def test_sigkill_mid_load_then_reload_finishes(
    tmp_path: Path, make_corpus: Callable[[Path, int, int], Path]
) -> None:
    corpus, store, clean = tmp_path / "corpus", tmp_path / "store", tmp_path / "clean"
    make_corpus(corpus, COPIES, 5000)
    process = subprocess.Popen(
        [PARLGRAPH, "load", str(corpus), "--store", str(store)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    kept = store / "sources"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if kept.is_dir() and sum(1 for _ in kept.rglob("*.txt")) >= 10:
            break
        time.sleep(0.05)
    assert process.poll() is None, "the load finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)

    partial = stats(store)
    assert 0 < partial["documents"] < COPIES
    # Every document in the store is whole: one question per source document.
    assert partial["questions"] == partial["documents"] == partial["graphs"]
    validated = subprocess.run(
        [PARLGRAPH, "validate", "--store", str(store)], capture_output=True, text=True, timeout=300
    )
    assert validated.returncode == 0, validated.stdout

    rerun = subprocess.run(
        [PARLGRAPH, "load", str(corpus), "--store", str(store)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert rerun.returncode == 0, rerun.stderr
    loaded, unchanged = (int(n) for n in re.findall(r"(\d+) (?:loaded|unchanged)", rerun.stdout))
    assert loaded + unchanged == COPIES and unchanged >= partial["documents"]

    subprocess.run(
        [PARLGRAPH, "load", str(corpus), "--store", str(clean)],
        capture_output=True,
        timeout=600,
        check=True,
    )
    assert stats(store) == stats(clean)
