"""Ranges, changes, rates and shared ceilings (loaders/extract/ranges.py).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from loaders.extract.amounts import find_amounts


def read(text: str) -> list[tuple[str, float, float | None, str | None, str]]:
    return [(a.text, a.value, a.high, a.per, a.approximation) for a in find_amounts(text, "answer")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le coût va de 2 à 3 millions d'euros.", ("2 à 3 millions d'euros", 2e6, 3e6)),
        ("La taxe varie entre 5,5 et 6 euros.", ("entre 5,5 et 6 euros", 5.5, 6.0)),
        (
            "On parle de 2,75 milliards à 3 milliards euros.",
            ("2,75 milliards à 3 milliards euros", 2.75e9, 3e9),
        ),
        ("Une aide de 150 ou 180 euros.", ("150 ou 180 euros", 150.0, 180.0)),
        ("Un budget de 500 000 à 2 millions d'euros.", ("500 000 à 2 millions d'euros", 5e5, 2e6)),
        ("Un prix de deux à trois millions d'euros.", ("deux à trois millions d'euros", 2e6, 3e6)),
    ],
)
def test_a_range_is_one_amount_with_its_two_ends(
    text: str, expected: tuple[str, float, float]
) -> None:
    (found,) = read(text)
    assert found[:3] == expected


def test_a_change_is_two_amounts_not_a_range() -> None:
    text = "Une baisse de 52 à 39 euros par mégawatt, et de 85 à 65 euros par certificat."
    assert [(t, v, h, p) for t, v, h, p, _ in read(text)] == [
        ("52", 52.0, None, "mégawatt"),
        ("39 euros", 39.0, None, "mégawatt"),
        ("85", 85.0, None, "certificat"),
        ("65 euros", 65.0, None, "certificat"),
    ]
    assert [a[1] for a in read("Le budget passe de 2 à 3 millions d'euros.")] == [2e6, 3e6]


def test_a_year_or_far_apart_numbers_are_no_range() -> None:
    assert read("Le soutien s'élève pour l'année 2012 à 88.723.900 euros.")[0][:3] == (
        "88.723.900 euros",
        88723900.0,
        None,
    )
    # "pour 2016 à 3.003,25 euros" was a range from 2016 euros
    for text in (
        "La valeur du point est fixée pour 2016 à 3.003,25 euros.",
        "Les aides se sont élevées en 2006 à 24.750 euros.",
    ):
        assert [a[2] for a in read(text)] == [None]
        assert len(read(text)) == 1


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Le tarif est de 1,5 €/kW installé.", "kW"),
        ("Une moyenne de 240 000 euros par start-up.", "start-up"),
        ("Une amende de 10.000 euros par an et par logement manquant.", "logement"),
        ("Des prêts de 150 euros par an par habitant.", "habitant"),
        ("La taxe s'élève à 6 euros le MWh.", "MWh"),
        ("Le Forem réserve 60 millions d'euros par an.", "an"),
        ("Une perte de 330 000 euros par rapport à 2012.", None),
        ("Un montant de 5 000 euros par la Région.", None),
        ("Un montant de 5 000 euros le lendemain.", None),
    ],
)
def test_a_rate_names_its_unit(text: str, per: str | None) -> None:
    assert read(text)[0][3] == per


def test_a_ceiling_or_voire_carries_over_the_listed_sums() -> None:
    text = "L'aide est plafonnée à 5.000 euros, voire 7.500 euros pour les commerces."
    assert [a[4] for a in read(text)] == ["up_to", "up_to"]
    text = (
        "Un plafond fixé à 1,65 euro par mètre de clôture, 350 euros par abreuvoir et "
        "700 euros par bac."
    )
    assert [(a[1], a[4]) for a in read(text)] == [(1.65, "up_to"), (350, "up_to"), (700, "up_to")]
    text = "Plus de 3 millions d'euros vont à Mons. Namur reçoit 2 millions d'euros."
    assert [a[4] for a in read(text)] == ["more_than", "exact"]
