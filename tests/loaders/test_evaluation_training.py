"""Learning the funding models (loaders/evaluation/training.py): examples from gold, the fit,
and the refusal to learn from a blind corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.evaluation.gold import GoldFunding
from loaders.evaluation.training import Example, _asking, _paired, blind, fit, main
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
    assert asked == {("answer", amounts[1].start)}
