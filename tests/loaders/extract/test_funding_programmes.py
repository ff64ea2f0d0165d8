"""The programme of a funding fact on wordings of unseen pages (invented sentences).

Each test is named after what it got wrong before its rule.
"""

from __future__ import annotations

from loaders.extract.entities import find_entities
from loaders.record import MentionType
from loaders.reference.gazetteer import load_gazetteer
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


PLAN = "https://w3id.org/parlgraph/id/programme/plan-de-reconstruction"
ULIEGE = "https://w3id.org/parlgraph/id/organisation/uliege"


def test_money_after_an_answer_that_opens_with_its_programme_had_none() -> None:
    text = (
        "Le programme FEDER soutient depuis 2022 la recherche sur les batteries. Le consortium "
        "réunit trois universités.\n\n"
        "Le SPW a octroyé au consortium 8.450 k€ pour la période 2022-2026, dont 2.980 k€ à "
        "l'ULiège.\n\n"
        "Par ailleurs, Technocité a obtenu une aide de 300.000 euros."
    )
    wanted: tuple[tuple[str, MentionType, str], ...] = (
        ("FEDER", "programme", FEDER),
        ("ULiège", "organisation", ULIEGE),
        ("Technocité", "organisation", TECHNOCITE),
        ("SPW", "organisation", "https://w3id.org/parlgraph/id/organisation/spw"),
    )
    facts = {fact.recipient: fact.programme for fact in funding_of(text, *wanted)}
    # The total and its part are the programme's; money after "Par ailleurs" is another matter.
    assert facts == {None: FEDER, ULIEGE: FEDER, TECHNOCITE: None}


def test_an_opening_with_money_of_its_own_lends_its_programme_to_no_later_grant() -> None:
    text = (
        "Le plan de reconstruction mobilise au total 2 milliards d'euros.\n\n"
        "La commune de Pepinster percevra à elle seule 23 millions d'euros pour ses voiries."
    )
    wanted: tuple[tuple[str, MentionType, str], ...] = (
        ("plan de reconstruction", "programme", PLAN),
        ("Technocité", "organisation", TECHNOCITE),
    )
    text = text.replace("La commune de Pepinster", "Technocité")
    facts = {fact.recipient: fact.programme for fact in funding_of(text, *wanted)}
    assert facts[TECHNOCITE] is None


def test_an_answer_topic_does_not_reach_past_another_scheme_or_a_paragraph() -> None:
    opening = "Le programme FEDER soutient la recherche sur les batteries.\n\n"
    grant = "Technocité a obtenu une aide de 300.000 euros."
    wanted: tuple[tuple[str, MentionType, str], ...] = (
        ("FEDER", "programme", FEDER),
        ("PNRR", "programme", "https://w3id.org/parlgraph/id/programme/pnrr"),
        ("Technocité", "organisation", TECHNOCITE),
    )
    (fact,) = funding_of(opening + grant, *wanted[::2])
    assert fact.programme == FEDER
    (fact,) = funding_of(opening + "Le PNRR finance d'autres pistes.\n\n" + grant, *wanted)
    assert fact.programme is None
    (fact,) = funding_of(opening + "Les travaux avancent.\n\n" + grant, *wanted[::2])
    assert fact.programme is None
    # A grant in the opening's own paragraph is no "money next" (test_funding's carried-over
    # programme), nor one whose sentence names a source the recogniser does not know.
    (fact,) = funding_of(opening.replace("\n\n", " ") + grant, *wanted[::2])
    assert fact.programme is None
    unknown = grant.replace("Technocité a", "Dans le cadre du plan de relance, Technocité a")
    (fact,) = funding_of(opening + unknown, *wanted[::2])
    assert fact.programme is None


PWDR = "https://w3id.org/parlgraph/id/programme/pwdr"
FEADER = "https://w3id.org/parlgraph/id/programme/eafrd"


def test_a_part_named_with_its_own_fund_took_the_sentence_s_framework() -> None:
    text = (
        "Dans le cadre du Programme wallon de développement rural, Technocité dispose d'une "
        "enveloppe de 39,2 millions d'euros, dont 15,7 millions d'euros de Fonds européen "
        "agricole pour le développement rural et 23,5 millions d'euros de part wallonne."
    )
    wanted: tuple[tuple[str, MentionType, str], ...] = (
        ("Programme wallon de développement rural", "programme", PWDR),
        ("Fonds européen agricole pour le développement rural", "programme", FEADER),
        ("Technocité", "organisation", TECHNOCITE),
    )
    programmes = [fact.programme for fact in funding_of(text, *wanted)]
    assert programmes == [PWDR, FEADER, PWDR]


def test_a_continued_grant_missed_the_measure_that_receives_under_its_framework() -> None:
    text = (
        "Dans le cadre du Programme wallon de développement rural, la mesure « FEADER » "
        "dispose d'une enveloppe de 39,2 millions d'euros.\n\n"
        "Vingt groupes ont été sélectionnés. Technocité a ainsi reçu 2,4 millions d'euros."
    )
    wanted: tuple[tuple[str, MentionType, str], ...] = (
        ("Programme wallon de développement rural", "programme", PWDR),
        ("FEADER", "programme", FEADER),
        ("Technocité", "organisation", TECHNOCITE),
    )
    facts = {fact.recipient: fact.programme for fact in funding_of(text, *wanted)}
    assert facts == {None: FEADER, TECHNOCITE: FEADER}
    # Without the word that continues ("ainsi"), the grant is not the measure's.
    facts = {f.recipient: f.programme for f in funding_of(text.replace(" ainsi", ""), *wanted)}
    assert facts[TECHNOCITE] is None


def test_a_lower_case_fund_after_a_source_cue_was_no_programme() -> None:
    # Broke: "au titre du fonds de compensation" gave the grants no programme, the recogniser
    # reading lower-case schemes headed by "plan" and "programme" only.
    text = (
        "Les subventions versées aux communes au titre du fonds de compensation s'élèvent à "
        "420.000 euros. Le fonds de roulement de la société reste stable."
    )
    mentions, _ = find_entities(text, "answer", load_gazetteer())
    assert [m.label for m in mentions if m.type == "programme"] == ["fonds de compensation"]
