"""Time one named query on a store, in a process of its own.

`bench/run.py` starts this script once per query and checkpoint, so that a query that does not
finish in its time budget can be stopped (a query cannot be interrupted inside a process) and so
that a query's memory does not count in the loader's peak. Prints one JSON line: the median of
the runs in milliseconds, the number of runs, the rows of the result and the peak RSS.

Usage: `.venv/bin/python bench/querytime.py STORE_DIR QUERY_NAME [--runs 5] [--budget 10]
[--param K=V]... [--offset N] [--file OLD.rq]`: parameters and a page as `parlgraph query` takes
them; `--file` times another text of the query (an earlier commit's, `git show REV:queries/…`)
with the named query's parameters, for before/after figures. CPU seconds are reported beside the
wall-clock median: on a machine shared with other jobs they are the steadier figure.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import time
from dataclasses import replace
from pathlib import Path

from pyoxigraph import QuerySolutions, QueryTriples

from graph_api.queries import catalogue
from graph_api.repo.embedded import EmbeddedRepo


def peak_rss_mib() -> float:
    """This process's own peak resident set, from VmHWM on Linux. (getrusage's ru_maxrss is
    not used where it exists: a child started by fork and exec reports its parent's peak.)"""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def consume(result: object) -> int:
    """Read a query result to the end (Oxigraph evaluates lazily); returns its row count."""
    if isinstance(result, QuerySolutions | QueryTriples):
        return sum(1 for _ in result)
    return 1


def time_query(
    store: Path,
    name: str,
    runs: int,
    budget: float,
    values: dict[str, str] | None = None,
    text_file: Path | None = None,
) -> dict[str, float]:
    """As `parlgraph query NAME` runs it (default parameters unless `values` gives some); runs
    stop early once half the budget is spent, so a slow query is timed once rather than stopped."""
    named = catalogue()[name]
    if text_file is not None:
        named = replace(named, text=text_file.read_text(encoding="utf-8"))
    text, bindings = named.prepare(values or {})
    repo = EmbeddedRepo(store)
    seconds: list[float] = []
    cpu: list[float] = []
    rows = 0
    while len(seconds) < runs and sum(seconds) < budget / 2:
        start, start_cpu = time.perf_counter(), time.process_time()
        rows = consume(repo.query(text, bindings))
        seconds.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    repo.close()
    return {
        "median_ms": 1000 * statistics.median(seconds),
        "median_cpu_ms": 1000 * statistics.median(cpu),
        "runs": len(seconds),
        "rows": rows,
        "peak_rss_mib": peak_rss_mib(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("name", choices=sorted(catalogue()))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--budget", type=float, default=10.0)
    parser.add_argument("--param", action="append", default=[], metavar="K=V")
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--file", type=Path, help="time this text of the query instead")
    options = parser.parse_args()
    values = dict(item.split("=", 1) for item in options.param)
    if options.offset:
        values["offset"] = str(options.offset)
    figures = time_query(
        options.store, options.name, options.runs, options.budget, values, options.file
    )
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
