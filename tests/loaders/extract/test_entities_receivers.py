"""Bodies named only as the subject of a verb of receiving money (invented sentences)."""

from __future__ import annotations

from loaders.extract.entities import find_entities
from loaders.reference.gazetteer import load_gazetteer


def _organisations(text: str) -> set[str]:
    mentions, _ = find_entities(text, "answer", load_gazetteer())
    return {m.label for m in mentions if m.type == "organisation"}


def test_a_name_that_receives_an_amount_is_a_body() -> None:
    found = _organisations(
        "Mosaland a reçu 2 millions d'euros en 2019. Le Géoparc des Fagnes, à Couvin, se voit "
        "attribuer 145.000 euros. La Lanterne magique, quant à elle, perçoit 12.000 euros."
    )
    assert found >= {"Mosaland", "Géoparc des Fagnes", "Lanterne magique"}


def test_coordinated_receivers_are_each_a_body() -> None:
    found = _organisations(
        "Les festivals labellisés sont soutenus ; les Nuits Botaniques de Spa et Les Gibiers de "
        "Potence en perçoivent respectivement 40.000 euros et 35.000 euros."
    )
    assert found >= {"Nuits Botaniques de Spa", "Les Gibiers de Potence"}


def test_kinds_institutions_inhabitants_and_openers_are_no_receivers() -> None:
    assert (
        _organisations(
            "Chaque commune a reçu 20.000 euros. Les CPAS ont reçu 3 millions d'euros. Les "
            "Namurois ont perçu 2 millions d'euros. La Région a reçu 3 millions d'euros. "
            "Celle-ci a perçu 8.000 euros."
        )
        == set()
    )


def test_a_name_after_a_preposition_or_without_an_amount_is_no_receiver() -> None:
    assert (
        _organisations(
            "Le projet de Mosaland a reçu un prix. Selon Vortelo, la ville a reçu 3.000 euros."
        )
        == set()
    )


def test_a_capital_article_before_a_common_noun_or_a_number_is_no_name() -> None:
    """Regression: "Les propriétaires ont reçu N" and "Les 153 CISP ont perçu N" at a sentence's
    start were read as bodies."""
    assert (
        _organisations(
            "Les propriétaires ont reçu 2 millions d'euros. Les 153 CISP ont perçu 74 millions "
            "d'euros. Les partenaires wallons ont reçu 640.000 euros."
        )
        == set()
    )


def test_a_sentence_opening_with_a_common_noun_subject_names_no_body() -> None:
    """Regression: "Le promoteur privé a reçu N" left an empty name after its article and its
    lower-case words were dropped, and the reader failed on it."""
    assert _organisations("Le promoteur privé a reçu 3 millions d'euros.") == set()


def test_an_opening_adverb_a_pronoun_a_title_or_a_complement_is_no_receiver() -> None:
    """Regression (the session's review): "Toutefois, X a perçu N" listed "Toutefois" with X;
    "J'ai reçu", "Madame Dupont a reçu", "les travaux de la Citadelle ont bénéficié" and "Les
    Hautes Fagnes ont bénéficié" made bodies of a pronoun, a person, a complement and a place."""
    found = _organisations(
        "Toutefois, Mosaland a perçu une compensation de 2 millions d'euros. J'ai reçu 35 "
        "demandes pour un montant total de 1,2 million d'euros. Madame Dupont a reçu une "
        "indemnité de 3.500 euros. Les travaux de la Citadelle ont bénéficié de 5 millions "
        "d'euros. Les Hautes Fagnes ont bénéficié de 500.000 euros."
    )
    assert found == {"Mosaland"}
