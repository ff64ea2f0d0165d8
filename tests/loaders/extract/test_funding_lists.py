"""Funding facts of lists: a lead ending with a colon, then one allocation per line.

Sentences are invented for these tests; mentions are built by hand (see test_funding.mentions_of)
so that the rules are tested apart from the entity recogniser.
"""

from __future__ import annotations

from loaders.record import Period

from .test_funding import valued_facts as facts

ID = "https://w3id.org/parlgraph/id/"
ORG_A = ID + "organisation/pole-a"
ORG_B = ID + "organisation/pole-b"
AGENCY = ID + "organisation/agence"
TOWN = ID + "place/ville-x"
FUND = ID + "programme/fonds-y"


def test_lead_programme_and_period_pass_to_each_dashed_item() -> None:
    text = (
        "Les subventions octroyées en 2021 au titre du Fonds Y se répartissent comme suit :\n"
        "- Pôle Alpha : 1.250.000 euros ;\n"
        "- Pôle Beta : 730.000 euros."
    )
    found = facts(
        text,
        ("Fonds Y", "programme", FUND),
        ("Pôle Alpha", "organisation", ORG_A),
        ("Pôle Beta", "organisation", ORG_B),
    )
    assert [(v, f.recipient, f.programme, f.period) for v, f in found] == [
        (1250000.0, ORG_A, FUND, Period("2021", "2021")),
        (730000.0, ORG_B, FUND, Period("2021", "2021")),
    ]


def test_year_labels_are_periods_and_the_lead_names_the_recipient() -> None:
    text = (
        "Le soutien régional à l'Agence Z a atteint les montants suivants :\n\n"
        "Année 2018 : 410.000 euros\n\n"
        "2019 : 455.000 euros"
    )
    found = facts(text, ("Agence Z", "organisation", AGENCY))
    assert [(v, f.recipient, f.period) for v, f in found] == [
        (410000.0, AGENCY, Period("2018", "2018")),
        (455000.0, AGENCY, Period("2019", "2019")),
    ]


def test_ordinal_items_in_one_paragraph_and_an_unknown_name_is_left_unresolved() -> None:
    text = (
        "Ont bénéficié des crédits suivants :\n"
        "1° la ville de X : 95.000 euros ;\n"
        "2° Zorglab : 60.000 euros."
    )
    found = facts(text, ("X", "place", TOWN))
    assert [(v, f.recipient) for v, f in found] == [(95000.0, TOWN), (60000.0, None)]
    assert found[1][1].confidence < 1.0  # a grant whose party the reference data does not know


def test_a_colon_in_a_plain_sentence_is_no_list() -> None:
    text = "Le constat est simple : le coût des travaux atteint 80.000 euros."
    assert facts(text) == []


def test_a_one_line_list_after_a_colon_splits_at_semicolons() -> None:
    text = (
        "La répartition est la suivante : Arville : 1,2 million d'euros ; X : 0,8 million d'euros."
    )
    found = facts(text, ("Arville", "organisation", ORG_A), ("X", "place", TOWN))
    assert [(v, f.recipient) for v, f in found] == [(1.2e6, ORG_A), (0.8e6, TOWN)]


def test_a_label_with_a_budget_article_keeps_the_party_in_brackets() -> None:
    text = (
        "Les crédits suivants ont été engagés :\n"
        "• AB 12.03.40 (Pôle Alpha) : 210.000 euros\n"
        "• AB 12.03.41 (Pôle Beta) : 190.000 euros"
    )
    found = facts(text, ("Pôle Alpha", "organisation", ORG_A), ("Pôle Beta", "organisation", ORG_B))
    assert [(v, f.recipient) for v, f in found] == [(210000.0, ORG_A), (190000.0, ORG_B)]


def test_rows_of_a_flattened_table_with_tabs() -> None:
    text = "Montants par bénéficiaire\nPôle Alpha\t75.000 €\nPôle Beta\t64.000 €"
    found = facts(text, ("Pôle Alpha", "organisation", ORG_A), ("Pôle Beta", "organisation", ORG_B))
    assert [(v, f.recipient) for v, f in found] == [(75000.0, ORG_A), (64000.0, ORG_B)]


def test_a_cost_split_into_items_is_no_grant() -> None:
    text = (
        "Le coût des travaux se répartit comme suit :\n"
        "- études : 100.000 euros ;\n"
        "- gros œuvre : 900.000 euros."
    )
    assert facts(text) == []
