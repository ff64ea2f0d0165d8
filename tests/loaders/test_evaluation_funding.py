"""The scorer's funding rules (tests/corpus/README.md): facts pair on value, then each attribute
is right or wrong: recipient (a part's is the money's), programme, period, funder where the gold
annotates it, and the instrument (a gold fact without one is a grant). Split from
test_evaluation.py, whose invented page and records these tests share.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from loaders.evaluation import CorpusError, gold_from_json
from loaders.record import Funding, Period
from tests.loaders.test_evaluation import (
    AMOUNTS,
    ENTITIES,
    FOREM,
    FSE,
    FUNDING,
    JEMAPPES,
    MENTIONS,
    MONS,
    TECHNIFUTUR,
    amount,
    entity,
    gold,
    record,
    scores,
)


def test_funding_pairs_on_value_and_scores_each_attribute() -> None:
    wrong = [Funding(0, FOREM.id, FSE.id, None, "formation")]
    result = scores(gold(), record(ENTITIES, MENTIONS, AMOUNTS, wrong))
    funding = result["funding"]
    assert funding.tp == 1 and funding.f1 == 1.0
    assert funding.accuracy("recipient") == 0.0 and funding.accuracy("period") == 0.0
    assert funding.accuracy("programme") == 1.0 and funding.accuracy("fully right") == 0.0
    assert len(result.documents[0].kinds["funding"].notes) == 2
    empty = scores(gold(), record(ENTITIES, MENTIONS, AMOUNTS))["funding"]
    assert (empty.tp, empty.fn, empty.f1) == (0, 1, 0.0)


def test_a_town_council_is_its_municipality_as_a_recipient() -> None:
    """Gold that gives the money to Mons names the party the text calls "la Ville de Mons" (a
    local authority located in Mons); another municipality's council, or a body that is no
    council, is not it."""
    data = gold()
    data["mentions"] = [
        *data["mentions"],
        {"type": "place", "label": "Mons", "kind": "municipality"},
    ]
    data["funding"][0]["recipient"] = "Mons"
    cases = [
        (MONS.id, "local_authority", 1.0),
        (JEMAPPES.id, "local_authority", 0.0),
        (MONS.id, "non_profit", 0.0),
    ]
    for place, classification, right in cases:
        body = entity(
            "ville", "organisation", "Ville", located_in=place, classification=classification
        )
        fact = [Funding(0, body.id, FSE.id, Period("2021", "2021"), "formation")]
        result = scores(data, record([*ENTITIES, body], MENTIONS, AMOUNTS, fact))["funding"]
        assert result.accuracy("recipient") == right, (place, classification)


def test_the_region_as_a_funder_is_one_party_as_territory_or_legal_person() -> None:
    """Gold that names the funder "Région wallonne" (the legal person) or "Wallonie" (the
    territory, a place) and an extraction that names the other are the same party (the
    scorer's ruling of session 9); another body is not."""
    wallonie = entity("wallonie", "place", "Wallonie", classification="region")
    region = entity("region-wallonne", "organisation", "Région wallonne")
    for written, kind in (("Région wallonne", "organisation"), ("Wallonie", "place")):
        data = gold()
        data["mentions"] = [*data["mentions"], {"type": kind, "label": written, "kind": "region"}]
        data["funding"][0]["funder"] = written
        for giver, right in ((wallonie, 1.0), (region, 1.0), (FOREM, 0.0)):
            fact = [Funding(0, TECHNIFUTUR.id, FSE.id, Period("2021", "2021"), "formation")]
            fact = [replace(fact[0], funder=giver.id)]
            extracted = record([*ENTITIES, wallonie, region], MENTIONS, AMOUNTS, fact)
            result = scores(data, extracted)["funding"]
            assert result.accuracy("funder") == right, (written, giver.label)


def test_close_values_pair_each_fact_with_its_own() -> None:
    """1,597 and 1,598 million are within 0.5 % of each other: when attributes do not tell the
    facts apart, the nearer value does (the purposes show which pairing was made)."""
    data = gold()
    data["funding"] = [
        {**data["funding"][0], "value": 1_597_000, "purpose": "formation"},
        {**data["funding"][0], "value": 1_598_000, "purpose": "équipement"},
    ]
    amounts = [amount("2021", value) for value in (1_598_000, 1_597_000)]
    funding = [
        Funding(0, TECHNIFUTUR.id, FSE.id, Period("2021", "2021"), "équipement"),
        Funding(1, TECHNIFUTUR.id, FSE.id, Period("2021", "2021"), "formation"),
    ]
    result = scores(data, record(ENTITIES, MENTIONS, amounts, funding))["funding"]
    assert result.tp == 2 and result.accuracy("fully right") == 1.0
    assert result.accuracy("purpose words") == 1.0


def test_a_part_without_its_own_recipient_is_scored_on_its_totals() -> None:
    """The lead's ruling (tests/corpus/README.md): a "dont" part's recipient is the body its
    money reaches, its clause's, else its total's. The record leaves a part with no recipient of
    its own when its clause names none (`part_of` reaches the total's); the scorer read that as
    no recipient and marked it wrong against gold that names the total's recipient."""
    data = gold()
    data["funding"] = [
        data["funding"][0],
        {**data["funding"][0], "value": 1_500_000, "purpose": None},
    ]
    amounts = [*AMOUNTS, amount("2021", 1_500_000)]
    part = Funding(1, None, FSE.id, Period("2021", "2021"), None, part_of=0)
    result = scores(data, record(ENTITIES, MENTIONS, amounts, [*FUNDING, part]))["funding"]
    assert result.tp == 2 and result.accuracy("recipient") == 1.0
    unlinked = replace(part, part_of=None)
    result = scores(data, record(ENTITIES, MENTIONS, amounts, [*FUNDING, unlinked]))["funding"]
    assert result.accuracy("recipient") == 0.5
    # A part whose clause names another recipient is scored on its own.
    own = replace(part, recipient=FOREM.id)
    result = scores(data, record(ENTITIES, MENTIONS, amounts, [*FUNDING, own]))["funding"]
    assert result.accuracy("recipient") == 0.5


def test_the_instrument_is_right_when_both_sides_say_the_same_absent_being_a_grant() -> None:
    """Gold without an `instrument` key is a grant (tests/corpus/README.md); a loan read where
    the gold gives a grant, or a grant where it gives a loan, is a wrong instrument, and the
    fact still pairs on its value (recipient, programme and period unaffected)."""
    lent = [replace(FUNDING[0], instrument="loan")]
    cases = [
        (gold(), FUNDING, 1.0),
        (gold(), lent, 0.0),
        (_with_instrument("loan"), lent, 1.0),
        (_with_instrument("loan"), FUNDING, 0.0),
        (_with_instrument("grant"), FUNDING, 1.0),
    ]
    for data, facts, right in cases:
        result = scores(data, record(ENTITIES, MENTIONS, AMOUNTS, facts))["funding"]
        assert result.tp == 1 and result.accuracy("fully right") == 1.0
        assert result.accuracy("instrument") == right, (data["funding"], facts)


def test_values_that_tie_pair_each_fact_with_its_own_instrument() -> None:
    """Two facts of the same value, one lent and one given, to the same recipient: the gold's
    loan pairs with the extracted loan."""
    data = gold()
    data["funding"] = [data["funding"][0], {**data["funding"][0], "instrument": "loan"}]
    amounts = [*AMOUNTS, amount("2021", 2_000_000)]
    facts = [replace(FUNDING[0], amount=1, instrument="loan"), FUNDING[0]]
    result = scores(data, record(ENTITIES, MENTIONS, amounts, facts))["funding"]
    assert result.tp == 2 and result.accuracy("instrument") == 1.0


def test_an_unknown_gold_instrument_is_a_corpus_error() -> None:
    with pytest.raises(CorpusError, match="donation"):
        gold_from_json(_with_instrument("donation"), Path("x.gold.json"))


def _with_instrument(instrument: str) -> dict[str, Any]:
    data = gold()
    data["funding"][0]["instrument"] = instrument
    return data
