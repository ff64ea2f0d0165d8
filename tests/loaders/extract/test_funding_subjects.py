"""Funding facts: a receiving subject described at length, and parties located in commas.

Sentences and names are invented for these tests; mentions are built by hand (see
test_funding.mentions_of).
"""

from __future__ import annotations

from .test_funding import valued_facts as facts

ID = "https://w3id.org/parlgraph/id/"
BODY_A = ID + "organisation/body-a"
BODY_B = ID + "organisation/body-b"
TOWN_A = ID + "place/ville-a"
TOWN_B = ID + "place/ville-b"


def test_a_long_relative_clause_between_subject_and_receiving_verb_keeps_the_subject() -> None:
    # The clause "qui … Bourg-Neuf" ran past the 40 characters an incise could hold: no fact.
    text = (
        "L'Agence Alpha, qui accompagne les deux communes depuis son bureau de Bourg-Neuf, "
        "reçoit à cet effet une subvention annuelle de 1,8 million d'euros."
    )
    found = facts(text, ("Agence Alpha", "organisation", BODY_A), ("Bourg-Neuf", "place", TOWN_B))
    assert [(v, f.recipient) for v, f in found] == [(1.8e6, BODY_A)]


def test_an_apposition_with_a_place_between_subject_and_receiving_verb_keeps_the_subject() -> None:
    text = (
        "Le Centre Alpha, incubateur des sciences du vivant installé au parc scientifique à "
        "Arville, perçoit 1,35 million d'euros."
    )
    found = facts(text, ("Centre Alpha", "organisation", BODY_A), ("Arville", "place", TOWN_A))
    assert [(v, f.recipient) for v, f in found] == [(1.35e6, BODY_A)]


def test_a_place_in_commas_after_a_party_locates_it_rather_than_joining_the_group() -> None:
    # "X, à Arville, et l'incubateur Y, à Bourg-Neuf": two parties, each located; the places
    # were read as a group of their own and "respectivement" paired nothing.
    text = (
        "Le Centre Alpha, à Arville, et l'incubateur Beta Lab, à Bourg-Neuf, reçoivent "
        "respectivement 820.000 et 415.000 euros."
    )
    found = facts(
        text,
        ("Centre Alpha", "organisation", BODY_A),
        ("Arville", "place", TOWN_A),
        ("Beta Lab", "organisation", BODY_B),
        ("Bourg-Neuf", "place", TOWN_B),
    )
    assert [(v, f.recipient) for v, f in found] == [(820000.0, BODY_A), (415000.0, BODY_B)]
