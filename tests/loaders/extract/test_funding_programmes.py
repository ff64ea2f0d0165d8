"""The programme of a funding fact on wordings of unseen pages (invented sentences).

Each test is named after what it got wrong before its rule.
"""

from __future__ import annotations

from loaders.record import MentionType
from tests.loaders.extract.test_funding import FEDER, TECHNOCITE, funding_of

APPEL = "https://w3id.org/parlgraph/id/programme/appel-a-projets-numerique"


def test_topic_programme_opened_by_an_indefinite_determiner_was_lost() -> None:
    text = (
        "Un nouvel appel à projets numérique, doté de 500 000 euros, a été lancé en mars. "
        "Technocité a notamment obtenu 80 000 euros pour ses ateliers."
    )
    wanted: tuple[tuple[str, MentionType, str], ...] = (
        ("appel à projets numérique", "programme", APPEL),
        ("Technocité", "organisation", TECHNOCITE),
    )
    facts = funding_of(text, *wanted)
    grant = next(f for f in facts if f.recipient == TECHNOCITE)
    assert grant.programme == APPEL
    # "Le programme X …" (a definite article, then the class noun) opens with X just the same.
    text = text.replace("Un nouvel appel à projets numérique", "Le programme FEDER")
    facts = funding_of(text, *wanted[1:], ("FEDER", "programme", FEDER))
    grant = next(f for f in facts if f.recipient == TECHNOCITE)
    assert grant.programme == FEDER
