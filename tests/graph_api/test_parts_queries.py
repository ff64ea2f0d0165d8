"""A total and its parts in a real store: `programmes` counts each sum once, `funding` names a
part's total and the recipient its money reaches (issue 12).

The page (`fixtures/wq-2022-2023-777-parts.txt`, invented) gives two totals under the FEDER, 12
and 9 million euros, with 4.5 + 2 and 5 + 4 million euros of parts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import QuerySolutions

from graph_api.formats import term_text
from graph_api.pipeline import Loader, Outcome
from graph_api.queries import catalogue
from graph_api.repo.embedded import EmbeddedRepo

PAGE = Path(__file__).with_name("fixtures") / "wq-2022-2023-777-parts.txt"
ID = "https://w3id.org/parlgraph/id/"
ERDF = ID + "programme/erdf"
IDELUX = ID + "organisation/idelux"
BASTOGNE = ID + "place/bastogne"


def run_named(repo: EmbeddedRepo, name: str, **values: str) -> list[dict[str, str]]:
    result = repo.query(*catalogue()[name].prepare(values))
    assert isinstance(result, QuerySolutions)
    columns = [v.value for v in result.variables]
    return [{c: term_text(row[c]) for c in columns} for row in result]


@pytest.fixture
def loaded(loader: Loader, repo: EmbeddedRepo) -> EmbeddedRepo:
    assert loader.load_file(PAGE) == (Outcome.LOADED, None)
    return repo


def by_amount(repo: EmbeddedRepo, **values: str) -> dict[float, dict[str, str]]:
    return {float(row["amount_eur"]): row for row in run_named(repo, "funding", **values)}


def test_programme_total_counts_a_total_and_its_parts_once(loaded: EmbeddedRepo) -> None:
    """Regression: the FEDER's total added the 12 and 9 million euros and their parts too."""
    rows = {r["programme"]: r for r in run_named(loaded, "programmes")}
    assert float(rows[ERDF]["funding_total_eur"]) == 12e6 + 9e6
    every_fact = sum(by_amount(loaded))
    assert every_fact == 12e6 + 4.5e6 + 2e6 + 9e6 + 5e6 + 4e6


def test_funding_names_the_total_of_each_part(loaded: EmbeddedRepo) -> None:
    rows = by_amount(loaded)
    totals = {value: row["funding"] for value, row in rows.items()}
    assert {value: row["part_of"] for value, row in rows.items()} == {
        12e6: "",
        4.5e6: totals[12e6],
        2e6: totals[12e6],
        9e6: "",
        5e6: totals[9e6],
        4e6: totals[9e6],
    }


def test_a_part_reaches_its_own_recipient_else_its_totals(loaded: EmbeddedRepo) -> None:
    rows = by_amount(loaded)
    assert rows[4.5e6]["recipient"] == BASTOGNE  # its clause names the commune
    assert rows[2e6]["recipient"] == IDELUX  # "pour l'équipement du parc": IDELUX's money
    assert rows[2e6]["recipient_name"] == rows[12e6]["recipient_name"]
    assert sorted(by_amount(loaded, recipient=IDELUX)) == [2e6, 12e6]
    # The graph gives the part no recipient of its own: the total's is not stated twice.
    own = loaded.query(
        "ASK { ?part <http://purl.org/dc/terms/isPartOf> ?total ."
        f" ?part <http://schema.org/fundedItem> <{IDELUX}> }}"
    )
    assert not bool(own)


def test_funding_keeps_the_contract_columns_and_appends_part_of_then_instrument(
    loaded: EmbeddedRepo,
) -> None:
    columns = list(run_named(loaded, "funding")[0])
    assert columns[:12] == [
        "question",
        "recipient",
        "recipient_name",
        "amount_eur",
        "approximation",
        "period_start",
        "period_end",
        "programme",
        "programme_name",
        "quote",
        "funder",
        "funder_name",
    ]
    assert columns[-5:] == ["funding", "part_of", "instrument", "method", "confidence"]


CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.mark.parametrize(
    ("page", "programme", "total"),
    [
        # 255 M "montant total" of the FRIC for 2019-2021, then four communes' FRIC 2019-2021
        # dotations: 258.4 M before the parts were linked.
        ("doc-33.txt", "programme/fric", 255e6),
        # The call's 74 M, and a table of three rows with its Total row of 853,300 euros: 75.7 M
        # before. The text does not say the province's 2022 table is within the call's 74 M.
        ("doc-34.txt", "programme/ureba", 74e6 + 853_300),
    ],
)
def test_a_development_page_programme_total_is_the_total_it_gives(
    loader: Loader, repo: EmbeddedRepo, page: str, programme: str, total: float
) -> None:
    assert loader.load_file(CORPUS / page) == (Outcome.LOADED, None)
    rows = {r["programme"]: r for r in run_named(repo, "programmes")}
    assert float(rows[ID + programme]["funding_total_eur"]) == total
