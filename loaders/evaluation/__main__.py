"""`python -m loaders.evaluation CORPUS_DIR [--seed PAGE] [--rows JSONL] [--json] [--details]`.

Exits 0 whatever the scores (thresholds belong to the tests) and when a corpus of real rows is
skipped because the rows are absent (it says so); 2 when the corpus is malformed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from loaders.evaluation.gold import CorpusError
from loaders.evaluation.report import as_json, details, table
from loaders.evaluation.rows import ROWS_FILE, RowsMissing
from loaders.evaluation.scoring import evaluate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m loaders.evaluation",
        description="Score the extraction (entities, amounts, funding) on a gold corpus.",
    )
    parser.add_argument("corpus", type=Path, help="folder of pages and *.gold.json files")
    parser.add_argument("--seed", type=Path, help="the seed page, if not in the corpus folder")
    parser.add_argument(
        "--rows", type=Path, default=ROWS_FILE, help="the real rows a corpus names by iddoc"
    )
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--details", action="store_true", help="list every FP and FN per page")
    args = parser.parse_args(argv)
    try:
        scores = evaluate(args.corpus, args.seed, args.rows)
    except RowsMissing as error:
        print(f"skipped {args.corpus}: {error} (the real rows stay outside the repository)")
        return 0
    except CorpusError as error:
        print(f"malformed corpus: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(as_json(scores, args.details), ensure_ascii=False, indent=2))
        return 0
    print(table(scores))
    if args.details:
        print("\n" + details(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
