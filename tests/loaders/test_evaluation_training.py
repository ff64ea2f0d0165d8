"""Learning the funding models (loaders/evaluation/training.py): examples from gold, the fit,
and the refusal to learn from a blind corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.evaluation.gold import GoldFunding
from loaders.evaluation.training import (
    Example,
    Examples,
    _asking,
    _paired,
    blind,
    chosen,
    fit,
    main,
    recipient_shares,
)
from loaders.extract.amounts import find_amounts
from loaders.extract.funding import find_funding
from loaders.record import Amount, Question
from tests.loaders.extract.test_funding import mentions_of
from tests.loaders.records import record_from_texts

CORPORA = Path(__file__).parents[1]


def test_the_fit_separates_what_its_examples_separate() -> None:
    given = [Example("c", ("L:subven", "R:pour"), True) for _ in range(20)]
    not_given = [Example("c", ("L:prix", "R:pour"), False) for _ in range(20)]
    model = fit(given + not_given, 0.5)
    assert model.probability(["L:subven", "R:pour"]) > 0.8
    assert model.probability(["L:prix", "R:pour"]) < 0.2
    # A feature seen on fewer examples than the floor is one writer's word: never learnt.
    rare = fit([*given, *not_given, Example("c", ("L:unique",), True)], 0.5)
    assert "L:unique" not in rare.weights


def amount(value: float, part: str, start: int) -> Amount:
    return Amount("x", value, "EUR", "exact", part, start, start + 1)  # type: ignore[arg-type]


def test_a_gold_fact_pairs_with_the_answer_s_amount_not_the_question_s_restatement() -> None:
    asked, answered, other = (
        amount(5e4, "question", 10),
        amount(5e4, "answer", 30),
        amount(9, "answer", 50),
    )
    record = record_from_texts(Question(None, "invented"), amounts=[asked, answered, other])
    paired = _paired(record, [GoldFunding(5e4, None, None, None, None)])
    assert paired[id(answered)] is not None
    assert paired[id(asked)] is None  # a repetition: left out, neither given nor not
    assert id(other) not in paired  # not money given


def test_the_blind_corpora_are_known_by_their_readme() -> None:
    assert blind(CORPORA / "corpus-heldout-7") and blind(CORPORA / "corpus-heldout-8")
    assert not blind(CORPORA / "corpus-heldout-6") and not blind(CORPORA / "corpus")


def test_training_refuses_a_blind_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "model.json"
    assert main([str(CORPORA / "corpus-heldout-7"), "--out", str(out)]) == 2
    assert "a blind corpus is never learnt from" in capsys.readouterr().err
    assert not out.exists()


def test_the_amounts_asked_of_the_models_are_those_the_rules_read_no_party_for() -> None:
    # The recipient model's threshold is chosen on these amounts, the ones it names for.
    text = (
        "Une subvention de 45.000 euros a été octroyée à l'ASBL A pour sa crèche. "
        "Une aide de 900.000 euros a aussi été versée."
    )
    amounts = find_amounts(text, "answer")
    named = mentions_of(text, ("ASBL A", "organisation", "https://w3id.org/parlgraph/id/a"))
    with _asking() as asked:
        find_funding(text, "answer", amounts, named)
    assert asked == {("answer", amounts[1].start): None}
    # With the giver the rules read, whom the recipient model is never offered.
    given = "La Ville A a financé les travaux pour 3 millions d'euros."
    town = "https://w3id.org/parlgraph/id/place/ville-a"
    with _asking() as asked:
        find_funding(
            given,
            "answer",
            find_amounts(given, "answer"),
            mentions_of(given, ("Ville A", "place", town)),
        )
    assert list(asked.values()) == [town]


def test_a_threshold_within_a_tie_of_the_best_is_the_highest() -> None:
    assert chosen({0.5: 0.90, 0.6: 0.9115, 0.7: 0.9106, 0.8: 0.9065}) == 0.7
    assert chosen({0.5: 0.90, 0.6: 0.92, 0.7: 0.91}) == 0.6


def test_the_recipient_threshold_is_chosen_on_the_names_offered_for_the_left_amounts(
    tmp_path: Path,
) -> None:
    # Each corpus: amounts whose one candidate is right (said by "A:de") and amounts whose
    # gold names no recipient (the candidate said by "A:pour" is wrong). Naming above a middle
    # threshold gets both right; the giver (wrong whether named or not) and an amount the rules
    # settled are not counted, so every case can be right.
    def corpus(offset: int) -> Examples:
        found = Examples()
        for n in range(10):
            found.recipient.append(Example("c", ("A:de",), True, offset + n))
            found.recipient.append(
                Example("c", ("A:pour",), False, offset + 100 + n, none_right=True)
            )
        found.recipient.append(Example("c", ("A:de",), False, offset + 200, giver=True))
        found.recipient.append(Example("c", ("A:pour",), True, offset + 300, asked=False))
        return found

    corpora = [tmp_path / "one", tmp_path / "two"]
    by_corpus = {corpora[0]: corpus(0), corpora[1]: corpus(1000)}
    shares = recipient_shares(corpora, by_corpus)
    assert max(shares.values()) == 1.0
    threshold = chosen(shares)
    model = fit(by_corpus[corpora[0]].recipient, threshold)
    assert model.probability(["A:pour"]) < threshold <= model.probability(["A:de"])
