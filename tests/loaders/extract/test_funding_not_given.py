"""Funding facts: amounts a sentence states but nobody gives (estimates, denied amounts, what
each of an unnamed set receives).

Sentences and names are invented for these tests; mentions are built by hand (see
test_funding.mentions_of).
"""

from __future__ import annotations

import pytest

from loaders.extract.amounts import find_amounts
from loaders.extract.funding.not_given import costed, not_given, own_spending, withdrawn
from loaders.extract.funding.sentences import FundingText

from .test_funding import mentions_of
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


PROGRAMME = ID + "programme/programme-p"
UNION = ID + "organisation/union-u"
BODY_B = ID + "organisation/body-b"


def test_a_givers_share_under_a_scheme_named_before_is_a_fact_without_a_recipient() -> None:
    # "L'Union y contribue pour N": a giver, a scheme that governs, no one named to receive
    # it; the money was dropped as partyless before the scheme was looked up.
    text = (
        "Deux dossiers bénéficient du Programme P. Le premier concerne une écluse. L'Union U y "
        "contribue pour 29,6 millions d'euros."
    )
    found = facts(text, ("Programme P", "programme", PROGRAMME), ("Union U", "organisation", UNION))
    assert [(v, f.programme, f.funder, f.recipient) for v, f in found] == [
        (29.6e6, PROGRAMME, UNION, None)
    ]


def test_a_givers_money_without_a_scheme_or_a_party_stays_an_amount() -> None:
    text = "L'Union U y contribue pour 29,6 millions d'euros."
    found = facts(text, ("Union U", "organisation", UNION))
    # No rule makes a fact of it; the learnt model may keep a giver's share (held-out 6's gold
    # counts one, to the body of the sentence before), never naming the giver its recipient.
    assert [f for _, f in found if f.method == "rules"] == []
    assert all(f.recipient is None for _, f in found)


def test_the_giver_of_an_amounts_own_clause_comes_before_another_clauses_agent() -> None:
    # "; le solde est préfinancé par X": the agent of the second clause was the first
    # clause's funder.
    text = (
        "L'Union U accorde à l'Agence Alpha 29,6 millions d'euros ; le solde est préfinancé "
        "par l'Agence Beta."
    )
    found = facts(
        text,
        ("Union U", "organisation", UNION),
        ("Agence Alpha", "organisation", BODY_A),
        ("Agence Beta", "organisation", BODY_B),
    )
    assert [(v, f.funder) for v, f in found] == [(29.6e6, UNION)]


def test_a_goals_amount_of_loans_is_no_loan() -> None:
    # "l'objectif … était de réaliser N de prêts": a volume the body means to lend, read as a
    # loan to the body named after "pour".
    text = (
        "Notons que l'objectif de l'année pour l'Agence Alpha était de réaliser 300 millions "
        "d'euros de prêts."
    )
    assert facts(text, ("Agence Alpha", "organisation", BODY_A)) == []


def test_a_goal_noun_far_from_the_amount_leaves_a_grant_a_grant() -> None:
    text = (
        "Dans cet objectif, la Région a décidé d'octroyer à l'Agence Alpha 300.000 euros pour "
        "la rénovation du bâtiment."
    )
    assert [v for v, _ in facts(text, ("Agence Alpha", "organisation", BODY_A))] == [300000.0]


def test_what_a_financed_project_represents_is_its_size_not_a_grant() -> None:
    # "Ce projet représente un budget de N": read as a grant to the body named before.
    text = (
        "Dans le cadre du Programme P, le Gouvernement a retenu, pour le pôle Alpha, le projet "
        "Gamma, consacré à la valorisation des déchets de scierie. Ce projet représente un "
        "budget de 3,9 millions d'euros sur trois ans."
    )
    found = facts(
        text, ("Programme P", "programme", PROGRAMME), ("pôle Alpha", "organisation", BODY_A)
    )
    assert found == []


def test_a_noun_of_what_is_financed_is_no_cost_but_works_are() -> None:
    # Broke: any sentence about a "projet", an "action" or an "investissement" was a cost, which
    # vetoed every amount the learnt model read as money given there; works stay costs
    def is_cost(text: str) -> bool:
        amounts = find_amounts(text, "answer")
        doc = FundingText(text, "answer", [], amounts, [])
        return costed(doc, doc.sentence_of(amounts[-1].start), amounts[-1])

    assert not is_cost("Pour ce projet pilote, 250.000 euros sont prévus en 2024.")
    assert not is_cost("L'investissement régional atteint 1,2 million d'euros.")
    assert is_cost("Les travaux se répartissent comme suit :\n\n- gros œuvre : 900.000 euros.")
    assert is_cost("Le coût du chantier atteint 1,2 million d'euros.")


def test_a_public_contract_awarded_to_a_firm_was_a_grant() -> None:
    # Broke: "le marché …, d'un montant de N, a été attribué à X SA" gave X a grant ("attribuer
    # à" is a verb of giving): the price of a contract is paid for work, not given.
    text = (
        "Le marché de raccordement, d'un montant de 4,2 millions d'euros, a été attribué à "
        "Zorglab SA."
    )
    assert facts(text, ("Zorglab SA", "organisation", BODY_A)) == []
    # the labour market is no contract: a grant to it stays one
    text = (
        "Pour l'insertion sur le marché du travail, une subvention de 80.000 euros a été "
        "attribuée à Zorglab."
    )
    assert [f.recipient for _, f in facts(text, ("Zorglab", "organisation", BODY_A))] == [BODY_A]
    # a grant in the sentence of a contract's award stays a grant
    text = (
        "Arville a reçu une subvention de 300.000 euros pour les travaux, dont le marché a été "
        "attribué en mai."
    )
    assert [v for v, _ in facts(text, ("Arville", "place", TOWN_A))] == [300000.0]


def test_a_body_s_own_spending_was_a_grant() -> None:
    # Broke: "l'Agence y consacre N sur son budget propre" and a row "la SA X, sur ses fonds
    # propres : N" were grants; a body spending its own means gives nothing.
    text = (
        "Le centre de l'Agence Alpha, à la Paix-Dieu à Amay, organisera un chantier-école sur "
        "le site ; l'Agence Alpha y consacre 45.000 euros sur son budget propre."
    )
    assert facts(text, ("Agence Alpha", "organisation", BODY_A)) == []
    # a row of a list of who pays what: a firm's own funds are no grant
    text = (
        "Le projet est financé comme suit : • la Province : 3,2 millions d'euros ; • le "
        "concessionnaire, la SA Zorglab, sur ses fonds propres : 13,5 millions d'euros."
    )
    assert [v for v, _ in facts(text, ("Zorglab", "organisation", BODY_A))] == [3.2e6]
    # a grant paid from a body's budget to someone stays a grant
    text = "L'Agence Alpha a octroyé sur son budget une subvention de 50.000 euros à Arville."
    named = (("Agence Alpha", "organisation", BODY_A), ("Arville", "place", TOWN_A))
    assert [f.recipient for _, f in facts(text, *named)] == [TOWN_A]


def test_what_an_investment_is_estimated_at_was_a_grant() -> None:
    # Broke: "a confié à X le déploiement …, pour un investissement estimé à N" gave X a grant.
    text = (
        "Le Gouvernement a confié à l'Agence Alpha le déploiement de fibres optiques, pour un "
        "investissement estimé à 12 millions d'euros."
    )
    assert facts(text, ("Agence Alpha", "organisation", BODY_A)) == []


def test_a_fee_paid_to_a_town_was_a_grant() -> None:
    # Broke: "X verse à la Ville une redevance de N par an" was a grant to the town; a fee is
    # what the town earns (`frames.csv`, income).
    text = "Le club verse à Arville une redevance de 150.000 euros par an."
    assert facts(text, ("Arville", "place", TOWN_A)) == []


def test_an_estimate_with_its_amount_before_its_object_was_a_grant() -> None:
    # Broke: "Une étude réalisée pour l'Agence Alpha estime à plus de 250 millions d'euros le
    # coût de …" gave the agency a grant: the verb of estimating may come right before "à N".
    text = (
        "Une étude réalisée en 2009 pour l'Agence Alpha estime à plus de 250 millions d'euros "
        "le coût de la remise à niveau des piscines."
    )
    assert facts(text, ("Agence Alpha", "organisation", BODY_A)) == []


def test_a_grant_paid_from_the_giver_s_budget_or_beside_a_contract_was_dropped() -> None:
    # Broke (this session's first gates, found by review): "X a octroyé N de son budget à Y"
    # fell to the own-means gate, and "Le marché ayant été attribué, X a liquidé N à Y" to the
    # contract gate: a verb of handing over, another verb of giving or a verb of receiving keeps
    # the grant ("l'an passé" no longer reads as an award: `awarding-participles.txt`).
    named = (("Agence Alpha", "organisation", BODY_A), ("Arville", "place", TOWN_A))
    for text in (
        "L'Agence Alpha a octroyé 20.000 euros de son budget à Arville.",
        "Le marché ayant été attribué, l'Agence Alpha a liquidé 200.000 euros à Arville.",
    ):
        assert len(facts(text, *named)) == 1, text


def test_money_set_aside_then_taken_back_was_a_grant() -> None:
    # Broke: "X avait prévu N pour la rénovation de Y, mais ils ont été réaffectés" was a grant
    # (the real 2013 rows: a press quote in a question); money another noun names as taken back
    # ("pour remplacer les subsides qui ont été supprimés") leaves the grant.
    named = (("Agence Alpha", "organisation", BODY_A), ("Arville", "place", TOWN_A))
    text = (
        "L'Agence Alpha avait prévu 2 millions d'euros pour la rénovation du stade d'Arville, "
        "mais ils ont été réaffectés la semaine dernière."
    )
    assert facts(text, *named) == []
    text = (
        "L'Agence Alpha a octroyé 2 millions d'euros à Arville pour remplacer les subsides qui "
        "ont été supprimés."
    )
    assert len(facts(text, *named)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a body's own investments, measured with the parts it lists
        "Les investissements réalisés par l'Agence Alpha en 2010 ont atteint 41,3 millions "
        "d'euros : 26,9 millions à Arville et 14,4 millions ailleurs.",
        # income measured by its verb, and a fee with its complement
        "Le chiffre d'affaires de l'Agence Alpha a atteint 86 millions d'euros en 2011 ; elle "
        "verse à Arville une redevance de concession de 4,9 millions d'euros par an.",
        # money set aside, then taken back as "ce montant"
        "L'Agence Alpha avait réservé 15 millions d'euros pour Arville ; faute de permis, ce "
        "montant a été réaffecté en 2012.",
    ],
)
def test_spending_income_and_money_taken_back_of_discursive_answers_were_grants(
    text: str,
) -> None:
    # Broke (held-out 19, a development set once its blind scores were taken): a body's own
    # investments and their parts, its turnover and a fee it earns, and money "réservé … ; ce
    # montant a été réaffecté" were read as money given.
    named = tuple(
        n
        for n in (("Agence Alpha", "organisation", BODY_A), ("Arville", "place", TOWN_A))
        if n[0] in text
    )
    assert facts(text, *named) == []


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Ces travaux, menés par l'Agence Alpha, ont coûté 112 millions d'euros.", 0),
        ("L'Agence Alpha a commandé 20 nouveaux trams pour 64 millions d'euros.", 0),
        ("Le chiffre de 50 millions d'euros cité par la presse inclut des réfections.", 0),
        ("Le coût de la réforme pour l'État fédéral est évalué à 35 millions d'euros.", 0),
        ("Le budget s'élève à 36,5 millions d'euros, et non à 40 millions d'euros.", 1),
        # held-out 4, page 13: a cost whose complement is nine words long
        (
            "À titre indicatif, le coût d'un repas complet distribué par les Restos du Cœur est "
            "estimé à 2,50 euros.",
            0,
        ),
    ],
)
def test_a_cost_a_price_a_figure_or_a_denied_amount_was_money_given(text: str, amount: int) -> None:
    # Broke (held-out 19): "ont coûté N", "a commandé … pour N", "Le chiffre de N cité par …",
    # a cost with a long complement before "est évalué à N", "et non à N" were not read as
    # costs, prices, figures or denied amounts (`not_given`).
    assert not_given(text, find_amounts(text, "answer")[amount])


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("Le montant de 18 millions d'euros cité par l'honorable Membre était une demande.", False),
        ("Le montant de 2,3 millions d'euros évoqué correspond au marché d'études.", False),
        ("Ainsi, 1,8 million d'euros correspond au coût total de l'opération.", False),
        ("Le solde correspondait à la demande initiale : 2 millions d'euros ont été versés.", True),
        ("La Ville a sollicité auprès de la BEI un prêt de 75 millions d'euros.", False),
        ("La Ville a sollicité et obtenu un prêt de 75 millions d'euros.", True),
        ("La commune a demandé que la Région lui octroie 2 millions d'euros.", True),
        # held-out 25, pages 07, 03, 01: a body's own investment in things, a unit's value, a
        # part nobody funds
        ("La société Alpha, qui investit 7,4 millions d'euros dans 46 logements.", False),
        ("L'Agence Alpha a investi 2 millions d'euros dans le capital de la société Beta.", True),
        ("L'Agence Alpha a investi 2 millions d'euros dans la société Beta.", True),
        ("Chaque point APE valant 2.891,42 euros en 2012, la commune en reçoit dix.", False),
        ("Il comprend un égouttage de 440.000 euros, qui n'est pas subsidié par la Région.", False),
    ],
)
def test_a_quoted_figure_or_money_asked_for_was_money_given(text: str, given: bool) -> None:
    # Broke (held-out 23 and 25): an answer that quotes the question's figure to say what it
    # was ("le montant de N cité par l'honorable Membre correspondait à la demande initiale",
    # "N correspond au coût total"), "a sollicité … un prêt de N", "qui investit N dans 46
    # logements", "chaque point valant N" and "N, qui n'est pas subsidié" were money given.
    assert not_given(text, find_amounts(text, "answer")[0]) is not given


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("L'école a reçu 74.600 euros, dont le coût total s'élève à 248.700 euros.", False),
        ("Le coût salarial d'un animateur à temps plein est d'environ 48.000 euros par an.", False),
        ("Le coût total des travaux atteindrait plus de 5 millions d'euros.", False),
        (
            "Les dépenses éligibles sont de 2 millions d'euros, cofinancées à 40 % par le FEDER.",
            True,
        ),
        (
            "Le projet LIFE « Vallée X », porté par l'Agence Alpha, dispose d'un budget de 5,3 "
            "millions d'euros pour 2010-2015.",
            False,
        ),
        ("Le projet « Pelouses », conduit par l'Agence Alpha, est budgété à 1,1 M€.", False),
        ("L'appel à projets « Circuits courts » disposait d'un budget de 2,5 M€.", True),
        (
            "Le portefeuille « Arville », retenu en 2015, représente un investissement de 38 M€.",
            False,
        ),
        ("Le projet, porté par la Ville d'Arville, est aujourd'hui estimé à 62,5 M€.", False),
        ("Enfin, 148.500 euros ont été récupérés en 2009 auprès de neuf exploitants.", False),
        ("L'appel était doté de 240.000 euros ; le solde non attribué, soit 75.000 euros.", False),
        ("La maison de jeunes aurait ainsi perdu 9.000 euros par rapport à 2019.", False),
        (
            "La Régie aurait en outre sollicité auprès de l'Agence X un prêt de 900.000 euros.",
            False,
        ),
        ("L'asbl a encaissé 610.000 euros de droits d'entrée en 2012.", False),
    ],
)
def test_what_held_out_27_and_28_cost_earn_recover_or_lose_was_money_given(
    text: str, given: bool
) -> None:
    # Broke (held-out 27 and 28, development sets once scored blind): costs with their
    # complement and verb, a project's own budget ("dispose d'un budget de N", "est budgété à
    # N"; not a call's), a portfolio's worth, a project estimated after an incise, money
    # recovered, a balance not allocated, money lost, asked for in the conditional, entry fees.
    amounts = find_amounts(text, "answer")
    assert not_given(text, amounts[-1]) is not given


def test_no_such_grant_was_money_given() -> None:
    # Broke (held-out 28, page 01): "Le parc n'a reçu aucune subvention régionale de N": the
    # answer denies the question's figure.
    text = "Le parc Alpha n'a reçu aucune subvention régionale de 2,4 millions d'euros."
    assert not_given(text, find_amounts(text, "answer")[0])


def test_an_endowment_denied_by_its_participle_was_money_given() -> None:
    # Broke (held-out 5, page 04): "Il n'est pas doté de 6 millions d'euros mais de N": the
    # participle between "pas" and "de" hid the denial, and the model kept the 6 millions.
    text = "Il n'est pas doté de 6 millions d'euros mais de 4.850.000 euros pour 2011-2014."
    first, second = find_amounts(text, "answer")
    assert not_given(text, first)
    assert not not_given(text, second)


def test_an_estimated_cost_that_the_sentence_cofinances_was_dropped() -> None:
    # Broke (this session's longer reach of the estimated cost): "Le coût total de l'extension
    # du hall du centre est estimé à N, cofinancé à 40 % par le FEDER" is money given for it.
    text = (
        "Le coût total de l'extension du hall du centre est estimé à 2,35 millions d'euros, "
        "cofinancé à 40 % par le FEDER."
    )
    assert not not_given(text, find_amounts(text, "answer")[0])


@pytest.mark.parametrize(
    "text",
    [
        "L'intervention de la Région se situe à 1,5 million d'euros pour la commune d'Arville.",
        "L'Agence Alpha a octroyé une subvention au bénéfice de Technocité de 50.000 euros.",
        "L'Agence Alpha a subventionné Arville pour l'acquisition d'un simulateur pour 45.000 "
        "euros.",
    ],
)
def test_grants_the_session_s_first_gates_read_as_estimates_income_or_prices(text: str) -> None:
    # Broke (found by review): "se situe à N" read as an estimate, "au bénéfice de X de N" as
    # income ("bénéfice" is an income noun, and a complement was allowed before "de N"), "pour
    # l'acquisition … pour N" as a purchase (the noun, not the verb's participle).
    assert not not_given(text, find_amounts(text, "answer")[0])


@pytest.mark.parametrize(
    "text",
    [
        "L'Agence Alpha a octroyé 100.000 euros à Arville pour les travailleurs dont l'emploi a "
        "été supprimé.",
        "L'Agence Alpha a octroyé 2 millions d'euros à Arville pour l'ancienne gare, qui avait été "
        "abandonnée en 1990.",
        "L'Agence Alpha a octroyé 50.000 euros à Arville en 2019 ; la formation a été supprimée en "
        "2021.",
    ],
)
def test_a_passive_of_another_subject_read_as_money_taken_back(text: str) -> None:
    # Broke (found by review): any "été" + a participle of taking back after the amount dropped
    # the grant; only a passive whose subject is the amount is ("mais ils ont été réaffectés",
    # "N, qui ont été annulés", "ce montant a été réaffecté").
    named = (("Agence Alpha", "organisation", BODY_A), ("Arville", "place", TOWN_A))
    assert len(facts(text, *named)) == 1


def test_spending_for_bodies_a_clause_names_dropped_their_grants() -> None:
    # Broke (found by review): "Les dépenses de X en faveur des aéroports ont atteint N : M pour
    # Y et P pour Z" lost both parts: money spent for bodies the clause names is theirs.
    text = (
        "Les dépenses de l'Agence Alpha en faveur des communes ont atteint 50 millions d'euros "
        "en 2012 : 30 millions d'euros pour Arville et 20 millions d'euros pour l'Agence Beta."
    )
    named = (
        ("Agence Alpha", "organisation", BODY_A),
        ("Arville", "place", TOWN_A),
        ("Agence Beta", "organisation", ID + "organisation/body-b"),
    )
    assert {v for v, _ in facts(text, *named)} >= {30e6, 20e6}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Le SPW avait reçu 71.850 demandes, représentant un montant sollicité de 342 millions "
            "d'euros.",
            0,
        ),
        (
            "Le prêt « Ricochet », qui complète un crédit bancaire, peut aller jusqu'à 30.000 "
            "euros.",
            0,
        ),
        ("Le prêt moyen accordé s'élève à 120 000 euros.", 0),
        (
            "Les dommages causés aux infrastructures communales sont aujourd'hui évalués à 1,1 "
            "milliard d'euros.",
            0,
        ),
        ("Le déficit budgétaire de l'exercice 2022 est estimé à 2,4 milliards d'euros.", 0),
    ],
)
def test_requests_ceilings_averages_and_damages_were_money_given(text: str, amount: int) -> None:
    # Broke (held-out 22): money asked for ("un montant sollicité de N"), a ceiling by its verb
    # ("peut aller jusqu'à N"), an average ("le prêt moyen … s'élève à N"), damages and a deficit
    # estimated were read as money given.
    assert not_given(text, find_amounts(text, "answer")[amount])


def test_a_tranche_set_aside_then_reallocated_was_a_grant() -> None:
    # Broke (held-out 22): "Une tranche de N, d'abord réservée à X, a été réaffectée" was not
    # read as money taken back: the amount is the passive's subject, after an incise.
    text = (
        "Une tranche de 10 millions d'euros, d'abord réservée au relogement des sinistrés, a été "
        "réaffectée."
    )
    doc = FundingText(text, "answer", [], find_amounts(text, "answer"))
    amount = doc.amounts[0]
    assert withdrawn(doc, doc.sentence_of(amount.start), amount)


def test_someone_s_estimate_after_the_amount_was_money_given() -> None:
    # Broke (the real 2013 rows, once the retrained model's threshold fell to 0.6): "bien loin
    # des N estimés par l'honorable membre" was kept as money given: an estimate's participle
    # right after the amount, as "estimé à N" before it.
    text = "Le soutien s'élève à 220 millions d'euros, loin des 709 millions d'euros estimés par X."
    assert not_given(text, find_amounts(text, "answer")[1])


@pytest.mark.parametrize(
    "text",
    [
        # not the participle "correspondant"
        "La Région a octroyé à Arville une subvention de 80.000 euros correspondant aux "
        "dépenses éligibles du projet.",
        # asked for, then given in the same clause
        "La commune d'Arville a sollicité une subvention de 100.000 euros, qui lui a été "
        "octroyée par arrêté du 3 mai 2022.",
        # a figure named in a decree, not quoted from someone
        "La subvention de 50.000 euros mentionnée dans l'arrêté ministériel a été versée à "
        "Arville.",
        # granted, not yet paid
        "Arville s'est vu octroyer une subvention de 150.000 euros, qui n'est pas encore liquidée.",
        # own funds handed over in a coordinated verb that shares the subject
        "L'Agence Alpha a dégagé 50.000 euros sur fonds propres, et les a octroyés à Arville.",
        # own funds put into a body
        "L'Agence Alpha a apporté 2 millions d'euros de fonds propres à Arville.",
        # the region's investment in a town's things
        "La Région investit 50 millions d'euros dans la rénovation des piscines d'Arville.",
        # held-out 28, page 05: an investment in companies is a stake
        "L'Agence Alpha aurait investi 2 millions d'euros à Arville dans des sociétés de "
        "production.",
    ],
)
def test_the_review_s_grants_were_no_money_given(text: str) -> None:
    # Broke (the session's review, invented sentences): the first narrowings of the quoted
    # figure, money asked for, a part nobody funds, own funds and a body's own investment
    # took these grants for no money given (the rules' reading, apart from the learnt model
    # that may keep or drop a party-less amount).
    names = [("Arville", "place", TOWN_A)]
    if "Agence Alpha" in text:
        names.append(("Agence Alpha", "organisation", BODY_A))
    amounts = find_amounts(text, "answer")
    doc = FundingText(text, "answer", mentions_of(text, *names), amounts)
    amount = amounts[0]
    assert not not_given(text, amount)
    assert not own_spending(doc, doc.sentence_of(amount.start), amount)


@pytest.mark.parametrize(
    "text",
    [
        "L'Agence Alpha dispose d'un budget de fonctionnement de 1.240.000 euros en 2007.",
        "Le budget de fonctionnement de l'Agence Alpha a été porté à 6,2 millions d'euros.",
        "L'Agence Alpha dispose pour son fonctionnement d'un budget de 3,2 millions d'euros.",
        "L'Agence Alpha dispose de fonds propres de 3,4 milliards d'euros et d'un budget "
        "d'intervention de 920 millions d'euros pour 2024.",
    ],
)
def test_what_a_body_runs_on_or_holds_was_money_given_to_it(text: str) -> None:
    """Regression: held-out 31 and 32 read an operating budget, own funds and what a lender may
    commit as money given to the body."""
    assert facts(text, ("Agence Alpha", "organisation", BODY_A)) == []


def test_a_grant_for_a_bodys_running_costs_is_money_given() -> None:
    text = "La Région octroie à l'Agence Alpha une subvention de fonctionnement de 410.000 euros."
    assert [value for value, _ in facts(text, ("Agence Alpha", "organisation", BODY_A))] == [
        410_000.0
    ]


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("L'Agence Alpha dispose d'un budget annuel de l'ordre de 9 millions d'euros.", []),
        (
            "L'Agence Alpha est financée par une redevance ; son budget atteindrait 11,4 "
            "millions d'euros en 2023.",
            [],
        ),
        (
            "L'Agence Alpha perçoit une subvention de 410.000 euros ; son budget total a atteint "
            "2,1 millions d'euros en 2021.",
            [410_000.0],
        ),
    ],
)
def test_a_bodys_whole_budget_was_money_given_to_it(text: str, given: list[float]) -> None:
    """Regression: held-out 29 and 31 read a body's whole budget as a grant to the body."""
    found = facts(text, ("Agence Alpha", "organisation", BODY_A))
    assert [value for value, _ in found] == given


@pytest.mark.parametrize(
    "text",
    [
        "L'Agence Alpha dispose d'un budget de 850.000 euros pour organiser une mission de "
        "l'appel C.",
        "Le projet de l'Agence Alpha est retenu. Son budget total s'élève à 940.000 euros, "
        "cofinancé à 60 % par l'appel C.",
    ],
)
def test_a_budget_for_a_purpose_or_co_financed_is_money_given(text: str) -> None:
    found = facts(text, ("Agence Alpha", "organisation", BODY_A), ("appel C", "programme", CALL))
    assert len(found) == 1


def test_a_whole_budget_beside_a_grant_was_money_given() -> None:
    """Regression: held-out 31 read "perçoit une subvention de N, pour un budget total de M" as
    two grants."""
    text = (
        "L'Agence Alpha perçoit une subvention de 296.450 euros, pour un budget total de "
        "540.000 euros."
    )
    assert [value for value, _ in facts(text, ("Agence Alpha", "organisation", BODY_A))] == [
        296_450.0
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Le Gouvernement a octroyé à l'Agence Alpha un budget d'intervention de 50 millions "
        "d'euros.",
        "Un budget total de 3 millions d'euros a été octroyé à l'Agence Alpha.",
        "L'Agence Alpha disposerait désormais d'un budget annuel de 60.000 euros à charge de la "
        "Région.",
    ],
)
def test_money_given_as_own_funds_or_a_budget_was_read_as_what_a_body_holds(text: str) -> None:
    """Regression (the session's review): a "budget d'intervention" granted, a total budget
    granted and a budget paid by the Region lost their facts."""
    assert len(facts(text, ("Agence Alpha", "organisation", BODY_A))) == 1
