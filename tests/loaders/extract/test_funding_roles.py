"""Funding facts: roles read from the kinds of wording real answers use (issue 12, third round).

Sentences are invented for these tests; mentions are built by hand (see test_funding.mentions_of)
so that the rules are tested apart from the entity recogniser.
"""

from __future__ import annotations

from .test_funding import valued_facts as facts

ID = "https://w3id.org/parlgraph/id/"
TOWN_A = ID + "place/ville-a"
TOWN_B = ID + "place/ville-b"
FUND = ID + "programme/fonds-f"


def test_a_plural_dative_is_not_the_last_body_named() -> None:
    # Broke: "le budget que l'Agence leur consacre" gave the money to the last of two
    # provinces named before; "leur" stands for several, which one fact cannot name.
    text = (
        "Arville et Bourg-Neuf ont présenté leurs plans. "
        "Le Fonds F leur versera 2 millions d'euros pour les travaux."
    )
    found = facts(
        text,
        ("Arville", "place", TOWN_A),
        ("Bourg-Neuf", "place", TOWN_B),
        ("Fonds F", "programme", FUND),
    )
    assert [(v, f.recipient, f.programme) for v, f in found] == [(2e6, None, FUND)]


def test_a_singular_dative_is_still_the_body_named_before() -> None:
    text = "Arville a présenté son plan. Le Fonds F lui versera 2 millions d'euros."
    found = facts(text, ("Arville", "place", TOWN_A), ("Fonds F", "programme", FUND))
    assert [(v, f.recipient) for v, f in found] == [(2e6, TOWN_A)]
