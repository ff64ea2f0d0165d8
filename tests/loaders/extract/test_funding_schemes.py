"""Which scheme governs a funding fact (session 11, from the kinds of programme misses of
held-out 6): a part of a scheme between the cue and the scheme, a verb of belonging, an anaphor
of one class, an endowed call inside its framework, a fund named for a share, a project that
opens with its money. Invented sentences; each test is named after what broke.
"""

from __future__ import annotations

from loaders.record import MentionType
from tests.loaders.extract.test_funding import FEDER, TECHNOCITE, funding_of

PWDR = "https://w3id.org/parlgraph/id/programme/pwdr"
FEADER = "https://w3id.org/parlgraph/id/programme/eafrd"
PLAN = "https://w3id.org/parlgraph/id/programme/plan-de-reconstruction"
CALL = "https://w3id.org/parlgraph/id/programme/quais-verts"
PROJECT = "https://w3id.org/parlgraph/id/project/plan-de-reconstruction/12"

_PWDR = ("Programme wallon de développement rural", "programme", PWDR)
_FEADER = ("FEADER", "programme", FEADER)
_PLAN = ("plan de reconstruction", "programme", PLAN)
_TECHNOCITE = ("Technocité", "organisation", TECHNOCITE)


def _programmes(text: str, *wanted: tuple[str, MentionType, str]) -> dict[str | None, str | None]:
    return {fact.recipient: fact.programme for fact in funding_of(text, *wanted)}


def test_a_part_of_the_scheme_between_the_cue_and_the_scheme_hid_the_scheme() -> None:
    # "dans le cadre du pilier « X » du programme P": the money comes from P, the pillar is a
    # part of it; the sentence after is governed by P.
    grant = " Technocité a obtenu une aide de 300.000 euros."
    for component in ("du pilier « Climat et sols »", "de l'axe 3", "de la mesure 313"):
        text = f"Le projet a été retenu dans le cadre {component} du " + _PWDR[0] + "." + grant
        assert _programmes(text, _PWDR, _TECHNOCITE) == {TECHNOCITE: PWDR}, component


def test_a_verb_of_belonging_to_a_scheme_named_no_source() -> None:
    # Broke: "relèvent du programme P et sont cofinancées à 40 % par le FEADER" left the share
    # as the only source named, which governs nothing.
    text = (
        "Les primes à la haie relèvent du Programme wallon de développement rural et sont "
        "cofinancées à 40 % par le FEADER. En 2020, Technocité a reçu 1,2 million d'euros."
    )
    assert _programmes(text, _PWDR, _FEADER, _TECHNOCITE) == {TECHNOCITE: PWDR}


def test_the_same_programme_was_the_fund_named_after_it() -> None:
    text = (
        "Le Programme wallon de développement rural est cofinancé par le FEADER. Technocité "
        "reçoit 300.000 euros à charge du même programme."
    )
    assert _programmes(text, _PWDR, _FEADER, _TECHNOCITE) == {TECHNOCITE: PWDR}
    # "du même fonds" is the fund.
    text = text.replace("même programme", "même fonds").replace("par le FEADER", "par le Fonds")
    fund = ("Fonds", "programme", FEADER)
    assert _programmes(text, _PWDR, fund, _TECHNOCITE) == {TECHNOCITE: FEADER}


def test_a_call_endowed_inside_its_framework_took_the_framework() -> None:
    text = (
        "Dans le cadre du plan de reconstruction, le SPW a lancé l'appel « Quais verts », doté "
        "de 600.000 euros."
    )
    call = ("Quais verts", "programme", CALL)
    assert _programmes(text, _PLAN, call) == {None: CALL}
    # The endowment of the sentence's subject, after a relative clause naming another scheme,
    # is the subject's.
    text = "Le FEDER, qui finance le plan de reconstruction, est doté de 600.000 euros."
    assert _programmes(text, _PLAN, ("FEDER", "programme", FEDER)) == {None: FEDER}


def test_a_fund_named_for_a_share_cut_off_the_governing_scheme() -> None:
    # The ruling "A programme named once governs what follows": a co-financing share names one
    # fund's part of the project's money; the scheme that supports the project still governs.
    text = (
        "Le projet est soutenu par le plan de reconstruction. Les travaux sont cofinancés à "
        "40 % par le FEDER.\n\nTechnocité a obtenu une aide de 300.000 euros."
    )
    feder = ("FEDER", "programme", FEDER)
    assert _programmes(text, _PLAN, feder, _TECHNOCITE) == {TECHNOCITE: PLAN}


def test_rows_after_a_project_that_opens_with_its_money_had_no_programme() -> None:
    project = ("projet 12", "project", PROJECT)
    text = (
        "Le projet 12 du plan de reconstruction mobilise 3 millions d'euros.\n\n"
        "Le Gouvernement a approuvé une première tranche :\n\n"
        "– Technocité, pour un atelier : 400.000 euros ;\n"
    )
    assert _programmes(text, project, _PLAN, _TECHNOCITE)[TECHNOCITE] == PROJECT
    # A project named for what it does, without money, governs nothing after it.
    text = (
        "Le projet 12 du plan de reconstruction finance des formations.\n\n"
        "Technocité recevra 1,2 million d'euros pour ses ateliers."
    )
    assert _programmes(text, project, _PLAN, _TECHNOCITE)[TECHNOCITE] is None


def test_a_scheme_named_after_a_denied_amount_governed_nothing() -> None:
    # Broke (held-out 5, page 04): the scheme was named after the sentence's second amount, so
    # it was taken for that amount's source alone ("N …, complétée par M au titre du plan P");
    # the first amount is denied ("n'est pas doté de N mais de M"), and M is the sentence's money
    # (held-out 5's page was mended by the denial alone: its rows refer back to "le montant").
    text = (
        "Le programme d'essai a été retenu en 2011. Il n'est pas doté de 6 millions d'euros mais "
        "de 4 millions d'euros, imputés sur les crédits du plan de reconstruction. Les "
        "subventions sont octroyées par l'administration.\n\n"
        "Technocité reçoit 1,6 million d'euros pour ses ateliers."
    )
    assert _programmes(text, _PLAN, _TECHNOCITE)[TECHNOCITE] == PLAN


def test_a_project_named_after_a_cue_of_source_governed_nothing_after_its_list() -> None:
    # Broke (held-out 4, page 13): "Dans le cadre du projet 12 du plan P, … :" names the project
    # as the source of the list's money, and the sentence after the list ("En application de
    # cette clé, X reçoit N") is still its money; a project was taken for what it does.
    project = ("projet 12", "project", PROJECT)
    text = (
        "Dans le cadre du projet 12 du plan de reconstruction, le Gouvernement a réparti 5 "
        "millions d'euros :\n\n"
        "- 3 millions d'euros aux ateliers ;\n"
        "- 2 millions d'euros aux centres.\n\n"
        "En application de cette clé, Technocité reçoit 400.000 euros."
    )
    assert _programmes(text, project, _PLAN, _TECHNOCITE)[TECHNOCITE] == PROJECT


def test_a_table_after_a_project_that_finances_had_no_programme() -> None:
    # Broke (held-out 22, page 08): "Le projet 12 du plan P finance X. Le Gouvernement en a arrêté
    # la répartition suivante :" then a table with a header row: the rows split the project's
    # money, though the project's own sentence states no amount.
    project = ("projet 12", "project", PROJECT)
    text = (
        "Le projet 12 du plan de reconstruction finance l'équipement des ateliers. Le "
        "Gouvernement en a arrêté la répartition suivante (montants en euros) :\n\n"
        "Opérateur    Atelier    Montant\n"
        "Technocité    soudure    400.000\n"
    )
    assert _programmes(text, project, _PLAN, _TECHNOCITE)[TECHNOCITE] == PROJECT
    # A list that does not refer back to the project is other money (the review's finding).
    text = (
        "Le projet 12 du plan de reconstruction finance l'équipement des ateliers. Les "
        "subventions octroyées hors plan sont les suivantes :\n\n"
        "- Technocité : 400.000 euros.\n"
    )
    assert _programmes(text, project, _PLAN, _TECHNOCITE)[TECHNOCITE] is None


LEADER = "https://w3id.org/parlgraph/id/programme/leader"


def test_rows_under_a_measure_that_finances_took_the_co_financing_fund() -> None:
    # "l'axe LEADER du programme P finance …" opens with the measure as subject; "Chaque plan est
    # cofinancé par le FEADER, par la Région …" names a share of the money (one co-financer among
    # others), and a row's "(dont FEADER : N)" names its part's own fund: neither governs the
    # rows, nor stops the measure from governing them.
    text = (
        "Pour la programmation 2014-2020, l'axe LEADER du Programme wallon de développement "
        "rural finance les plans des groupes. Chaque plan est cofinancé par le FEADER, par la "
        "Région et par les communes.\n\n"
        "Les budgets s'établissent comme suit :\n\n"
        "Technocité : 1.082 k€ (dont FEADER : 487 k€)\n"
        "Université de Liège : 912 k€ (dont FEADER : 410 k€)\n"
    )
    uliege = ("Université de Liège", "organisation", "https://w3id.org/parlgraph/id/org/ulg")
    wanted = (("LEADER", "programme", LEADER), _PWDR, _FEADER, _TECHNOCITE, uliege)
    assert _programmes(text, *wanted) == {TECHNOCITE: LEADER, uliege[2]: LEADER, None: FEADER}


def test_a_scheme_named_for_its_programming_period_was_no_source() -> None:
    # "relève de la programmation 2007-2013 du FEDER": the fund of that period pays the rows.
    text = (
        "Le portefeuille relève de la programmation 2007-2013 du FEDER. Il réunit deux projets."
        "\n\nTechnocité, pour ses capteurs : 2.050.000 euros ;\n"
    )
    assert _programmes(text, ("FEDER", "programme", FEDER), _TECHNOCITE) == {TECHNOCITE: FEDER}


def test_an_edition_of_a_call_as_the_subject_governed_nothing() -> None:
    # "L'édition 2022 de l'appel X, gérée par …, était dotée de N": the call is the subject the
    # answer opens with, through "édition" and its class noun; its rounds' grants are its own.
    text = (
        "L'édition 2022 de l'appel Quais verts, gérée par le SPW, était dotée de 12 M€. Sur les "
        "14 projets retenus, trois sont wallons.\n\n"
        "Technocité bénéficie d'une subvention de 985.000 euros pour son projet."
    )
    call = ("Quais verts", "programme", CALL)
    assert _programmes(text, call, _TECHNOCITE) == {None: CALL, TECHNOCITE: CALL}


def test_a_part_reserved_for_a_scheme_took_that_scheme_as_its_source() -> None:
    # "dont N réservés aux investissements en faveur de … (QV)": the part is for that measure,
    # and its money is the total's scheme's, as any "dont" part's.
    text = (
        "Pour 2024, l'enveloppe globale du plan de reconstruction s'élève à 24 millions d'euros, "
        "dont 3 millions d'euros réservés aux investissements en faveur des quais (QVRT)."
    )
    measure = ("QVRT", "programme", CALL)
    assert [f.programme for f in funding_of(text, _PLAN, measure)] == [PLAN, PLAN]


REVITALISATION = "https://w3id.org/parlgraph/id/programme/revitalisation-urbaine"
RENOVATION = "https://w3id.org/parlgraph/id/programme/renovation-urbaine"


def test_an_amount_of_subsidies_of_a_scheme_took_the_sentence_s_first_scheme() -> None:
    text = (
        "La commune a reçu 1,64 million d'euros au titre de la rénovation urbaine, auxquels "
        "s'ajoutent 385.000 euros de subventions de revitalisation urbaine."
    )
    wanted = (
        ("rénovation urbaine", "programme", RENOVATION),
        ("revitalisation urbaine", "programme", REVITALISATION),
    )
    assert [f.programme for f in funding_of(text, *wanted)] == [RENOVATION, REVITALISATION]


def test_a_borrower_s_loan_took_the_scheme_of_grants_that_governs() -> None:
    # The gold rulings of held-out 5 and 6: the scheme that governs what follows grants; a
    # loan after it is not its money, unless the scheme itself lends ("le prêt « X »").
    text = (
        "Au titre du plan de reconstruction, Technocité a reçu une aide de 250.000 euros.\n\n"
        "La commune de Dinant a obtenu un prêt de 400.000 euros pour ses quais."
    )
    dinant = ("Dinant", "place", "https://w3id.org/parlgraph/id/place/dinant")
    assert _programmes(text, _PLAN, _TECHNOCITE, dinant) == {TECHNOCITE: PLAN, dinant[2]: None}
    text = (
        "La Sowalfin a lancé le prêt « Quais verts », doté de 20 millions d'euros.\n\n"
        "La commune de Dinant a obtenu un prêt de 400.000 euros pour ses quais."
    )
    call = ("Quais verts", "programme", CALL)
    assert _programmes(text, call, dinant)[dinant[2]] == CALL


def test_a_scheme_s_programming_period_with_a_hyphen_hid_the_scheme() -> None:
    """Regression (session 21): "Pour la programmation 2014-2019 du plan P, l'enveloppe
    régionale s'élève à N" named no source (the period's hyphen broke the opening phrase)."""
    text = (
        "Pour la programmation 2014-2019 du plan de reconstruction, l'enveloppe régionale "
        "s'élève à 22,6 millions d'euros par an."
    )
    facts = funding_of(text, _PLAN)
    assert [f.programme for f in facts] == [PLAN]


def test_a_call_opened_by_an_indefinite_article_governed_nothing() -> None:
    """Regression (session 21): "Un appel à projets « X » a été lancé dans le cadre de
    l'opération. Doté de N, il a permis …" left the call's money and the grants after it
    without the call."""
    text = (
        "Un appel à projets « Quais verts » a été lancé dans le cadre de l'opération à "
        "l'intention des communes. Doté de 2 millions d'euros, il a permis de retenir 64 "
        "projets. Technocité a reçu 42.600 euros."
    )
    facts = funding_of(
        text, ("Quais verts", "programme", CALL), ("Technocité", "organisation", TECHNOCITE)
    )
    assert [(f.recipient, f.programme) for f in facts] == [(None, CALL), (TECHNOCITE, CALL)]


def test_an_aside_in_a_later_clause_turned_the_whole_sentence_away() -> None:
    """Regression (session 21, held-out 36): "Pour X, le montant s'élève à N ; la ville y
    consacre en outre M sur fonds propres" took N and the list after it out of the call named
    before ("en outre" turns only its own clause)."""
    meusinvest = "https://w3id.org/parlgraph/id/organisation/meusinvest"
    text = (
        "L'appel à projets « Quais verts » était doté de 4 millions d'euros.\n\n"
        "Pour Technocité, le montant s'élève à 298.500 euros ; la ville y consacre en outre "
        "99.500 euros sur fonds propres.\n\n"
        "Les autres lauréats sont les suivants :\n\n• Meusinvest : 142.800 euros."
    )
    facts = funding_of(
        text,
        ("Quais verts", "programme", CALL),
        ("Technocité", "organisation", TECHNOCITE),
        ("Meusinvest", "organisation", meusinvest),
    )
    assert {f.recipient: f.programme for f in facts if f.recipient} == {
        TECHNOCITE: CALL,
        meusinvest: CALL,
    }


def test_quant_au_did_not_turn_to_another_matter() -> None:
    """Regression (session 21, held-out 28): "Quant au X, …" was no turn ("quant à" and
    "quant aux" were), so the scheme named before governed the money after it."""
    text = (
        "Le plan de reconstruction est doté de 4 millions d'euros. Quant au centre Technocité, "
        "la Province lui verse une subvention annuelle de 150.000 euros."
    )
    facts = funding_of(text, _PLAN, ("Technocité", "organisation", TECHNOCITE))
    assert [(f.recipient, f.programme) for f in facts] == [(None, PLAN), (TECHNOCITE, None)]
