"""`make bench`: load a synthetic corpus into a fresh embedded store and measure what it costs.

Measured, in this order, in one process: the end-to-end `Loader.load_all` (documents per second,
each document's time, pausing at checkpoints to time every named query as the store grows); a
reload of the same folder (every page unchanged); the peak resident memory; each stage of a
document's load on an evenly spaced sample; the store's size on disk; `parlgraph stats` as a
command (start-up included); the whole-store operations (stats, validate, export to N-Triples and
Turtle). A table goes to stdout and everything to `bench/out/results.json` (not committed).

Figures go in docs/performance.md with the commit they were measured on. Other work in progress
in the tree would be measured too: `--committed` measures the last commit instead, from a
snapshot of it (`git archive HEAD`), with these benchmark scripts.

Defaults take six to seven minutes on a 2-core machine; `--count` scales the corpus.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from generate import generate
from measure import (
    ROOT,
    STAGES,
    Lap,
    command_seconds,
    disk_bytes,
    load_in_chunks,
    machine,
    query_latencies,
    stage_times,
    store_operations,
    summary,
)
from querytime import peak_rss_mib
from report import print_report

from graph_api.pipeline import Loader, expand_inputs
from graph_api.repo.embedded import EmbeddedRepo

DEFAULT_OUT = ROOT / "bench" / "out" / "results.json"


def arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="synthetic pages (1000)")
    parser.add_argument("--seed", type=int, default=2024, help="generator seed (2024)")
    parser.add_argument("--corpus", type=Path, help="load this folder instead of generating")
    parser.add_argument("--sample", type=int, default=50, help="documents timed stage by stage")
    parser.add_argument("--runs", type=int, default=5, help="runs per query (median; 5)")
    parser.add_argument(
        "--checkpoints",
        type=int,
        nargs="*",
        help="document counts at which to time the queries too (default: 1/10, 1/4, 1/2)",
    )
    parser.add_argument(
        "--query-budget",
        type=float,
        default=10.0,
        help="seconds a query may take before it is stopped, and not tried on larger stores",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON results file")
    parser.add_argument("--keep", type=Path, help="copy the corpus and store here when done")
    parser.add_argument("--committed", action="store_true", help="measure the last commit")
    parser.add_argument("--commit", help=argparse.SUPPRESS)  # set by --committed's snapshot run
    return parser.parse_args(argv)


def run_on_last_commit(argv: list[str], out: Path) -> int:
    """Re-run this script on a snapshot of HEAD, its packages first on the import path."""
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "HEAD"], check=True, capture_output=True
    ).stdout
    with tempfile.TemporaryDirectory(prefix="parlgraph-head-") as folder:
        snapshot = Path(folder)
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(snapshot, filter="data")
        (snapshot / "bench").mkdir(exist_ok=True)
        for script in (ROOT / "bench").glob("*.py"):
            shutil.copy(script, snapshot / "bench" / script.name)
        rest = [a for a in argv if a != "--committed"]
        command = [sys.executable, str(snapshot / "bench" / "run.py"), *rest]
        command += ["--commit", commit, "--out", str(out.resolve())]
        environment = {**os.environ, "PYTHONPATH": str(snapshot)}
        return subprocess.run(command, env=environment, cwd=ROOT).returncode


def benchmark(options: argparse.Namespace, work: Path) -> dict[str, object]:
    results: dict[str, object] = {"machine": machine(options.commit)}
    if options.corpus:
        corpus = options.corpus
    else:
        clock = Lap()
        generate(work / "corpus", options.count, options.seed)
        corpus = work / "corpus"
        results["generate_seconds"] = clock.lap()
    paths, _ = expand_inputs([str(corpus)])
    count = len(paths)
    results["documents"] = count
    results["corpus"] = str(corpus) if options.corpus else f"synthetic, seed {options.seed}"
    checkpoints = options.checkpoints
    if checkpoints is None:
        checkpoints = [count // 10, count // 4, count // 2]
    checkpoints = [c for c in checkpoints if 0 < c <= count]

    store = work / "store"
    queries: dict[str, dict[str, dict[str, float]]] = {}

    def time_queries(documents: int) -> None:
        """Queries that ran out of time on a smaller store are not tried on a larger one."""
        timed_out = frozenset(
            name
            for by_name in queries.values()
            for name, got in by_name.items()
            if "timeout_s" in got or "skipped" in got
        )
        queries[str(documents)] = query_latencies(
            store, options.runs, options.query_budget, timed_out
        )

    load = load_in_chunks(store, paths, checkpoints, time_queries)
    results["peak_rss_after_load_mib"] = peak_rss_mib()
    tenth = max(1, count // 10)
    results["load"] = {
        "seconds": load.seconds,
        "cpu_seconds": load.cpu_seconds,
        "documents_per_second": count / load.seconds,
        "per_document": summary(load.per_document),
        "first_document_ms": 1000 * load.per_document[0],
        "first_tenth_median_ms": 1000 * statistics.median(load.per_document[1 : tenth + 1]),
        "last_tenth_median_ms": 1000 * statistics.median(load.per_document[-tenth:]),
        "outcomes": load.outcomes,
        "rejections": load.rejections,
    }
    results["queries"] = queries
    results["query_budget_s"] = options.query_budget
    results["query_runs"] = options.runs

    results["disk"] = {
        "store_bytes": disk_bytes(store / "oxigraph"),
        "kept_sources_bytes": disk_bytes(store / "sources"),
        "corpus_bytes": sum(p.stat().st_size for p in paths),
    }

    repo = EmbeddedRepo(store)
    clock = Lap()
    reload = Loader(repo, store).load_all(paths)
    seconds = clock.lap()
    results["reload"] = {
        "seconds": seconds,
        "documents_per_second": count / seconds,
        "outcomes": {o.value: n for o, n in reload.counts.items()},
    }

    step = max(1, count // max(1, options.sample))
    times = stage_times(repo, paths[::step][: options.sample])
    results["stages"] = {stage: summary(times[stage]) for stage in STAGES}
    results["stage_sample"] = len(times[STAGES[0]])
    repo.close()

    results["command_stats_seconds"] = command_seconds("stats", "--store", str(store))
    clock = Lap()
    repo = EmbeddedRepo(store)
    results["open_store_seconds"] = clock.lap()
    results["store_operations"], results["validation_messages"] = store_operations(repo)
    repo.close()
    results["peak_rss_mib"] = peak_rss_mib()
    if options.keep:
        shutil.copytree(work, options.keep, dirs_exist_ok=True)
    return results


def main(argv: list[str]) -> int:
    options = arguments(argv)
    if options.committed:
        return run_on_last_commit(argv, options.out)
    with tempfile.TemporaryDirectory(prefix="parlgraph-bench-") as folder:
        results = benchmark(options, Path(folder))
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print_report(results)
    print(f"\nresults: {options.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
