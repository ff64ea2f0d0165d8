"""Sentence splitting and lookup keys; the sentences are invented for these tests."""

from __future__ import annotations

import re

from loaders.extract.text import (
    alternation,
    month_names,
    sentence_at,
    sentence_index,
    sentences,
)


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


def test_sentences_skip_abbreviations_and_number_dots() -> None:
    text = "M. le Ministre a versé 1.500 euros. Art. 5 du décret. Fin"
    assert _split(text) == ["M. le Ministre a versé 1.500 euros.", "Art. 5 du décret.", "Fin"]


def test_initials_numero_and_decimals_do_not_end_a_sentence() -> None:
    text = (
        "Le rapport de J. Lambert cite l'art. 12 et le n° 4. "
        "Le taux passe de 2.5 à 3,5. Mme. Dubois répond."
    )
    assert _split(text) == [
        "Le rapport de J. Lambert cite l'art. 12 et le n° 4.",
        "Le taux passe de 2.5 à 3,5.",
        "Mme. Dubois répond.",
    ]


def test_paragraphs_bullets_and_closing_quotes_end_sentences() -> None:
    text = "Le projet « Rives ». Il avance\n\nSuite du texte\n• un point\n• un autre !"
    assert _split(text) == [
        "Le projet « Rives ».",
        "Il avance",
        "Suite du texte",
        "• un point",
        "• un autre !",
    ]


def test_sentence_lookup_by_position() -> None:
    text = "Une phrase.   Une autre."
    spans = sentences(text)
    assert sentence_index(spans, 0) == 0
    assert sentence_index(spans, 12) == 0  # between the two: the one before
    assert sentence_index(spans, text.index("autre")) == 1
    assert sentence_at(text, text.index("autre")) == (14, len(text))
    assert sentence_at("   ", 1) == (0, 3)


def test_the_splitter_cut_inside_a_lower_case_dotted_acronym() -> None:
    # "des p.m.e. (SDI)", "l'a.s.b.l. Les Amis": the dot of a dotted acronym ended the sentence
    text = "Les p.m.e. (SDI) et l'a.s.b.l. Les Amis, c.-à-d. Namur et la s.a. Dupont, signent."
    assert _split(text) == [text]
    assert _split("Le projet Interreg IV. Le suivant.") == ["Le projet Interreg IV.", "Le suivant."]


def test_the_splitter_cut_after_titles_and_references_it_did_not_list() -> None:
    # "Mgr.", "Me.", "Ets.", "Cfr.", "No.", "fig." were read as sentence ends
    for text in (
        "Selon Me. Dupont et Mgr. Léonard, rien.",
        "Les Ets. Dupont et la Sté. Durand, Bd. Tirou, reçoivent.",
        "Cfr. Annexe 3, No. 5 et fig. 2 du rapport.",
    ):
        assert _split(text) == [text]


def test_an_alternation_tries_a_phrase_before_its_beginning_and_any_spacing() -> None:
    pattern = re.compile(alternation(["mis", "mis en œuvre", "a.b"]))
    whole = pattern.match("mis  en\nœuvre")
    assert whole is not None and whole.group() == "mis  en\nœuvre"
    # a dot in a listed word is a dot, not any character
    assert pattern.match("axb") is None and pattern.match("a.b") is not None


def test_month_names_in_calendar_order_and_without_accents() -> None:
    assert month_names()[0] == "janvier" and month_names()[11] == "décembre"
    assert len(month_names()) == 12
    plain = month_names(unaccented=True)
    assert plain.index("fevrier") == plain.index("février") + 1
    assert "aout" in plain and "decembre" in plain and len(plain) == 15
