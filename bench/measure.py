"""The measurements behind `make bench`, one function per thing measured.

Times are wall-clock (`time.perf_counter`) in one process, except the stages of a document and
the CPU totals, which are the process's CPU time (`time.process_time`): the steadier figure on a
machine other jobs share. Sizes are bytes on disk. Nothing here changes what the loader does:
stages are timed by calling the same functions `Loader.load_file` calls, in the same order.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

from graph_api import export as exporting
from graph_api.pipeline import Loader, Outcome, to_oxigraph_triples
from graph_api.queries import catalogue
from graph_api.repo.base import Repo
from graph_api.repo.embedded import EmbeddedRepo
from graph_api.stats import store_stats
from graph_api.validation import validate_store, validate_triples
from loaders.extract import extract_facts
from loaders.mapping import graph_iri, record_to_graph
from loaders.mapping.layout import split
from loaders.process import parse_and_resolve
from loaders.version import loader_version

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("parse", "extract", "state check", "mapping", "convert", "shacl", "store write")


class Lap:
    """A stopwatch read in laps: each `lap()` is the time since the previous one (or start), on
    the wall clock or, with `time.process_time`, in CPU time."""

    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        self._clock = clock
        self._last = clock()

    def lap(self) -> float:
        now = self._clock()
        elapsed, self._last = now - self._last, now
        return elapsed


def summary(seconds: Iterable[float]) -> dict[str, float]:
    """Median, mean, 95th percentile and maximum, in milliseconds."""
    values = sorted(seconds)
    if not values:
        return {}
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    return {
        "median_ms": 1000 * statistics.median(values),
        "mean_ms": 1000 * statistics.fmean(values),
        "p95_ms": 1000 * p95,
        "max_ms": 1000 * values[-1],
    }


def disk_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def stage_times(repo: Repo, paths: list[Path]) -> dict[str, list[float]]:
    """Each stage of `Loader.load_file` timed on its own (CPU time), for each path.

    The graphs are written over their own copies in the loaded store (a replace, as a reload of
    changed pages does), so the write is timed against a store of the benchmark's size.
    """
    times: dict[str, list[float]] = {stage: [] for stage in STAGES}
    for path in paths:
        clock = Lap(time.process_time)
        record = parse_and_resolve(path)
        times["parse"].append(clock.lap())
        extract_facts(record)
        times["extract"].append(clock.lap())
        name = graph_iri(record)
        repo.document_state(name)
        times["state check"].append(clock.lap())
        graph = record_to_graph(
            record, loader_version=loader_version(), stored_copy=f"sources/{path.name}"
        )
        times["mapping"].append(clock.lap())
        triples = to_oxigraph_triples(graph)
        layout = split(triples, [e.id for e in record.entities if e.source == "text"])
        times["convert"].append(clock.lap())
        validate_triples(triples)
        times["shacl"].append(clock.lap())
        repo.write_document(name, layout)
        times["store write"].append(clock.lap())
    return times


@dataclass
class LoadRun:
    """The end-to-end load, in chunks so that queries can be timed as the store grows."""

    seconds: float = 0.0
    cpu_seconds: float = 0.0
    per_document: list[float] = field(default_factory=list)
    outcomes: dict[str, int] = field(default_factory=dict)
    rejections: list[str] = field(default_factory=list)


def load_in_chunks(
    store: Path, paths: list[Path], checkpoints: list[int], at_checkpoint: Callable[[int], None]
) -> LoadRun:
    """`Loader.load_all` over the paths, closing the store at each checkpoint (a document
    count) for `at_checkpoint` to use it. Only the documents' own times count as load time,
    not opening and closing the store nor what happens at the checkpoints."""
    run = LoadRun(outcomes=dict.fromkeys((o.value for o in Outcome), 0))
    clock, cpu = Lap(), Lap(time.process_time)

    def finished(_path: Path) -> None:
        run.per_document.append(clock.lap())
        run.cpu_seconds += cpu.lap()

    done = 0
    for checkpoint in sorted({*checkpoints, len(paths)}):
        repo = EmbeddedRepo(store)
        clock.lap()
        cpu.lap()
        report = Loader(repo, store).load_all(paths[done:checkpoint], progress=finished)
        repo.close()
        for outcome, count in report.counts.items():
            run.outcomes[outcome.value] += count
        run.rejections += report.rejections
        done = checkpoint
        at_checkpoint(done)
    run.seconds = sum(run.per_document)
    return run


def query_latencies(
    store: Path, runs: int, budget: float, skip: frozenset[str] = frozenset()
) -> dict[str, dict[str, float]]:
    """Each named query timed by `querytime.py` in its own process, stopped after `budget`
    seconds (`{"timeout_s": budget}`); the names in `skip` are not run (`{"skipped": 1}`)."""
    script = Path(__file__).with_name("querytime.py")
    latencies: dict[str, dict[str, float]] = {}
    for name in catalogue():
        if name in skip:
            latencies[name] = {"skipped": 1}
            continue
        command = [sys.executable, str(script), str(store), name]
        command += ["--runs", str(runs), "--budget", str(budget)]
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=budget, check=True
            )
        except subprocess.TimeoutExpired:
            latencies[name] = {"timeout_s": budget}
            continue
        latencies[name] = json.loads(done.stdout)
    return latencies


def store_operations(repo: Repo) -> tuple[dict[str, dict[str, float]], list[str]]:
    """Whole-store operations of the command line: stats, validate, export to N-Triples and
    Turtle (times in seconds, export sizes in bytes); and the first validation messages, if
    any stored graph fails the shapes (each passed them when it was loaded)."""
    clock = Lap()
    counts = store_stats(repo)
    stats_seconds = clock.lap()
    cpu = Lap(time.process_time)
    validation = validate_store(repo)
    validate_seconds, validate_cpu = clock.lap(), cpu.lap()
    operations: dict[str, dict[str, float]] = {
        "stats": {"seconds": stats_seconds, **{k: float(v) for k, v in counts.items()}},
        "validate": {
            "seconds": validate_seconds,
            "cpu_seconds": validate_cpu,
            "graphs": validation.graphs,
            "failing": len(validation.failing),
        },
    }
    for format_name in ("nt", "ttl"):
        clock = Lap()
        data = exporting.dump(repo, format_name)
        operations[f"export {format_name}"] = {"seconds": clock.lap(), "bytes": len(data)}
    return operations, validation.messages[:5]


def command_seconds(*arguments: str) -> float:
    """Wall time of a `parlgraph` command in its own process, start-up (imports) included."""
    command = Path(sys.executable).with_name("parlgraph")
    clock = Lap()
    subprocess.run([str(command), *arguments], check=True, capture_output=True)
    return clock.lap()


def _git(*arguments: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", "--no-optional-locks", "-C", str(ROOT), *arguments],
            check=True,
            capture_output=True,
            text=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return done.stdout.strip()


def machine(commit: str | None = None) -> dict[str, object]:
    """Where and on what the figures were measured. `commit` overrides git (a snapshot has no
    .git); `modified` lists source files that differ from that commit, if any."""
    status = _git("status", "--porcelain", "--", "loaders", "graph_api", "queries", "ontology")
    return {
        "commit": commit or _git("rev-parse", "--short", "HEAD"),
        "modified": [line[3:] for line in (status or "").splitlines()],
        "cores": os.cpu_count(),
        "cpu": platform.processor() or platform.machine(),
        "system": platform.platform(),
        "python": platform.python_version(),
        **{package: version(package) for package in ("pyoxigraph", "rdflib", "pyshacl")},
    }
