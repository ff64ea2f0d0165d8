"""Schemes written in lower case that the sentence marks as schemes (`entities/schemes.py`).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from loaders.extract.entities import find_entities
from loaders.record import Part
from loaders.reference.gazetteer import load_gazetteer


def _schemes(text: str, part: Part = "answer") -> list[str]:
    mentions, _ = find_entities(text, part, load_gazetteer())
    return [m.text for m in mentions if m.type == "programme"]


@pytest.mark.parametrize(
    ("text", "scheme"),
    [
        (
            "Dans le cadre du programme de rénovation des écoles 2021-2024, la commune recevra "
            "2 millions d'euros.",
            "programme de rénovation des écoles",
        ),
        (
            "Un montant de 3 millions au titre du plan de relance agricole.",
            "plan de relance agricole",
        ),
        (
            "Le plan de reboisement des berges, adopté par le Gouvernement, prévoit 90 chantiers.",
            "plan de reboisement des berges",
        ),
        (
            "Un appel à projets de coopération culturelle, doté de 50.000 euros, a été lancé.",
            "appel à projets de coopération culturelle",
        ),
    ],
)
def test_a_lower_case_scheme_marked_by_its_sentence_is_a_programme(text: str, scheme: str) -> None:
    # these schemes were missed: only capitalised heads were read
    assert _schemes(text) == [scheme]


def test_generic_plans_and_second_phrases_are_no_schemes() -> None:
    assert _schemes("Dans le cadre du plan de gestion, la commune agit.") == []
    assert _schemes("Un plan de mobilité serait utile.") == []
    assert _schemes("Au titre du programme de travail et du budget.") == []


def test_a_question_s_paraphrase_is_no_scheme() -> None:
    # a question's "repris dans le programme de rénovation du logement public" was a false one
    text = "Ces travaux sont-ils prévus dans le cadre du plan de redéploiement de l'offre ?"
    assert _schemes(text, "question") == []


def test_a_town_s_own_plan_was_read_as_a_scheme() -> None:
    # "le plan de Wavre, approuvé le …" is Wavre's plan under some scheme, not a scheme's name;
    # a complement beside the town still names one.
    assert _schemes("Le plan de Wavre, approuvé le 7 mars, prévoit trois chantiers.") == []
    assert _schemes(
        "Le plan de mobilité de Wavre, approuvé le 7 mars, prévoit trois chantiers."
    ) == ["plan de mobilité de Wavre"]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "La commune a reçu 1,2 million d'euros au titre de la rénovation urbaine.",
            ["rénovation urbaine"],
        ),
        (
            "Elle perçoit 300.000 euros de subventions de revitalisation urbaine.",
            ["revitalisation urbaine"],
        ),
        (
            "Le site est reconnu ; l'opération de rénovation urbaine débutera en mai.",
            ["rénovation urbaine"],
        ),
        # without a cue, the common noun phrase: a kind of project, a competence
        ("La commune mène des projets de rénovation urbaine cohérents.", []),
        ("Le Ministre en charge de la rénovation urbaine répondra.", []),
    ],
)
def test_a_lower_case_policy_of_the_reference_after_a_cue_was_no_programme(
    text: str, wanted: list[str]
) -> None:
    assert _schemes(text) == wanted
    assert _schemes(text, "question") == wanted


def test_the_class_noun_before_a_scheme_s_own_name_was_a_scheme_of_its_own() -> None:
    # "au titre du programme opérationnel « X »": the noun phrase is X's class, not a scheme
    # named "programme opérationnel".
    text = (
        "Les projets ont bénéficié, au titre du programme opérationnel « Compétitivité régionale "
        "et emploi », de 4 millions d'euros."
    )
    assert "programme opérationnel" not in _schemes(text)


def test_a_lower_case_scheme_named_again_without_its_cue_is_the_scheme() -> None:
    # Broke: "la part du plan grand froid destinée aux relais … se répartit comme suit :" named
    # no scheme (no cue before it), so the list's rows had no programme
    text = (
        "J'ai dégagé 1.850.000 euros au titre du plan grand froid. La part du plan grand froid "
        "destinée aux relais sociaux se répartit comme suit."
    )
    assert _schemes(text) == ["plan grand froid", "plan grand froid"]
    # no cue anywhere: still a common noun phrase
    assert _schemes("La commune mène des projets de rénovation urbaine cohérents.") == []
