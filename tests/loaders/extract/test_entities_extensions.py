"""Known names that a longer proper name continues (`entities/extensions.py`).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from loaders.extract.entities import find_entities
from loaders.ids import mint
from loaders.record import Entity, Mention
from loaders.reference.gazetteer import Gazetteer


def read(text: str, gazetteer: Gazetteer) -> tuple[list[Mention], dict[str, Entity]]:
    mentions, entities = find_entities(text, "answer", gazetteer)
    return mentions, {e.id: e for e in entities}


def names(text: str, gazetteer: Gazetteer, kind: str) -> list[str]:
    return [m.text for m in read(text, gazetteer)[0] if m.type == kind]


def test_a_subsidiary_of_a_known_body_is_its_own_body(gazetteer: Gazetteer) -> None:
    # It was read as IDELUX, the parent, and the subsidiary was missed.
    mentions, entities = read("L'intercommunale IDELUX Développement perçoit le solde.", gazetteer)
    [body] = [m for m in mentions if m.type == "organisation"]
    assert body.text == "IDELUX Développement"
    assert entities[body.id or ""].part_of == mint("organisation", "idelux")


def test_a_bank_named_with_its_business_is_one_name(gazetteer: Gazetteer) -> None:
    text = "Le solde sera emprunté auprès de Belfius Banque."
    assert names(text, gazetteer, "organisation") == ["Belfius Banque"]


def test_the_short_form_in_brackets_is_the_same_body(gazetteer: Gazetteer) -> None:
    text = (
        "Le Service public de Wallonie Energie (SPW Energie) suit les dossiers. "
        "Le SPW Energie les instruit."
    )
    mentions, entities = read(text, gazetteer)
    bodies = {m.id for m in mentions if m.type == "organisation"}
    assert len(bodies) == 1
    assert entities[bodies.pop() or ""].label == "Service public de Wallonie Energie"


def test_a_part_of_a_known_programme_is_its_own_programme(gazetteer: Gazetteer) -> None:
    text = "Il est soutenu par le programme Interreg Euregio Meuse-Rhin depuis 2019."
    mentions, entities = read(text, gazetteer)
    [scheme] = [m for m in mentions if m.type == "programme"]
    assert scheme.text == "Interreg Euregio Meuse-Rhin"
    assert entities[scheme.id or ""].level == "eu"
    assert entities[scheme.id or ""].part_of == mint("programme", "interreg")


def test_a_programme_name_keeps_its_complements(gazetteer: Gazetteer) -> None:
    text = "La gare est inscrite au Plan Infrastructures et Mobilité pour tous 2020-2026."
    mentions, entities = read(text, gazetteer)
    [scheme] = [m for m in mentions if m.type == "programme"]
    # the period after the continued name is its edition (session 11's ruling), part of it
    assert scheme.text == "Plan Infrastructures et Mobilité pour tous 2020-2026"
    family = entities[str(entities[scheme.id or ""].part_of)]
    assert family.label == "Plan Infrastructures et Mobilité pour tous"
    text = "Il relève du programme LIFE Nature et biodiversité. Il durera sept ans."
    assert names(text, gazetteer, "programme") == ["LIFE Nature et biodiversité"]


def test_a_project_named_after_its_programme_is_no_programme(gazetteer: Gazetteer) -> None:
    text = "Le projet LIFE Tourbières ardennaises a été approuvé."
    assert "LIFE Tourbières" not in names(text, gazetteer, "programme")


def test_a_competence_centre_after_its_kind_is_the_centre(gazetteer: Gazetteer) -> None:
    # "Centre de compétence" was read as the whole network, and the centre was missed.
    mentions, entities = read("Le Centre de compétence Construform à Châtelet.", gazetteer)
    [body] = [m for m in mentions if m.type == "organisation"]
    assert body.text == "Construform"
    assert entities[body.id or ""].classification == "competence_centre"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Les cours de l'IFAPME de Libramont reprennent.", "IFAPME"),
        ("L'usine Caterpillar Gosselies a fermé.", "Caterpillar"),
        ("Ni le SPW et des OIP ne sont concernés.", "SPW"),
        ("Une étude du SPW Monsieur le Ministre.", "SPW"),
        ("Les sites Natura 2000 BE33035 et BE33037 sont protégés.", None),
    ],
)
def test_what_follows_a_known_name_is_not_always_its_name(
    text: str, body: str | None, gazetteer: Gazetteer
) -> None:
    # "IFAPME de Libramont", "Caterpillar Gosselies" (a site), "SPW et des OIP" were read
    assert names(text, gazetteer, "organisation") == ([body] if body else [])
    if body == "Caterpillar":
        assert names(text, gazetteer, "place") == ["Gosselies"]
    if body is None:
        assert names(text, gazetteer, "programme") == ["Natura 2000"]


def test_a_project_named_after_its_programme_names_no_programme(gazetteer: Gazetteer) -> None:
    # "le projet LIFE Tourbières ardennaises" gave the programme LIFE
    assert names("Le projet LIFE Landes humides a été approuvé.", gazetteer, "programme") == []


def test_a_legal_form_after_a_known_company_is_the_same_company(gazetteer: Gazetteer) -> None:
    # "Liege Airport SA" was a new body, part of Liège Airport: one company counted twice
    mentions, _ = read("Quant à l'exploitant Liege Airport SA, il paie les sonomètres.", gazetteer)
    assert [m.id for m in mentions if m.type == "organisation"] == [
        mint("organisation", "liege-airport")
    ]


def test_a_programme_glued_to_a_word_by_a_hyphen_is_a_component(gazetteer: Gazetteer) -> None:
    # "le FEOGA-Orientation" was the FEOGA, and the joint "FEDER-FTJ" two funds
    mentions, entities = read("Le projet est cofinancé par le FEOGA-Orientation.", gazetteer)
    [component] = [m for m in mentions if m.type == "programme"]
    assert component.text == "FEOGA-Orientation"
    assert entities[component.id or ""].part_of == mint("programme", "feoga")
    # (with a period after it, the component's edition: test_entities_editions.py)
    text = "Il relève du programme FEDER-FTJ Hainaut, géré par l'administration."
    assert names(text, gazetteer, "programme") == ["FEDER-FTJ Hainaut"]


def test_a_short_form_of_a_body_the_document_names_in_full_is_that_body(
    gazetteer: Gazetteer,
) -> None:
    # "l'asbl Pays de X" after "le GAL Pays de X", and "le Comité des droits Y" after "le
    # Comité européen des droits Y", were second bodies
    for text in (
        "Le GAL Vallée du Viroin est agréé. L'asbl Vallée du Viroin reçoit un subside.",
        "Il écrit au Comité européen des droits ruraux. Le Comité des droits ruraux répond.",
    ):
        mentions, _ = read(text, gazetteer)
        assert len({m.id for m in mentions if m.type == "organisation"}) == 1, text
    # a different word, not an adjective, makes another body
    mentions, _ = read(
        "Il écrit au Comité Nord des droits ruraux. Le Comité des droits ruraux répond.",
        gazetteer,
    )
    assert len({m.id for m in mentions if m.type == "organisation"}) == 2


def test_a_region_after_a_known_body_names_its_branch(gazetteer: Gazetteer) -> None:
    # "Solidaris Wallonie a reçu N" was Solidaris and the place Wallonie, which then received
    # the money; a town after a body still names its site
    assert names("Solidaris Wallonie a reçu le solde.", gazetteer, "organisation") == [
        "Solidaris Wallonie"
    ]
    assert names("Solidaris Wallonie a reçu le solde.", gazetteer, "place") == []
    text = "Le solde va à Caterpillar Gosselies."
    assert names(text, gazetteer, "organisation") == ["Caterpillar"]
    assert names(text, gazetteer, "place") == ["Gosselies"]


def test_a_country_after_de_and_a_known_body_names_its_branch(gazetteer: Gazetteer) -> None:
    # "l'asbl Les Restos du Cœur de Belgique" was the known body and the place Belgique; a town
    # after "de" still says where the body stands
    text = "L'asbl Les Restos du Cœur de Belgique reçoit le solde."
    assert names(text, gazetteer, "organisation") == ["Les Restos du Cœur de Belgique"]
    text = "La Fondation Roi Baudouin de Bruxelles reçoit le solde."
    assert names(text, gazetteer, "organisation") == ["Fondation Roi Baudouin"]
    text = "L'IFAPME de Libramont reçoit le solde."
    assert names(text, gazetteer, "organisation") == ["IFAPME"]
    assert names(text, gazetteer, "place") == ["Libramont"]


def test_a_place_inside_a_longer_company_name_is_no_site(gazetteer: Gazetteer) -> None:
    # "Duferco Clabecq Développement" was Duferco and its site at Clabecq: a capitalised word
    # after the place makes the place a word of the name
    text = "La société Duferco Clabecq Développement reçoit le solde."
    assert names(text, gazetteer, "organisation") == ["Duferco Clabecq Développement"]
    assert names(text, gazetteer, "place") == []
    # a day, a title of person or a legal form after the town ends the name there
    for after in ("Mardi dernier", "Monsieur Dupont", "SA"):
        text = f"Le solde va à Caterpillar Gosselies {after}."
        assert names(text, gazetteer, "organisation") == ["Caterpillar"]
        assert names(text, gazetteer, "place") == ["Gosselies"]
