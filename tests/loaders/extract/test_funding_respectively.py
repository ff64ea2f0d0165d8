""" "respectivement" with parties written as administrations write them (session 21, held-out 6,
25, 33 and 35): an acronym in brackets or a town after the first party, a kind noun before the
second, "de N et de M". Invented sentences; each test is named after what broke.
"""

from __future__ import annotations

import pytest

from loaders.record import Entity, MentionType
from tests.loaders.extract.test_funding import TECHNOCITE, funding_of

ID = "https://w3id.org/parlgraph/id/"
MEUSINVEST = ID + "organisation/meusinvest"
TOWN_A, TOWN_B = ID + "place/ville-a", ID + "place/ville-b"
_NAMES: tuple[tuple[str, MentionType, str], ...] = (
    ("Technocité", "organisation", TECHNOCITE),
    ("Meusinvest", "organisation", MEUSINVEST),
    ("Ville A", "place", TOWN_A),
    ("Ville B", "place", TOWN_B),
)
_ENTITIES = [
    Entity(TOWN_A, "place", "Ville A", classification="municipality"),
    Entity(TOWN_B, "place", "Ville B", classification="municipality"),
]


@pytest.mark.parametrize(
    "sentence",
    [
        # the first party's acronym in brackets
        "Le centre Technocité (TCT) et le fonds Meusinvest perçoivent respectivement 182.000 "
        "euros et 96.000 euros.",
        "La SOWAER a rétrocédé à Technocité (TCT) et à Meusinvest respectivement 14,9 millions "
        "d'euros et 11,3 millions d'euros.",
        # the town the first one stands in, a kind noun before the second
        "Technocité, à Namur, et l'incubateur Meusinvest, à Liège, reçoivent respectivement "
        "820.000 et 96.000 euros.",
    ],
)
def test_respectively_gave_both_amounts_to_the_second_party(sentence: str) -> None:
    facts = funding_of(sentence, *(n for n in _NAMES if n[0] in sentence))
    assert [f.recipient for f in facts] == [TECHNOCITE, MEUSINVEST]


def test_respectively_did_not_read_de_n_et_de_m_as_one_run() -> None:
    text = "Les communes de Ville A et de Ville B disposent respectivement de 341.500 euros et "
    text += "de 289.800 euros."
    facts = funding_of(text, *(n for n in _NAMES if n[0] in text), entities=_ENTITIES)
    assert [f.recipient for f in facts] == [TOWN_A, TOWN_B]
