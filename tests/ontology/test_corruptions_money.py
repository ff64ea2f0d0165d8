"""Corruptions of the amounts and funding facts (instruments, periods, parts of a total), each
caught by the constraint it names (`corruptions.py`)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from loaders.vocab import DCTERMS, FRAPO, PG, SCHEMA
from tests.ontology.corruptions import (
    Case,
    Mutation,
    add,
    amount,
    assert_caught,
    assert_conforms,
    funding,
    person,
    put,
    question,
    remove,
    set_value,
    typo,
)


def financed_project(g: Graph) -> URIRef:
    """The seed's Minecraft Education Academy, which project 2 of the recovery plan financed."""
    value = next(s for s in g.subjects(PG.financedBy, None) if (s, RDF.type, FRAPO.Project) in g)
    assert isinstance(value, URIRef)
    return value


def period_reversed(g: Graph) -> None:
    node = funding(g)
    set_value(g, node, PG.periodStart, Literal("2027", datatype=XSD.gYear))
    set_value(g, node, PG.periodEnd, Literal("2021", datatype=XSD.gYear))


def grants(g: Graph) -> list[URIRef]:
    """The seed's funding facts, the smallest amount first."""

    def value(grant: URIRef) -> Decimal:
        money = g.value(grant, SCHEMA.amount)
        return Decimal(str(g.value(money, SCHEMA.value)))

    found = [s for s in g.subjects(RDF.type, SCHEMA.MonetaryGrant) if isinstance(s, URIRef)]
    return sorted(found, key=lambda grant: (value(grant), str(grant)))


def with_part(g: Graph) -> tuple[URIRef, URIRef]:
    """The seed's smallest grant made a part of its largest, as a "dont" clause would: (part,
    total). Corruptions of the link start from this."""
    part, total = grants(g)[0], grants(g)[-1]
    g.add((part, DCTERMS.isPartOf, total))
    return part, total


def part_larger_than_its_total(g: Graph) -> None:
    g.add((grants(g)[-1], DCTERMS.isPartOf, grants(g)[0]))


def part_in_another_currency(g: Graph) -> None:
    part, _ = with_part(g)
    money = g.value(part, SCHEMA.amount)
    assert isinstance(money, URIRef)
    set_value(g, money, SCHEMA.currency, Literal("USD"))


def part_of_two_totals(g: Graph) -> None:
    part, _ = with_part(g)
    g.add((part, DCTERMS.isPartOf, grants(g)[-2]))


CASES: dict[str, Case] = {
    "currency not ISO 4217": Case(
        put(amount, SCHEMA.currency, "EURO"), "PatternConstraintComponent", SCHEMA.currency
    ),
    "currency three capitals but no ISO 4217 code": Case(
        put(amount, SCHEMA.currency, "EUE"), "CurrencyIsISO4217"
    ),
    "withdrawn currency (Belgian franc)": Case(
        put(amount, SCHEMA.currency, "BEF"), "CurrencyIsISO4217"
    ),
    "currency in lower case": Case(
        put(amount, SCHEMA.currency, "eur"), "PatternConstraintComponent", SCHEMA.currency
    ),
    "amount value as text": Case(
        put(amount, SCHEMA.value, "1,6 million"), "DatatypeConstraintComponent", SCHEMA.value
    ),
    "amount with two values": Case(
        add(amount, SCHEMA.value, Literal(Decimal("12"))),
        "MaxCountConstraintComponent",
        SCHEMA.value,
    ),
    "approximation outside its scheme": Case(
        put(amount, PG.approximation, PG.StatusAnswered), "InConstraintComponent", PG.approximation
    ),
    "amount without evidence": Case(
        remove(amount, PG.evidence), "MinCountConstraintComponent", PG.evidence
    ),
    "person as funded item": Case(
        lambda g: set_value(g, funding(g), SCHEMA.fundedItem, person(g)),
        "OrConstraintComponent",
        SCHEMA.fundedItem,
    ),
    "person as what finances a project": Case(
        lambda g: set_value(g, financed_project(g), PG.financedBy, person(g)),
        "OrConstraintComponent",
        PG.financedBy,
    ),
    "question as a grant's amount": Case(
        lambda g: set_value(g, funding(g), SCHEMA.amount, question(g)),
        "ClassConstraintComponent",
        SCHEMA.amount,
    ),
    "instrument outside its scheme": Case(
        put(funding, PG.instrument, typo("Donation")),
        "InConstraintComponent",
        PG.instrument,
    ),
    "instrument from another scheme": Case(
        put(funding, PG.instrument, PG.ExceptionalBudget), "InConstraintComponent", PG.instrument
    ),
    "grant without instrument": Case(
        remove(funding, PG.instrument), "MinCountConstraintComponent", PG.instrument
    ),
    "grant both lent and given": Case(
        add(funding, PG.instrument, PG.Loan), "MaxCountConstraintComponent", PG.instrument
    ),
    "period start after its end": Case(period_reversed, "PeriodInOrder"),
    "period as text": Case(
        put(funding, PG.periodStart, "2019"), "DatatypeConstraintComponent", PG.periodStart
    ),
    "part larger than its total": Case(part_larger_than_its_total, "PartWithinItsTotal"),
    "part in another currency than its total": Case(part_in_another_currency, "PartWithinItsTotal"),
    "part of itself": Case(
        lambda g: g.add((funding(g), DCTERMS.isPartOf, funding(g))), "PartWithinItsTotal"
    ),
    "part of two totals": Case(part_of_two_totals, "MaxCountConstraintComponent", DCTERMS.isPartOf),
    "part of an amount": Case(
        lambda g: g.add((funding(g), DCTERMS.isPartOf, amount(g))),
        "ClassConstraintComponent",
        DCTERMS.isPartOf,
    ),
}


@pytest.mark.parametrize("base", [with_part], ids=["part"])
def test_the_base_of_a_family_of_corruptions_conforms(seed_graph: Graph, base: Mutation) -> None:
    """The seed with a grant made a part of another is itself valid: the corruptions built on it
    fail for what they change."""
    assert_conforms(seed_graph, base)


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_corruption_is_caught_by_its_constraint(seed_graph: Graph, name: str) -> None:
    assert_caught(seed_graph, name, CASES[name])
