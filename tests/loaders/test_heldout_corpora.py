"""The held-out evaluation sets and the training-only sets stay consistent: every gold loads,
every amount quotes its page.

They are scored by `make eval` (not thresholded: they measure how the rules carry to pages they
were not written against), so a slip in a gold file would only show as a worse score.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.evaluation.gold import corpus_pages
from loaders.process import read_document

TESTS = Path(__file__).resolve().parents[1]
HELD_OUT = sorted([*TESTS.glob("corpus-heldout*"), *TESTS.glob("corpus-train-*")])


def test_there_are_held_out_sets() -> None:
    assert len(HELD_OUT) >= 2


@pytest.mark.parametrize("corpus", HELD_OUT, ids=lambda p: p.name)
def test_every_gold_loads_and_quotes_its_page(corpus: Path) -> None:
    pairs = corpus_pages(corpus)
    assert len(pairs) >= (12 if corpus.name.startswith("corpus-train") else 16)
    for gold, page in pairs:
        record = read_document(page)
        for amount in gold.amounts:
            assert amount.text in record.text_of(amount.part), (page.name, amount.text)
