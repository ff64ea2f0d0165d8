"""Answer status from the words of the answer: declined, redirected (to whom), or answered."""

from __future__ import annotations

import pytest

from loaders.record import PersonRef
from loaders.sources.walloon.status import classify

ASKER = [PersonRef(name="Anne Laffut", as_written="LAFFUT Anne")]
MINISTER = [PersonRef(name="Willy Borsus", as_written="BORSUS Willy")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Cette question ne relève pas de mes compétences. J'invite l'honorable membre à "
            "interroger ma collègue, Mme Céline Tellier, Ministre de l'Environnement.",
            ["Céline Tellier"],
        ),
        (
            "La matière relève de la compétence exclusive de mon collègue le Ministre-Président "
            "Elio Di Rupo.",
            ["Elio Di Rupo"],
        ),
        (
            "Je ne suis pas compétent en la matière ; je renvoie l’honorable membre vers "
            "M. Philippe Henry.",
            ["Philippe Henry"],
        ),
        (
            "Cette matière relève des compétences de ma collègue TELLIER Céline.",
            ["Céline Tellier"],
        ),
        ("Cette question relève des compétences du Gouvernement fédéral.", []),
    ],
)
def test_redirected(text: str, names: list[str]) -> None:
    status, redirected_to = classify(text, False, ASKER, MINISTER)
    assert status == "redirected"
    assert [p.name for p in redirected_to] == names


@pytest.mark.parametrize(
    "text",
    [
        "Comme indiqué dans ma réponse à la question posée au Parlement le 3 mars, le budget "
        "est de 2 millions d'euros.",
        "La gestion relève des compétences de la commune, qui a installé 3 caméras.",
        # A long answer that mentions a colleague's competence still answers the question.
        "Une partie de ce dossier relève de la compétence de mon collègue. " + "Détails. " * 300,
    ],
)
def test_answered(text: str) -> None:
    assert classify(text, False, ASKER, MINISTER) == ("answered", [])


def test_declined_when_signed_by_the_author() -> None:
    assert classify("Pas de réponse souhaitée.", False, ASKER, ASKER) == ("declined", [])


@pytest.mark.parametrize(
    "text",
    [
        "En application de l'article 144.4 du Règlement, l'auteur renonce à une réponse.",
        "Conformément à l’article 144, § 4, du Règlement, la question est retirée.",
    ],
)
def test_declined_citing_article_144_4(text: str) -> None:
    assert classify(text, False, ASKER, MINISTER)[0] == "declined"


def test_article_144_4_of_another_text_is_not_a_refusal() -> None:
    text = "Le bassin sera réaménagé conformément à l'article 144.4 du règlement communal."
    assert classify(text, False, ASKER, MINISTER)[0] == "answered"


def test_provisional_wins() -> None:
    text = "Cette question ne relève pas de mes compétences."
    assert classify(text, True, ASKER, MINISTER) == ("provisional", [])
