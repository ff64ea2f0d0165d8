"""CPU time of a page's load on the sample corpus (16 invented pages), in one process: quick
before/after figures for a change on the loader's hot path, without the minutes `make bench` takes.

Prints the median CPU time of the mapping and of SHACL over the pages (the second of two rounds,
so caches are warm), SHACL on the seed page, and each page's whole `Loader.load_file` into a fresh
embedded store (median, mean and the first page, which pays the caches). CPU time, not wall time,
so other jobs on the machine weigh less on the figures.

    .venv/bin/python bench/sample_pages.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from graph_api.pipeline import Loader, expand_inputs
from graph_api.repo.embedded import EmbeddedRepo
from graph_api.validation import validate_graph
from loaders.mapping import record_to_graph
from loaders.process import read_document
from loaders.sources.walloon import SAMPLE_DIR

SEED = "walloon-written-question-292-2022-2023.txt"


def cpu_ms(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return (time.process_time() - start) * 1000


def main() -> None:
    files, _ = expand_inputs([str(SAMPLE_DIR)])
    records = [read_document(path) for path in files]

    def build(index: int) -> Callable[[], object]:
        return lambda: record_to_graph(records[index], loader_version="bench", stored_copy="x")

    graphs = [build(i)() for i in range(len(records))]
    for _ in range(2):
        mapping = [cpu_ms(build(i)) for i in range(len(records))]
        shacl = [cpu_ms(lambda g=g: validate_graph(g)) for g in graphs]  # type: ignore[misc]
    seed = shacl[[p.name for p in files].index(SEED)]
    print(
        f"{len(files)} pages: mapping median {statistics.median(mapping):.1f} ms, "
        f"SHACL median {statistics.median(shacl):.1f} ms (seed {seed:.1f} ms)"
    )
    with tempfile.TemporaryDirectory() as folder:
        repo = EmbeddedRepo(Path(folder))
        loader = Loader(repo, Path(folder))
        loads = [cpu_ms(lambda p=p: loader.load_file(p)) for p in files]  # type: ignore[misc]
        repo.close()
    print(
        f"load_file: median {statistics.median(loads):.1f} ms, "
        f"mean {statistics.mean(loads):.1f} ms, first page {loads[0]:.1f} ms"
    )


if __name__ == "__main__":
    main()
