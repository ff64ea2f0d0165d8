"""The funder of a funding fact, the funded item as precise as the text, and the frames table.

The sentences are invented for these tests; the seed test reads the real seed page's answer.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from loaders.extract.amounts import find_amounts
from loaders.extract.funding import find_funding
from loaders.extract.funding.frames import frames
from loaders.extract.funding.recipient import recipient
from loaders.extract.funding.sentences import GIVING_VERB, FundingText
from loaders.record import INSTRUMENTS, Entity, Funding, Mention, MentionType
from tests.loaders.extract.test_funding import (
    PNRR,
    TECHNOCITE,
    UE,
    funding_of,
    mentions_of,
    seed_answer,
)

GOVERNMENT = "https://w3id.org/parlgraph/id/organisation/gouvernement-wallon"
FOREM = "https://w3id.org/parlgraph/id/organisation/le-forem"
REGION = "https://w3id.org/parlgraph/id/organisation/region-wallonne"
DINANT = "https://w3id.org/parlgraph/id/place/dinant"
MONS_SITE = "https://w3id.org/parlgraph/id/site/technocite-mons"
MONS = "https://w3id.org/parlgraph/id/place/mons"
NAMUR = "https://w3id.org/parlgraph/id/place/namur"


def facts(
    text: str, *wanted: tuple[str, MentionType, str], entities: Sequence[Entity] = ()
) -> list[Funding]:
    """The funding facts of an answer text, a minister's: "je" and "le Gouvernement" give."""
    return funding_of(text, *wanted, entities=entities, government=GOVERNMENT)


# The names the sentences of `test_the_funder_of_a_grant_to_dinant` may use, as the recogniser
# would find them.
NAMES: dict[str, tuple[MentionType, str]] = {
    "Forem": ("organisation", FOREM),
    "SPW": ("organisation", FOREM),
    "Région wallonne": ("organisation", REGION),
    "Dinant": ("place", DINANT),
    "Technocité": ("organisation", TECHNOCITE),
    "FRM": ("organisation", FOREM),
}


def named_in(text: str) -> list[tuple[str, MentionType, str]]:
    """The names of `NAMES` that `text` holds, as the recogniser would find them."""
    return [(name, *kind_iri) for name, kind_iri in NAMES.items() if name in text]


@pytest.mark.parametrize(
    ("text", "funder"),
    [
        pytest.param(
            "Une subvention de 250 000 euros a été octroyée par le Forem à la commune de Dinant.",
            FOREM,
            id="the agent of a passive gives",
        ),
        pytest.param(
            "Le Forem a décidé d'octroyer 120 000 euros à la commune de Dinant pour ses ateliers.",
            FOREM,
            id="the subject of an active verb of giving gives",
        ),
        pytest.param(
            "La Région wallonne s'est engagée à soutenir la commune de Dinant à concurrence de "
            "400 000 euros.",
            REGION,
            id="a committed subject gives",
        ),
        pytest.param(
            # a conditional auxiliary made the subject no subject: the money had no giver
            "Le Forem, selon la presse, aurait accordé 120 000 euros à la commune de Dinant.",
            FOREM,
            id="the subject of a verb of giving in the conditional gives",
        ),
        pytest.param(
            # a year after "pour" hid the agent of the participle
            "Les subventions accordées pour 2012 par le Forem à la commune de Dinant atteignent "
            "90 000 euros.",
            FOREM,
            id="the agent after a participle and its year gives",
        ),
        pytest.param(
            # an adverb after the verb, an adjective after the money hid the giver after "de"
            "La commune de Dinant a reçu à ce jour du Forem 90 000 euros.",
            FOREM,
            id="the de of a verb of receiving after an adverb gives",
        ),
        pytest.param(
            "La commune de Dinant a reçu 90 000 euros supplémentaires du Forem.",
            FOREM,
            id="the de after extra money gives",
        ),
        pytest.param(
            # "prévoir" was no verb of giving: the model named the giver as the recipient
            "Le Forem a prévu une enveloppe de 120 000 euros pour la commune de Dinant.",
            FOREM,
            id="the subject of a past prévoir gives",
        ),
        pytest.param(
            "La commune de Dinant a été financée à hauteur de 90 000 euros.",
            None,
            id="the one who receives is not the funder",
        ),
        pytest.param(
            "La commune de Dinant a reçu une aide du Forem de 75 000 euros.",
            FOREM,
            id="a grant of an organisation names its funder",
        ),
        pytest.param(
            "J'ai pu dégager 300 000 euros en faveur de la commune de Dinant.",
            GOVERNMENT,
            id="the minister's first person is the government",
        ),
        pytest.param(
            "Le Gouvernement a décidé d'octroyer 2 millions d'euros à la commune de Dinant.",
            GOVERNMENT,
            id="the government by its common name",
        ),
        pytest.param(
            "Un montant de 500 000 euros a été alloué à la commune de Dinant.",
            None,
            id="an agentless passive names no funder",
        ),
        pytest.param(
            "Le SPW versera à la commune de Dinant une subvention de 800.000 euros.",
            FOREM,
            id="a verb of giving in any form before its recipient",
        ),
        pytest.param(
            "Le Forem a-t-il octroyé 420.000 euros à la commune de Dinant ?",
            FOREM,
            id="the subject of a question's inverted verb of giving",
        ),
    ],
)
def test_the_funder_of_a_grant_to_dinant(text: str, funder: str | None) -> None:
    (fact,) = facts(text, *named_in(text))
    assert (fact.funder, fact.recipient) == (funder, DINANT)


def test_a_deputy_s_first_person_is_no_funder() -> None:
    text = "J'ai appris que 300 000 euros ont été octroyés à la commune de Dinant."
    start = text.index("Dinant")
    dinant = Mention("place", "Dinant", DINANT, "question", start, start + 6, "Dinant")
    amounts = find_amounts(text, "question")
    (fact,) = find_funding(text, "question", amounts, [dinant], [], GOVERNMENT)
    assert (fact.funder, fact.recipient) == (None, DINANT)


def test_a_site_of_the_recipient_named_after_the_amount_is_the_funded_item() -> None:
    text = (
        "Technocité a reçu 800 000 euros pour agrandir les ateliers du site de Mons, "
        "cofinancés par l'Union européenne."
    )
    site = Entity(MONS_SITE, "site", "Technocité – Mons", part_of=TECHNOCITE, located_in=MONS)
    (fact,) = facts(
        text,
        ("Technocité", "organisation", TECHNOCITE),
        ("Mons", "site", MONS_SITE),
        ("Union européenne", "organisation", UE),
        entities=[site],
    )
    assert (fact.recipient, fact.funder) == (MONS_SITE, UE)


@pytest.mark.parametrize(
    "text",
    [
        "• Technocité, pour son site de Mons : 800.000 euros.",
        "L'antenne de Mons de Technocité perçoit une subvention de 800.000 euros.",
    ],
)
def test_the_recipient_s_own_site_before_the_amount_was_not_the_funded_item(text: str) -> None:
    # Broke (held-out 23 and 25, development sets once scored blind): "X, pour son site de Y :
    # N" in a list, "l'antenne de Y de X perçoit N": the site is written before the amount, as
    # the recipient's own, and only a site named after the amount was read.
    site = Entity(MONS_SITE, "site", "Technocité – Mons", part_of=TECHNOCITE, located_in=MONS)
    (fact,) = facts(
        text,
        ("Technocité", "organisation", TECHNOCITE),
        ("Mons", "site", MONS_SITE),
        entities=[site],
    )
    assert fact.recipient == MONS_SITE


def test_a_site_the_recipient_closed_received_its_money() -> None:
    # Broke (the session's review): "X, qui a fermé son site de Y en 2021, reçoit N": the
    # possessive site of a relative clause was read as the funded item.
    site = Entity(MONS_SITE, "site", "Technocité – Mons", part_of=TECHNOCITE, located_in=MONS)
    text = "Technocité, qui a fermé son site de Mons en 2021, reçoit 3 millions d'euros."
    (fact,) = facts(
        text,
        ("Technocité", "organisation", TECHNOCITE),
        ("Mons", "site", MONS_SITE),
        entities=[site],
    )
    assert fact.recipient == TECHNOCITE


def test_an_informal_area_received_money() -> None:
    # Broke (held-out 23, page 06): "les montants engagés pour les SAR du Borinage" gave the area
    # the money; an area is no legal person.
    borinage = "https://w3id.org/parlgraph/id/place/borinage"
    area = Entity(borinage, "place", "Borinage", classification="area")
    text = "La Région a octroyé 14,3 millions d'euros aux communes du Borinage."
    found = facts(text, ("Borinage", "place", borinage), entities=[area])
    assert [fact.recipient for fact in found] == [None] * len(found)


def test_a_province_s_territory_or_a_town_that_locates_received_money() -> None:
    # Broke (held-out 27, pages 03 and 16): "Pour la province de Luxembourg, le FIA a liquidé
    # N" gave the money to the province (its territory, by the common noun; its council is "la
    # Province de Luxembourg"); "les fraisiéristes de Wépion, à Namur, auraient reçu N" to the
    # town that locates them (the rules' reading; the learnt model may still name it).
    lux = "https://w3id.org/parlgraph/id/place/province-luxembourg"
    text = "Pour la province de Luxembourg, le FIA a liquidé 11,6 millions d'euros d'aides."
    found = facts(text, ("province de Luxembourg", "place", lux))
    assert all(fact.recipient is None for fact in found)
    text = "Les fraisiéristes de Wépion, à Namur, auraient reçu 350.000 euros."
    amounts = find_amounts(text, "answer")
    doc = FundingText(text, "answer", mentions_of(text, ("Namur", "place", NAMUR)), amounts)
    assert recipient(doc, 0, amounts[0].start) is None


def test_a_town_in_a_quoted_title_received_the_title_s_money() -> None:
    # Broke (held-out 23, page 05): "Le portefeuille « Mons District Créatif » est doté de N"
    # gave the money to the town the title holds.
    text = "Le portefeuille « Mons District Créatif » est doté de 97,6 millions d'euros."
    found = facts(text, ("Mons", "place", MONS))
    assert [fact.recipient for fact in found] in ([], [None])


def test_seed_answer_funders_and_the_mons_site() -> None:
    text = seed_answer()
    site = Entity(MONS_SITE, "site", "Technocité – Mons", part_of=TECHNOCITE, located_in=MONS)
    found = facts(
        text,
        ("Technocité", "organisation", TECHNOCITE),
        ("Union européenne", "organisation", UE),
        ("Plan national de résilience et reprise", "programme", PNRR),
        ("site de Mons", "site", MONS_SITE),
        entities=[site],
    )
    assert [f.funder for f in found] == [None, None, GOVERNMENT, UE]
    assert [f.recipient for f in found] == [TECHNOCITE] * 3 + [MONS_SITE]


def test_every_frame_fills_its_slots_with_known_roles() -> None:
    roles = {"", "funder", "recipient", "amount", "purpose", "programme"}
    kinds = {"give", "dedicate", "release", "finance", "receive", "carry", "disburse"}
    kinds |= {"grant", "share", "budget", "instrument", "cost", "income", "item"}
    for frame in frames():
        assert frame.pos in ("verb", "noun"), frame
        assert frame.frame in kinds, frame
        assert {frame.subject, frame.object, frame.to, frame.by, frame.of} <= roles, frame
        assert all(stem and stem == stem.strip() for stem in frame.stems), frame
        # An instrument word says which instrument; a grant's words say none.
        assert frame.instrument in {"", *INSTRUMENTS} - {"grant"}, frame
        if frame.pos == "noun":
            assert bool(frame.instrument) == (frame.frame == "instrument"), frame


IGRETEC = "https://w3id.org/parlgraph/id/organisation/igretec"
FEDER = "https://w3id.org/parlgraph/id/programme/feder"


def test_a_dont_part_is_its_own_fact_not_the_total_s_recipient_again() -> None:
    text = (
        "Un montant de 11 millions d'euros, dont 5 millions d'euros pour le parc d'activités et "
        "2 millions d'euros pour la voirie, a été octroyé à IGRETEC au titre du FEDER."
    )
    total, first, second = facts(
        text, ("IGRETEC", "organisation", IGRETEC), ("FEDER", "programme", FEDER)
    )
    assert (total.recipient, total.programme, total.purpose) == (IGRETEC, FEDER, None)
    assert (first.recipient, first.programme, first.purpose) == (None, FEDER, "parc d'activités")
    assert (second.recipient, second.programme, second.purpose) == (None, FEDER, "voirie")


def test_a_dont_part_keeps_the_recipient_its_own_clause_names() -> None:
    text = (
        "Le Forem a octroyé 3 millions d'euros aux centres, dont 1 million d'euros à Technifutur."
    )
    # The total goes to centres the text does not name: a grant the Forem hands over, to no
    # one named (a total across many recipients names them all or none).
    total, part = facts(
        text, ("Forem", "organisation", FOREM), ("Technifutur", "organisation", TECHNOCITE)
    )
    assert (total.recipient, total.funder) == (None, FOREM)
    assert (part.recipient, part.funder) == (TECHNOCITE, FOREM)


def test_a_decimal_comma_does_not_end_a_dont_clause() -> None:
    text = (
        "On parle d'une enveloppe de 3,2 milliards d'euros sur sept ans, dont 1,45 milliard pour "
        "la commune de Dinant."
    )
    # The part's clause runs past "1,": the total, whose own clause names no party, is no grant.
    (part,) = facts(text, ("Dinant", "place", DINANT))
    assert (part.recipient, part.text) == (DINANT, "dont 1,45 milliard pour la commune de Dinant.")


def test_a_cost_and_its_parts_are_no_grants() -> None:
    text = "Le projet a coûté 2 millions d'euros, dont 500.000 euros de frais d'études."
    assert facts(text) == []


def test_each_co_financing_share_names_its_funder() -> None:
    text = (
        "La commune de Dinant a reçu 600.000 euros, cofinancés à 40 % par l'Union européenne et "
        "à 60 % par le Forem."
    )
    (fact,) = facts(
        text,
        ("Dinant", "place", DINANT),
        ("Union européenne", "organisation", UE),
        ("Forem", "organisation", FOREM),
    )
    assert fact.recipient == DINANT and fact.funder in (UE, FOREM)


def test_a_grant_from_an_organisation_after_its_amount() -> None:
    text = "La commune de Dinant a obtenu une subvention de 150.000 euros du Forem pour le parc."
    (fact,) = facts(text, ("Dinant", "place", DINANT), ("Forem", "organisation", FOREM))
    assert (fact.recipient, fact.funder, fact.purpose) == (DINANT, FOREM, "parc")


def test_one_amount_for_several_parties_names_none_of_them() -> None:
    text = "Un montant de 3 millions d'euros a été octroyé aux communes de Dinant, Mons et Namur."
    found = facts(
        text,
        ("Dinant", "place", DINANT),
        ("Mons", "place", MONS),
        ("Namur", "place", "https://w3id.org/parlgraph/id/place/namur"),
    )
    # Money given, to a group: a fact with no recipient (not one of them, not no fact).
    assert [f.recipient for f in found] == [None]


def test_money_per_unit_is_a_rate_but_money_per_month_is_a_grant() -> None:
    per_household = "La commune de Dinant recevra une prime de 150 euros par ménage."
    per_month = "La commune de Dinant recevra 20.000 euros par mois pour son fonctionnement."
    assert facts(per_household, ("Dinant", "place", DINANT)) == []
    (fact,) = facts(per_month, ("Dinant", "place", DINANT))
    assert fact.recipient == DINANT


def test_the_kind_of_budget_is_read_from_its_adjective() -> None:
    text = (
        "La commune de Dinant a reçu 2 millions d'euros de budget structurel. Elle a aussi "
        "bénéficié d'une enveloppe budgétaire exceptionnelle de 300.000 euros."
    )
    structural, exceptional = facts(text, ("Dinant", "place", DINANT))
    assert (structural.budget, exceptional.budget) == ("structural", "exceptional")


def test_the_one_scheme_of_a_sentence_of_giving_is_its_programme() -> None:
    text = "La commune de Dinant a reçu 900.000 euros, un apport décisif du FEDER wallon."
    (fact,) = facts(text, ("Dinant", "place", DINANT), ("FEDER", "programme", FEDER))
    assert (fact.recipient, fact.programme) == (DINANT, FEDER)


def test_two_schemes_without_a_cue_name_no_programme() -> None:
    text = "La commune de Dinant, active dans le FEDER et le FSE, a reçu 900.000 euros."
    fse = "https://w3id.org/parlgraph/id/programme/fse"
    (fact,) = facts(
        text, ("Dinant", "place", DINANT), ("FEDER", "programme", FEDER), ("FSE", "programme", fse)
    )
    assert fact.programme is None


def test_a_programme_as_the_agent_of_any_verb_of_giving_is_the_source() -> None:
    text = "La commune de Dinant, active dans le FSE, a reçu 900.000 euros octroyés par le FEDER."
    fse = "https://w3id.org/parlgraph/id/programme/fse"
    (fact,) = facts(
        text, ("Dinant", "place", DINANT), ("FEDER", "programme", FEDER), ("FSE", "programme", fse)
    )
    assert (fact.recipient, fact.programme, fact.funder) == (DINANT, FEDER, None)


@pytest.mark.parametrize(
    ("text", "instrument"),
    [
        ("Le Forem a prêté à la commune de Dinant 2 millions d'euros de prêts.", "loan"),
        ("Le Forem a accordé un prêt de 500.000 euros à la commune de Dinant.", "loan"),
        (
            "Le Forem a accordé à la commune de Dinant 40 garanties pour un montant total de "
            "3 millions d'euros.",
            "guarantee",
        ),
        # an amount that only totals or endows measures the last noun of money before it
        (
            "Trente prêts ont été accordés par le Forem à des entreprises de la commune de "
            "Dinant pour un total de 2 millions d'euros.",
            "loan",
        ),
    ],
)
def test_money_lent_or_guaranteed_is_a_fact_of_its_instrument(text: str, instrument: str) -> None:
    """Session 9 dropped these amounts; since session 10 each is a fact of its instrument, the
    lender or guarantor its funder."""
    found = facts(text, ("Forem", "organisation", FOREM), ("Dinant", "place", DINANT))
    assert [(f.instrument, f.recipient, f.funder) for f in found] == [(instrument, DINANT, FOREM)]


def test_a_loan_scheme_opened_to_no_named_borrower_names_no_borrower() -> None:
    text = (
        "Le Forem a ouvert aux entreprises de Dinant le prêt « Relance », doté de 2 millions "
        "d'euros."
    )
    found = facts(text, ("Forem", "organisation", FOREM), ("Dinant", "place", DINANT))
    # The rules make no fact of it; the learnt model may keep the scheme's envelope (the
    # later golds' convention), never with a guessed borrower.
    assert [f for f in found if f.method == "rules"] == []
    assert all(f.recipient is None for f in found)


def test_an_amount_that_totals_grants_stays_a_grant() -> None:
    # The loan reading of "pour un total de N" must not take grants with it.
    text = (
        "Trente subventions ont été octroyées par le Forem à la commune de Dinant pour un "
        "total de 2 millions d'euros."
    )
    (fact,) = facts(text, ("Forem", "organisation", FOREM), ("Dinant", "place", DINANT))
    assert fact.recipient == DINANT


def test_the_owner_of_the_financed_project_receives() -> None:
    text = (
        "Le projet de halte nautique, porté par la commune de Dinant, est financé à hauteur "
        "de 400.000 euros par le FEDER."
    )
    (fact,) = facts(text, ("Dinant", "place", DINANT), ("FEDER", "programme", FEDER))
    assert (fact.recipient, fact.programme) == (DINANT, FEDER)


def test_a_place_in_the_purpose_after_a_verb_of_receiving_is_no_funder() -> None:
    # A regression: any "de" within 60 characters of "obtenu" named the funder ("de Mons").
    text = "La commune de Dinant a obtenu 1,8 million d'euros pour la zone de Mons."
    (fact,) = facts(text, ("Dinant", "place", DINANT), ("Mons", "place", MONS))
    assert (fact.recipient, fact.funder) == (DINANT, None)
    text = "La commune de Dinant a reçu 1,8 million d'euros du Forem pour la zone de Mons."
    (fact,) = facts(text, ("Dinant", "place", DINANT), ("Forem", "organisation", FOREM))
    assert (fact.recipient, fact.funder) == (DINANT, FOREM)


def test_a_co_financing_share_names_its_funder() -> None:
    names = (("Dinant", "place", DINANT), ("Forem", "organisation", FOREM))
    for text in (
        "La commune de Dinant reçoit 2 millions d'euros (40 % FEDER, 60 % Forem).",
        "La commune de Dinant a obtenu 2 millions d'euros, dont 50 % à charge du Forem.",
    ):
        (fact,) = facts(text, *names)
        assert (fact.recipient, fact.funder) == (DINANT, FOREM), text


@pytest.mark.parametrize(
    ("text", "funder"),
    [
        ("La Région a octroyé 400.000 euros à la commune de Dinant.", REGION),
        ("Une subvention de 400.000 euros a été octroyée par la Région à Dinant.", REGION),
        ("La commune de Dinant a reçu 400.000 euros, dont 60 % à charge de la Région.", REGION),
        # a capitalised region that is another one, or an area, is not the parliament's
        ("La Région de Bruxelles-Capitale a octroyé 400.000 euros à Dinant.", None),
        ("Dans la région, on a octroyé 400.000 euros à la commune de Dinant.", None),
    ],
)
def test_the_region_by_its_common_name_is_the_parliament_s_region(
    text: str, funder: str | None
) -> None:
    amounts = find_amounts(text, "answer")
    mentions = mentions_of(text, ("Dinant", "place", DINANT))
    (fact,) = find_funding(text, "answer", amounts, mentions, (), GOVERNMENT, REGION)
    assert (fact.recipient, fact.funder) == (DINANT, funder)


def test_a_coordinated_clause_s_region_gave_to_its_first_clause_s_town() -> None:
    # Broke (held-out 25, page 07): "la Ville de Dinant a consacré N de fonds propres à
    # l'opération, et la Région lui a octroyé M": the own funds were read as a grant (the
    # sentence's second clause gives), the town as M's giver (the subject of the first verb,
    # "la Région" being no mention), and "lui" as no one.
    text = (
        "À Anseremme, la Ville de Dinant a consacré 3,2 millions d'euros de fonds propres à "
        "l'opération, et la Région lui a octroyé 2.450.000 euros en 2015."
    )
    amounts = find_amounts(text, "answer")
    mentions = mentions_of(text, ("Ville de Dinant", "place", DINANT))
    found = find_funding(text, "answer", amounts, mentions, (), GOVERNMENT, REGION)
    assert [(amounts[f.amount].value, f.recipient, f.funder) for f in found] == [
        (2450000.0, DINANT, REGION)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # Broke: "promis" (a participle in "-is") and "notifier" were in no frame.
        "Les subsides promis par le Forem à Dinant s'élèvent à 731.500 euros.",
        "Les enveloppes suivantes ont été notifiées par le Forem :\n- Dinant : 731.500 euros.",
        # Broke: a date between the participle and its agent hid the agent.
        "Dinant a reçu une subvention de 731.500 euros, octroyée en 2016 par le Forem.",
        "Une subvention notifiée le 11 juin par le Forem accorde 731.500 euros à Dinant.",
        # Broke: the infinitive after "se voir" is a passive too.
        "Dinant s'est vu accorder par le Forem, en janvier 2023, un subside de 731.500 euros.",
    ],
)
def test_the_passive_agent_of_a_grant_is_its_funder(sentence: str) -> None:
    found = facts(sentence, ("Forem", "organisation", FOREM), ("Dinant", "place", DINANT))
    assert [(f.recipient, f.funder) for f in found] == [(DINANT, FOREM)]


def test_the_region_s_territory_as_a_giver_is_the_region() -> None:
    # Broke: "subventionné par la Wallonie" named the place Wallonie as funder, "par la Région"
    # the organisation: one giver, two parties in the graph. A giver is a legal person.
    wallonie = "https://w3id.org/parlgraph/id/place/wallonie"
    text = "Dinant a reçu 400.000 euros, subventionnés à 95 % par la Wallonie."
    amounts = find_amounts(text, "answer")
    mentions = mentions_of(text, ("Dinant", "place", DINANT), ("Wallonie", "place", wallonie))
    (fact,) = find_funding(text, "answer", amounts, mentions, (), GOVERNMENT, REGION)
    assert (fact.recipient, fact.funder) == (DINANT, REGION)
    # Money given to the territory stays the territory's (a recipient is where money goes).
    text = "L'Union européenne a octroyé 400.000 euros à la Wallonie."
    mentions = mentions_of(text, ("Wallonie", "place", wallonie))
    (fact,) = find_funding(text, "answer", find_amounts(text, "answer"), mentions, (), None, REGION)
    assert fact.recipient == wallonie


def test_a_funder_stated_in_a_sentence_of_its_own_after_the_grants() -> None:
    # Broke: "Les subventions sont liquidées par le Forem." after the grants named no one's
    # funder: the sentence has no amount of its own.
    text = (
        "La commune de Dinant reçoit 120.000 euros pour la crèche et la ville de Mons 80.000 "
        "euros pour la halte-garderie. Les subventions sont liquidées par le Forem en deux "
        "tranches.\n\nPar ailleurs, la Ville de Mons a reçu 15.000 euros pour un jardin."
    )
    found = funding_of(
        text, ("Dinant", "place", DINANT), ("Mons", "place", MONS), ("Forem", "organisation", FOREM)
    )
    assert [(f.recipient, f.funder) for f in found] == [
        (DINANT, FOREM),
        (MONS, FOREM),
        (MONS, None),  # after a turn to another matter
    ]


def test_other_grants_listed_after_a_lead_take_no_funder_back() -> None:
    text = (
        "La commune de Dinant reçoit 120.000 euros pour la crèche. Les autres subventions "
        "octroyées par le Forem se répartissent comme suit :\n- Mons : 80.000 euros."
    )
    found = funding_of(
        text, ("Dinant", "place", DINANT), ("Mons", "place", MONS), ("Forem", "organisation", FOREM)
    )
    assert [(f.recipient, f.funder) for f in found] == [(DINANT, None), (MONS, FOREM)]


def test_the_same_sum_to_a_second_party_is_a_fact_of_its_own() -> None:
    # Broke: "N euros à X, et la même somme à Y" gave Y nothing.
    text = (
        "Le Forem a octroyé une aide de 45.000 euros à la commune de Dinant pour son guichet, et "
        "la même somme à la Ville de Mons."
    )
    found = funding_of(
        text, ("Dinant", "place", DINANT), ("Mons", "place", MONS), ("Forem", "organisation", FOREM)
    )
    assert [(f.amount, f.recipient, f.funder) for f in found] == [
        (0, DINANT, FOREM),
        (0, MONS, FOREM),
    ]


def test_a_party_added_by_de_meme_que_got_nothing() -> None:
    # Broke: "X reçoit N, de même que Y." gave Y nothing; after a verb of giving, the party of
    # "de même que" may be a second giver and is left alone.
    received = "En 2020, la commune de Dinant reçoit 45.000 euros, de même que la Ville de Mons."
    places = (("Dinant", "place", DINANT), ("Mons", "place", MONS))
    assert [(f.amount, f.recipient) for f in funding_of(received, *places)] == [
        (0, DINANT),
        (0, MONS),
    ]
    given = "Le Forem octroie 45.000 euros à la commune de Dinant, de même que la Ville de Mons."
    found = funding_of(given, *places, ("Forem", "organisation", FOREM))
    assert [(f.amount, f.recipient) for f in found] == [(0, DINANT)]


@pytest.mark.parametrize(
    "clause",
    [
        "Le Forem intervient à concurrence de 50 % au titre du Fonds F, soit 20.000 euros.",
        "Le Forem apporte pour sa part 20.000 euros au titre du Fonds F.",
    ],
)
def test_the_subject_of_intervenir_or_apporter_was_no_funder(clause: str) -> None:
    # Broke: "X intervient à concurrence de 50 %, soit N" and "X apporte N" left the fact
    # without funder: both verbs have the giver for subject (frames.csv).
    fund = "https://w3id.org/parlgraph/id/programme/fonds-f"
    found = funding_of(clause, ("Forem", "organisation", FOREM), ("Fonds F", "programme", fund))
    assert [(f.programme, f.funder) for f in found] == [(fund, FOREM)]


def test_the_government_is_never_the_recipient() -> None:
    # "le Gouvernement wallon a octroyé à X N. En outre, Y a investi M dans le capital de Z"
    # gave M to the government
    text = (
        "Le Gouvernement wallon a octroyé 8,6 millions d'euros au titre du plan. Le Gouvernement "
        "wallon a reçu 500.000 euros de l'Union européenne pour ce plan."
    )
    found = funding_of(
        text,
        ("Gouvernement wallon", "organisation", GOVERNMENT),
        entities=[],
        government=GOVERNMENT,
    )
    assert GOVERNMENT not in {f.recipient for f in found}


PROVINCE = "https://w3id.org/parlgraph/id/place/province-p"


def test_the_giver_named_right_after_each_amount_was_lost() -> None:
    # Broke: "dont N à charge de la Province de P et M à charge de X" and "de N par la Province
    # de P" gave each part no funder, or the sentence's first: the giver right after an amount
    # is that amount's own.
    text = (
        "Les subventions octroyées au Forem s'élèvent à 1.460.500 euros, dont 1.168.400 euros "
        "à charge de la Province P et 292.100 euros à charge de Dinant."
    )
    named = (
        ("Forem", "organisation", FOREM),
        ("Province P", "place", PROVINCE),
        ("Dinant", "place", DINANT),
    )
    found = {f.amount: f.funder for f in facts(text, *named)}
    assert list(found.values())[1:] == [PROVINCE, DINANT]
    text = (
        "Le Forem a été subventionné à hauteur de 960.000 euros par Dinant et de 1.152.000 "
        "euros par la Province P."
    )
    assert [f.funder for f in facts(text, *named)][-1:] == [PROVINCE]
    # "par an" names no giver
    text = "Le Forem reçoit de Dinant 45.000 euros par an."
    assert [f.funder for f in facts(text, *named[:1], *named[2:])] == [DINANT]


def test_a_subject_pronoun_of_a_verb_of_giving_was_no_funder() -> None:
    # Broke: "Le Forem a lancé un appel. Il a octroyé N à Dinant" had no funder (and a
    # learnt recipient could be the giver itself): the pronoun is the body the sentence before
    # opens with. An impersonal "il a été octroyé" names no one.
    named = (("Forem", "organisation", FOREM), ("Dinant", "place", DINANT))
    text = "Le Forem a lancé un appel. En 2020, il a octroyé 3 millions d'euros à Dinant."
    assert [(f.recipient, f.funder) for f in facts(text, *named)] == [(DINANT, FOREM)]
    text = "Le Forem a lancé un appel. Il a été octroyé 3 millions d'euros à Dinant."
    assert [(f.recipient, f.funder) for f in facts(text, *named)] == [(DINANT, None)]


def test_a_name_in_an_incise_before_the_verb_hid_the_subject() -> None:
    # Broke: "le Forem, au travers de sa filiale à Dinant, a octroyé N" had no funder: only the
    # last name before the verb was tried as its subject, and that one stands in the incise.
    text = "Le Forem, au travers de son antenne de Dinant, a octroyé 80.000 euros à Technocité."
    named = (
        ("Forem", "organisation", FOREM),
        ("Dinant", "place", DINANT),
        ("Technocité", "organisation", TECHNOCITE),
    )
    assert [(f.recipient, f.funder) for f in facts(text, *named)] == [(TECHNOCITE, FOREM)]


def test_subscribing_to_a_capital_was_no_stake() -> None:
    # Broke: "Le Forem a souscrit au capital de Technocité à hauteur de N" was a grant with no
    # funder: "souscrire" is a verb of taking a stake (frames.csv), its subject the investor.
    text = "Le Forem a souscrit au capital de Technocité à hauteur de 150.000 euros."
    named = (("Forem", "organisation", FOREM), ("Technocité", "organisation", TECHNOCITE))
    found = facts(text, *named)
    assert [(f.recipient, f.funder, f.instrument) for f in found] == [(TECHNOCITE, FOREM, "equity")]


def test_the_government_that_selects_the_projects_was_no_funder() -> None:
    # Broke: "le Gouvernement a retenu les projets suivants : • X : N" gave the rows no funder;
    # a body that selects projects for money gives it ("retenir", active forms only: "le projet
    # retenu au titre du programme P" says nothing of a giver).
    text = "Le Gouvernement a retenu les projets suivants :\n• Technocité : 186.400 euros ;\n"
    found = facts(text, ("Technocité", "organisation", TECHNOCITE))
    assert [(f.recipient, f.funder) for f in found] == [(TECHNOCITE, GOVERNMENT)]
    text = "Le projet de Technocité, retenu par le jury, a reçu 186.400 euros."
    found = facts(text, ("Technocité", "organisation", TECHNOCITE))
    assert [(f.recipient, f.funder) for f in found] == [(TECHNOCITE, None)]


def test_a_subject_after_a_comma_and_et_was_read_as_a_complement() -> None:
    # Broke: "…, et le Forem a accordé à Dinant un prêt d'aide extraordinaire de N" had no
    # funder ("et" before a name made it a complement) and its loan was a grant ("prêt d'aide
    # extraordinaire": a complement between the noun and "de N").
    text = (
        "Dinant est sous plan de gestion depuis 1997, et le Forem a accordé à Dinant, en "
        "septembre 2011, un prêt d'aide extraordinaire de 3,2 millions d'euros."
    )
    named = (("Forem", "organisation", FOREM), ("Dinant", "place", DINANT))
    assert [(f.recipient, f.funder, f.instrument) for f in facts(text, *named)] == [
        (DINANT, FOREM, "loan")
    ]


def test_a_body_acting_through_its_organ_was_no_funder() -> None:
    # Broke: "le comité de gestion du Forem a approuvé une subvention de N à X" had no funder:
    # "de" made the body a complement, though its organ acts for it (`organ-nouns.txt`).
    text = (
        "Le comité de gestion du Forem a approuvé en mars 2011 une subvention de 1.260.000 "
        "euros à Technocité."
    )
    named = (("Forem", "organisation", FOREM), ("Technocité", "organisation", TECHNOCITE))
    assert [(f.recipient, f.funder) for f in facts(text, *named)] == [(TECHNOCITE, FOREM)]


def test_the_payer_of_ces_montants_after_a_list_was_lost() -> None:
    # Broke: "Ces montants sont liquidés par le Forem" after a list of grants named no funder:
    # only nouns of grants ("ces subventions") were read as the subject, not their sums.
    text = (
        "Les CPAS suivants bénéficient d'une subvention :\n"
        "• Technocité : 612.450,32 euros ;\n"
        "• Dinant : 341.208,75 euros.\n"
        "Ces montants sont liquidés par le Forem en deux tranches."
    )
    named = (
        ("Technocité", "organisation", TECHNOCITE),
        ("Dinant", "place", DINANT),
        ("Forem", "organisation", FOREM),
    )
    assert [(f.recipient, f.funder) for f in facts(text, *named)] == [
        (TECHNOCITE, FOREM),
        (DINANT, FOREM),
    ]


@pytest.mark.parametrize(
    "clause",
    [
        "Le Forem a marqué son accord sur une subvention de 944.000 euros pour Dinant.",
        "Le Forem a réparti 31,4 millions d'euros entre Dinant et onze autres zones.",
        "Le Forem complète ce financement à raison de 49.320 euros pour Dinant.",
        "Le solde de 118.000 euros, destiné à Dinant, est pris en charge par le Forem.",
    ],
)
def test_more_verbs_of_giving_named_no_funder(clause: str) -> None:
    # Broke: "a marqué son accord sur", "a réparti", "complète", "pris en charge par" named no
    # giver (frames.csv, active forms of the first three only).
    named = (("Forem", "organisation", FOREM), ("Dinant", "place", DINANT))
    assert [f.funder for f in facts(clause, *named)] == [FOREM]


@pytest.mark.parametrize(
    ("text", "gives"),
    [
        ("La Province complète ce financement à raison de 49.320 euros.", True),
        ("Le solde est pris en charge par la SPGE.", True),
        ("La rénovation complète de la piscine coûte 3 millions d'euros.", False),
        ("La prise en charge des patients coûte 3 millions d'euros.", False),
    ],
)
def test_an_adjective_or_a_noun_read_as_a_verb_of_giving(text: str, gives: bool) -> None:
    # Broke (this session's first forms): "complète" and "prise en charge" were read as verbs
    # of giving wherever they stood, also as an adjective ("la rénovation complète") and a
    # noun ("la prise en charge des patients"): only their forms as verbs are listed.
    found = [m.group(0) for m in GIVING_VERB.finditer(text)]
    assert any(w.startswith(("complète", "pris")) for w in found) is gives


def test_a_town_council_or_a_pronoun_of_the_other_gender_was_read_as_the_giver() -> None:
    # Broke (found by review): "le conseil communal de Dinant a approuvé la convention par
    # laquelle le Forem lui octroie N" made Dinant the giver (a town's council approves what it
    # receives: not an organ of `organ-nouns.txt`); "Le Forem … Elle a octroyé N" made the Forem
    # the giver ("elle" is no masculine subject).
    named = (("Forem", "organisation", FOREM), ("Dinant", "place", DINANT))
    text = (
        "Le conseil communal de Dinant a approuvé la convention par laquelle le Forem lui "
        "octroie 100.000 euros."
    )
    assert [f.funder for f in facts(text, *named)] == [FOREM]
    text = "Le Forem a transmis le dossier à la Région. Elle a octroyé 20.000 euros à Technocité."
    found = facts(text, named[0], ("Technocité", "organisation", TECHNOCITE))
    assert [f.funder for f in found] != [FOREM]


@pytest.mark.parametrize(
    "text",
    [
        "Le Forem de la Région wallonne a liquidé 20.000 euros à Technocité.",
        "Par ailleurs, le Forem (FRM) de la Région wallonne octroie 20.000 euros à Technocité.",
    ],
)
def test_a_body_named_with_the_body_it_belongs_to_was_no_funder(text: str) -> None:
    # Broke: "le Département du patrimoine de la DGO4 a liquidé N", "l'Administration X (ACR)
    # de la Fédération octroie N" named no funder: the name of the owning body stood between
    # the subject and its verb, and "de" made that one a complement.
    named = named_in(text)
    assert [(f.recipient, f.funder) for f in facts(text, *named)] == [(TECHNOCITE, FOREM)]


def test_a_town_named_by_its_council_noun_was_no_funder() -> None:
    # Broke: "la Ville de X a octroyé N" named no funder ("de" made the town a complement),
    # though "la Province de X a octroyé" did; a town after "à la Ville de" still receives.
    named = (("Dinant", "place", DINANT), ("Technocité", "organisation", TECHNOCITE))
    text = "La Ville de Dinant a octroyé 5.000 euros à Technocité pour ses ateliers."
    assert [(f.recipient, f.funder) for f in facts(text, *named)] == [(TECHNOCITE, DINANT)]
    text = "Le Forem a versé à la Ville de Dinant 5.000 euros pour ses ateliers."
    found = facts(text, ("Forem", "organisation", FOREM), named[0])
    assert [(f.recipient, f.funder) for f in found] == [(DINANT, FOREM)]
    # a province by its council's noun and "du" (held-out 19)
    text = "La Province du Dinant a octroyé 5.000 euros à Technocité pour ses ateliers."
    assert [(f.recipient, f.funder) for f in facts(text, *named)] == [(TECHNOCITE, DINANT)]


def test_a_year_between_the_amount_and_its_receiver_lost_the_receiver() -> None:
    # Broke: "X octroie N pour 2018 à Y", "N en 2018 à Y" had no recipient: only "N à Y" was
    # read, though a time was already allowed between the verb and its "à".
    named = (("Forem", "organisation", FOREM), ("Technocité", "organisation", TECHNOCITE))
    for text in (
        "Le Forem octroie 65.000 euros pour 2018 à Technocité pour ses stages.",
        "Le Forem a versé 65.000 euros en 2018 à Technocité.",
    ):
        assert [(f.recipient, f.funder) for f in facts(text, *named)] == [(TECHNOCITE, FOREM)]


@pytest.mark.parametrize(
    "text",
    [
        "En 2012, le Forem a engagé 612.000 euros pour les ateliers de Technocité.",
        "Technocité a reçu 300.000 euros de la Région wallonne. Le Forem y a ajouté 93.000 euros.",
    ],
)
def test_a_body_that_commits_or_adds_money_was_no_funder(text: str) -> None:
    # Broke: "X a engagé N" (only the passive "engagé par X" was read: "a engagé" also hires,
    # but not an amount) and "X y a ajouté N" named no giver.
    named = named_in(text)
    assert [f.funder for f in facts(text, *named)][-1] == FOREM


@pytest.mark.parametrize(
    "text",
    [
        "Dinant finance sa part, soit 2,3 millions d'euros, par un prêt du Forem.",
        "Dinant a contracté auprès du Forem un emprunt de 2,3 millions d'euros.",
        "La part de Dinant, soit 2,3 millions d'euros, est financée par un emprunt contracté "
        "auprès du Forem, auquel la Région wallonne a accordé sa garantie.",
    ],
)
def test_the_lender_of_a_loan_taken_out_was_lost(text: str) -> None:
    # Broke: "par un prêt du CRAC", "a contracté auprès de la BEI un emprunt", "un emprunt
    # contracté auprès de Belfius, auquel la Région a accordé sa garantie" named no lender, or
    # the guarantor.
    named = named_in(text)
    assert [(f.funder, f.instrument) for f in facts(text, *named)] == [(FOREM, "loan")]


def test_a_share_s_payer_was_the_funder_over_the_giver_of_the_whole() -> None:
    # Broke: "le Gouvernement a octroyé les subventions suivantes, cofinancées à raison de 40 %
    # par le FEDER et de 60 % par la Région" gave the rows to the Region's share: the giver of
    # the whole comes first; a share's payer gives only when the sentence names no other.
    named = (
        ("Forem", "organisation", FOREM),
        ("Région wallonne", "organisation", REGION),
        ("Technocité", "organisation", TECHNOCITE),
        ("Dinant", "place", DINANT),
    )
    text = (
        "Le Forem a octroyé les subventions suivantes, cofinancées à raison de 40 % par le FEDER "
        "et de 60 % par la Région wallonne :\n• Technocité : 3.450.000 euros ;\n"
        "• Dinant : 2.120.000 euros."
    )
    assert [f.funder for f in facts(text, *named)] == [FOREM, FOREM]
    text = (
        "Le projet de Technocité est cofinancé à 40 % par le FEDER et à 60 % par la Région "
        "wallonne, soit 1.200.000 euros."
    )
    assert [f.funder for f in facts(text, *named[1:3])] == [REGION]


def test_a_giver_after_a_participle_right_after_the_amount_was_lost() -> None:
    # Broke: "dont N souscrits par X", "un prêt de N consenti par X" named no funder (only
    # "N par X" right after the amount was read as the amount's own giver), and "verse N par an
    # à Y" had no recipient (a rhythm between the amount and its "à").
    named = (("Forem", "organisation", FOREM), ("Technocité", "organisation", TECHNOCITE))
    text = (
        "Les associés de Technocité apporteront 30 millions d'euros en capital, dont 9 millions "
        "d'euros souscrits par le Forem."
    )
    assert [f.funder for f in facts(text, *named)][-1] == FOREM
    text = "Le solde est financé par un prêt de 1,2 million d'euros consenti par le Forem."
    assert [(f.funder, f.instrument) for f in facts(text, named[0])] == [(FOREM, "loan")]
    text = "Le Forem verse 5.000 euros par an à Technocité."
    assert [(f.recipient, f.funder) for f in facts(text, *named)] == [(TECHNOCITE, FOREM)]


def test_a_pronoun_standing_for_an_opening_topic_named_no_funder() -> None:
    # Broke: "Quant à X, l'outil financier de …, il est intervenu … Il a en outre consenti un
    # prêt de N" named no lender: the pronoun's body is the topic the sentence (or the one
    # before) opens with, not a subject.
    named = (("Forem", "organisation", FOREM), ("Technocité", "organisation", TECHNOCITE))
    text = (
        "Quant au Forem, l'outil financier de l'économie sociale, il est intervenu en 2020 dans "
        "23 entreprises. Il a en outre consenti à Technocité un prêt de 200.000 euros."
    )
    assert [(f.recipient, f.funder) for f in facts(text, *named)] == [(TECHNOCITE, FOREM)]
    text = "Quant au Forem, il a consenti à Technocité un prêt de 200.000 euros."
    assert [(f.recipient, f.funder) for f in facts(text, *named)] == [(TECHNOCITE, FOREM)]


def test_the_giver_of_an_earlier_clause_was_the_funder_of_a_later_one() -> None:
    # Broke: "Le Gouvernement a approuvé le plan, et le Forem a accordé à Dinant un prêt de N"
    # lent the Government's money: the first verb of giving with a subject won; the verb nearest
    # before the amount comes first.
    named = (
        ("Région wallonne", "organisation", REGION),
        ("Forem", "organisation", FOREM),
        ("Dinant", "place", DINANT),
    )
    text = (
        "La Région wallonne a approuvé en juillet une actualisation du plan de gestion, et le "
        "Forem a accordé à Dinant, en septembre, un prêt de 3,2 millions d'euros."
    )
    assert [(f.funder, f.instrument) for f in facts(text, *named)] == [(FOREM, "loan")]


def test_a_legal_form_after_the_subject_hid_the_giver() -> None:
    # Broke: "Wallimage Entreprises SA a investi N" named no funder: the recogniser's name ends
    # before its legal form.
    text = "En outre, le Forem SA a investi 500.000 euros dans le capital de Technocité."
    named = (("Forem", "organisation", FOREM), ("Technocité", "organisation", TECHNOCITE))
    assert [f.funder for f in facts(text, *named)] == [FOREM]


def test_the_lender_after_a_borrowed_amount_was_its_recipient() -> None:
    # Broke (held-out 19): "Dinant a emprunté à cette fin N à la Région wallonne" gave the
    # money to the lender, as a grant: a verb of borrowing's "à" names who lends.
    named = (("Dinant", "place", DINANT), ("Région wallonne", "organisation", REGION))
    text = "Dinant a emprunté à cette fin 100 millions d'euros à la Région wallonne."
    assert [(f.recipient, f.funder, f.instrument) for f in facts(text, *named)] == [
        (DINANT, REGION, "loan")
    ]


def test_a_part_of_a_cost_that_is_no_fact_lost_its_party() -> None:
    # Broke (held-out 19, once "ont coûté N" was read as a cost): "Ces travaux, menés par X, ont
    # coûté N, dont M pris en charge par le Forem" left the part to no one: its total, no fact,
    # could not be reached.
    named = (("Technocité", "organisation", TECHNOCITE), ("Forem", "organisation", FOREM))
    text = (
        "Ces travaux, menés par Technocité, ont coûté 112 millions d'euros, dont 31 millions "
        "d'euros ont été pris en charge par le Forem."
    )
    assert [(f.recipient, f.funder) for f in facts(text, *named)] == [(TECHNOCITE, FOREM)]


def test_a_borrowing_verb_named_the_lender_of_every_amount_after_it() -> None:
    # Broke (found by review): after "X a emprunté N à Y", every later amount of the sentence
    # lost its "à" party and took Y as lender ("…, qui avait emprunté N à Belfius" made Belfius
    # the giver of the sentence's grant): only the borrowed amount's own "à" lends.
    named = (
        ("Forem", "organisation", FOREM),
        ("Région wallonne", "organisation", REGION),
        ("Technocité", "organisation", TECHNOCITE),
    )
    text = (
        "Le Forem a emprunté 50 millions d'euros à la Région wallonne et a octroyé 2 millions "
        "d'euros à Technocité."
    )
    assert [f.recipient for f in facts(text, *named)][-1] == TECHNOCITE
    text = (
        "Le Forem a octroyé 2 millions d'euros à Technocité, qui avait emprunté 5 millions "
        "d'euros à la Région wallonne."
    )
    assert next((f.recipient, f.funder) for f in facts(text, *named)) == (TECHNOCITE, FOREM)


def test_a_share_that_is_the_amount_lost_its_payer_to_another_giver() -> None:
    # Broke (found by review): "Technocité a investi N dans un atelier cofinancé à 60 % par la
    # Région, soit M": M is the share, the Region's, though another giver stands before it.
    named = (
        ("Technocité", "organisation", TECHNOCITE),
        ("Région wallonne", "organisation", REGION),
    )
    text = (
        "Technocité a investi 100.000 euros dans un atelier cofinancé à 60 % par la Région "
        "wallonne, soit 150.000 euros."
    )
    assert [f.funder for f in facts(text, *named)][-1] == REGION


def test_a_relative_clause_s_verb_was_the_giver_nearest_the_amount() -> None:
    # Broke (found by review): "X a octroyé à Y, que Z soutient également, une subvention de N"
    # made Z the giver: a relative clause's verb comes after the sentence's own.
    named = (
        ("Forem", "organisation", FOREM),
        ("Technocité", "organisation", TECHNOCITE),
        ("Région wallonne", "organisation", REGION),
    )
    text = (
        "Le Forem a octroyé à Technocité, que la Région wallonne soutient également, une "
        "subvention de 20.000 euros."
    )
    assert [(f.recipient, f.funder) for f in facts(text, *named)] == [(TECHNOCITE, FOREM)]


def test_hiring_with_engager_made_the_hirer_a_giver() -> None:
    # Broke (found by review): "Dinant a engagé deux éducateurs grâce à une subvention de N"
    # made Dinant the giver: "a engagé" gives only an amount that follows it.
    named = (("Dinant", "place", DINANT),)
    text = "Dinant a engagé deux éducateurs de rue grâce à une subvention de 60.000 euros."
    assert [f.funder for f in facts(text, *named)] != [DINANT]


def test_a_topic_the_next_sentence_s_pronoun_did_not_stand_for_gave_money() -> None:
    # Broke (found by review): "Quant à X, son dossier a été transmis au Forem. Il a décidé de
    # lui octroyer N" made X the giver: the sentence before must speak of its topic by a pronoun.
    named = (("Technocité", "organisation", TECHNOCITE), ("Forem", "organisation", FOREM))
    text = (
        "Quant à Technocité, son dossier a été transmis au Forem. Il a décidé de lui octroyer "
        "50.000 euros."
    )
    assert [f.funder for f in facts(text, *named)] != [TECHNOCITE]


def test_the_sum_line_took_the_last_row_s_own_funder() -> None:
    # Broke (found by review): a list's "Soit un total de N" took the funder its last row names
    # ("…, cofinancés par la Région") over the lead's giver.
    named = (
        ("Forem", "organisation", FOREM),
        ("Technocité", "organisation", TECHNOCITE),
        ("Dinant", "place", DINANT),
        ("Région wallonne", "organisation", REGION),
    )
    text = (
        "En 2021, le Forem a octroyé les subventions suivantes :\n• Technocité : 100.000 euros ;\n"
        "• Dinant : 50.000 euros, cofinancés par la Région wallonne.\n"
        "Soit un total de 150.000 euros pour la province."
    )
    assert [f.funder for f in facts(text, *named)][-1] == FOREM


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le Forem l'a répartie selon le poids de chaque centre ; il a ainsi versé à "
            "Technocité 11,5 millions d'euros.",
            FOREM,
        ),
        (
            "En 2022, le Forem a examiné 64 demandes, et a accordé à Technocité un prêt de 8,4 "
            "millions d'euros.",
            FOREM,
        ),
        (
            "En ce qui concerne Dinant, le Forem a pris en 2022 une participation de 650.000 euros "
            "dans Technocité.",
            FOREM,
        ),
        (
            "À ce titre, Technocité a conclu avec le Forem un prêt de 1,5 million d'euros, à un "
            "taux fixe.",
            FOREM,
        ),
    ],
)
def test_givers_of_held_out_22_were_lost(text: str, expected: str) -> None:
    # Broke (held-out 22, a development set once its blind scores were taken): a pronoun after
    # a semicolon and a coordinated verb phrase share the first clause's subject; "a pris en
    # 2022 une participation" (a time inside the verb); "a conclu avec X un prêt de N" (X lends).
    named = named_in(text)
    assert [f.funder for f in facts(text, *named)] == [expected]


def test_money_given_to_the_region_by_its_common_name_went_to_no_one() -> None:
    # Broke (held-out 22): "l'État a consenti à la Région une avance de N" had no recipient: "la
    # Région" is no mention, but the parliament's region by its common name.
    text = "Le Forem a, de son côté, consenti à la Région une avance de 1,2 milliard d'euros."
    amounts = find_amounts(text, "answer")
    found = find_funding(
        text,
        "answer",
        amounts,
        mentions_of(text, ("Forem", "organisation", FOREM)),
        [],
        GOVERNMENT,
        REGION,
    )
    assert [(f.recipient, f.funder) for f in found] == [(REGION, FOREM)]


def test_a_borrower_financing_its_share_by_a_loan_was_left_to_the_model() -> None:
    # Broke when the models were learnt again (session 20): "Dinant finance sa part, soit N, par
    # un prêt du Forem" had no party by the rules, and the retrained model no longer kept it.
    text = "Dinant finance sa part, soit 2,3 millions d'euros, par un prêt du Forem."
    found = [(f.recipient, f.funder, f.instrument, f.method) for f in facts(text, *named_in(text))]
    assert found == [(DINANT, FOREM, "loan", "rules")]
