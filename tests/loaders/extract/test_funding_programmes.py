"""The programme of a funding fact on wordings of unseen pages (invented sentences).

Each test is named after what it got wrong before its rule.
"""

from __future__ import annotations

from dataclasses import replace

from loaders.extract.amounts import find_amounts
from loaders.extract.entities import find_entities
from loaders.extract.funding import find_funding
from loaders.record import Entity, MentionType
from loaders.reference.gazetteer import load_gazetteer
from tests.loaders.extract.test_funding import FEDER, TECHNOCITE, funding_of, mentions_of

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


def test_a_scheme_named_for_a_share_or_a_second_amount_governs_no_later_grant() -> None:
    # The ruling "A programme named once governs what follows" (tests/corpus/README.md): a
    # scheme that pays a share of one project, or one amount among others of its sentence,
    # leaves other money beside it; it does not govern the paragraphs that follow.
    wanted: tuple[tuple[str, MentionType, str], ...] = (
        ("plan de reconstruction", "programme", PLAN),
        ("FEDER", "programme", FEDER),
        ("Technocité", "organisation", TECHNOCITE),
    )
    grant = "\n\nTechnocité a reçu une subvention de 650.000 euros pour un parking."

    def programmes(text: str) -> dict[str | None, str | None]:
        named = [name for name in wanted if name[0] in text]
        return {fact.recipient: fact.programme for fact in funding_of(text, *named)}

    share = "Le projet est cofinancé à 40 % par le FEDER, soit 1,8 million d'euros."
    assert programmes(share + grant)[TECHNOCITE] is None
    second = (
        "Le Gouvernement a dégagé une enveloppe de 20 millions d'euros, complétée par 45 "
        "millions d'euros au titre du plan de reconstruction."
    )
    assert programmes(second + grant)[TECHNOCITE] is None
    # Named for all the money of its sentence, it governs.
    whole = "Ces projets sont financés sur les crédits du plan de reconstruction."
    assert programmes(whole + grant)[TECHNOCITE] == PLAN


def test_a_plan_s_own_funding_source_named_by_a_pronoun_took_the_plan_s_grants() -> None:
    # "Le plan P mobilise N. Il est en partie financé par le fonds F.": F funds the plan; the
    # rows that follow are the plan's.
    text = (
        "Le plan de reconstruction mobilise 1,2 milliard d'euros, dont 867 millions d'euros de "
        "subventions. Il est en partie financé par le FEDER.\n\n"
        "Pour Technocité, l'enveloppe réservée s'élève à 74,5 millions d'euros."
    )
    wanted: tuple[tuple[str, MentionType, str], ...] = (
        ("plan de reconstruction", "programme", PLAN),
        ("FEDER", "programme", FEDER),
        ("Technocité", "organisation", TECHNOCITE),
    )
    facts = {fact.recipient: fact.programme for fact in funding_of(text, *wanted)}
    assert facts[TECHNOCITE] == PLAN


def test_an_answer_topic_governs_until_another_scheme_or_a_turn() -> None:
    opening = "Le programme FEDER soutient la recherche sur les batteries.\n\n"
    grant = "Technocité a obtenu une aide de 300.000 euros."
    wanted: tuple[tuple[str, MentionType, str], ...] = (
        ("FEDER", "programme", FEDER),
        ("PNRR", "programme", "https://w3id.org/parlgraph/id/programme/pnrr"),
        ("Technocité", "organisation", TECHNOCITE),
    )
    (fact,) = funding_of(opening + grant, *wanted[::2])
    assert fact.programme == FEDER
    # Another scheme named as a source in between governs in its turn.
    (fact,) = funding_of(opening + "Le PNRR finance d'autres pistes.\n\n" + grant, *wanted)
    assert fact.programme == wanted[1][2]
    # A paragraph in between, or none, changes nothing: the text has not turned.
    (fact,) = funding_of(opening + "Les travaux avancent.\n\n" + grant, *wanted[::2])
    assert fact.programme == FEDER
    (fact,) = funding_of(opening.replace("\n\n", " ") + grant, *wanted[::2])
    assert fact.programme == FEDER
    # A turn ("Par ailleurs", "en outre", "Quant à"), a scheme set aside, or a source the
    # sentence names itself (known to the recogniser or not) ends it.
    for turned in (
        "Par ailleurs, Technocité a obtenu une aide de 300.000 euros.",
        "Technocité a en outre obtenu une aide de 300.000 euros.",
        "Quant à la formation, Technocité a obtenu une aide de 300.000 euros.",
        "En dehors du PNRR, Technocité a obtenu une aide de 300.000 euros.",
        "Dans le cadre du plan de relance, Technocité a obtenu une aide de 300.000 euros.",
    ):
        named = [name for name in wanted if name[0] in opening + turned]
        (fact,) = funding_of(opening + turned, *named)
        assert fact.programme is None, turned


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
    # Without the word that continues ("ainsi"), the measure still governs what follows (the
    # ruling "A programme named once governs what follows"); after "Par ailleurs", nothing.
    facts = {f.recipient: f.programme for f in funding_of(text.replace(" ainsi", ""), *wanted)}
    assert facts[TECHNOCITE] == FEADER
    turned = text.replace("Technocité a ainsi", "Par ailleurs, Technocité a")
    facts = {f.recipient: f.programme for f in funding_of(turned, *wanted)}
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


def test_money_listed_in_a_plan_had_no_programme() -> None:
    # "une intervention de N inscrite au Plan P": the participle of being listed is a cue of
    # source, as "au titre du" is.
    text = (
        "Ce montant est complété par une intervention de 250.000 euros inscrite au Plan de "
        "reconstruction, qui couvre la passerelle de Dinant."
    )
    found = funding_of(
        text,
        ("Dinant", "place", "https://w3id.org/parlgraph/id/place/dinant"),
        ("Plan de reconstruction", "programme", PLAN),
    )
    assert [(f.recipient, f.programme) for f in found] == [(None, PLAN)]


def test_a_scheme_an_item_is_listed_in_does_not_govern_the_money_after_it() -> None:
    # "Il est inscrit au Plan P" says where the bridge is listed; a grant of the next sentence
    # from another giver is not the plan's money.
    text = (
        "Le coût de la passerelle est estimé à 2 millions d'euros. Elle est inscrite au Plan de "
        "reconstruction.\n\nLa commune de Dinant a reçu de l'Union européenne une aide de "
        "400.000 euros pour ses quais."
    )
    found = funding_of(
        text,
        ("Dinant", "place", "https://w3id.org/parlgraph/id/place/dinant"),
        ("Union européenne", "organisation", "https://w3id.org/parlgraph/id/organisation/ue"),
        ("Plan de reconstruction", "programme", PLAN),
    )
    assert [f.programme for f in found] == [None]


ATELIERS = "https://w3id.org/parlgraph/id/programme/ateliers-numeriques"
LIFE = "https://w3id.org/parlgraph/id/programme/life"
ID_MEUSINVEST = "https://w3id.org/parlgraph/id/organisation/meusinvest"
ID_ZORGLAB = "https://w3id.org/parlgraph/id/organisation/zorglab"
NATURE = "https://w3id.org/parlgraph/id/programme/nature"


def test_a_scheme_quoted_after_its_class_noun_governed_no_money() -> None:
    # "Le programme « X »" opens with X as "Le programme X" does, and the money after it is
    # X's; so is money "dans le cadre du programme « X »".
    wanted: tuple[tuple[str, MentionType, str], ...] = (
        ("Ateliers numériques", "programme", ATELIERS),
        ("Technocité", "organisation", TECHNOCITE),
    )
    opened = (
        "Le programme « Ateliers numériques » vise à former les demandeurs d'emploi. En 2021, "
        "la Région a réservé une enveloppe de 400.000 euros à ses sessions. Technocité a "
        "ainsi reçu 90.000 euros."
    )
    assert {f.programme for f in funding_of(opened, *wanted)} == {ATELIERS}
    cued = (
        "Dans le cadre du programme « Ateliers numériques », Technocité a reçu une subvention "
        "de 90.000 euros."
    )
    assert [f.programme for f in funding_of(cued, *wanted)] == [ATELIERS]
    # A part of a scheme, quoted, is not its scheme: "au titre du sous-programme « N » du
    # programme LIFE" is LIFE's money.
    part = (
        "Le projet a été retenu au titre du sous-programme « Nature » du programme LIFE. "
        "Technocité a reçu une subvention de 90.000 euros."
    )
    facts = funding_of(
        part,
        ("Nature", "programme", NATURE),
        ("LIFE", "programme", LIFE),
        ("Technocité", "organisation", TECHNOCITE),
    )
    assert [f.programme for f in facts] == [LIFE]


def test_the_scheme_the_question_asks_about_had_no_money_in_the_answer() -> None:
    # The answer names no scheme of its own: its money is the one scheme the question asks
    # about, until it turns to another matter.
    question = "Le programme « Ateliers numériques » a-t-il atteint les demandeurs d'emploi ?"
    answer = (
        "Les sessions ont repris en mars. Technocité a reçu une subvention de 90.000 euros.\n\n"
        "Par ailleurs, Technocité a reçu 20.000 euros pour son parking."
    )
    asked = [
        replace(m, part="question")
        for m in mentions_of(question, ("Ateliers numériques", "programme", ATELIERS))
    ]
    named = mentions_of(answer, ("Technocité", "organisation", TECHNOCITE))
    amounts = find_amounts(answer, "answer")
    found = find_funding(answer, "answer", amounts, [*asked, *named], question=question)
    assert [(amounts[f.amount].value, f.programme) for f in found] == [
        (90000.0, ATELIERS),
        (20000.0, None),
    ]
    # Named in passing, not as the question's subject: not the answer's money.
    passing = "Technocité a-t-elle formé assez de demandeurs au programme « Ateliers numériques » ?"
    aside = [
        replace(m, part="question")
        for m in mentions_of(passing, ("Ateliers numériques", "programme", ATELIERS))
    ]
    found = find_funding(answer, "answer", amounts, [*aside, *named], question=passing)
    assert [f.programme for f in found] == [None, None]
    # Two schemes asked about: the text does not say which one pays.
    both = question.replace("a-t-il", "et le Plan de reconstruction ont-ils")
    asked += [
        replace(m, part="question")
        for m in mentions_of(both, ("Plan de reconstruction", "programme", PLAN))
    ]
    found = find_funding(answer, "answer", amounts, [*asked, *named], question=both)
    assert [f.programme for f in found] == [None, None]


def test_the_same_programme_four_sentences_back_was_out_of_reach() -> None:
    text = (
        "Les ateliers relèvent du programme Ateliers numériques. Ils ont commencé en mars. "
        "Ils durent six semaines. Les formateurs viennent de Mons. Technocité a reçu une "
        "subvention de 90.000 euros, à charge du même programme."
    )
    facts = funding_of(
        text,
        ("Ateliers numériques", "programme", ATELIERS),
        ("Technocité", "organisation", TECHNOCITE),
    )
    assert [(f.recipient, f.programme) for f in facts] == [(TECHNOCITE, ATELIERS)]


def test_a_stake_taken_under_a_scheme_of_grants_was_the_scheme_s_money() -> None:
    # A scheme that governs what follows gives grants; a stake taken or a loan granted after
    # it is an investor's or lender's own money (a repayable advance stays the scheme's).
    text = (
        "Le programme Ateliers numériques soutient les jeunes entreprises. Technocité a reçu une "
        "subvention de 90.000 euros. Meusinvest a investi 300.000 euros dans le capital de la "
        "SA Zorglab."
    )
    facts = funding_of(
        text,
        ("Ateliers numériques", "programme", ATELIERS),
        ("Technocité", "organisation", TECHNOCITE),
        ("Meusinvest", "organisation", ID_MEUSINVEST),
        ("Zorglab", "organisation", ID_ZORGLAB),
    )
    assert [(f.instrument, f.programme) for f in facts] == [
        ("grant", ATELIERS),
        ("equity", None),
    ]


def test_an_initiative_communautaire_named_under_a_cue_governs_what_follows() -> None:
    # Broke: "dans le cadre de l'initiative communautaire LEADER+" named no source (its class
    # noun was no cue's), so the budget's shares in the next sentence had no programme.
    leader = "https://w3id.org/parlgraph/id/programme/leader-plus"
    text = (
        "Le GAL Entre-Deux-Eaux a été agréé en 2002 dans le cadre de l'initiative communautaire "
        "LEADER+. L'intervention européenne atteint 496.000 euros et la part de la Région "
        "620.000 euros."
    )
    found = funding_of(text, ("LEADER+", "programme", leader))
    assert [fact.programme for fact in found] == [leader, leader]


def test_the_fund_named_after_an_amount_hid_the_programme_it_finances() -> None:
    # Broke: "au titre du programme opérationnel P, de N d'euros de FEDER" gave the fact the
    # fund, not the programme of that fund the sentence names (the golds name the programme).
    text = (
        "Au titre du programme opérationnel « Zénith », 27 projets ont bénéficié de 64,3 "
        "millions d'euros de FEDER."
    )
    zenith = "https://w3id.org/parlgraph/id/programme/zenith"
    entities = [
        Entity(zenith, "programme", "Programme opérationnel Zénith", financed_by=[FEDER]),
        Entity(FEDER, "programme", "Fonds européen de développement régional"),
    ]
    facts = funding_of(
        text, ("Zénith", "programme", zenith), ("FEDER", "programme", FEDER), entities=entities
    )
    assert [f.programme for f in facts] == [zenith]
    # a programme the fund does not finance leaves the fund the amount's own source
    entities[0] = Entity(zenith, "programme", "Programme opérationnel Zénith")
    facts = funding_of(
        text, ("Zénith", "programme", zenith), ("FEDER", "programme", FEDER), entities=entities
    )
    assert [f.programme for f in facts] == [FEDER]


def test_a_scheme_named_in_contrast_took_over_the_list_after_it() -> None:
    # Broke: "L'appel « X » est doté de N. À la différence du régime Y classique, qui
    # subventionne …" gave the list that follows to Y: a scheme named only to set the other
    # against it is neither a source nor a turn.
    call = "https://w3id.org/parlgraph/id/programme/appel-x"
    regime = "https://w3id.org/parlgraph/id/programme/regime-y"
    text = (
        "L'appel « Zénith 2013 » est doté de 40 millions d'euros. À la différence du régime "
        "Orbite classique, qui subventionne 30 % des investissements, il couvre 75 % du coût. "
        "Le Gouvernement a retenu les projets suivants :\n"
        "• Technocité : 186.400 euros ;\n"
    )
    facts = funding_of(
        text,
        ("Zénith 2013", "programme", call),
        ("Orbite", "programme", regime),
        ("Technocité", "organisation", TECHNOCITE),
    )
    assert [f.programme for f in facts if f.recipient == TECHNOCITE] == [call]


def test_the_fund_a_receiver_gets_from_by_its_class_noun_was_no_programme() -> None:
    # Broke: "la commune de X reçoit du Fonds une dotation de N" after "le Fonds Y" had no
    # programme: "du Fonds" after a verb of receiving is the fund named before.
    fund = "https://w3id.org/parlgraph/id/programme/fonds-y"
    text = (
        "Le décret a réformé la répartition du Fonds Zénith. Pour 2010, Technocité reçoit du "
        "Fonds une dotation de 1.742.318 euros."
    )
    facts = funding_of(
        text, ("Fonds Zénith", "programme", fund), ("Technocité", "organisation", TECHNOCITE)
    )
    assert [(f.recipient, f.programme) for f in facts] == [(TECHNOCITE, fund)]


def test_a_scheme_anaphor_as_the_subject_of_a_verb_of_giving_named_no_source() -> None:
    """Regression (held-out 30, page 15): "Ce Fonds finance, d'une part, X, qui a reçu N" after a
    sentence naming the fund gave the money no programme."""
    text = (
        "Les amendes alimentent le Fonds Alpha, dont les recettes ont atteint 86 millions "
        "d'euros.\n\nCe Fonds finance, d'une part, Technocité, qui a reçu une dotation de 14,5 "
        "millions d'euros en 2021."
    )
    fund = "https://w3id.org/parlgraph/id/programme/fonds-alpha"
    facts = funding_of(
        text, ("Fonds Alpha", "programme", fund), ("Technocité", "organisation", TECHNOCITE)
    )
    grant = next(f for f in facts if f.recipient == TECHNOCITE)
    assert grant.programme == fund


def test_a_scheme_anaphor_endowed_as_a_subject_named_no_source() -> None:
    """Regression (held-out 32, page 04): "L'appel est doté de N par an" after the sentence
    naming the call was no fact."""
    text = (
        "L'agence a lancé l'appel à projets numérique, qui vise 140 places. L'appel est doté de "
        "3,9 millions d'euros par an."
    )
    facts = funding_of(text, ("appel à projets numérique", "programme", APPEL))
    assert [(f.programme, f.recipient) for f in facts] == [(APPEL, None)]


def test_a_pronoun_endowed_after_a_sentence_opening_with_its_scheme_named_no_source() -> None:
    """Regression (held-out 32, page 07): "Le Plan P associe 182 communes. Il est doté de N par
    an" was no fact."""
    text = (
        "L'appel à projets numérique associe 182 communes. Il est doté de 24,8 millions d'euros "
        "par an de subventions régionales."
    )
    facts = funding_of(text, ("appel à projets numérique", "programme", APPEL))
    assert [(f.programme, f.recipient) for f in facts] == [(APPEL, None)]
