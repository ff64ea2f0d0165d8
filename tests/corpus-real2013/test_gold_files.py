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
# Rows annotated after the rules were written, and never tuned on (its README): checked alike.
HELD_OUT = CORPUS.parent / "corpus-real2013-heldout"
# The second held-out set: rows in neither corpus above, every fifth from the third (its README).
HELD_OUT_2 = CORPUS.parent / "corpus-real2013-heldout-2"
# The third: rows in none of the three above, every fourth from the first (its README).
HELD_OUT_3 = CORPUS.parent / "corpus-real2013-heldout-3"
# The fourth: rows in none of the four above, every second from the first (its README).
HELD_OUT_4 = CORPUS.parent / "corpus-real2013-heldout-4"
EVERY_GOLD = GOLDS + [
    path
    for folder in (HELD_OUT, HELD_OUT_2, HELD_OUT_3, HELD_OUT_4)
    for path in sorted(folder.glob("row-*.gold.json"))
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


def test_held_out_rows_are_twenty_rows_without_gold() -> None:
    held_out = _rows(HELD_OUT)
    assert len(held_out) == 20 and not held_out & _rows(CORPUS)


@needs_rows
def test_second_held_out_set_is_the_rule_its_readme_states() -> None:
    """Every fifth row from the third, by iddoc, of the rows no other real corpus annotates."""
    rest = sorted(set(load_rows(ROWS_FILE)) - _rows(CORPUS) - _rows(HELD_OUT))
    assert _rows(HELD_OUT_2) == set(rest[2::5][:20])


@needs_rows
def test_third_held_out_set_is_the_rule_its_readme_states() -> None:
    """Every fourth row from the first, by iddoc, of the rows no other real corpus annotates."""
    annotated = _rows(CORPUS) | _rows(HELD_OUT) | _rows(HELD_OUT_2)
    rest = sorted(set(load_rows(ROWS_FILE)) - annotated)
    assert _rows(HELD_OUT_3) == set(rest[0::4][:20])


@needs_rows
def test_fourth_held_out_set_is_the_rule_its_readme_states() -> None:
    """Every second row from the first, by iddoc, of the rows no other real corpus annotates."""
    annotated = _rows(CORPUS) | _rows(HELD_OUT) | _rows(HELD_OUT_2) | _rows(HELD_OUT_3)
    rest = sorted(set(load_rows(ROWS_FILE)) - annotated)
    assert len(rest) == 71 and _rows(HELD_OUT_4) == set(rest[0::2])


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
