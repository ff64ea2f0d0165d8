"""A fact's instrument in a real store: the `funding` query's `instrument` column and parameter,
and `programmes` summing grants alone (a loan is repaid, a stake owned: not money given).

The page is the parts fixture (`fixtures/wq-2022-2023-777-parts.txt`, invented): two totals under
the FEDER, 12 and 9 million euros, with parts. Its second total and the rows under it are made
loans in the record before it is loaded, so the test holds whatever the extraction reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_api.pipeline import Loader, Outcome
from graph_api.repo.embedded import EmbeddedRepo
from loaders.process import read_document
from tests.graph_api.test_parts_queries import ERDF, PAGE, run_named

LENT = (9e6, 5e6, 4e6)


@pytest.fixture
def lent(loader: Loader, repo: EmbeddedRepo) -> EmbeddedRepo:
    record = read_document(PAGE)
    for fact in record.funding:
        if record.amounts[fact.amount].value in LENT:
            fact.instrument = "loan"
    assert sum(fact.instrument == "loan" for fact in record.funding) == len(LENT)
    assert loader.load_record(Path(PAGE), record) == (Outcome.LOADED, None)
    return repo


def test_funding_gives_each_fact_its_instrument(lent: EmbeddedRepo) -> None:
    rows = run_named(lent, "funding")
    assert {float(r["amount_eur"]): r["instrument"] for r in rows} == {
        12e6: "grant",
        4.5e6: "grant",
        2e6: "grant",
        9e6: "loan",
        5e6: "loan",
        4e6: "loan",
    }


def test_funding_keeps_one_instrument_when_asked(lent: EmbeddedRepo) -> None:
    loans = run_named(lent, "funding", instrument="loan")
    assert sorted(float(r["amount_eur"]) for r in loans) == sorted(LENT)
    assert run_named(lent, "funding", instrument="equity") == []


def test_programmes_sum_the_grants_alone(lent: EmbeddedRepo) -> None:
    """The 9 million euros lent under the FEDER (and its rows) are not in its total."""
    rows = {r["programme"]: r for r in run_named(lent, "programmes")}
    assert float(rows[ERDF]["funding_total_eur"]) == 12e6


def test_a_page_read_for_real_gives_each_instrument(loader: Loader, repo: EmbeddedRepo) -> None:
    """The invented page of the mapping tests, parsed, extracted, validated and stored: one
    company's loan, guarantee, stake, repayable advance and grant, each in its row."""
    page = Path(__file__).parents[1] / "loaders" / "mapping" / "fixtures" / "instruments.txt"
    assert loader.load_file(page) == (Outcome.LOADED, None)
    rows = run_named(repo, "funding")
    assert {float(r["amount_eur"]): (r["instrument"], r["funder_name"]) for r in rows} == {
        1.5e6: ("loan", "SRIW"),
        4e5: ("guarantee", "SOWALFIN"),
        2e6: ("equity", "SOGEPA"),
        8e5: ("repayable_advance", "Région wallonne"),
        1.5e5: ("grant", "Région wallonne"),
    }
