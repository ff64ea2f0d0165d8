"""Place names that are part of other names (`entities/places.py`, `entities/lookup.py`).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from loaders.extract.entities import find_entities
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
