"""Acronyms defined in brackets, either way round (`entities/acronyms.py`).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from loaders.extract.entities import find_entities
from loaders.extract.entities.acronyms import prefixes_fit
from loaders.reference.gazetteer import load_gazetteer


def _found(text: str) -> set[tuple[str, str]]:
    mentions, _ = find_entities(text, "answer", load_gazetteer())
    return {(m.type, m.text) for m in mentions if m.type in {"organisation", "programme"}}


@pytest.mark.parametrize(
    ("letters", "long_form", "skip", "fits"),
    [
        ("pollec", "Politique Locale Energie Climat", False, True),
        ("srpa", "Société royale protectrice des animaux", False, True),
        ("srpa", "Société royale protectrice des animaux de Namur", False, False),
        ("srpa", "Société royale protectrice des animaux de Namur", True, True),
        ("hcr", "Haut-Commissariat des Nations unies pour les réfugiés", True, True),
        ("xcr", "Haut-Commissariat des Nations unies pour les réfugiés", True, False),
    ],
)
def test_letters_come_from_word_beginnings_in_order(
    letters: str, long_form: str, skip: bool, fits: bool
) -> None:
    assert prefixes_fit(letters, long_form.replace("-", " ").split(), skip) is fits


def test_a_long_form_whose_initials_skip_words_defines_its_acronym() -> None:
    # "la Société royale protectrice des animaux de Liège (SRPA)" gave "Société royale", and the
    # UN refugee agency "(HCR)" was missed: their initials skip a word
    text = (
        "La Ligue royale protectrice des oiseaux de Namur (LRPO) et le Haut-Commissariat des "
        "Nations unies pour les réfugiés (HCR) ont reçu 5.000 euros. La LRPO s'en réjouit."
    )
    assert _found(text) >= {
        ("organisation", "Ligue royale protectrice des oiseaux de Namur"),
        ("organisation", "Haut-Commissariat des Nations unies pour les réfugiés"),
        ("organisation", "LRPO"),
    }


def test_a_long_form_must_open_with_a_head_noun_to_skip_words() -> None:
    assert _found("Les bénévoles des Vallées riantes de Namur (BVN) ont aidé.") == set()


def test_a_period_before_the_acronym_is_not_part_of_the_defined_name() -> None:
    # "le Plan X et Y pour tous 2020-2026 (PXYT)" was a new programme named with its period,
    # and the known "Plan Infrastructures" inside it a second one; the acronym names the plan,
    # and the period after the name makes its edition (session 11's ruling)
    text = "La gare est inscrite au Plan Infrastructures et Routes pour tous 2020-2026 (PIRT)."
    assert _found(text) == {("programme", "Plan Infrastructures et Routes pour tous 2020-2026")}


def test_an_acronym_spelled_by_syllables_after_its_kind_noun() -> None:
    # "le programme POLLEC (Politique Locale Energie Climat)" was missed
    text = "Le programme FORCLIM (Formation Climat Mobilité) aide les communes."
    assert ("programme", "Formation Climat Mobilité") in _found(text)


def test_a_long_form_after_a_known_acronym_is_another_name_of_it() -> None:
    # "l'ADEPS (Administration générale du Sport)" made a second, new body from the long form
    mentions, _ = find_entities(
        "Via l'ADEPS (Administration générale du Sport), la FWB équipe les centres.",
        "answer",
        load_gazetteer(),
    )
    bodies = {m.text: m.id for m in mentions if m.type == "organisation"}
    assert bodies["Administration générale du Sport"] == bodies["ADEPS"]


def test_a_shorter_long_form_of_a_known_acronym_in_any_case_is_that_body() -> None:
    # "l'Agence wallonne à l'exportation (Awex)" gave a new "Agence wallonne"
    mentions, entities = find_entities(
        "L'Agence wallonne à l'exportation (Awex) ouvrira un bureau à Dakar.",
        "answer",
        load_gazetteer(),
    )
    labels = {e.id: e.label for e in entities}
    # the acronym spelt as a word is the reference body too (`gazetteer.spelt_as_words`)
    assert [(m.text, labels[m.id or ""]) for m in mentions if m.type == "organisation"] == [
        ("Agence wallonne à l'exportation", "AWEX"),
        ("Awex", "AWEX"),
    ]


def test_a_capitalised_word_in_brackets_the_reference_lacks_defines_nothing() -> None:
    assert _found("Le Comité national des éleveurs (Nadrin) a siégé.") == {
        ("organisation", "Comité national des éleveurs")
    }


def test_a_lower_case_long_form_with_a_dotted_acronym_lost_its_acronym() -> None:
    # "du syndicat des indépendants et des P.M.E. (SDI)": SDI was read alone, without its name
    text = (
        "Une enquête du syndicat des indépendants et des P.M.E. (SDI) le montre. "
        "Le SDI demande une réforme."
    )
    mentions, entities = find_entities(text, "answer", load_gazetteer())
    named = {m.id for m in mentions if m.type == "organisation"}
    (body,) = [e for e in entities if e.id in named]
    assert body.label == "Syndicat des indépendants et des P.M.E."
    assert body.aliases == ["SDI"]
    assert [m.text for m in mentions if m.id == body.id] == [
        "syndicat des indépendants et des P.M.E.",
        "SDI",
    ]


def test_a_lower_case_plan_with_an_acronym_is_no_scheme() -> None:
    text = "La commune adopte un plan d'action en faveur de l'énergie durable et du climat (PAEDC)."
    assert _found(text) == set()


def test_a_long_form_spans_the_commas_of_a_list_of_names_inside_it() -> None:
    # "la Commission royale des Monuments, Sites et Fouilles (CRMSF)" was cut at the comma
    mentions, entities = find_entities(
        "L'avis de la Commission wallonne des Sites, Paysages et Fouilles (CWSPF) est requis.",
        "answer",
        load_gazetteer(),
    )
    [body] = [e for e in entities if e.type == "organisation"]
    assert body.label == "Commission wallonne des Sites, Paysages et Fouilles"
    assert "CWSPF" in body.aliases
    # a comma that is no list inside the name still ends the long form
    mentions, _ = find_entities(
        "À Namur, la Direction des Routes (DR) a reçu 3 euros.", "answer", load_gazetteer()
    )
    assert [m.text for m in mentions if m.type == "organisation"] == ["Direction des Routes"]


def test_a_contraction_with_one_capital_defines_a_body_opened_by_its_head() -> None:
    # "la Mission régionale pour l'emploi de la province de Luxembourg (Mirelux)" was missed:
    # an acronym needed two capitals
    _, entities = find_entities(
        "La Mission régionale pour l'emploi de Namur (Mirena) organise des séances.",
        "answer",
        load_gazetteer(),
    )
    [body] = [e for e in entities if e.type == "organisation"]
    assert body.label == "Mission régionale pour l'emploi de Namur" and "Mirena" in body.aliases
    # a town in brackets is no contraction, and a lower-case long form defines nothing
    for text in (
        "La Maison de l'emploi de Wavre (Wavre) a écrit.",
        "la mission régionale pour l'emploi de Namur (Mirena) organise.",
    ):
        _, entities = find_entities(text, "answer", load_gazetteer())
        assert not any("Mirena" in e.aliases or "Wavre" in e.aliases for e in entities)


def test_a_kind_of_body_with_an_acronym_became_one_body_named_after_the_kind() -> None:
    """Regression (session 21, held-out 33): "se doter d'un groupe d'action locale (GAL)" made
    a body "Groupe d'action locale", and every "GAL Pays de Herve Futur" after it read as that
    body."""
    text = (
        "Chaque territoire peut se doter d'un groupe d'action locale (GAL). Le GAL Pays de "
        "Herve Futur a reçu 5.000 euros."
    )
    found = _found(text)
    assert ("organisation", "GAL Pays de Herve Futur") in found
    assert ("organisation", "groupe d'action locale") not in found
    # One body named with its definite article keeps its acronym.
    found = _found(
        "L'Agence wallonne du patrimoine (AWAP) a reçu 5.000 euros. L'AWAP s'en réjouit."
    )
    assert ("organisation", "AWAP") in found
