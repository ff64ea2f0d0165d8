"""Funding facts: roles read from the kinds of wording real answers use (issue 12, third round).

Sentences are invented for these tests; mentions are built by hand (see test_funding.mentions_of)
so that the rules are tested apart from the entity recogniser.
"""

from __future__ import annotations

from loaders.record import Period

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


REGION = ID + "organisation/region-r"
PLAN = ID + "programme/plan-p"


def test_a_dont_part_for_the_projects_of_a_body_goes_to_that_body() -> None:
    # Broke: "dont 668 millions d'euros pour les projets de la Région X" named no recipient
    # (only a determiner or a title could stand between "pour" and the party), so neither the
    # part nor its total was a fact; the owner of what is financed receives it.
    text = (
        "Le Gouvernement a approuvé le Plan P, pour un montant de 26 milliards d'euros, "
        "dont 668 millions d'euros pour les projets de la Région R."
    )
    found = facts(text, ("Plan P", "programme", PLAN), ("Région R", "organisation", REGION))
    assert [(v, f.recipient, f.programme) for v, f in found] == [
        (26e9, None, PLAN),
        (668e6, REGION, PLAN),
    ]


def test_the_works_of_a_town_after_a_grant_go_to_the_town() -> None:
    text = "Le Fonds F a octroyé 2 millions d'euros aux travaux de la commune de Arville."
    found = facts(text, ("Arville", "place", TOWN_A), ("Fonds F", "programme", FUND))
    assert [(v, f.recipient) for v, f in found] == [(2e6, TOWN_A)]


def test_an_amount_the_sentence_denies_is_no_fact() -> None:
    # Broke: "pour un montant non de 42 milliards d'euros, mais de 26 milliards" gave the plan
    # both amounts; the first is the one the sentence says it is not.
    text = (
        "Le Gouvernement a approuvé le Plan P, pour un montant non de 42 milliards d'euros, "
        "mais d'un peu moins de 26 milliards d'euros."
    )
    found = facts(text, ("Plan P", "programme", PLAN))
    assert [(v, f.programme) for v, f in found] == [(26e9, PLAN)]


AGENCY = ID + "organisation/agence-z"


def test_a_receiving_subject_followed_by_its_acronym_in_brackets_receives() -> None:
    # Broke: "La Société wallonne du Logement (SWL) a reçu 28,4 millions" was no fact: the
    # bracketed acronym between the subject and its verb hid the subject.
    text = "L'Agence Z (AZ) a reçu 28,4 millions d'euros pour la remise en état des logements."
    found = facts(text, ("Agence Z", "organisation", AGENCY))
    assert [(v, f.recipient) for v, f in found] == [(28.4e6, AGENCY)]


def test_a_named_body_nobody_recognised_receiving_is_not_the_previous_recipient() -> None:
    # Broke: "Le Haut-Commissariat … (HCR) a reçu, pour sa part, 500.000 euros" was read as
    # what the money is for and given to the body of the sentence before; a subject written
    # as a name is a body the recogniser missed: a grant to no one known.
    text = (
        "L'Agence Z a octroyé 2 millions d'euros à Arville. "
        "Le Haut-Conseil des Villes (HCV) a reçu, pour sa part, 500.000 euros pour l'accueil."
    )
    found = facts(text, ("Agence Z", "organisation", AGENCY), ("Arville", "place", TOWN_A))
    assert [(v, f.recipient) for v, f in found] == [(2e6, TOWN_A), (500000.0, None)]


def test_a_subject_that_is_no_name_still_says_what_the_money_is_for() -> None:
    text = (
        "L'Agence Z a octroyé 2 millions d'euros à Arville. "
        "Les activités culturelles ont, quant à elles, bénéficié de 500.000 euros."
    )
    found = facts(text, ("Agence Z", "organisation", AGENCY), ("Arville", "place", TOWN_A))
    assert [(v, f.recipient, f.purpose) for v, f in found] == [
        (2e6, TOWN_A, None),
        (500000.0, TOWN_A, "activités culturelles"),
    ]


CALL = ID + "programme/appel-c"
MEASURE = ID + "programme/mesure-m"


def test_a_pronoun_receiving_stands_for_the_subject_of_the_sentence_before() -> None:
    # Broke: "L'appel à projets « C » a été lancé par l'Agence Z. Il disposait d'un budget de
    # N" gave the money to the agency (the last body named) with the co-financer's programme;
    # "Il" is the call, the subject of the sentence before: the call's budget, to no one.
    text = (
        "L'appel à projets « Appel C » a été lancé par l'Agence Z en octobre. "
        "Il disposait d'un budget de 6,2 millions d'euros, cofinancé à 40 % par le Fonds F."
    )
    found = facts(
        text,
        ("Appel C", "programme", CALL),
        ("Agence Z", "organisation", AGENCY),
        ("Fonds F", "programme", FUND),
    )
    assert [(v, f.recipient, f.programme) for v, f in found] == [(6.2e6, None, CALL)]


def test_a_pronoun_receiving_after_a_sentence_opening_with_a_body_is_that_body() -> None:
    text = (
        "Arville a présenté un dossier avec l'Agence Z en mars. "
        "Elle a reçu 300.000 euros pour la rénovation de la gare."
    )
    found = facts(text, ("Arville", "place", TOWN_A), ("Agence Z", "organisation", AGENCY))
    assert [(v, f.recipient) for v, f in found] == [(300000.0, TOWN_A)]


def test_an_inverted_pronoun_is_the_name_just_before_it() -> None:
    text = (
        "Selon la presse, l'Agence Z a-t-elle octroyé 420.000 euros à Bourg-Neuf ? "
        "Par ailleurs, Arville a-t-elle bien reçu les 95.000 euros annoncés ?"
    )
    found = facts(
        text,
        ("Agence Z", "organisation", AGENCY),
        ("Bourg-Neuf", "place", TOWN_B),
        ("Arville", "place", TOWN_A),
    )
    assert [(v, f.recipient) for v, f in found] == [(420000.0, TOWN_B), (95000.0, TOWN_A)]


def test_a_programme_receiving_its_budget_wins_over_its_parent_named_by_a_cue() -> None:
    # Broke: "Dans le cadre du programme P, la mesure « M » dispose d'une enveloppe de N" gave
    # the money to P, the parent; the measure that disposes of the envelope is its source.
    text = (
        "Dans le cadre du Plan P, la mesure « Mesure M » dispose d'une enveloppe de "
        "39,2 millions d'euros."
    )
    found = facts(text, ("Plan P", "programme", PLAN), ("Mesure M", "programme", MEASURE))
    assert [(v, f.programme) for v, f in found] == [(39.2e6, MEASURE)]


def test_a_receiving_verb_left_out_with_its_de_gave_both_amounts_to_the_subject() -> None:
    # Broke (held-out 25, page 14): "la commune d'Arville bénéficie de N pour …, et la commune de
    # Bourg-Neuf de M pour …": the second amount's "de" hid the name the verb left out.
    text = (
        "La commune d'Arville bénéficie de 240.000 euros pour la place, et la commune de "
        "Bourg-Neuf de 195.000 euros pour les abords de l'église."
    )
    found = facts(text, ("Arville", "place", TOWN_A), ("Bourg-Neuf", "place", TOWN_B))
    assert [(v, f.recipient) for v, f in found] == [(240000.0, TOWN_A), (195000.0, TOWN_B)]


def test_a_verb_left_out_gives_each_amount_to_the_name_right_before_it() -> None:
    # Broke: "X a reçu N, Y M et Z, à Vieuxville, P" gave M and P to X, the only subject.
    text = (
        "Arville a ainsi reçu 2,4 millions d'euros, Bourg-Neuf 2,1 millions d'euros "
        "et l'Agence Z, à Vieuxville, 95.000 euros."
    )
    found = facts(
        text,
        ("Arville", "place", TOWN_A),
        ("Bourg-Neuf", "place", TOWN_B),
        ("Agence Z", "organisation", AGENCY),
    )
    assert [(v, f.recipient) for v, f in found] == [
        (2.4e6, TOWN_A),
        (2.1e6, TOWN_B),
        (95000.0, AGENCY),
    ]


def test_a_party_tied_to_another_amount_is_not_this_amount_s_recipient() -> None:
    # Broke: "a attribué N au centre X, M au centre Y" gave N to Y when X was not recognised.
    text = (
        "L'Agence Z a attribué 1.320.000 euros au centre Construbois, "
        "870.000 euros à Bourg-Neuf et 545.000 euros à Arville."
    )
    found = facts(
        text,
        ("Agence Z", "organisation", AGENCY),
        ("Bourg-Neuf", "place", TOWN_B),
        ("Arville", "place", TOWN_A),
    )
    assert [(v, f.recipient) for v, f in found] == [
        (1.32e6, None),
        (870000.0, TOWN_B),
        (545000.0, TOWN_A),
    ]


def test_the_call_by_its_class_noun_is_the_call_named_before() -> None:
    # Broke: "Les moyens octroyés dans le cadre de l'appel se répartissent comme suit :" gave
    # its rows no programme; "l'appel" is the call named before, not the plan named since.
    text = (
        "L'appel à projets « Appel C » s'inscrit dans le Plan P.\n\n"
        "Au total, 412 dossiers ont été introduits. 263 dossiers ont été retenus.\n\n"
        "Les moyens octroyés dans le cadre de l'appel se répartissent comme suit :\n\n"
        "1° Arville : 28.650.000 euros ;\n"
        "2° Bourg-Neuf : 24.100.000 euros."
    )
    found = facts(
        text,
        ("Appel C", "programme", CALL),
        ("Plan P", "programme", PLAN),
        ("Arville", "place", TOWN_A),
        ("Bourg-Neuf", "place", TOWN_B),
    )
    assert [(v, f.recipient, f.programme) for v, f in found] == [
        (28.65e6, TOWN_A, CALL),
        (24.1e6, TOWN_B, CALL),
    ]


def test_a_class_noun_before_a_name_is_no_reference_back() -> None:
    text = (
        "L'appel à projets « Appel C » a été lancé en mars.\n\n"
        "Dans le cadre du plan de relance, Arville a reçu 2 millions d'euros."
    )
    found = facts(text, ("Appel C", "programme", CALL), ("Arville", "place", TOWN_A))
    assert [(v, f.programme) for v, f in found] == [(2e6, None)]


def test_a_place_after_pour_in_a_dont_part_is_where_the_total_s_body_spends_it() -> None:
    # Broke: "a alloué à l'Agence Z un budget de 39,5 millions, dont 31,2 millions pour
    # Arville" gave the part to Arville; its money reaches the agency (the total's body, which
    # part_of carries), Arville is where it is spent. "à Bourg-Neuf" would name a party.
    text = (
        "Le Gouvernement a alloué à l'Agence Z un budget de 39,5 millions d'euros, "
        "dont 31,2 millions pour Arville et 8,3 millions à Bourg-Neuf."
    )
    found = facts(
        text,
        ("Agence Z", "organisation", AGENCY),
        ("Arville", "place", TOWN_A),
        ("Bourg-Neuf", "place", TOWN_B),
    )
    assert [(v, f.recipient, f.part_of) for v, f in found] == [
        (39.5e6, AGENCY, None),
        (31.2e6, None, 0),
        (8.3e6, TOWN_B, 0),
    ]


def test_a_sentence_that_continues_takes_the_programme_the_text_was_about() -> None:
    # Broke: "L'appel « C » disposait de N. … Quarante refuges ont été soutenus. Parmi les
    # montants les plus importants, X a reçu M" gave the rows no programme: the call the
    # paragraph before opens with is what "parmi" selects from.
    text = (
        "L'appel à projets « Appel C » disposait d'une enveloppe de 1,5 million d'euros. "
        "Les refuges pouvaient solliciter des travaux.\n\n"
        "Quarante refuges ont été soutenus. Parmi les montants les plus importants, Arville "
        "a reçu 39.800 euros pour sa chatterie."
    )
    found = facts(text, ("Appel C", "programme", CALL), ("Arville", "place", TOWN_A))
    assert [(v, f.recipient, f.programme) for v, f in found] == [
        (1.5e6, None, CALL),
        (39800.0, TOWN_A, CALL),
    ]


def test_a_later_grant_is_the_plan_s_unless_the_text_turns_to_another_matter() -> None:
    # The ruling "A programme named once governs what follows" (tests/corpus/README.md).
    text = (
        "Le Plan P mobilise au total 2 milliards d'euros.\n\n"
        "Arville percevra 23 millions d'euros pour ses voiries."
    )
    found = facts(text, ("Plan P", "programme", PLAN), ("Arville", "place", TOWN_A))
    assert [(v, f.programme) for v, f in found] == [(2e9, PLAN), (23e6, PLAN)]
    turned = text.replace("Arville percevra", "Arville percevra par ailleurs")
    found = facts(turned, ("Plan P", "programme", PLAN), ("Arville", "place", TOWN_A))
    assert [(v, f.programme) for v, f in found] == [(2e9, PLAN), (23e6, None)]


def test_the_name_apposed_to_the_subsidising_authority_is_the_funder() -> None:
    # Broke: "Arville dispose d'une créance de N à l'encontre du pouvoir subsidiant, la Région
    # R" named no funder; the body apposed to a noun of the giver's role (funder-nouns.txt) is.
    text = (
        "Arville dispose d'une créance de 89.207,20 euros à l'encontre du pouvoir "
        "subsidiant, la Région R."
    )
    found = facts(text, ("Arville", "place", TOWN_A), ("Région R", "organisation", REGION))
    assert [(v, f.recipient, f.funder) for v, f in found] == [(89207.2, TOWN_A, REGION)]


def test_a_grant_spread_over_budget_years_a_to_b_has_that_period() -> None:
    # Broke: "étalé sur les exercices 2021 à 2024" was no period (only "de 2021 à 2024" was).
    text = "Arville a reçu un subside de 2.436.000 euros, étalé sur les exercices 2021 à 2024."
    found = facts(text, ("Arville", "place", TOWN_A))
    assert [(v, f.period) for v, f in found] == [(2436000.0, Period("2021", "2024"))]


GOVERNMENT = ID + "organisation/gouvernement-g"


def test_who_approves_a_plan_s_budget_funds_it() -> None:
    # Broke: "le Gouvernement G a approuvé le Plan P, pour un montant de 26 milliards, dont
    # 668 millions pour les projets de la Région R" named no funder; "approuver" is a frame
    # of frames.csv whose subject gives.
    text = (
        "Le Gouvernement G a approuvé le Plan P, pour un montant de 26 milliards d'euros, "
        "dont 668 millions d'euros pour les projets de la Région R."
    )
    found = facts(
        text,
        ("Gouvernement G", "organisation", GOVERNMENT),
        ("Plan P", "programme", PLAN),
        ("Région R", "organisation", REGION),
    )
    assert [(v, f.funder) for v, f in found] == [(26e9, GOVERNMENT), (668e6, GOVERNMENT)]


def test_a_verb_left_out_before_a_noun_of_money_still_ties_the_name_to_its_amount() -> None:
    # Broke: "Arville s'est vu octroyer un subside de N, et Bourg-Neuf un montant de M" gave M
    # to Arville: a noun of money measured by the amount stood between the name and it.
    text = (
        "Arville s'est vu octroyer un subside de 215.000 euros pour son hall, "
        "et Bourg-Neuf un montant de 1.480.000 euros pour son école."
    )
    found = facts(text, ("Arville", "place", TOWN_A), ("Bourg-Neuf", "place", TOWN_B))
    assert [(v, f.recipient) for v, f in found] == [(215000.0, TOWN_A), (1.48e6, TOWN_B)]


def test_an_amount_measuring_what_money_finances_is_no_grant() -> None:
    # Broke: "le prêt P, doté de 20 millions, qui finance des projets de 25.000 à 250.000
    # euros" made the projects' size a grant of the programme; so did "se partagent un
    # investissement de 2,3 millions". An amount measuring an `item` of frames.csv is its size.
    text = (
        "Le Fonds F, doté de 20 millions d'euros, finance des projets de 25.000 à 250.000 "
        "euros. À Arville, deux opérateurs se partagent un investissement de 2,3 millions "
        "d'euros."
    )
    found = facts(text, ("Fonds F", "programme", FUND), ("Arville", "place", TOWN_A))
    assert [(v, f.programme) for v, f in found] == [(20e6, FUND)]


def test_a_programme_named_after_the_next_amount_is_that_amount_s_source() -> None:
    # Broke: "une enveloppe de 20 millions …, complétée par 45 millions au titre du Plan P"
    # gave the plan to both, making the first (a giver's money to no one named) a grant.
    text = (
        "Le Gouvernement G a dégagé une première enveloppe de 20 millions d'euros pour le "
        "relogement, complétée en octobre par 45 millions d'euros au titre du Plan P."
    )
    found = facts(
        text, ("Gouvernement G", "organisation", GOVERNMENT), ("Plan P", "programme", PLAN)
    )
    assert [(v, f.programme) for v, f in found if f.programme] == [(45e6, PLAN)]
    # The first envelope is no grant by the rules (a giver's money to no one named); the learnt
    # model may keep it as one, without the plan.
    assert [v for v, f in found if f.method == "rules"] == [45e6]


def test_a_bank_credit_is_lent_not_given() -> None:
    # Broke: "La Sowalfin a garanti un crédit bancaire de 1,6 million d'euros accordé à X"
    # was a grant to X ("crédit" alone is a budget noun; a bank's is a loan, frames.csv). The
    # guarantor is no lender: the loan names none.
    text = "L'Agence Z a garanti un crédit bancaire de 1,6 million d'euros accordé à Arville."
    found = facts(text, ("Agence Z", "organisation", AGENCY), ("Arville", "place", TOWN_A))
    assert [(f.instrument, f.recipient, f.funder) for _, f in found] == [("loan", TOWN_A, None)]
