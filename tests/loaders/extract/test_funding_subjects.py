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
CALL = ID + "programme/appel-gamma"


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


def test_an_elided_title_between_coordinated_parties_joins_them() -> None:
    # "l'asbl" before the second party: the elided article was refused as a title, so the three
    # partners were no group and "respectivement" paired nothing.
    text = (
        "Le projet associe la SPRL Alpha Drones, l'asbl Beta Lab et la commune d'Arville. Les "
        "aides accordées à ces trois partenaires s'élèvent respectivement à 420.000 euros, "
        "380.000 euros et 615.000 euros."
    )
    found = facts(
        text,
        ("Alpha Drones", "organisation", BODY_A),
        ("Beta Lab", "organisation", BODY_B),
        ("Arville", "place", TOWN_A),
    )
    assert [(v, f.recipient) for v, f in found] == [
        (420000.0, BODY_A),
        (380000.0, BODY_B),
        (615000.0, TOWN_A),
    ]


def test_a_town_the_sentence_opens_with_is_no_party_of_the_subjects_group() -> None:
    text = "À Arville, l'asbl Beta Lab perçoit ainsi 24.000 euros pour son école de devoirs."
    found = facts(text, ("Arville", "place", TOWN_A), ("Beta Lab", "organisation", BODY_B))
    assert [(v, f.recipient) for v, f in found] == [(24000.0, BODY_B)]


def test_a_comma_and_et_after_a_town_start_a_new_clause_not_a_group() -> None:
    text = (
        "La commune d'Arville perçoit 38.400 euros pour un verger à Bourg-Neuf, et l'asbl Beta "
        "Lab 44.950 euros pour la renaturation des berges."
    )
    found = facts(
        text,
        ("Arville", "place", TOWN_A),
        ("Bourg-Neuf", "place", TOWN_B),
        ("Beta Lab", "organisation", BODY_B),
    )
    assert [(v, f.recipient) for v, f in found] == [(38400.0, TOWN_A), (44950.0, BODY_B)]


def test_a_possessive_grant_noun_belongs_to_the_body_of_the_sentence_before() -> None:
    # "Sa subvention … atteint N": no party named, so no fact; the owner is the organisation
    # the sentence before names last (not the towns after it).
    text = (
        "L'encadrement des éleveurs est assuré par l'asbl Alpha Conseil, dont les conseillers "
        "travaillent à Arville. Sa subvention pour la période 2016-2018 atteint 2,46 millions "
        "d'euros."
    )
    found = facts(text, ("Alpha Conseil", "organisation", BODY_A), ("Arville", "place", TOWN_A))
    assert [(v, f.recipient) for v, f in found] == [(2.46e6, BODY_A)]


def test_a_possessive_envelope_after_a_sentence_opening_with_a_scheme_is_the_schemes() -> None:
    text = (
        "L'appel à projets Gamma est financé par l'Union. Son enveloppe totale atteint 12 "
        "millions d'euros."
    )
    found = facts(text, ("appel à projets Gamma", "programme", CALL))
    assert [(v, f.programme, f.recipient) for v, f in found] == [(12e6, CALL, None)]


def test_a_bodys_own_budget_is_no_grant() -> None:
    # A possessive budget whose owner is a body, not a scheme: what the body spends.
    text = "L'asbl Alpha Conseil emploie douze personnes. Son budget atteint 2 millions d'euros."
    assert facts(text, ("Alpha Conseil", "organisation", BODY_A)) == []


GIVER = ID + "organisation/giver-g"


def test_a_second_givers_money_reaches_the_party_of_the_fact_before() -> None:
    # "La Communauté C apporte en outre N pour …": a giver, no party, and the money was
    # dropped; it joins the grant of the sentence before.
    text = (
        "Une convention a été accordée à la commune d'Arville : le programme y intervient à "
        "hauteur de 80 %, soit 392.000 euros. La Communauté Gamma apporte en outre 35.000 "
        "euros pour l'aménagement de la bibliothèque."
    )
    found = facts(text, ("Arville", "place", TOWN_A), ("Communauté Gamma", "organisation", GIVER))
    assert [(v, f.recipient, f.funder) for v, f in found] == [
        (392000.0, TOWN_A, None),
        (35000.0, TOWN_A, GIVER),
    ]


def test_a_second_giver_that_names_its_own_receivers_does_not_join() -> None:
    text = (
        "La commune d'Arville reçoit 640.000 euros. L'Agence Alpha a décidé d'apporter une "
        "contrepartie de 727.500 euros aux partenaires wallons."
    )
    found = facts(text, ("Arville", "place", TOWN_A), ("Agence Alpha", "organisation", BODY_A))
    # The counterpart goes to the partners, a category (a fact to no one named, if any), never
    # to Arville.
    assert [(v, f.recipient) for v, f in found][:1] == [(640000.0, TOWN_A)]
    assert all(f.method == "learnt" and f.recipient is None for _, f in found[1:])


def test_a_noun_of_contribution_is_no_joining_verb() -> None:
    text = (
        "Le Centre Alpha reçoit 30.000 euros. Le Centre Alpha consacre en outre trois "
        "chercheurs, soit un apport en nature évalué à 95.000 euros par an."
    )
    found = facts(text, ("Centre Alpha", "organisation", BODY_A))
    assert [v for v, _ in found] == [30000.0]


def test_rows_that_name_no_party_take_the_town_their_lead_opens_with() -> None:
    # "À X, deux conventions ont été signées en 2008 :": the lead names no money word nor
    # party after a cue, so rows labelled by what they finance were no facts.
    text = (
        "À Arville, deux conventions ont été signées en 2008 :\n"
        "\n"
        "  • l'aménagement de la place du village de Bourg-Neuf : 184.500 euros ;\n"
        "  • la création d'un atelier rural : 506.250 euros.\n"
    )
    found = facts(text, ("Arville", "place", TOWN_A), ("Bourg-Neuf", "place", TOWN_B))
    assert [(v, f.recipient) for v, f in found] == [(184500.0, TOWN_A), (506250.0, TOWN_A)]


def test_a_lead_whose_topic_is_not_set_apart_by_a_comma_names_no_party() -> None:
    text = (
        "Pour la rénovation des écoles d'Arville les montants sont :\n"
        "  • l'école du centre : 184.500 euros ;\n"
        "  • l'école du village : 506.250 euros.\n"
    )
    found = facts(text, ("Arville", "place", TOWN_A))
    assert all(f.recipient is None for _, f in found)


def test_the_subject_of_a_disbursing_verb_in_a_lead_is_the_rows_funder() -> None:
    # "X a liquidé les subventions suivantes :": only the "par" agent of liquider was read.
    text = (
        "Pour l'exercice 2005, l'Agence Alpha a liquidé les subventions suivantes :\n"
        "\n"
        "- Centre Beta : 61.973 euros ;\n"
        "- commune d'Arville : 54.220 euros.\n"
    )
    found = facts(
        text,
        ("Agence Alpha", "organisation", BODY_A),
        ("Centre Beta", "organisation", BODY_B),
        ("Arville", "place", TOWN_A),
    )
    assert [(v, f.recipient, f.funder) for v, f in found] == [
        (61973.0, BODY_B, BODY_A),
        (54220.0, TOWN_A, BODY_A),
    ]


def test_a_receivers_name_apposed_to_its_role_noun_after_a_cue_receives() -> None:
    # "versée au bénéficiaire coordinateur, l'asbl X": the role noun stood between the cue
    # and the name, so nobody received the money.
    text = (
        "La contribution européenne, soit 4.104.000 euros, est versée au bénéficiaire "
        "coordinateur, l'asbl Alpha Nature, qui la répartit entre les partenaires."
    )
    found = facts(text, ("Alpha Nature", "organisation", BODY_A))
    assert [(v, f.recipient) for v, f in found] == [(4104000.0, BODY_A)]
