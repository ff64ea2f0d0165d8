"""Checks that the real-row gold is consistent with the rows it names.

The rows stay in `shared/data/walloon-2013/`; each gold is checked against its row rendered and
parsed as `make eval` does (parsing only, no extraction), so a quote that is not in the text or a
row that does not exist fails here rather than silently lowering a score.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from loaders.evaluation.gold import load_gold
from loaders.evaluation.money import spans_of
from loaders.evaluation.rows import ROWS_FILE, load_rows, write_row
from loaders.sources import parse_document

CORPUS = Path(__file__).parent
GOLDS = sorted(CORPUS.glob("row-*.gold.json"))
# Rows annotated after the rules were written, and never tuned on (their READMEs): checked alike.
HELD_OUT, HELD_OUT_2, HELD_OUT_3, HELD_OUT_4, HELD_OUT_5 = (
    CORPUS.parent / f"corpus-real2013-heldout{suffix}" for suffix in ("", "-2", "-3", "-4", "-5")
)
EVERY_SET = (CORPUS, HELD_OUT, HELD_OUT_2, HELD_OUT_3, HELD_OUT_4, HELD_OUT_5)
EVERY_GOLD = [path for folder in EVERY_SET for path in sorted(folder.glob("row-*.gold.json"))]
# Each held-out set's selection, fixed before its rows were read and stated in its README: the
# rows none of the `earlier` sets annotates, sorted by iddoc, sliced, and cut to `size` rows.
SELECTIONS = [
    # every sixth, the first 20
    (HELD_OUT, (CORPUS,), slice(0, None, 6), 20),
    # every fifth from the third, the first 20
    (HELD_OUT_2, (CORPUS, HELD_OUT), slice(2, None, 5), 20),
    # every fourth from the first, the first 20
    (HELD_OUT_3, (CORPUS, HELD_OUT, HELD_OUT_2), slice(0, None, 4), 20),
    # the last 71 rows split in two: every second from the first, then from the second
    (HELD_OUT_4, (CORPUS, HELD_OUT, HELD_OUT_2, HELD_OUT_3), slice(0, None, 2), 36),
    (HELD_OUT_5, (CORPUS, HELD_OUT, HELD_OUT_2, HELD_OUT_3), slice(1, None, 2), 35),
]
needs_rows = pytest.mark.skipif(
    not ROWS_FILE.is_file(), reason=f"real 2013 rows not on this machine ({ROWS_FILE})"
)


def test_corpus_covers_every_answered_row_and_forty_rows() -> None:
    names = {json.loads(path.read_text(encoding="utf-8"))["row"] for path in GOLDS}
    assert len(names) == len(GOLDS) >= 40
    if ROWS_FILE.is_file():
        answered = {iddoc for iddoc, row in load_rows(ROWS_FILE).items() if row["answer_html"]}
        assert len(answered) == 15 and answered <= names


def _rows(folder: Path) -> set[str]:
    paths = folder.glob("row-*.gold.json")
    return {json.loads(path.read_text(encoding="utf-8"))["row"] for path in paths}


def test_no_row_is_annotated_by_two_real_sets() -> None:
    counted = [row for folder in EVERY_SET for row in _rows(folder)]
    assert len(counted) == len(set(counted))


@needs_rows
@pytest.mark.parametrize(
    ("folder", "earlier", "taken", "size"), SELECTIONS, ids=[s[0].name for s in SELECTIONS]
)
def test_held_out_set_is_the_rule_its_readme_states(
    folder: Path, earlier: tuple[Path, ...], taken: slice, size: int
) -> None:
    annotated = set().union(*(_rows(other) for other in earlier))
    rest = sorted(set(load_rows(ROWS_FILE)) - annotated)
    assert len(_rows(folder)) == size and _rows(folder) == set(rest[taken][:size])


@needs_rows
def test_every_real_row_has_gold() -> None:
    """The last two held-out sets took every row the earlier sets had left."""
    assert set(load_rows(ROWS_FILE)) == set().union(*(_rows(folder) for folder in EVERY_SET))


@needs_rows
@pytest.mark.parametrize("gold_path", EVERY_GOLD, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_quotes_its_row(gold_path: Path, tmp_path: Path) -> None:
    gold = load_gold(gold_path)
    assert gold.row is not None
    record = parse_document(write_row(load_rows(ROWS_FILE), gold.row, tmp_path))
    full = record.text_of("question") + "\n" + record.text_of("answer")
    for amount in gold.amounts:
        assert spans_of(record.text_of(amount.part), amount.text), amount
    for mention in gold.mentions:
        if mention.type == "place":
            assert spans_of(full, mention.label), mention
    values = [amount.value for amount in gold.amounts]
    for fact in gold.funding:
        assert fact.value in values, fact


@pytest.mark.parametrize("gold_path", EVERY_GOLD, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_names_a_row_and_no_text(gold_path: Path) -> None:
    """The real texts stay outside the repository: a gold names its row and holds no page."""
    data: dict[str, Any] = json.loads(gold_path.read_text(encoding="utf-8"))
    assert data["row"].isdigit() and "document" not in data
    assert not (gold_path.parent / f"walloon-2013-{data['row']}.txt").exists()
