"""Funding facts: recipient, programme, period and purpose read from what sentences say.

Mentions are built by hand at offsets found with str.find, so these tests do not depend on the
entity recogniser. The sentences are invented for the tests, except the seed page's answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from loaders.extract.amounts import find_amounts
from loaders.extract.funding import find_funding
from loaders.record import Entity, Funding, Mention, MentionType, Period

SEED = (
    Path(__file__).parents[3]
    / "loaders/sources/walloon/sample/walloon-written-question-292-2022-2023.txt"
)
TECHNOCITE = "https://w3id.org/parlgraph/id/organisation/technocite"
UE = "https://w3id.org/parlgraph/id/organisation/union-europeenne"
PNRR = "https://w3id.org/parlgraph/id/programme/pnrr"
FEDER = "https://w3id.org/parlgraph/id/programme/feder"
COMMUNE = "https://w3id.org/parlgraph/id/place/dinant"


def seed_answer() -> str:
    """The answer text: lines after "de BORSUS Willy" in the answer block, dedented."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    responder = next(i for i, line in enumerate(lines) if "de BORSUS Willy" in line)
    return "\n".join(line.strip() for line in lines[responder + 1 :]).strip()


def mentions_of(text: str, *wanted: tuple[str, MentionType, str]) -> list[Mention]:
    """A mention for every occurrence of each (surface text, type, IRI) in `text`."""
    found: list[Mention] = []
    for surface, kind, iri in wanted:
        start = text.find(surface)
        assert start >= 0, surface
        while start >= 0:
            end = start + len(surface)
            found.append(Mention(kind, surface, iri, "answer", start, end, surface))
            start = text.find(surface, end)
    return found


def funding_of(
    text: str,
    *wanted: tuple[str, MentionType, str],
    entities: Sequence[Entity] = (),
    government: str | None = None,
) -> list[Funding]:
    """The funding facts of an answer text whose names are `wanted`."""
    amounts = find_amounts(text, "answer")
    return find_funding(text, "answer", amounts, mentions_of(text, *wanted), entities, government)


def valued_facts(text: str, *wanted: tuple[str, MentionType, str]) -> list[tuple[float, Funding]]:
    """Each funding fact of an answer text with the value of its amount."""
    amounts = find_amounts(text, "answer")
    found = find_funding(text, "answer", amounts, mentions_of(text, *wanted), [])
    return [(amounts[f.amount].value, f) for f in found]


def test_seed_answer_gives_the_four_funding_facts() -> None:
    text = seed_answer()
    mentions = mentions_of(
        text,
        ("Technocité", "organisation", TECHNOCITE),
        ("Union européenne", "organisation", UE),
        ("Plan national de résilience et reprise", "programme", PNRR),
    )
    amounts = find_amounts(text, "answer")
    facts = find_funding(text, "answer", amounts, mentions, [])
    assert [(amounts[f.amount].value, amounts[f.amount].approximation) for f in facts] == [
        (9e6, "about"),
        (1.2e6, "about"),
        (1.6e6, "more_than"),
        (1597000.0, "about"),
    ]
    assert [f.recipient for f in facts] == [TECHNOCITE] * 4
    assert [f.programme for f in facts] == [None, None, None, PNRR]
    assert [f.period for f in facts] == [
        Period("2019", "2023"),
        Period("2019", "2023"),
        Period("2019", "2022"),
        None,  # 2021-2027 is the programme's period, not the allocation's
    ]
    assert facts[0].purpose == "formation des demandeurs d’emploi"
    assert facts[1].purpose == "activités inhérentes à l’accord de coopération"
    assert facts[2].purpose is not None and "formation des demandeurs" in facts[2].purpose
    assert facts[3].purpose == "agrandir la superficie d’exploitation du site de Mons"
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text
        assert fact.start <= amounts[fact.amount].start < fact.end
        assert fact.part == "answer"


def test_seed_counts_are_not_funding() -> None:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    question = "\n".join(line.strip() for line in lines if "personnes" in line or "15 000" in line)
    assert find_amounts(question, "question") == []


def test_recipient_after_a_cue_of_giving() -> None:
    text = "Une subvention de 3,2 millions d'euros a été octroyée à la commune de Dinant."
    (fact,) = funding_of(text, ("Dinant", "place", COMMUNE))
    assert fact.recipient == COMMUNE
    assert fact.programme is None and fact.period is None and fact.purpose is None


def test_recipient_in_favour_of_and_programme_cue() -> None:
    text = (
        "Dans le cadre du FEDER, un montant de 780 000 euros est prévu en faveur de Technocité "
        "pour la création d'un atelier."
    )
    (fact,) = funding_of(
        text, ("FEDER", "programme", FEDER), ("Technocité", "organisation", TECHNOCITE)
    )
    assert (fact.recipient, fact.programme) == (TECHNOCITE, FEDER)
    assert fact.purpose == "création d'un atelier"


def test_funder_is_not_the_recipient() -> None:
    text = "Le projet, financé par l'Union européenne, a coûté 2 millions d'euros."
    # No recipient and no programme: a cost, not a grant.
    assert funding_of(text, ("Union européenne", "organisation", UE)) == []


def test_amount_then_a_recipient_and_a_programme_named_before() -> None:
    text = (
        "Le FEDER soutient la vallée. Le FEDER a accordé 710 000 euros à Technocité en 2022 et "
        "2023. La commune de Dinant bénéficiera, au titre du même fonds, de 780.000 € pour la "
        "création d'une halte nautique."
    )
    first, second = funding_of(
        text,
        ("FEDER", "programme", FEDER),
        ("Technocité", "organisation", TECHNOCITE),
        ("Dinant", "place", COMMUNE),
    )
    assert (first.recipient, first.programme, first.period) == (
        TECHNOCITE,
        FEDER,
        Period("2022", "2023"),
    )
    assert (second.recipient, second.programme) == (COMMUNE, FEDER)
    assert second.purpose == "création d'une halte nautique"


def test_dative_pronoun_is_not_the_giver() -> None:
    text = (
        "Le fonctionnement est confié à Technocité. L'Union européenne lui versera "
        "300 000 euros pour l'installation des ateliers."
    )
    (fact,) = funding_of(
        text, ("Technocité", "organisation", TECHNOCITE), ("Union européenne", "organisation", UE)
    )
    assert fact.recipient == TECHNOCITE


def test_a_place_as_a_complement_is_not_the_subject() -> None:
    text = "Une PME de Dinant a obtenu une commande de 3,5 millions USD."
    assert funding_of(text, ("Dinant", "place", COMMUNE)) == []


def test_pronoun_subject_stands_for_the_organisation_named_before() -> None:
    text = "Technocité forme des techniciens. Il a reçu 450 000 euros pour ses ateliers."
    (fact,) = funding_of(text, ("Technocité", "organisation", TECHNOCITE))
    assert fact.recipient == TECHNOCITE
    assert fact.purpose == "ateliers"


def test_programme_period_after_its_name_is_not_the_allocation_period() -> None:
    text = "Le FEDER 2021-2027 a alloué 9 millions d'euros aux projets touristiques."
    (fact,) = funding_of(text, ("FEDER", "programme", FEDER))
    assert fact.programme == FEDER
    assert fact.period is None


def test_allocation_period_in_the_sentence() -> None:
    text = "Entre 2019 et 2022, Technocité a bénéficié de 1,4 million d'euros."
    (fact,) = funding_of(text, ("Technocité", "organisation", TECHNOCITE))
    assert fact.period == Period("2019", "2022")
    assert fact.recipient == TECHNOCITE


def test_a_period_stated_before_in_the_paragraph_governs_the_amounts_after_it() -> None:
    text = (
        "Technocité reçoit une subvention de fonctionnement pour 2016. Son site de Mons perçoit "
        "1,35 million d'euros.\n\nLe Fonds F a par ailleurs alloué 9 millions d'euros à "
        "Technocité."
    )
    found = funding_of(
        text, ("Technocité", "organisation", TECHNOCITE), ("Fonds F", "programme", FEDER)
    )
    assert [f.period for f in found] == [Period("2016", "2016"), None]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Le centre rouvrira en 2021. Technocité perçoit 1,4 million d'euros.",
            id="a sentence about something else than money",
        ),
        pytest.param(
            "Technocité a reçu une aide pour 2019, aucune pour 2021. Elle perçoit 1,4 million "
            "d'euros.",
            id="two periods before: which one is not said",
        ),
        pytest.param(
            "Technocité a reçu une aide pour 2019.\n\nElle perçoit 1,4 million d'euros.",
            id="a new paragraph",
        ),
        pytest.param(
            "Technocité a reçu une aide pour 2019. En outre, elle perçoit 1,4 million d'euros.",
            id="a turn to another matter",
        ),
        pytest.param(
            "Aucune aide n'a été versée en 2019. Technocité a en revanche obtenu un prêt de "
            "1,4 million d'euros.",
            id="a contrast",
        ),
        pytest.param(
            "Le projet de Technocité, retenu en 2023, dispose d'un budget de 2 millions d'euros. "
            "Technocité en reçoit 1,4 million d'euros.",
            id="the date of a selection",
        ),
    ],
)
def test_a_period_before_does_not_govern(text: str) -> None:
    (fact,) = funding_of(text, ("Technocité", "organisation", TECHNOCITE))
    assert fact.period is None


def test_a_period_after_pour_is_the_money_s_even_after_an_event_participle() -> None:
    for when, period in (("pour 2018", Period("2018", "2018")), ("en 2018", None)):
        text = f"Technocité a été retenue {when} et reçoit 52.000 euros."
        (fact,) = funding_of(text, ("Technocité", "organisation", TECHNOCITE))
        assert fact.period == period


def test_amount_without_any_money_verb_or_party_is_no_fact() -> None:
    text = "Le prix du billet atteint 12 euros à Dinant."
    assert funding_of(text, ("Dinant", "place", COMMUNE)) == []


def test_amount_index_points_into_the_whole_record_list() -> None:
    question = "Le Ministre a-t-il octroyé 5.000 euros à Technocité ?"
    answer = "Technocité a reçu 7.000 euros."
    amounts = find_amounts(question, "question") + find_amounts(answer, "answer")
    mentions = [Mention("organisation", "Technocité", TECHNOCITE, "answer", 0, 10, "Technocité")]
    (fact,) = find_funding(answer, "answer", amounts, mentions, [])
    assert fact.amount == 1
    assert amounts[fact.amount].value == 7000.0


def test_recipient_after_the_giver_of_a_grant_participle() -> None:
    text = (
        "La dotation octroyée par l'Union européenne à Technocité s'élève à 410 000 euros "
        "pour l'entretien des ateliers."
    )
    (fact,) = funding_of(
        text, ("Union européenne", "organisation", UE), ("Technocité", "organisation", TECHNOCITE)
    )
    assert fact.recipient == TECHNOCITE
    assert fact.purpose == "entretien des ateliers"


def test_programme_after_financed_by_and_its_class_noun() -> None:
    text = "Une enveloppe de 1,3 M€ couvre ces aménagements, financés par le fonds FEDER."
    (fact,) = funding_of(text, ("FEDER", "programme", FEDER))
    assert fact.programme == FEDER
    assert fact.recipient is None


def test_programme_carried_over_by_dans_ce_programme() -> None:
    text = (
        "Le FEDER soutient les parcs scientifiques. Les incubateurs jouent un rôle clé dans ce "
        "programme. Technocité a ainsi reçu 800 000 euros pour ses ateliers."
    )
    wanted = (("FEDER", "programme", FEDER), ("Technocité", "organisation", TECHNOCITE))
    (fact,) = funding_of(text, *wanted)
    assert (fact.recipient, fact.programme) == (TECHNOCITE, FEDER)
    # A grant after a turn to another matter ("Par ailleurs") is not the programme's.
    unrelated = text.replace("dans ce programme", "dans la région").replace(
        "Technocité a ainsi", "Par ailleurs, Technocité a"
    )
    (fact,) = funding_of(unrelated, *wanted)
    assert (fact.recipient, fact.programme) == (TECHNOCITE, None)


def test_a_word_of_a_programme_name_does_not_start_a_purpose() -> None:
    text = "Le Plan régional pour la transition durable finance 3 millions d'euros à Technocité."
    (fact,) = funding_of(
        text,
        ("Plan régional pour la transition durable", "programme", PNRR),
        ("Technocité", "organisation", TECHNOCITE),
    )
    assert fact.recipient == TECHNOCITE
    assert fact.purpose is None


def test_locutions_and_scopes_are_not_purposes() -> None:
    text = "Des crédits de 500 000 euros sont réservés au titre du FEDER."
    (fact,) = funding_of(text, ("FEDER", "programme", FEDER))
    assert (fact.programme, fact.purpose) == (FEDER, None)
    text = "Technocité recevra 90 000 euros pour l'ensemble de ses sites."
    (fact,) = funding_of(text, ("Technocité", "organisation", TECHNOCITE))
    assert (fact.recipient, fact.purpose) == (TECHNOCITE, None)


def test_a_purpose_that_enumerates_noun_phrases_keeps_them_all() -> None:
    text = (
        "Technocité a reçu 2 millions d'euros pour la recherche, la formation et le soutien aux "
        "entreprises, en 2022."
    )
    (fact,) = funding_of(text, ("Technocité", "organisation", TECHNOCITE))
    assert fact.purpose == "recherche, la formation et le soutien aux entreprises"
    # A comma that opens a clause, not a noun phrase, still ends the purpose.
    text = "Technocité a reçu 2 millions d'euros pour la recherche, comme prévu et annoncé."
    (fact,) = funding_of(text, ("Technocité", "organisation", TECHNOCITE))
    assert fact.purpose == "recherche"


def test_indirect_object_of_a_verb_of_dedicating_is_the_purpose() -> None:
    text = (
        "Dans le cadre du FEDER, la Région consacre 4 millions d'euros à la rénovation des écoles."
    )
    (fact,) = funding_of(text, ("FEDER", "programme", FEDER))
    assert (fact.programme, fact.purpose) == (FEDER, "rénovation des écoles")
    text = "Dans le cadre du FEDER, la Région consacre 4 millions d'euros à Technocité."
    (fact,) = funding_of(
        text, ("FEDER", "programme", FEDER), ("Technocité", "organisation", TECHNOCITE)
    )
    assert (fact.recipient, fact.purpose) == (TECHNOCITE, None)


def test_owner_of_what_is_financed_is_the_recipient() -> None:
    text = "Le FEDER a cofinancé les ateliers de Technocité à hauteur de 300 000 euros."
    (fact,) = funding_of(
        text, ("FEDER", "programme", FEDER), ("Technocité", "organisation", TECHNOCITE)
    )
    assert (fact.recipient, fact.programme) == (TECHNOCITE, FEDER)
    text = "Le FEDER a cofinancé les ateliers à hauteur de 300 000 euros, selon Technocité."
    (fact,) = funding_of(
        text, ("FEDER", "programme", FEDER), ("Technocité", "organisation", TECHNOCITE)
    )
    assert fact.recipient is None
