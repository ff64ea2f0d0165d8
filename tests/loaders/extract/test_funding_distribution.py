"""An envelope and the distribution that shares it (`funding/distribution.py`).

Sentences are invented for these tests; mentions are built by hand (see test_funding.mentions_of)
so that the rules are tested apart from the entity recogniser.
"""

from __future__ import annotations

from loaders.record import Period

from .test_funding import valued_facts as facts
from .test_funding_lists import AGENCY, FUND, ID, ORG_A, ORG_B

NAMES = (
    ("Fonds Y", "programme", FUND),
    ("Pôle Alpha", "organisation", ORG_A),
    ("Pôle Beta", "organisation", ORG_B),
)
SPAN = Period("2021", "2023")


def test_shares_in_the_distributing_sentence_take_the_envelope_s_programme_and_period() -> None:
    # Broke: "Le montant alloué se répartit comme suit : X reçoit N, Y M" gave the shares no
    # programme, period nor funder: the envelope is the sentence before.
    text = (
        "Au titre du Fonds Y, une enveloppe de 900.000 euros a été octroyée pour la période "
        "2021-2023. Les subventions sont liquidées par l'Agence Z.\n\n"
        "Le montant alloué se répartit comme suit : le Pôle Alpha reçoit 500.000 euros et le "
        "Pôle Beta 300.000 euros. Le solde, soit 100.000 euros, finance le Pôle Beta pour une "
        "étude."
    )
    found = facts(text, *NAMES, ("Agence Z", "organisation", AGENCY))
    assert [(v, f.programme, f.period, f.funder) for v, f in found] == [
        (900000.0, FUND, SPAN, AGENCY),
        (500000.0, FUND, SPAN, AGENCY),
        (300000.0, FUND, SPAN, AGENCY),
        (100000.0, FUND, SPAN, AGENCY),
    ]


def test_rows_of_a_distribution_in_the_next_paragraph_take_the_envelope_it_points_back_to() -> None:
    text = (
        "Une intervention de 700.000 euros inscrite au Fonds Y a été accordée pour la période "
        "2021-2023.\n\n"
        "La répartition prévue est la suivante : Pôle Alpha, 400.000 euros ; Pôle Beta, "
        "300.000 euros."
    )
    found = facts(text, *NAMES)
    assert [(v, f.recipient, f.programme, f.period) for v, f in found][-2:] == [
        (400000.0, ORG_A, FUND, SPAN),
        (300000.0, ORG_B, FUND, SPAN),
    ]


def test_a_distribution_in_a_new_paragraph_that_points_to_nothing_takes_no_envelope() -> None:
    text = (
        "Au titre du Fonds Y, une enveloppe de 900.000 euros a été octroyée pour la période "
        "2021-2023.\n\n"
        "Par ailleurs, les subsides octroyés en 2024 se répartissent comme suit : le Pôle Alpha "
        "reçoit 500.000 euros et le Pôle Beta 300.000 euros."
    )
    found = facts(text, *NAMES)
    assert [(v, f.programme, f.period) for v, f in found][-2:] == [
        (500000.0, None, Period("2024", "2024")),
        (300000.0, None, Period("2024", "2024")),
    ]


def test_money_a_later_sentence_says_a_topic_s_grant_holds_is_a_part_of_it() -> None:
    # Broke: "Pour X, ce montant comprend N pour …" was a fact apart, without the row's period,
    # programme and funder, and given to X a second time.
    text = (
        "Les subventions du Fonds Y octroyées en 2022 se répartissent comme suit :\n"
        "- Pôle Alpha : 500.000 euros ;\n"
        "- Pôle Beta : 300.000 euros.\n\n"
        "Pour le Pôle Beta, ce montant comprend 50.000 euros pour une étude de faisabilité."
    )
    found = facts(text, *NAMES)
    assert [(v, f.recipient, f.programme, f.period, f.part_of) for v, f in found][-1] == (
        50000.0,
        None,
        FUND,
        Period("2022", "2022"),
        1,
    )


TOWN_A = ID + "place/ville-a"
TOWN_B = ID + "place/ville-b"


def test_money_completing_a_grant_reaches_its_party_and_towns_of_its_shares_are_sites() -> None:
    # Broke: "Ce montant est complété par une intervention de N" had no recipient, and the
    # towns of the shares after it ("Ville A, N ; Ville B, M": the body's depots) were read as
    # recipients of their own.
    text = (
        "Au titre du Fonds Y, le Pôle Alpha bénéficie d'une enveloppe de 2 millions d'euros. Ce "
        "montant est complété par une intervention régionale de 900.000 euros.\n\n"
        "La répartition prévue entre ses ateliers est la suivante : Ville A, 500.000 euros ; "
        "Ville B, 400.000 euros."
    )
    found = facts(
        text,
        ("Fonds Y", "programme", FUND),
        ("Pôle Alpha", "organisation", ORG_A),
        ("Ville A", "place", TOWN_A),
        ("Ville B", "place", TOWN_B),
    )
    assert [(v, f.recipient) for v, f in found] == [
        (2e6, ORG_A),
        (900000.0, ORG_A),
        (500000.0, ORG_A),
        (400000.0, ORG_A),
    ]


def test_money_given_that_opens_its_sentence_is_a_grant_without_a_party() -> None:
    # Broke: "Le financement régional atteint N, dont M pour X" lost the total: no party, no
    # programme, no verb of giving, though a noun of money given opens the sentence.
    text = (
        "Le projet associe le Pôle Alpha et le Pôle Beta. Le financement régional atteint "
        "900.000 euros, dont 600.000 euros pour le Pôle Alpha et 300.000 euros pour le Pôle Beta."
    )
    found = facts(text, ("Pôle Alpha", "organisation", ORG_A), ("Pôle Beta", "organisation", ORG_B))
    assert [(v, f.recipient, f.part_of) for v, f in found] == [
        (900000.0, None, None),
        (600000.0, ORG_A, 0),
        (300000.0, ORG_B, 0),
    ]
