"""A scheme named once, then referred to again (session 21): "dans le cadre du plan", "au
titre du premier volet", "à ce titre", "le plan P (PP), qui mobilise N"; and money reserved
for a call. Invented sentences; each test is named after what broke.
"""

from __future__ import annotations

from loaders.record import MentionType
from tests.loaders.extract.test_funding import TECHNOCITE, funding_of

PLAN = "https://w3id.org/parlgraph/id/programme/plan-de-reconstruction"
MEUSINVEST = "https://w3id.org/parlgraph/id/organisation/meusinvest"

_PLAN: tuple[str, MentionType, str] = ("plan de reconstruction", "programme", PLAN)
_TECHNOCITE: tuple[str, MentionType, str] = ("Technocité", "organisation", TECHNOCITE)
_MEUSINVEST: tuple[str, MentionType, str] = ("Meusinvest", "organisation", MEUSINVEST)


def test_dans_le_cadre_du_plan_after_another_matter_named_no_source() -> None:
    """ "du plan": the contracted article was read as part of the anaphor, so the cue before
    it ("dans le cadre") no longer ended with its "du" and the plan was not found."""
    text = (
        "Le Gouvernement a lancé le plan de reconstruction. Par ailleurs, Meusinvest a reçu "
        "5.000 euros pour une étude. Dans le cadre du plan, Technocité a reçu 200.000 euros."
    )
    facts = funding_of(text, _PLAN, _TECHNOCITE, _MEUSINVEST)
    assert {f.recipient: f.programme for f in facts} == {MEUSINVEST: None, TECHNOCITE: PLAN}


def test_a_part_of_a_scheme_by_its_rank_was_a_source_of_its_own() -> None:
    """ "Au titre du premier volet" named a source the text did not know, so the scheme named
    before governed nothing; "Le deuxième volet, doté de N" and "Le troisième volet attribue N"
    were the scheme's parts with no scheme."""
    text = (
        "Le plan de reconstruction comporte trois volets. Par ailleurs, une évaluation est "
        "prévue en 2024. Au titre du premier volet, Technocité a perçu 90.000 euros. Le "
        "deuxième volet, doté de 400.000 euros, soutient les investissements. Le troisième "
        "volet attribue 35.000 euros à Meusinvest pour une campagne."
    )
    facts = funding_of(text, _PLAN, _TECHNOCITE, _MEUSINVEST)
    assert [f.programme for f in facts] == [PLAN, PLAN, PLAN]
    assert [facts[0].recipient, facts[2].recipient] == [TECHNOCITE, MEUSINVEST]


def test_a_part_named_with_its_scheme_stays_that_scheme_s() -> None:
    # "au titre du volet 2 du plan Q": the scheme after the part is the source, not the one
    # named before.
    other = "https://w3id.org/parlgraph/id/programme/plan-quais"
    text = (
        "Le plan de reconstruction a été adopté en 2022. Technocité a perçu 90.000 euros au "
        "titre du volet 2 du plan Quais."
    )
    facts = funding_of(text, _PLAN, _TECHNOCITE, ("plan Quais", "programme", other))
    assert [(f.recipient, f.programme) for f in facts] == [(TECHNOCITE, other)]


def test_a_ce_titre_after_a_scheme_named_in_passing_named_no_source() -> None:
    """ "à ce titre" stands for the scheme named just before even when that sentence named it
    without a cue of source ("s'inquiètent de la fin du plan P")."""
    text = (
        "Les opérateurs s'inquiètent de la fin du plan de reconstruction. Technocité aurait "
        "bénéficié à ce titre de 1,1 million d'euros entre 2019 et 2023."
    )
    facts = funding_of(text, _PLAN, _TECHNOCITE)
    assert [(f.recipient, f.programme) for f in facts] == [(TECHNOCITE, PLAN)]
    # "à ce titre" (in that capacity) after a sentence naming no scheme names none, though a
    # scheme was named further back.
    text = (
        "Les opérateurs s'inquiètent de la fin du plan de reconstruction. Les subsides aux "
        "centres s'élèvent à 2 euros par stagiaire. Technocité perçoit à ce titre 90.000 euros."
    )
    facts = funding_of(text, _PLAN, _TECHNOCITE)
    assert [(f.recipient, f.programme) for f in facts] == [(TECHNOCITE, None)]


def test_a_scheme_with_its_acronym_that_mobilises_money_named_no_source() -> None:
    """ "le plan P (PP), qui mobilise N": the relative clause endows the scheme, over its
    acronym in brackets."""
    text = (
        "Le 2 juillet 2020, le Gouvernement a adopté le plan de reconstruction (PR), qui "
        "mobilise 40 millions d'euros."
    )
    facts = funding_of(text, _PLAN)
    assert [(f.recipient, f.programme) for f in facts] == [(None, PLAN)]


def test_money_reserved_for_a_call_launched_under_a_plan_was_the_plan_s() -> None:
    """ "Le solde, soit N, est réservé à l'appel à projets « A », qui sera lancé dans le cadre du
    plan": the money goes to the call, its source; the plan is the call's framework."""
    call = "https://w3id.org/parlgraph/id/programme/repit"
    text = (
        "Le plan de reconstruction est doté de 5 millions d'euros. Le solde, soit 1.145.000 "
        "euros, est réservé à l'appel à projets « Répit 2019 », qui sera lancé en janvier dans "
        "le cadre du plan."
    )
    facts = funding_of(text, _PLAN, ("Répit 2019", "programme", call))
    assert [f.programme for f in facts] == [PLAN, call]


def test_cet_appel_and_pour_ce_programme_named_no_source() -> None:
    """ "dans le cadre de cet appel" (no demonstrative "appel" was read) and "a prêté N à X pour
    ce programme" (money for a scheme is the scheme's) left the facts without the scheme."""
    text = (
        "Le plan de reconstruction doit rapprocher la recherche des entreprises. Le Gouvernement "
        "a octroyé, dans le cadre de cet appel, 1,2 million d'euros à Technocité."
    )
    assert [f.programme for f in funding_of(text, _PLAN, _TECHNOCITE)] == [PLAN]
    text = (
        "Parallèlement, le plan de reconstruction doit permettre d'isoler 10.000 logements. "
        "Meusinvest aurait prêté 200 millions d'euros à Technocité pour ce programme."
    )
    facts = funding_of(text, _PLAN, _TECHNOCITE, _MEUSINVEST)
    assert [(f.recipient, f.programme) for f in facts] == [(TECHNOCITE, PLAN)]
