"""Whom a giver's contribution goes to when its sentence names no one (session 21,
`funding/contributions.py`). Invented sentences; each test is named after what broke.
"""

from __future__ import annotations

from loaders.record import Entity, Funding, MentionType
from tests.loaders.extract.test_funding import COMMUNE, TECHNOCITE, funding_of

PROVINCE = "https://w3id.org/parlgraph/id/place/province-de-hainaut"
COMMISSION = "https://w3id.org/parlgraph/id/organisation/commission-europeenne"
DGO4 = "https://w3id.org/parlgraph/id/organisation/spw-dgo4"

_ENTITIES = [
    Entity(COMMUNE, "place", "Dinant", classification="municipality"),
    Entity(PROVINCE, "place", "Province de Hainaut", classification="province"),
    Entity(COMMISSION, "organisation", "Commission européenne", classification="eu_institution"),
    Entity(DGO4, "organisation", "DGO4", classification="public_body"),
    Entity(TECHNOCITE, "organisation", "Technocité", classification="competence_centre"),
]
_NAMES: tuple[tuple[str, MentionType, str], ...] = (
    ("Ville de Dinant", "place", COMMUNE),
    ("Province de Hainaut", "place", PROVINCE),
    ("Commission européenne", "organisation", COMMISSION),
    ("DGO4", "organisation", DGO4),
    ("Technocité", "organisation", TECHNOCITE),
)


def _facts(text: str) -> list[Funding]:
    return funding_of(text, *(n for n in _NAMES if n[0] in text), entities=_ENTITIES)


def test_a_province_s_addition_to_a_town_s_works_had_no_recipient() -> None:
    text = (
        "Entre 2005 et 2009, la DGO4 a liquidé à la Ville de Dinant 1.116.000 euros pour la "
        "consolidation des ruines. La Province de Hainaut y a ajouté 93.000 euros."
    )
    facts = _facts(text)
    assert [f.recipient for f in facts] == [COMMUNE, COMMUNE]


def test_shares_of_a_project_s_money_had_no_recipient() -> None:
    text = (
        "Le projet est mené de 2012 à 2017 par Technocité. La Commission européenne intervient "
        "à concurrence de 50 %, soit 2,6 millions d'euros. La Province de Hainaut apporte pour "
        "sa part 1.950.000 euros."
    )
    facts = _facts(text)
    assert [(f.recipient, f.funder) for f in facts] == [
        (TECHNOCITE, COMMISSION),
        (TECHNOCITE, PROVINCE),
    ]


def test_a_town_s_own_share_or_a_turn_names_no_receiver() -> None:
    # A guard: the town's own money is no grant to anyone, and "Par ailleurs" turns away from
    # the works named before.
    text = (
        "La DGO4 a liquidé à Technocité 1.116.000 euros pour son hall. La Ville de Dinant "
        "apporte 288.000 euros sur fonds propres. Par ailleurs, la Province de Hainaut apporte "
        "40.000 euros."
    )
    facts = {f.funder: f.recipient for f in _facts(text)}
    assert COMMUNE not in facts or facts[COMMUNE] is None
    assert facts.get(PROVINCE) is None


def test_a_contribution_after_a_grant_to_a_described_body_goes_where_the_grant_went() -> None:
    """ "… partagé entre la Province et la Ville de X. L'arrêté accorde à la fabrique une
    subvention de N. La Province intervient pour M": M goes where N went (the body "la
    fabrique" describes), not to the town named two sentences back. (Held-out 2: the rule's
    first form named the town; alone, the learnt model already names the fabrique.)"""
    fabrique = "https://w3id.org/parlgraph/id/organisation/fabrique-saint-arnould"
    text = (
        "La restauration est menée par la Fabrique d'église Saint-Arnould, maître d'ouvrage. Le "
        "solde a été partagé entre la Province de Hainaut et la Ville de Dinant. L'arrêté "
        "accorde à la fabrique d'église une subvention de 2.594.925 euros. La Province de "
        "Hainaut intervient pour 68.287,50 euros."
    )
    facts = funding_of(
        text,
        ("Fabrique d'église Saint-Arnould", "organisation", fabrique),
        *(n for n in _NAMES if n[0] in text),
        entities=[*_ENTITIES, Entity(fabrique, "organisation", "Fabrique d'église Saint-Arnould")],
    )
    assert [f.recipient for f in facts] == [fabrique, fabrique]
