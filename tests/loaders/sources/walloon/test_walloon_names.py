"""Names as the parliament prints them (`SURNAME Given`) to display names."""

from __future__ import annotations

import pytest

from loaders.sources.walloon.names import display_name, looks_like_name


@pytest.mark.parametrize(
    ("as_written", "expected"),
    [
        ("GALANT Jacqueline", ("Jacqueline", "Galant", "Jacqueline Galant")),
        ("DI RUPO Elio", ("Elio", "Di Rupo", "Elio Di Rupo")),
        (
            "de COSTER-BAUCHAU Sybille",
            ("Sybille", "de Coster-Bauchau", "Sybille de Coster-Bauchau"),
        ),
        ("GONZALEZ MOYANO Virginie", ("Virginie", "Gonzalez Moyano", "Virginie Gonzalez Moyano")),
        ("DE BUE Valérie", ("Valérie", "De Bue", "Valérie De Bue")),
        ("VAN HEES Marc", ("Marc", "Van Hees", "Marc Van Hees")),
        ("BALTUS-MÖRES Jenny", ("Jenny", "Baltus-Möres", "Jenny Baltus-Möres")),
        ("CRUCKE Jean-Luc", ("Jean-Luc", "Crucke", "Jean-Luc Crucke")),
        ("d'URSEL Anne-Laure", ("Anne-Laure", "d'Ursel", "Anne-Laure d'Ursel")),
        ("D'HONDT Marie", ("Marie", "D'Hondt", "Marie D'Hondt")),
        ("van der STRAETEN Piet", ("Piet", "van der Straeten", "Piet van der Straeten")),
        ("  GALANT   Jacqueline ", ("Jacqueline", "Galant", "Jacqueline Galant")),
    ],
)
def test_display_name(as_written: str, expected: tuple[str, str, str]) -> None:
    assert display_name(as_written) == expected


def test_all_capitals_takes_last_word_as_given_name() -> None:
    assert display_name("DUPONT JEAN") == ("Jean", "Dupont", "Jean Dupont")


def test_unreadable_name_is_kept() -> None:
    assert display_name("Jacqueline Galant") == ("", "Jacqueline Galant", "Jacqueline Galant")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GALANT Jacqueline", True),
        ("de COSTER-BAUCHAU Sybille", True),
        ("la Région wallonne", False),
        ("la SNCB a décidé", False),
        ("Monsieur le Ministre", False),
    ],
)
def test_looks_like_name(text: str, expected: bool) -> None:
    assert looks_like_name(text) is expected
