"""Whose grant "la subvention de X" names (session 21, `funding/owners.py`): the party that
receives it when X is of a receiving kind, the giver otherwise. Invented sentences; each test is
named after what broke.
"""

from __future__ import annotations

from loaders.record import Entity, MentionType
from tests.loaders.extract.test_funding import COMMUNE, TECHNOCITE, funding_of

REGION = "https://w3id.org/parlgraph/id/organisation/region-wallonne"
FESTIVAL = "https://w3id.org/parlgraph/id/organisation/festival-des-lanternes"

_DINANT: tuple[str, MentionType, str] = ("Dinant", "place", COMMUNE)
_TECHNOCITE_: tuple[str, MentionType, str] = ("Technocité", "organisation", TECHNOCITE)
_ENTITIES = [
    Entity(COMMUNE, "place", "Dinant", classification="municipality"),
    Entity(REGION, "organisation", "Région wallonne", classification="federated_region"),
    Entity(TECHNOCITE, "organisation", "Technocité", classification="competence_centre"),
]


def test_the_subsidy_of_a_town_named_the_town_as_its_giver() -> None:
    """ "La subvention de la Ville de Dinant serait passée de N à M": Dinant gave both."""
    text = (
        "La subvention de la Ville de Dinant serait passée de 780.000 euros en 2020 à "
        "812.000 euros en 2023."
    )
    facts = funding_of(text, _DINANT, entities=_ENTITIES)
    assert [(f.recipient, f.funder) for f in facts] == [(COMMUNE, None), (COMMUNE, None)]


def test_the_grant_of_a_body_the_recogniser_made_named_it_as_its_giver() -> None:
    # A body with no kind in the reference (a pattern's find) receives its "subside".
    text = "Le subside du Festival des lanternes s'élevait à 11.000 euros en 2017."
    facts = funding_of(text, ("Festival des lanternes", "organisation", FESTIVAL))
    assert [(f.recipient, f.funder) for f in facts] == [(FESTIVAL, None)]


def test_a_share_of_a_town_s_endowment_had_no_recipient() -> None:
    text = "Le critère de superficie représente à lui seul 318.400 euros de la dotation de Dinant."
    facts = funding_of(text, _DINANT, entities=_ENTITIES)
    assert [f.recipient for f in facts] == [COMMUNE]


def test_the_subsidy_of_a_giving_kind_or_to_another_party_still_names_its_giver() -> None:
    text = "La subvention de la Région wallonne à Technocité s'élève à 30.000 euros."
    facts = funding_of(
        text,
        ("Région wallonne", "organisation", REGION),
        ("Technocité", "organisation", TECHNOCITE),
        entities=_ENTITIES,
    )
    assert [(f.recipient, f.funder) for f in facts] == [(TECHNOCITE, REGION)]
    text = "La subvention de la Ville de Dinant à Technocité s'élève à 30.000 euros."
    facts = funding_of(
        text, _DINANT, ("Technocité", "organisation", TECHNOCITE), entities=_ENTITIES
    )
    assert [(f.recipient, f.funder) for f in facts] == [(TECHNOCITE, COMMUNE)]
    text = "La subvention de la Région wallonne s'élève à 30.000 euros."
    facts = funding_of(text, ("Région wallonne", "organisation", REGION), entities=_ENTITIES)
    assert [(f.recipient, f.funder) for f in facts] == [(None, REGION)]


def test_a_list_row_names_its_receiver_by_its_role() -> None:
    """ "• le hall, dont la Ville de X est maître d'ouvrage : N" and "dont X assure la maîtrise
    d'ouvrage pour le compte de Y : N": the row's receiver is named by its role. Held-out 34's
    rows had no recipient in their page; alone, the learnt model already names them, so this
    guards the rule rather than reproducing the miss."""
    text = (
        "Les projets retenus sont les suivants :\n"
        "• le hall de gymnastique, dont la Ville de Dinant assure la maîtrise d'ouvrage pour le "
        "compte de deux communes voisines : 3.400.000 euros ;\n"
        "• l'extension du centre, dont Technocité est maître d'ouvrage : 4.100.000 euros."
    )
    facts = funding_of(text, _DINANT, _TECHNOCITE_, entities=_ENTITIES)
    assert [f.recipient for f in facts] == [COMMUNE, TECHNOCITE]


def test_the_maître_d_ouvrage_of_works_whose_cost_follows_receives_nothing() -> None:
    # A guard: the role names who owns the works, and the amount after it is their cost.
    text = (
        "L'allongement de la piste, dont Technocité assure la maîtrise d'ouvrage, est estimé à "
        "38 millions d'euros."
    )
    assert funding_of(text, _TECHNOCITE_, entities=_ENTITIES) == []
