"""Place names that are part of other names (`entities/places.py`, `entities/lookup.py`).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from loaders.extract.amounts import find_amounts
from loaders.extract.entities import find_entities
from loaders.extract.funding import find_funding
from loaders.ids import mint
from loaders.reference.gazetteer import Gazetteer


def places(text: str, gazetteer: Gazetteer) -> list[str]:
    mentions, _ = find_entities(text, "answer", gazetteer)
    return [m.text for m in mentions if m.type == "place"]


def test_a_place_inside_a_body_s_name_without_preposition_is_the_name(
    gazetteer: Gazetteer,
) -> None:
    # "la Fabrique d'église Saint-Martin" gave the section Saint-Martin
    text = "Le subside est octroyé à la Fabrique d'église Saint-Martin et au CPAS de Chimay."
    assert places(text, gazetteer) == ["Chimay"]


def test_a_building_s_dedication_is_no_place(gazetteer: Gazetteer) -> None:
    assert places("L'église Saint-Martin à Arlon sera restaurée.", gazetteer) == ["Arlon"]


def test_a_natural_feature_s_name_is_no_place(gazetteer: Gazetteer) -> None:
    # "les vallées de la Vesdre, de l'Ourthe et de l'Amblève": the river, not the municipality
    text = (
        "Les crues ont touché les vallées de la Vesdre, de l'Ourthe et de l'Amblève, et le "
        "plateau des Tailles, à Houffalize, ainsi que la filière bois de la province de "
        "Luxembourg."
    )
    assert places(text, gazetteer) == ["Houffalize", "province de Luxembourg"]


def test_entre_is_a_cue_for_a_place_that_is_also_a_word(gazetteer: Gazetteer) -> None:
    # "entre Bouillon et Paliseul": Bouillon (also a common word) was missed
    assert places("Une ligne relie entre Bouillon et Paliseul.", gazetteer) == [
        "Bouillon",
        "Paliseul",
    ]


def test_the_ville_de_x_made_a_false_organisation_beside_the_town(gazetteer: Gazetteer) -> None:
    # "la Ville de Namur" gave the organisation "Ville de Namur" beside the place Namur
    for text, town in (
        ("La Ville de Dinant a reçu un subside.", "Dinant"),
        ("La commune de Wavre a introduit un dossier.", "Wavre"),
        ("La Commune d'Etalle a introduit un dossier.", "Etalle"),
        ("L'Administration communale de Mons a introduit un dossier.", "Mons"),
        ("l'administration communale de La Louvière a signé.", "La Louvière"),
    ):
        mentions, _ = find_entities(text, "answer", gazetteer)
        assert [(m.type, m.text) for m in mentions] == [("place", town)], text


def test_a_body_of_the_town_stays_a_body(gazetteer: Gazetteer) -> None:
    text = (
        "Le Collège communal de la Ville de Mons, le CPAS de la Ville de Namur et la Régie "
        "communale autonome de Charleroi ont signé."
    )
    mentions, _ = find_entities(text, "answer", gazetteer)
    assert [(m.type, m.text) for m in mentions] == [
        ("organisation", "Collège communal de la Ville de Mons"),
        ("place", "Mons"),
        ("organisation", "CPAS de la Ville de Namur"),
        ("place", "Namur"),
        ("organisation", "Régie communale autonome de Charleroi"),
        ("place", "Charleroi"),
    ]


def test_money_to_the_ville_de_x_reaches_the_municipality(gazetteer: Gazetteer) -> None:
    text = "Un subside de 50.000 euros est octroyé à la Ville de Namur."
    mentions, entities = find_entities(text, "answer", gazetteer)
    amounts = find_amounts(text, "answer")
    (fact,) = find_funding(text, "answer", amounts, mentions, entities)
    assert fact.recipient == mint("place", "namur")


def test_a_former_municipality_named_short_is_the_one_of_the_town_the_text_names(
    gazetteer: Gazetteer,
) -> None:
    # "reliant Barvaux à Bomal" in a text about Durbuy: Barvaux was read as nothing and Bomal
    # as the section of Ramillies
    def ids(text: str) -> list[str | None]:
        mentions, _ = find_entities(text, "answer", gazetteer)
        return [m.id for m in mentions if m.type == "place"]

    assert ids("À Durbuy, la route qui relie Barvaux à Bomal sera refaite.") == [
        mint("place", "durbuy"),
        mint("place", "barvaux-sur-ourthe"),
        mint("place", "bomal-sur-ourthe"),
    ]
    assert ids("À Ramillies, la route de Bomal sera refaite.")[-1] == mint("place", "bomal")
    # no town named: no short name is read ("Barvaux" alone says nothing)
    assert ids("La route qui relie Barvaux à Liège sera refaite.") == [mint("place", "liege")]


def test_a_square_named_after_a_former_municipality_is_in_it(gazetteer: Gazetteer) -> None:
    # "la place de Haine-Saint-Pierre" lost the section with every street's name
    assert places("On rénove la place de Houdeng-Aimeries.", gazetteer) == ["Houdeng-Aimeries"]
    # a street named after a town leads there, it is not in it
    assert places("On rénove la rue de Namur.", gazetteer) == []


def test_a_table_row_after_an_amount_in_m_euro_keeps_its_town(gazetteer: Gazetteer) -> None:
    # the "M" of "M€" ending the row before was read as "M." (Monsieur) before the next town
    text = "Répartition :\nAndenne : 2,1 M€\nCiney : 0,9 M€\nM. Dinant a signé ; le Ministre Namur."
    assert places(text, gazetteer) == ["Andenne", "Ciney"]


def test_a_village_is_a_place_after_a_cue_only(gazetteer: Gazetteer) -> None:
    # villages of the postal list and halves of joined names were missing (Meyerode, Dreye)
    text = "L'ancienne école de Meyerode et la gare de Dreye. Thommen a voté."
    mentions, entities = find_entities(text, "answer", gazetteer)
    found = {m.text: m.id for m in mentions if m.type == "place"}
    assert list(found) == ["Meyerode", "Dreye"]
    by_id = {e.id: e for e in entities}
    assert by_id[found["Dreye"]].part_of == mint("place", "villers-le-bouillet")


def test_a_town_given_as_an_example_of_places_needs_no_other_cue(gazetteer: Gazetteer) -> None:
    # "les sites mondialement connus comme Waterloo": Waterloo (also a battle) was missed
    text = "Les lieux très visités comme Waterloo attirent. Il parle comme Spa le ferait."
    assert places(text, gazetteer) == ["Waterloo"]
    assert places("des communes telles que Manage ou Ans", gazetteer) == ["Manage", "Ans"]


def test_a_hyphenated_town_written_with_spaces_is_the_town(gazetteer: Gazetteer) -> None:
    # "Commune de Burg Reuland" was missed; "Saint Ghislain" stays the saint
    mentions, _ = find_entities(
        "la zone située à Burg Reuland et Saint Ghislain", "answer", gazetteer
    )
    assert [(m.text, m.id) for m in mentions if m.type == "place"] == [
        ("Burg Reuland", mint("place", "burg-reuland"))
    ]


def test_a_village_the_reference_lacks_is_read_from_its_context(gazetteer: Gazetteer) -> None:
    # "les villages de Dreye et de Vieux-Waleffes", "à Schirm, Commune de Burg Reuland",
    # "Namur (Salzinnes)", "la traversée de Melreux" were missed: unknown villages and quarters
    text = (
        "Les hameaux de Boisfontaine et de Noirval perdent leur bus. La zone située à Grosbec, "
        "commune de Stoumont, sera étendue. Le dépôt de Namur (Bomerée) ferme. À Hotton, la "
        "traversée de Petitfays sera refaite. Le village de Noël approche."
    )
    mentions, entities = find_entities(text, "answer", gazetteer)
    by_id = {e.id: e for e in entities}
    found = {m.text: by_id[m.id] for m in mentions if m.type == "place"}
    assert list(found) == [
        "Boisfontaine",
        "Noirval",
        "Grosbec",
        "Stoumont",
        "Namur",
        "Bomerée",
        "Hotton",
        "Petitfays",
    ]
    towns = {name: found[name].part_of for name in ("Boisfontaine", "Grosbec", "Bomerée")}
    towns["Petitfays"] = found["Petitfays"].part_of
    assert towns == {
        "Boisfontaine": None,
        "Grosbec": mint("place", "stoumont"),
        "Bomerée": mint("place", "namur"),
        "Petitfays": mint("place", "hotton"),
    }
    assert {found[name].classification for name in towns} == {"locality"}


def test_a_feature_of_a_village_is_in_it_and_a_feature_s_own_name_is_no_place(
    gazetteer: Gazetteer,
) -> None:
    # "la grotte de Han-sur-Lesse" lost the village; "Forêt d'Anlier", "Landes des Tailles"
    # (capitalised feature names) gave the villages Anlier and Tailles
    text = (
        "La grotte de Han-sur-Lesse et le lac de Virelles attirent. Le GAL Forêt d'Anlier et "
        "le projet Landes des Tailles sont retenus."
    )
    assert places(text, gazetteer) == ["Han-sur-Lesse", "Virelles"]


def test_a_village_s_facility_names_the_village(gazetteer: Gazetteer) -> None:
    # "son hall omnisports d'Herbesthal" in a text about Lontzen was missed; a station keeps
    # its own name ("la gare de Spa-Géronstère" is no village)
    text = "La commune de Lontzen rénove le hall omnisports de Petitfays et l'église de Noirval."
    mentions, entities = find_entities(text, "answer", gazetteer)
    by_id = {e.id: e for e in entities}
    found = {m.text: by_id[m.id].part_of for m in mentions if m.type == "place"}
    lontzen = mint("place", "lontzen")
    assert found == {
        "Lontzen": mint("place", "province-liege"),
        "Petitfays": lontzen,
        "Noirval": lontzen,
    }
    assert places("Le train s'arrête à la gare de Spa-Géronstère.", gazetteer) == []
