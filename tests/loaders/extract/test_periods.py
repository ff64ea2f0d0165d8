"""Periods in French texts; the sentences are invented for the tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.extract.periods import find_periods


@pytest.mark.parametrize(
    ("text", "quoted", "years", "bracketed"),
    [
        ("la législature (2019- 2023), ce sont", "2019- 2023", ("2019", "2023"), True),
        ("Le programme 2019-2023 est clos.", "2019-2023", ("2019", "2023"), False),
        ("Le programme 2019 – 2023 est clos.", "2019 – 2023", ("2019", "2023"), False),
        ("Par ailleurs, entre 2019-2022, j’ai pu", "entre 2019-2022", ("2019", "2022"), False),
        ("des budgets entre 2019 et 2022.", "entre 2019 et 2022", ("2019", "2022"), False),
        ("de 2019 à 2023, le centre", "de 2019 à 2023", ("2019", "2023"), False),
        ("de 2019 jusqu'en 2023", "de 2019 jusqu'en 2023", ("2019", "2023"), False),
        ("pour la période 2021-2027", "pour la période 2021-2027", ("2021", "2027"), False),
        ("la programmation 2021-27", "la programmation 2021-27", ("2021", "2027"), False),
        ("du 1er janvier 2019 au 31 décembre 2023", None, ("2019", "2023"), False),
        ("du 01/01/2019 au 31/12/2020", None, ("2019", "2020"), False),
        ("seront dégagés en 2023, dans", "en 2023", ("2023", "2023"), False),
        # a regression: "pour 2019" was read first, and the dash and 2021 left out
        ("les dotations pour 2019-2021 sont", "2019-2021", ("2019", "2021"), False),
        # a regression: "pour 2021 et 2022" was read as 2021 only
        ("prévus pour 2021 et 2022.", "pour 2021 et 2022", ("2021", "2022"), False),
        ("au cours de l’exercice 2022", None, ("2022", "2022"), False),
        # a budget's year
        (
            "Le budget initial 2025 de la Région prévoit",
            "Le budget initial 2025",
            ("2025", "2025"),
            False,
        ),
        ("inscrits au budget 2024.", "au budget 2024", ("2024", "2024"), False),
        # a yearly event's edition, after a preposition of time, is its year
        ("Pour l’édition 2018, le centre", "Pour l’édition 2018", ("2018", "2018"), False),
        ("depuis 2019, le centre", "depuis 2019", ("2019", None), False),
        ("à partir de 2024", None, ("2024", None), False),
        ("jusqu’en 2025", None, (None, "2025"), False),
        ("l’Union européenne (2021-2027).", "2021-2027", ("2021", "2027"), True),
    ],
)
def test_period_forms(
    text: str, quoted: str | None, years: tuple[str | None, str | None], bracketed: bool
) -> None:
    found = find_periods(text)
    assert len(found) == 1, found
    period = found[0]
    assert text[period.start : period.end] == period.text
    assert period.text == (quoted if quoted is not None else text)
    assert (period.start_year, period.end_year) == years
    assert period.bracketed is bracketed


@pytest.mark.parametrize(
    "text",
    [
        "Question écrite du 02/02/2023.",
        "un montant de 1,597 million d’euros",
        "de 2023 à 2019",  # backwards: not a period
        "Appelez le 0478 20 19 20.",
        "Le projet 22 et l’article 2019.",
        "L’édition 2022 de l’appel Zorglab",  # the call's own edition, no time phrase
    ],
)
def test_not_periods(text: str) -> None:
    assert find_periods(text) == []


@settings(max_examples=200, deadline=2000)
@given(
    st.integers(min_value=1950, max_value=2080),
    st.integers(min_value=1, max_value=12),
    st.sampled_from(["{a}-{b}", "{a} - {b}", "({a}- {b})", "entre {a} et {b}", "de {a} à {b}"]),
)
def test_any_closed_period_reads_back(first: int, length: int, form: str) -> None:
    text = "Le centre a reçu des moyens " + form.format(a=first, b=first + length) + " au total."
    found = find_periods(text)
    assert [(p.start_year, p.end_year) for p in found] == [(str(first), str(first + length))]
