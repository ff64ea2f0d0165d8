"""What a body owes or pays to run, and money it asks for (session 21, held-out 38): no money
given. Invented sentences; each test is named after what broke.
"""

from __future__ import annotations

import pytest

from loaders.record import MentionType
from tests.loaders.extract.test_funding import COMMUNE, funding_of

_DINANT: tuple[str, MentionType, str] = ("Dinant", "place", COMMUNE)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le CRAC vérifie la trajectoire de la Ville de Dinant, dont les charges de pension "
        "atteignent 52,3 millions d'euros au budget 2024.",
        "La Ville de Dinant, dont la facture énergétique s'élève à 24,6 millions d'euros, attend.",
        "Pour Dinant, le prêt de 2023 s'ajoute à un encours de 21,4 millions d'euros.",
        "La Ville de Dinant s'est engagée à réduire ses dépenses de personnel, qui atteignent "
        "163 millions d'euros.",
        "Pour la commune de Dinant, la cotisation de responsabilisation due pour 2013 s'établit "
        "à 61.400 euros.",
        "Pour Dinant, le solde restant à charge de la commune s'élevant à 26,4 millions d'euros.",
        "La demande de 18 millions d'euros introduite par la Ville de Dinant est à l'examen.",
        "La Ville de Dinant aurait sollicité 18 millions d'euros pour 2024.",
    ],
)
def test_a_town_s_charges_debts_and_requests_are_no_grants(sentence: str) -> None:
    """The encours, the contribution, the share left to the town and both requests were grants
    to the town; the pension charges, the bill and the staff costs were too in held-out 38's
    page, though not alone."""
    assert funding_of(sentence, _DINANT) == []


def test_a_grant_that_covers_a_deficit_is_still_a_grant() -> None:
    # A guard: the noun of a burden after the amount, as its purpose, leaves the grant.
    text = "La Région a octroyé à la commune de Dinant 30.000 euros pour combler son déficit."
    assert [f.recipient for f in funding_of(text, _DINANT)] == [COMMUNE]


def test_a_grant_s_share_of_charges_and_a_guaranteed_volume_are_still_money_given() -> None:
    """Guards (held-out 10, 11, 35 and 38): "l'intervention de la Région dans les charges
    d'intérêt atteint N" and "intervient dans le déficit de X à hauteur de N" are grants; "des
    garanties pour un encours de N" are guarantees."""
    text = (
        "Pour la Ville de Dinant, l'intervention de la Région dans les charges d'intérêt atteint "
    )
    text += "1,1 million d'euros pour 2006."
    assert [f.recipient for f in funding_of(text, _DINANT)] == [COMMUNE]
    text = "La Sowalfin a octroyé à Dinant des garanties pour un encours de 38 millions d'euros."
    assert [f.instrument for f in funding_of(text, _DINANT)] == ["guarantee"]
    text = "La Ville de Dinant intervient pour sa part dans le déficit de son CPAS à hauteur de "
    text += "21,7 millions d'euros en 2025."
    assert [(f.funder, f.instrument) for f in funding_of(text, _DINANT)] == [(COMMUNE, "grant")]


def test_an_amount_set_against_a_town_s_charges_was_a_grant() -> None:
    """Regression (held-out 38): "la cotisation atteindrait N en 2023, contre M en 2018": M
    measures the same charge; set against a grant, it stays one."""
    text = (
        "Pour la Ville de Dinant, la cotisation de responsabilisation atteindrait 6,3 millions "
        "d'euros en 2023, contre 2,1 millions d'euros en 2018."
    )
    assert funding_of(text, _DINANT) == []
    text = "La commune de Dinant a reçu 20.000 euros en 2020, contre 15.000 euros en 2019."
    assert [f.recipient for f in funding_of(text, _DINANT)] == [COMMUNE, COMMUNE]
