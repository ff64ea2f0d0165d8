"""Gazetteer look-up of places: every country of the world, not only Belgium's neighbours.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from loaders.extract.entities import find_entities
from loaders.reference.gazetteer import Gazetteer


def places(text: str, gazetteer: Gazetteer) -> list[tuple[str, str | None]]:
    mentions, entities = find_entities(text, "answer", gazetteer)
    kinds = {e.id: e.classification for e in entities}
    return [(m.text, kinds.get(m.id or "")) for m in mentions if m.type == "place"]


def test_countries_beyond_the_neighbours_are_places(gazetteer: Gazetteer) -> None:
    # Missed before: only Belgium's neighbours and a few more countries were listed.
    text = (
        "Des partenaires au Bénin, au Sénégal, en Moldavie, en Ukraine, en Haïti, au Maroc et "
        "en République démocratique du Congo ont été soutenus."
    )
    assert places(text, gazetteer) == [
        (name, "country")
        for name in [
            "Bénin",
            "Sénégal",
            "Moldavie",
            "Ukraine",
            "Haïti",
            "Maroc",
            "République démocratique du Congo",
        ]
    ]


def test_a_country_that_is_a_first_name_needs_its_cue(gazetteer: Gazetteer) -> None:
    assert places("Maurice Dupont a rencontré Dominique Martin.", gazetteer) == []
    assert places("Une mission de l'AWEX s'est rendue à Maurice.", gazetteer) == [
        ("Maurice", "country")
    ]


def test_international_bodies_ngos_and_federal_institutions_are_known(
    gazetteer: Gazetteer,
) -> None:
    # These families were missing from the reference data: their names were missed.
    mentions, _ = find_entities(
        "Le HCR, l'UNICEF, Médecins Sans Frontières, Sciensano, la Défense, Publifin et "
        "Visit Flanders ont été consultés.",
        "answer",
        gazetteer,
    )
    assert [m.text for m in mentions if m.type == "organisation"] == [
        "HCR",
        "UNICEF",
        "Médecins Sans Frontières",
        "Sciensano",
        "Défense",
        "Publifin",
        "Visit Flanders",
    ]


def test_common_words_among_them_need_their_case(gazetteer: Gazetteer) -> None:
    mentions, _ = find_entities(
        "La défense des intérêts wallons passe par une IRM et une caritas.", "answer", gazetteer
    )
    assert [m.text for m in mentions if m.type == "organisation"] == []


def test_a_town_that_is_a_word_listed_after_a_place_is_a_place(gazetteer: Gazetteer) -> None:
    # "comme l'ont fait Dinant et Rochefort": Rochefort, a word too, had no cue of its own
    assert places("Comme l'ont fait Dinant et Rochefort, Thuin, Spa ou Ans.", gazetteer) == [
        (name, "municipality") for name in ["Dinant", "Rochefort", "Thuin", "Spa", "Ans"]
    ]
    # a list of other things lends no cue
    assert places("Le Ministre et Spa ; des tapis et Ans.", gazetteer) == []


def test_a_plural_name_with_a_proper_noun_is_the_body_not_a_class(gazetteer: Gazetteer) -> None:
    # "les Gouvernements de la Fédération Wallonie-Bruxelles et de la Région wallonne" lost
    # the first government: a plural alias after "les" was always read as a class of things
    mentions, _ = find_entities(
        "Selon les Restaurants du Cœur et les centres de compétence, rien ne change.",
        "answer",
        gazetteer,
    )
    assert [m.text for m in mentions if m.type == "organisation"] == ["Restaurants du Cœur"]


def test_the_first_plan_marshall_by_its_full_title(gazetteer: Gazetteer) -> None:
    # "le Plan d'actions prioritaires pour l'Avenir wallon" was read as the reference's shorter
    # title inside it, a name no reader of the page would write down
    mentions, _ = find_entities(
        "Le Plan d'actions prioritaires pour l'Avenir wallon a été adopté.", "answer", gazetteer
    )
    assert [(m.text, m.id) for m in mentions] == [
        (
            "Plan d'actions prioritaires pour l'Avenir wallon",
            "https://w3id.org/parlgraph/id/programme/plan-marshall-1",
        )
    ]


def test_a_town_that_needs_a_cue_under_a_town_in_a_tables_column_is_a_place(
    gazetteer: Gazetteer,
) -> None:
    """Regression: "Limbourg" (a municipality, and the Flemish province's French name) was no
    place in a table of towns, where the row above gives the column's kind."""
    text = (
        "Les montants par commune sont les suivants :\n\n"
        "    Commune    Montant\n    Dison    1.210.000\n    Limbourg    450.000\n"
    )
    assert ("Limbourg", "municipality") in places(text, gazetteer)
    assert ("Limbourg", "municipality") not in places("    Limbourg    450.000\n", gazetteer)
