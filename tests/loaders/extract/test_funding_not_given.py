"""Funding facts: amounts a sentence states but nobody gives (estimates, denied amounts, what
each of an unnamed set receives).

Sentences and names are invented for these tests; mentions are built by hand (see
test_funding.mentions_of).
"""

from __future__ import annotations

from .test_funding import valued_facts as facts

ID = "https://w3id.org/parlgraph/id/"
TOWN_A = ID + "place/ville-a"
BODY_A = ID + "organisation/body-a"
CALL = ID + "programme/appel-c"


def test_a_cost_with_its_complement_and_an_adverb_before_its_participle_is_no_grant() -> None:
    # "Le coût global de l'opération est pourtant évalué à N": the complement and the adverb
    # kept the cost rule from seeing its noun, and the town of the sentence before received it.
    text = (
        "La Ville d'Arville a reçu 1,6 million d'euros. Le coût global de l'opération est "
        "pourtant évalué à près de 11 millions d'euros pour la Ville d'Arville."
    )
    found = facts(text, ("Arville", "place", TOWN_A))
    assert [v for v, _ in found] == [1.6e6]


def test_an_active_verb_of_estimating_measures_a_cost() -> None:
    text = (
        "L'assainissement est confié à l'Agence Alpha, qui estime le solde des travaux à "
        "environ 4 millions d'euros."
    )
    assert facts(text, ("Agence Alpha", "organisation", BODY_A)) == []


def test_an_amount_a_negated_copula_denies_is_no_fact() -> None:
    text = "La subvention accordée à Arville n'est donc pas de 300.000 euros."
    assert facts(text, ("Arville", "place", TOWN_A)) == []


def test_what_each_of_an_unnamed_set_receives_is_no_fact() -> None:
    # "dont les lauréats reçoivent chacun entre N et M": a range for each laureate, not a part
    # of the call's endowment.
    text = (
        "L'Agence Alpha a lancé l'appel Gamma 2020, doté de 600.000 euros et dont les lauréats "
        "reçoivent chacun entre 25.000 et 50.000 euros."
    )
    found = facts(
        text, ("Agence Alpha", "organisation", BODY_A), ("appel Gamma 2020", "programme", CALL)
    )
    assert [(v, f.programme) for v, f in found] == [(600000.0, CALL)]
