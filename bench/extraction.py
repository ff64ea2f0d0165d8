"""CPU time of the extraction alone (`extract_facts`), a page, on the real 2013 rows and the
invented evaluation corpora: the figure docs/extraction.md gives for the recognisers' cost.

Pages are parsed and resolved once; each run extracts from fresh copies, and the best of
`--runs` is kept (the run a busy machine disturbed least). To compare two commits, run this
script from each checkout (`git worktree add ../old REV`, then `python bench/extraction.py
--tests THIS/tests` there, so both time the same pages) one after the other, twice, and read the
ratio.
"""

from __future__ import annotations

import argparse
import copy
import tempfile
import time
from pathlib import Path

from loaders.errors import LoaderError
from loaders.evaluation.rows import ROWS_FILE, load_rows, write_row
from loaders.extract import extract_facts
from loaders.process import parse_and_resolve
from loaders.record import Record
from loaders.reference.gazetteer import load_gazetteer

ROOT = Path(__file__).resolve().parent.parent


def pages(folder: Path, tests: Path) -> list[Path]:
    """Every real row (when `../shared` is there) and every invented corpus page."""
    found = sorted(tests.glob("corpus*/doc-*.txt"))
    if ROWS_FILE.is_file():
        rows = load_rows(ROWS_FILE)
        found += [write_row(rows, iddoc, folder) for iddoc in sorted(rows)]
    return found


def best_ms(records: list[Record], runs: int) -> float:
    """The fastest mean CPU time of `extract_facts` a page over `runs` runs, in milliseconds."""
    extract_facts(copy.deepcopy(records[0]))  # word lists and patterns read once, not timed
    best = float("inf")
    for _ in range(runs):
        fresh = copy.deepcopy(records)
        start = time.process_time()
        for record in fresh:
            extract_facts(record)
        best = min(best, time.process_time() - start)
    return 1000 * best / len(records)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--tests",
        type=Path,
        default=ROOT / "tests",
        help="whose corpora (same pages for two commits)",
    )
    arguments = parser.parse_args()
    load_gazetteer()
    with tempfile.TemporaryDirectory() as folder:
        records = []
        for page in pages(Path(folder), arguments.tests):
            try:
                records.append(parse_and_resolve(page))
            except LoaderError:
                continue
    print(f"{len(records)} pages: {best_ms(records, arguments.runs):.2f} ms of CPU a page")


if __name__ == "__main__":
    main()
