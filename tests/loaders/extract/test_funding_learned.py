"""The learnt funding models (loaders/extract/funding/learned.py): what they read of an amount
and of a name, the committed weights, and the clear cases they must keep.

Sentences are invented for these tests.
"""

from __future__ import annotations

import json
from unittest import mock

import pytest

from loaders.evaluation.training import blind
from loaders.extract.amounts import find_amounts
from loaders.extract.funding import learned
from loaders.extract.funding.sentences import FundingText
from loaders.record import Mention

from .test_funding import mentions_of
from .test_funding import valued_facts as facts

ID = "https://w3id.org/parlgraph/id/"
ASSOCIATION = ID + "organisation/asbl-a"
TOWN = ID + "place/ville-a"


def text_of(text: str, mentions: list[Mention] | None = None) -> FundingText:
    return FundingText(text, "answer", mentions or [], find_amounts(text, "answer"), [])


def given(text: str) -> float:
    doc = text_of(text)
    amount = doc.amounts[0]
    features = learned.amount_features(doc, doc.sentence_of(amount.start), amount)
    return learned.models()["given"].probability(features)


def test_the_features_read_words_each_side_frames_and_names() -> None:
    text = "La commune d'Arville a reçu une subvention de 45.000 euros pour sa crèche."
    doc = text_of(text, mentions_of(text, ("Arville", "place", TOWN)))
    features = learned.amount_features(doc, 0, doc.amounts[0])
    assert {"L1:de", "L2:subven", "R1:pour", "L-name:place", "receiving-verb"} <= set(features)
    assert "L-frame:receive" in features and "L-frame:grant" in features
    assert not any(f.startswith("R-name") for f in features)


def test_a_list_row_reads_the_words_and_frames_of_its_lead() -> None:
    text = "Les subventions octroyées se répartissent comme suit :\n- Arville : 10.000 euros ;"
    doc = text_of(text)
    amount = doc.amounts[0]
    features = learned.amount_features(doc, doc.sentence_of(amount.start), amount)
    assert {"list-row", "lead:subven", "lead-frame:give"} <= set(features)


@pytest.mark.parametrize(
    "text",
    [
        "L'association a reçu une subvention de 45.000 euros pour son festival.",
        "Une aide de 120.000 euros a été octroyée pour la rénovation de la salle.",
    ],
)
def test_money_received_or_granted_is_given(text: str) -> None:
    assert given(text) >= learned.models()["given"].threshold


@pytest.mark.parametrize(
    "text",
    [
        "Le prix d'un ticket est de 2,5 euros.",
        "Le salaire mensuel moyen est de 2.800 euros.",
    ],
)
def test_a_price_or_a_wage_is_not_given(text: str) -> None:
    assert given(text) < learned.models()["given"].threshold


def test_a_grant_the_rules_read_no_party_for_is_kept_to_no_one_named() -> None:
    # Broke (blind held-out sets, three sessions): "a grant has a party" dropped money given
    # whose receiver the recogniser missed; now the learnt model keeps it, without a recipient.
    text = "Cette association a reçu une subvention de 45.000 euros pour son festival."
    ((value, fact),) = facts(text)
    assert (value, fact.recipient, fact.method) == (45000.0, None, "learnt")
    # Its confidence is the model's probability, at least the threshold it was kept at.
    assert learned.models()["given"].threshold <= fact.confidence <= 1.0
    assert fact.confidence == round(given(text), 3)


def test_the_recipient_model_names_the_body_receiving_a_kept_grant() -> None:
    text = "Une subvention de 45.000 euros a été octroyée à l'ASBL A pour son festival."
    doc = text_of(text, mentions_of(text, ("ASBL A", "organisation", ASSOCIATION)))
    assert learned.learnt_recipient(doc, 0, doc.amounts[0]) == ASSOCIATION


def test_a_cost_whose_parts_the_rules_find_no_party_for_stays_no_grant() -> None:
    text = "Le coût des travaux se répartit comme suit :\n- études : 100.000 euros ;"
    assert facts(text) == []


def test_the_committed_models_learnt_from_no_blind_corpus() -> None:
    data = json.loads(learned.MODEL_FILE.read_text(encoding="utf-8"))
    corpora = data["trained_on"]
    assert corpora and all(not blind(learned.MODEL_FILE.parents[3] / "tests" / c) for c in corpora)
    assert set(data["models"]) == {"given", "recipient"}
    for model in data["models"].values():
        assert 0.0 < model["threshold"] < 1.0 and model["weights"]


def test_the_learnt_recipient_was_the_giver() -> None:
    # Broke (models learnt from the training corpora): "La Région R a financé les travaux pour
    # N" kept as money given named the Région its own recipient; the giver the rules read is
    # no candidate.
    text = "La Ville A a financé les travaux pour 3 millions d'euros."
    doc = text_of(text, mentions_of(text, ("Ville A", "place", TOWN)))
    eager = learned.Model(5.0, 0.5, {})
    with mock.patch.object(learned, "models", lambda: {"recipient": eager}):
        assert learned.learnt_recipient(doc, 0, doc.amounts[0]) == TOWN
        assert learned.learnt_recipient(doc, 0, doc.amounts[0], funder=TOWN) is None


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Le Forem a ouvert aux entreprises de Arville le prêt « Relance », doté de 2 M€.", False),
        ("Les fraisiéristes de Wépion, à Arville, auraient reçu 350.000 euros.", False),
        ("Les communes de Arville et de Bourg auraient reçu 350.000 euros.", True),
        ("La commune d'Arville aurait reçu 350.000 euros.", True),
    ],
)
def test_a_town_that_locates_others_was_a_learnt_recipient(text: str, town: bool) -> None:
    # Broke (the retrained models of session 19, held-out 27 page 16): "aux entreprises de
    # Dinant", "les fraisiéristes de Wépion, à Namur": the town where others are was offered
    # to the recipient model, which named it; a council named by its noun stays a candidate.
    doc = text_of(text, mentions_of(text, ("Arville", "place", TOWN)))
    assert bool(learned.recipient_candidates(doc, 0)) is town
