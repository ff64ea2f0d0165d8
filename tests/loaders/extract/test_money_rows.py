"""Bare numbers that close the rows of a list of money (`loaders.extract.money_rows`).

The lists are invented for these tests.
"""

from __future__ import annotations

from loaders.extract.amounts import find_amounts


def _values(text: str) -> list[tuple[str, float, str]]:
    return [(a.text, a.value, a.currency) for a in find_amounts(text, "answer")]


def test_rows_without_currency_are_money_when_a_later_sentence_names_it() -> None:
    text = (
        "Les dossiers retenus sont :\n"
        "  - Arville, pour la rue des Tilleuls : 143.850 ;\n"
        "  - Bourg-Neuf, pour la place : 1.097.800.\n"
        "\n"
        "Les montants sont exprimés en euros.\n"
    )
    assert _values(text) == [("143.850", 143850.0, "EUR"), ("1.097.800", 1097800.0, "EUR")]


def test_rows_without_currency_are_money_when_their_lead_names_it() -> None:
    text = "Subsides (en euros) :\n- Arville : 12.500,50 ;\n- Bourg-Neuf : 20.000.\n"
    assert [a[1] for a in _values(text)] == [12500.5, 20000.0]


def test_a_bare_row_takes_the_currency_of_another_row_of_its_list() -> None:
    text = (
        "Les indemnités suivantes ont été liquidées :\n"
        "- aux éleveurs, pour les pertes : 1,2 million de dollars ;\n"
        "- aux transporteurs : 645.000 ;\n"
        "- à la coopérative C : 150.000.\n"
    )
    assert _values(text)[1:] == [("645.000", 645000.0, "USD"), ("150.000", 150000.0, "USD")]


def test_a_list_of_counts_stays_counts() -> None:
    text = "Ménages aidés :\n- Arville : 1.250 ;\n- Bourg-Neuf : 2.400.\n\nChiffres de 2020.\n"
    assert _values(text) == []


def test_a_bare_number_inside_a_row_is_not_money() -> None:
    # The number does not close its row: a count of something the row goes on to name.
    text = "Montants en euros :\n- Arville : 1.250 logements rénovés ;\n- Bourg-Neuf : 20.000.\n"
    assert [a[0] for a in _values(text)] == ["20.000"]


def test_a_short_bare_number_closing_a_row_is_not_money() -> None:
    # Without thousands separators a number is as often a count or a rank.
    text = "Montants en euros :\n- Arville : 850 ;\n- Bourg-Neuf : 20.000.\n"
    assert [a[0] for a in _values(text)] == ["20.000"]


def test_a_bare_number_after_a_colon_outside_a_list_is_not_money() -> None:
    text = "Le nombre de visiteurs : 22.000. Les montants sont exprimés en euros."
    assert _values(text) == []


def test_a_table_s_last_cells_are_money_when_its_lead_names_the_currency() -> None:
    text = (
        "Le CGT a octroyé les subventions suivantes (montants en euros) :\n"
        "\n"
        "Bénéficiaire    Événement    Montant\n"
        "Ville de Bouillon    Médiévales de Bouillon    7.500\n"
        "Commune de Habay\tHabay Folk\t4.000\n"
        "Total    11.500\n"
    )
    assert [a[1:] for a in _values(text)] == [(7500.0, "EUR"), (4000.0, "EUR"), (11500.0, "EUR")]


def test_a_table_of_counts_stays_counts() -> None:
    text = "Commune    Dossiers\nArville    1.250\nBourg-Neuf    2.300\n"
    assert _values(text) == []


def test_a_table_s_last_cells_are_money_when_its_header_names_the_currency() -> None:
    # Broke: a table whose header row alone names the currency ("Montant (€)") had its rows read
    # as no money at all, with no lead sentence before it
    text = "Bénéficiaire\tMontant (€)\nArville\t1.250.000\nBourg-Neuf\t980.000\n"
    assert [a[1:] for a in _values(text)] == [(1_250_000.0, "EUR"), (980_000.0, "EUR")]


def test_a_list_s_unit_scales_its_bare_numbers() -> None:
    # Broke: "en milliers d'euros", "(k€)" were read as euros, so "1.250" was 1,250 euros, a
    # thousandth of the sum; a lead's own sum ("une enveloppe de 12 millions d'euros") is no unit
    text = "Montants (en milliers d'euros) :\n- Arville : 1.250 ;\n- Bourg-Neuf : 2.980.\n"
    assert [a[1:] for a in _values(text)] == [(1_250_000.0, "EUR"), (2_980_000.0, "EUR")]
    text = "Bénéficiaire\tMontant (k€)\nArville\t1.250\nBourg-Neuf\t2.980\n"
    assert [a[1:] for a in _values(text)] == [(1_250_000.0, "EUR"), (2_980_000.0, "EUR")]
    text = (
        "Une enveloppe de 12 millions d'euros se répartit comme suit :\n"
        "- Arville : 1.250.000 ;\n- Bourg-Neuf : 980.000.\n"
    )
    assert [a[1:] for a in _values(text)] == [
        (12_000_000.0, "EUR"),
        (1_250_000.0, "EUR"),
        (980_000.0, "EUR"),
    ]


def test_a_table_s_header_says_which_columns_are_money() -> None:
    # Broke: only a row's last cell was read, so the subsidy before a column of counts was lost
    # and the counts were read as euros; columns of years are money when the table's unit says so
    text = (
        "Bénéficiaire\tSubside (€)\tLogements\n"
        "Arville\t1.250.000\t1.200\nBourg-Neuf\t980.000\t2.300\n"
    )
    assert [a[1:] for a in _values(text)] == [(1_250_000.0, "EUR"), (980_000.0, "EUR")]
    text = (
        "Les subsides (en euros) :\n\nCommune    2019    2020\nArville    1.250.000    2.300.000\n"
    )
    assert [a[1:] for a in _values(text)] == [(1_250_000.0, "EUR"), (2_300_000.0, "EUR")]
    assert _values("Les dossiers :\n\nCommune    2019    2020\nArville    1.250    2.300\n") == []


def test_a_list_row_may_set_its_number_apart_by_a_comma_or_a_dash() -> None:
    text = "Les montants (en euros) :\n- Arville, 1.250.000 ;\n- Bourg-Neuf – 980.000.\n"
    assert [a[1:] for a in _values(text)] == [(1_250_000.0, "EUR"), (980_000.0, "EUR")]


def test_decimal_cells_of_a_table_in_millions_were_no_money() -> None:
    """Regression (session 21, held-out 36): under a lead "(en millions d'euros)", the cells
    "23,8" and "17,4" (no thousands separator) were no amounts; a decimal number in a list
    whose unit does not scale it stays a number."""
    text = (
        "Les aides se répartissent comme suit entre les pôles (en millions d'euros) :\n\n"
        "Domaine    Pôle    Aides\nSciences du vivant    BioWin    23,8\n"
        "Aéronautique et spatial    Skywin    17,4\n"
    )
    assert [(a.text, a.value) for a in find_amounts(text, "answer")] == [
        ("23,8", 23_800_000),
        ("17,4", 17_400_000),
    ]
    text = "Les taux se répartissent comme suit (en euros) :\n\nCommune    Taux\nNamur    23,8\n"
    assert find_amounts(text, "answer") == []
