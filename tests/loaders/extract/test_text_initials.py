"""Sentence ends after one capital: an initial ("J. Dupont") or a one-letter name ending its
sentence ("le Fonds Y. Les montants …"). Sentences invented for these tests."""

from __future__ import annotations

from loaders.extract.text import sentences


def _split(text: str) -> list[str]:
    return [text[start:end] for start, end in sentences(text)]


def test_a_one_letter_name_before_an_article_and_a_common_noun_ends_its_sentence() -> None:
    # The capital was read as an initial: the two sentences were one, and the money of the
    # second took the scheme of the first.
    text = "Le projet relève du Fonds Y. Le montant octroyé à Arville est de 3 millions d'euros."
    assert _split(text) == [
        "Le projet relève du Fonds Y.",
        "Le montant octroyé à Arville est de 3 millions d'euros.",
    ]


def test_a_one_letter_name_before_a_subject_pronoun_ends_its_sentence() -> None:
    assert _split("Il relève de l'axe B. Il a reçu 2 millions d'euros.") == [
        "Il relève de l'axe B.",
        "Il a reçu 2 millions d'euros.",
    ]


def test_an_initial_before_a_surname_does_not_end_a_sentence() -> None:
    assert len(_split("Selon J. Dupont, le montant est juste.")) == 1
    assert len(_split("Le Ministre J. Le Hodey a signé l'arrêté.")) == 1
