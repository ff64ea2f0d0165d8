"""A funding fact's instrument in RDF: `pg:instrument`, a concept of the closed
`pg:InstrumentScheme`, on every fact (grants included), the lender or investor as
`schema:funder` and the borrower or investee as `schema:fundedItem`.

The page (`fixtures/instruments.txt`, invented) gives one company a loan, a guarantee, an equity
stake, a repayable advance and a grant; its funding facts are compared with a golden graph by
isomorphism (regenerate with `--update-snapshots`, then review).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from graph_api.validation import validate_graph
from loaders.mapping import record_to_graph
from loaders.process import read_document
from loaders.vocab import PG, RDF, SCHEMA
from tests.loaders.mapping.golden import about, assert_golden

FIXTURES = Path(__file__).parent / "fixtures"
PAGE = FIXTURES / "instruments.txt"
GOLDEN = FIXTURES / "instruments.funding.ttl"
ID = "https://w3id.org/parlgraph/id/organisation/"


def mapped() -> Graph:
    return record_to_graph(read_document(PAGE), loader_version="test")


def test_each_fact_has_its_instrument_its_lender_and_its_borrower() -> None:
    graph = mapped()
    found = {}
    for fact in graph.subjects(RDF.type, SCHEMA.MonetaryGrant):
        value = graph.value(graph.value(fact, SCHEMA.amount), SCHEMA.value)
        assert isinstance(value, Literal)
        found[value.toPython()] = (
            graph.value(fact, PG.instrument),
            graph.value(fact, SCHEMA.funder),
            graph.value(fact, SCHEMA.fundedItem),
        )
    biolumen = URIRef(ID + "biolumen")
    assert found == {
        Decimal("1500000"): (PG.Loan, URIRef(ID + "sriw"), biolumen),
        Decimal("400000"): (PG.Guarantee, URIRef(ID + "sowalfin"), biolumen),
        Decimal("2000000"): (PG.Equity, URIRef(ID + "sogepa"), biolumen),
        Decimal("800000"): (PG.RepayableAdvance, URIRef(ID + "region-wallonne"), biolumen),
        Decimal("150000"): (PG.Grant, URIRef(ID + "region-wallonne"), biolumen),
    }
    report = validate_graph(graph)
    assert report.conforms, report.messages[:5]


def test_the_funding_facts_are_their_golden_graph(update_snapshots: bool) -> None:
    assert_golden(about(mapped(), SCHEMA.MonetaryGrant), GOLDEN, update_snapshots)
