"""French sums of money: written forms, qualifiers, and the numbers that are not money, by example
(`test_amounts_properties.py` generates them).

The sentences here are invented for the tests, except the seed page, read from the sample corpus.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from loaders.extract.amounts import find_amounts, parse_amount

SEED = (
    Path(__file__).parents[3]
    / "loaders/sources/walloon/sample/walloon-written-question-292-2022-2023.txt"
)


def seed_parts() -> tuple[str, str]:
    """(question text, answer text) of the seed page, lines dedented, as a parser would give."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    asker = next(i for i, line in enumerate(lines) if "de GALANT Jacqueline" in line)
    answer_head = next(i for i, line in enumerate(lines) if "Réponse du" in line)
    responder = next(i for i, line in enumerate(lines) if "de BORSUS Willy" in line)
    question = "\n".join(line.strip() for line in lines[asker + 2 : answer_head]).strip()
    answer = "\n".join(line.strip() for line in lines[responder + 1 :]).strip()
    return question, answer


SEPTANTE = "septante-cinq millions d’euros"
COMPOUND = "un million cinq cent mille euros"


def one(text: str) -> tuple[str, float, str, str]:
    found = find_amounts(text, "answer")
    assert len(found) == 1, found
    amount = found[0]
    assert text[amount.start : amount.end] == amount.text
    return amount.text, amount.value, amount.currency, amount.approximation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ce sont 9 millions d'euros qui", ("9 millions d'euros", 9e6, "EUR", "exact")),
        ("soit 1,2 million d’euros.", ("1,2 million d’euros", 1.2e6, "EUR", "exact")),
        ("un subside de 300 000 euros", ("300 000 euros", 3e5, "EUR", "exact")),
        ("un subside de 300\u00a0000 euros", ("300\u00a0000 euros", 3e5, "EUR", "exact")),
        ("un subside de 300\u202f000 €", ("300\u202f000 €", 3e5, "EUR", "exact")),
        ("au total 8.782.205 euros.", ("8.782.205 euros", 8782205.0, "EUR", "exact")),
        ("soit 122.718,81 euros", ("122.718,81 euros", 122718.81, "EUR", "exact")),
        ("2 milliards d'euros", ("2 milliards d'euros", 2e9, "EUR", "exact")),
        ("un budget de 2,5 M€ en", ("2,5 M€", 2.5e6, "EUR", "exact")),
        ("une prime de 15.000 €", ("15.000 €", 15000.0, "EUR", "exact")),
        ("une prime de € 15.000", ("€ 15.000", 15000.0, "EUR", "exact")),
        ("une prime de EUR 15.000", ("EUR 15.000", 15000.0, "EUR", "exact")),
        ("il reçoit 40 k€ par an", ("40 k€", 40000.0, "EUR", "exact")),
        ("cinq millions d'euros", ("cinq millions d'euros", 5e6, "EUR", "exact")),
        ("quatre-vingt-dix mille euros", ("quatre-vingt-dix mille euros", 9e4, "EUR", "exact")),
        (SEPTANTE, (SEPTANTE, 75e6, "EUR", "exact")),
        ("vingt et un mille euros", ("vingt et un mille euros", 21000.0, "EUR", "exact")),
        (COMPOUND, (COMPOUND, 1.5e6, "EUR", "exact")),
        ("10 millions de dollars", ("10 millions de dollars", 1e7, "USD", "exact")),
        ("5 millions USD", ("5 millions USD", 5e6, "USD", "exact")),
        ("£ 300 par mois", ("£ 300", 300.0, "GBP", "exact")),
        ("1 000 CHF", ("1 000 CHF", 1000.0, "CHF", "exact")),
    ],
)
def test_written_forms(text: str, expected: tuple[str, float, str, str]) -> None:
    got = one(text)
    assert got[0] == expected[0]
    assert math.isclose(got[1], expected[1])
    assert got[2:] == expected[2:]


@pytest.mark.parametrize(
    ("text", "quoted", "approximation"),
    [
        ("près de 9 millions d’euros", "près de 9 millions d’euros", "about"),
        ("près d'un million d'euros", "près d'un million d'euros", "about"),
        ("environ 2 millions d'euros", "environ 2 millions d'euros", "about"),
        ("de l’ordre de 1,597 million d’euros", "de l’ordre de 1,597 million d’euros", "about"),
        ("approximativement 12 euros", "approximativement 12 euros", "about"),
        ("quelque 200 millions d'euros", "quelque 200 millions d'euros", "about"),
        ("9 millions d'euros environ", "9 millions d'euros environ", "about"),
        ("plus de 1,6 million d’euros", "plus de 1,6 million d’euros", "more_than"),
        ("plus d'un million d'euros", "plus d'un million d'euros", "more_than"),
        ("au-delà de 2 millions d'euros", "au-delà de 2 millions d'euros", "more_than"),
        ("supérieur à 10.000 euros", "supérieur à 10.000 euros", "more_than"),
        ("au moins 500 euros", "au moins 500 euros", "more_than"),
        ("moins de 20 000 euros", "moins de 20 000 euros", "less_than"),
        ("inférieur à 1.000 €", "inférieur à 1.000 €", "less_than"),
        ("jusqu'à 3 millions d'euros", "jusqu'à 3 millions d'euros", "up_to"),
        ("jusqu’à 3 millions d’euros", "jusqu’à 3 millions d’euros", "up_to"),
        ("au maximum 5.000 euros", "au maximum 5.000 euros", "up_to"),
        ("un maximum de 5.000 euros", "un maximum de 5.000 euros", "up_to"),
        ("plafonné à 25.000 euros", "plafonné à 25.000 euros", "up_to"),
        ("pas plus de 500 euros", "pas plus de 500 euros", "up_to"),
        ("un plafond de 10.000 euros", "plafond de 10.000 euros", "up_to"),
        ("un montant maximal de 8.000 euros", "maximal de 8.000 euros", "up_to"),
        ("sans dépasser 900 euros", "sans dépasser 900 euros", "up_to"),
    ],
)
def test_qualifiers(text: str, quoted: str, approximation: str) -> None:
    got = one(f"Le Gouvernement a dégagé {text} pour ce projet.")
    assert got[0] == quoted
    assert got[3] == approximation


@pytest.mark.parametrize(
    ("text", "approximation"),
    [
        ("L'aide ne peut dépasser 4.000 euros par ménage.", "up_to"),
        ("La prime ne pourra pas excéder les 2.500 euros.", "up_to"),
        ("Les dépenses ont dépassé les 3 millions d'euros.", "more_than"),
        ("Le seuil de 40.000 euros est dépassé dans deux cas.", "more_than"),
    ],
)
def test_verbs_of_exceeding(text: str, approximation: str) -> None:
    assert [a.approximation for a in find_amounts(text, "answer")] == [approximation]


def test_numbers_listed_before_a_scale_and_currency_share_them() -> None:
    text = "Les deux villes ont reçu respectivement 12,4 et 9,1 millions d'euros."
    assert [(a.text, a.value) for a in find_amounts(text, "answer")] == [
        ("12,4", 12.4e6),
        ("9,1 millions d'euros", 9.1e6),
    ]
    text = "Trois lots de 2, 3 et 4 millions d'euros ont été attribués."
    assert [a.value for a in find_amounts(text, "answer")] == [2e6, 3e6, 4e6]


def test_a_range_is_one_amount_and_a_year_does_not_share_the_scale() -> None:
    text = "Le coût se situe entre 2 et 3 millions d'euros."
    assert [(a.value, a.high, a.text) for a in find_amounts(text, "answer")] == [
        (2e6, 3e6, "entre 2 et 3 millions d'euros")
    ]
    text = "En 2019 et 2020, 5 millions d'euros ont été versés."
    assert [a.value for a in find_amounts(text, "answer")] == [5e6]


def test_a_bare_scale_after_a_sentence_naming_the_currency_is_money() -> None:
    text = "Le budget total atteint 400 millions d'euros. La Région en apporte 120 millions."
    assert [a.value for a in find_amounts(text, "answer")] == [400e6, 120e6]
    text = "Le chantier coûte 4 millions d'euros. Il dessert 2 millions d'usagers."
    assert [a.value for a in find_amounts(text, "answer")] == [4e6]


def test_currency_from_context_for_a_bare_scale() -> None:
    assert one("Le budget total s'élève à 54,1 millions.")[1:3] == (54.1e6, "EUR")
    dollars = "Le contrat est libellé en dollars. Son montant atteint 3 millions."
    assert one(dollars)[1:3] == (3e6, "USD")


def test_a_scale_followed_by_a_money_noun_is_money() -> None:
    text = "La société a octroyé 54,1 millions de garanties bancaires."
    assert one(text)[:3] == ("54,1 millions", 54.1e6, "EUR")


def test_elided_preposition_before_a_qualifier() -> None:
    assert one("Un montant d'environ 40 millions d'euros.")[0] == "environ 40 millions d'euros"


def test_singular_scale_reads_a_dot_as_decimal() -> None:
    assert one("un montant de 1.597 million d'euros")[1] == pytest.approx(1597000.0)


def test_bare_number_governed_by_a_money_noun() -> None:
    assert one("un subside de 15.000 pour les clubs")[1] == 15000.0
    assert one("Le coût s'élève à 300 000, hors TVA.")[1] == 300000.0


@pytest.mark.parametrize(
    "text",
    [
        "Technocité a formé près de 60 000 personnes depuis sa création.",
        "Ils ont permis à 15 000 chercheurs d'emploi de retrouver un emploi.",
        "La Wallonie compte 3,6 millions d'habitants et un budget propre.",
        "Le budget augmente de 25 % cette année.",
        "Le budget augmente de 25 pour cent.",
        "Le budget 2019 a été adopté le 02/02/2019.",
        "Le budget du projet 22 pour les centres.",
        "L'article 15 du budget prévoit une dotation.",
        "Une éolienne de 15 MW, un tracé de 3 km, un bassin de 300 m³, 40 m² et 12 tonnes.",
        "Appelez le 065 40 12 12 pour un subside.",
        "Le financement porte sur 1,2 million de personnes.",
        "Les budgets de la période 2019-2023 et de 2021-2027.",
        "Il y a cinq sites et un budget.",
        "Le pays compte 3,5 millions de jeunes. Il en attend 6 à 9 millions par an.",
        "Le retour sur investissement est de 7 à 9 ans.",
        "Les dépenses concernent des millions de ménages.",
    ],
)
def test_not_amounts(text: str) -> None:
    assert find_amounts(text, "question") == []


def test_seed_page_has_four_amounts_in_the_answer_and_none_in_the_question() -> None:
    question, answer = seed_parts()
    assert find_amounts(question, "question") == []
    found = find_amounts(answer, "answer")
    assert [(a.text, a.value, a.approximation) for a in found] == [
        ("près de 9 millions d’euros", 9e6, "about"),
        ("près de 1,2 million d’euros", 1.2e6, "about"),
        ("plus de 1,6 million d’euros", 1.6e6, "more_than"),
        ("de l’ordre de 1,597 million d’euros", 1597000.0, "about"),
    ]
    assert all(answer[a.start : a.end] == a.text and a.currency == "EUR" for a in found)


def test_number_words_side_by_side_are_two_numbers() -> None:
    (found,) = find_amounts("La commune reçoit une vingt euros par mois.", "answer")
    assert (found.text, found.value) == ("vingt euros", 20.0)
    (found,) = find_amounts("Un don de quatre-vingt-dix euros.", "answer")
    assert found.value == 90.0
    # "cent" and "mille" stand alone for 100 and 1000: an article before them is not "one".
    (found,) = find_amounts("Elle verse une cent euros de plus.", "answer")
    assert (found.text, found.value) == ("cent euros", 100.0)
    (found,) = find_amounts("Il reste un mille euros à payer.", "answer")
    assert (found.text, found.value) == ("mille euros", 1000.0)
    (found,) = find_amounts("Un budget de un million d'euros.", "answer")
    assert found.value == 1_000_000.0


def test_parse_amount() -> None:
    assert parse_amount("près de 9 millions d’euros") == (9e6, "EUR", "about")
    assert parse_amount("60 000 personnes") is None


def test_a_bare_scaled_number_takes_the_kind_of_its_nearest_scaled_neighbour() -> None:
    text = (
        "L'Europe prévoit six milliards pour les régions.\n\n"
        "La province pourra compter sur près de 120 millions. Le Forem y réserve 60 millions "
        "d'euros."
    )
    assert [a.value for a in find_amounts(text, "answer")] == [6e9, 120e6, 60e6]


def test_a_word_between_number_and_scale_and_the_long_hand_are_read() -> None:
    text = "Plus de 50 autres millions sont engagés, et 2.000.000 d'euros sont versés."
    assert [(a.text, a.value, a.approximation) for a in find_amounts(text, "answer")] == [
        ("Plus de 50 autres millions", 50e6, "more_than"),
        ("2.000.000 d'euros", 2e6, "exact"),
    ]


@pytest.mark.parametrize(
    ("text", "approximation"),
    [
        ("Les pertes dépassent 300 millions d'euros.", "more_than"),
        ("Un déficit qui dépasse les 53.000 euros.", "more_than"),
        (
            "L'investissement dépasserait dans un premier temps les 3 milliards d'euros.",
            "more_than",
        ),
        ("Le montant ne peut dépasser 5.000 euros.", "up_to"),
        ("Un coût global approximatif de 4.5 M euros.", "about"),
        ("Un projet qui avoisine les 300 millions d'euros.", "about"),
    ],
)
def test_verbs_and_adjectives_qualify_the_sum(text: str, approximation: str) -> None:
    (found,) = find_amounts(text, "answer")
    assert found.approximation == approximation


def test_a_road_number_before_an_amount_was_listed_with_it() -> None:
    """Regression (held-out 30, page 13): "le long de l'E40, et 2,4 millions d'euros" read "40"
    as a first sum sharing the millions of the second."""
    found = find_amounts(
        "Le parking de Loncin, le long de l'E40, et 2,4 millions d'euros.", "answer"
    )
    assert [a.text for a in found] == ["2,4 millions d'euros"]


def test_a_sum_glued_to_its_words_stays_a_sum() -> None:
    """Regression (the session's review): the road codes' rule dropped "de250.000 euros"."""
    found = find_amounts("Un subside de250.000 euros et un total de EUR150.000.", "answer")
    assert [a.value for a in found] == [250_000, 150_000]
