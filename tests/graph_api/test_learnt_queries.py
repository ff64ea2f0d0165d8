"""A fact the learnt model kept, in a real store: the `funding` query's `method` and
`confidence` columns say how each fact was read, so a researcher can keep the rules' facts only.

The page is the parts fixture (`fixtures/wq-2022-2023-777-parts.txt`, invented); one of its facts
is marked as the learnt model's in the record before it is loaded, so the test holds whatever
the extraction reads.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from graph_api.pipeline import Loader, Outcome
from graph_api.repo.embedded import EmbeddedRepo
from loaders.process import read_document
from tests.graph_api.test_parts_queries import PAGE, run_named


def test_funding_says_which_facts_the_learnt_model_kept(loader: Loader, repo: EmbeddedRepo) -> None:
    record = read_document(PAGE)
    learnt = record.funding[0]
    learnt.method, learnt.confidence = "learnt", 0.912
    assert loader.load_record(Path(PAGE), record) == (Outcome.LOADED, None)
    rows = run_named(repo, "funding")
    value = record.amounts[learnt.amount].value
    read = {float(r["amount_eur"]): (r["method"], Decimal(r["confidence"])) for r in rows}
    assert read[value] == ("learnt", Decimal("0.912"))
    assert {method for amount, (method, _) in read.items() if amount != value} == {"rules"}


def test_funding_keeps_the_rules_facts_only_when_asked(loader: Loader, repo: EmbeddedRepo) -> None:
    record = read_document(PAGE)
    record.funding[0].method, record.funding[0].confidence = "learnt", 0.85
    assert loader.load_record(Path(PAGE), record) == (Outcome.LOADED, None)
    every = run_named(repo, "funding")
    rules = run_named(repo, "funding", method="rules")
    learnt = run_named(repo, "funding", method="learnt")
    assert len(rules) + len(learnt) == len(every) and len(learnt) == 1
    assert {r["method"] for r in rules} == {"rules"}
