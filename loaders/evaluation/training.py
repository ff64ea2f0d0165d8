"""`python -m loaders.evaluation.training CORPUS_DIR... [--out FILE] [--folds]`: learn the
funding models (`loaders/extract/funding/learned.py`: "given" and "recipient") from the gold of
the development corpora and of the training corpora (`tests/corpus-train-*`, written blind only
to be learnt from).

Every money amount the pipeline reads on a gold page is an example for "given": money given
when one gold funding fact of its value is paired with it (each gold fact with one amount, an
answer's before a question's restatement), not money given when none is; an amount that repeats
a paired value is left out, being neither. Each name that may receive a paired amount is an
example for "recipient", right when the scorer's own rule says it is the gold recipient. The
models are logistic regressions with an L2 penalty over the features seen on several examples,
so that one page's words do not become a rule. `--folds` first scores each corpus with models
learnt from the others only (the honest estimate of what they add on a writer they have not
read) and keeps the thresholds that do best there (the recipient model's on the amounts the
rules leave to the models, with the candidates it is then offered). A blind corpus is refused:
what the models learn from is no longer held out.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from unittest import mock

import numpy as np

from loaders.evaluation.candidates import Extraction
from loaders.evaluation.gold import RECIPIENT_KINDS, GoldDocument, GoldFunding
from loaders.evaluation.money import close, party_right
from loaders.evaluation.scoring import KindScore, evaluate, read_corpus
from loaders.extract import PARTS
from loaders.extract import funding as funding_pipeline
from loaders.extract.funding import learned
from loaders.extract.funding.sentences import FundingText
from loaders.record import Amount, Record

# Features seen on fewer examples are one writer's words, not French.
MIN_COUNT = 3
L2 = 1.0
RATE = 0.5
THRESHOLDS_RECIPIENT = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
# Scores closer than this are one fact in a corpus: the higher threshold is kept.
TIE = 0.001
# An amount by its part and its start.
Asked = tuple[str, int]


def blind(corpus: Path) -> bool:
    """Whether the corpus says it is held out: its README's title ends with "(blind)"."""
    readme = corpus / "README.md"
    if not readme.is_file():
        return False
    title = readme.read_text(encoding="utf-8").splitlines()[0] if readme.stat().st_size else ""
    return title.rstrip().endswith("(blind)")


@dataclass(frozen=True)
class Example:
    corpus: str
    features: tuple[str, ...]
    label: bool
    # The amount a recipient example is a name for: its rivals share it.
    group: int = 0
    # Whether naming nobody is right for the group (its gold names no party).
    none_right: bool = False
    # Whether the rules left the amount without a party, so that the models decide it.
    asked: bool = True
    # Whether the name is the giver the rules read for the amount: never offered as its
    # recipient (`learned.learnt_recipient`).
    giver: bool = False


@dataclass
class Examples:
    """A corpus's examples for each model: its amounts for "given", and for "recipient" each
    name that may receive a paired amount."""

    given: list[Example] = field(default_factory=list)
    recipient: list[Example] = field(default_factory=list)


@contextmanager
def _asking() -> Iterator[dict[Asked, str | None]]:
    """The amounts (part, start) whose recipient the recipient model names while the pipeline
    reads a page, each with the giver the rules read for it: those the rules leave without a
    party and no veto calls a cost. The given model is made to keep every such amount, so
    that the set does not depend on the weights being learnt."""
    asked: dict[Asked, str | None] = {}
    real = learned.learnt_recipient

    def recording(
        doc: FundingText, index: int, amount: Amount, funder: str | None = None
    ) -> str | None:
        asked[(amount.part, amount.start)] = funder
        return real(doc, index, amount, funder)

    keeps = learned.Model(30.0, 0.5, {})
    current = learned.models()
    with (
        mock.patch.object(funding_pipeline, "learnt_recipient", recording),
        mock.patch.object(learned, "models", lambda: {**current, "given": keeps}),
    ):
        yield asked


def _read(corpus: Path) -> Iterator[tuple[GoldDocument, Record | None, dict[Asked, str | None]]]:
    """Each gold of the corpus with the record the pipeline reads from its page and the amounts
    it leaves to the recipient model there (`_asking`), page by page."""
    with _asking() as asked:
        for gold, record, _ in read_corpus(corpus):
            yield gold, record, dict(asked)
            asked.clear()


def examples(corpus: Path) -> Examples:
    """The money amounts of every page of `corpus`, and the names around the paired ones, each
    with its features and its label."""
    found = Examples()
    group = 0
    for gold, record, asked in _read(corpus):
        if record is None:
            continue
        paired = _paired(record, gold.funding)
        extraction = Extraction(record)
        for part in PARTS:
            text = record.text_of(part)
            if not text:
                continue
            doc = FundingText(text, part, record.mentions, record.amounts, record.entities)
            for amount in doc.amounts:
                if id(amount) in paired and paired[id(amount)] is None:
                    continue
                fact = paired.get(id(amount))
                index = doc.sentence_of(amount.start)
                features = tuple(learned.amount_features(doc, index, amount))
                found.given.append(Example(corpus.name, features, fact is not None))
                if fact is None:
                    continue
                group += 1
                where = (amount.part, amount.start)
                for name in learned.recipient_candidates(doc, index):
                    right = party_right(gold, extraction, fact.recipient, name.id, RECIPIENT_KINDS)
                    found.recipient.append(
                        Example(
                            corpus.name,
                            tuple(learned.recipient_features(doc, index, amount, name)),
                            right,
                            group,
                            none_right=fact.recipient is None,
                            asked=where in asked,
                            giver=where in asked and name.id == asked[where],
                        )
                    )
    return found


def _paired(record: Record, facts: Sequence[GoldFunding]) -> dict[int, GoldFunding | None]:
    """Each amount (by `id`) paired with the gold fact of its value, an answer's before a
    question's restatement; None for an amount that repeats a paired value (left out); the
    others are absent (not money given)."""
    order = sorted(record.amounts, key=lambda a: (a.part != "answer", a.start))
    paired: dict[int, GoldFunding | None] = {}
    for fact in facts:
        free = [a for a in order if close(fact.value, a.value) and paired.get(id(a)) is None]
        if free:
            paired[id(free[0])] = fact
            for other in free[1:]:
                paired.setdefault(id(other), None)
    return paired


def fit(training: Sequence[Example], threshold: float) -> learned.Model:
    """A logistic regression by gradient descent on the mean log loss plus an L2 penalty."""
    counts = Counter(f for example in training for f in example.features)
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    column = {name: i for i, name in enumerate(names)}
    matrix = np.zeros((len(training), len(names)))
    for row, example in enumerate(training):
        for feature in example.features:
            if feature in column:
                matrix[row, column[feature]] = 1.0
    target = np.array([float(example.label) for example in training])
    weights = np.zeros(len(names))
    bias = 0.0
    for _ in range(3000):
        predicted = 1.0 / (1.0 + np.exp(-(matrix @ weights + bias)))
        error = predicted - target
        weights -= RATE * (matrix.T @ error / len(training) + L2 * weights / len(training))
        bias -= RATE * float(error.mean())
    table = {name: round(float(w), 4) for name, w in zip(names, weights, strict=True)}
    return learned.Model(round(bias, 4), threshold, {n: w for n, w in table.items() if w})


def fit_all(
    training: Sequence[Examples], threshold: float, named: float
) -> dict[str, learned.Model]:
    """Both models; `threshold` is the given model's, `named` the recipient model's."""
    return {
        "given": fit([e for found in training for e in found.given], threshold),
        "recipient": fit([e for found in training for e in found.recipient], named),
    }


@contextmanager
def _using(models: dict[str, learned.Model] | None) -> Iterator[None]:
    """The pipeline reading with `model` (None: the rules alone, no amount ever learnt given)."""
    never = {"given": learned.Model(0.0, 2.0, {}), "recipient": learned.Model(0.0, 2.0, {})}
    with mock.patch.object(learned, "models", lambda: models or never):
        yield


def _funding(corpus: Path, models: dict[str, learned.Model] | None) -> KindScore:
    """The corpus's funding score with `models` (None: the rules alone)."""
    with _using(models):
        return evaluate(corpus)["funding"]


def _line(funding: KindScore) -> str:
    rights = "  ".join(
        f"{name} {funding.accuracy(name) or 0:.3f}"
        for name in ("recipient", "programme", "funder", "fully right")
    )
    return (
        f"P {funding.precision:.3f} R {funding.recall:.3f} F1 {funding.f1:.3f}"
        f" ({funding.tp}/{funding.fp}/{funding.fn})  {rights}"
    )


def chosen(scores: dict[float, float]) -> float:
    """The threshold of the best score, or the highest within `TIE` of it: fewer facts or
    names made by a model for no measurable loss."""
    top = max(scores.values())
    return max(threshold for threshold, score in scores.items() if score >= top - TIE)


def recipient_shares(
    corpora: Sequence[Path], by_corpus: dict[Path, Examples]
) -> dict[float, float]:
    """At each threshold, the share of the paired amounts the rules leave to the recipient
    model that it reads right, with models learnt from the other corpora and among the names
    it is then offered (not the giver): its likeliest name when above the threshold (right if
    that name is the gold's), else none (right if the gold names none)."""
    right: dict[float, int] = dict.fromkeys(THRESHOLDS_RECIPIENT, 0)
    total = 0
    for corpus in corpora:
        training = [e for other in corpora if other != corpus for e in by_corpus[other].recipient]
        groups: dict[int, list[Example]] = {}
        for example in by_corpus[corpus].recipient:
            if example.asked and not example.giver:
                groups.setdefault(example.group, []).append(example)
        if not groups or not training:
            continue
        model = fit(training, 0.5)
        total += len(groups)
        for names in groups.values():
            best, likeliest = max(
                ((model.probability(list(e.features)), e) for e in names), key=lambda p: p[0]
            )
            for threshold in right:
                right[threshold] += likeliest.label if best >= threshold else names[0].none_right
    return {threshold: n / max(total, 1) for threshold, n in right.items()}


def folds(corpora: Sequence[Path], by_corpus: dict[Path, Examples], named: float) -> float:
    """Each corpus scored with the rules alone and with models learnt from the other corpora,
    at each threshold; returns the threshold with the best mean funding F1 over corpora, or the
    highest within `TIE` of it (fewer facts made by a model for no measurable loss)."""
    best: dict[float, float] = dict.fromkeys(THRESHOLDS, 0.0)
    for corpus in corpora:
        training = [by_corpus[other] for other in corpora if other != corpus]
        print(f"== {corpus.name}\n  rules alone     {_line(_funding(corpus, None))}")
        learnt = fit_all(training, 0.5, named)
        for threshold in THRESHOLDS:
            given = replace(learnt["given"], threshold=threshold)
            funding = _funding(corpus, {**learnt, "given": given})
            best[threshold] += funding.f1
            print(f"  learnt at {threshold:.2f} {_line(funding)}")
        sys.stdout.flush()
    mean = {threshold: total / len(corpora) for threshold, total in best.items()}
    print("mean funding F1, unseen: " + ", ".join(f"{t:.1f} {f:.4f}" for t, f in mean.items()))
    return chosen(mean)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loaders.evaluation.training")
    parser.add_argument(
        "corpora", type=Path, nargs="+", help="development and training corpora, never blind"
    )
    parser.add_argument("--out", type=Path, default=learned.MODEL_FILE)
    parser.add_argument("--folds", action="store_true", help="score each corpus unseen first")
    args = parser.parse_args(argv)
    held_out = [corpus for corpus in args.corpora if blind(corpus)]
    if held_out:
        names = ", ".join(str(corpus) for corpus in held_out)
        print(f"refused: {names}: a blind corpus is never learnt from", file=sys.stderr)
        return 2
    by_corpus = {corpus: examples(corpus) for corpus in args.corpora}
    current = learned.models()
    threshold, named = current["given"].threshold, current["recipient"].threshold
    if args.folds:
        shares = recipient_shares(args.corpora, by_corpus)
        print(
            "recipient named right, unseen: "
            + ", ".join(f"{t:.1f} {f:.3f}" for t, f in shares.items())
        )
        named = chosen(shares)
        threshold = folds(args.corpora, by_corpus, named)
    models = fit_all(list(by_corpus.values()), threshold, named)
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    document = {
        "about": "funding models: see loaders/extract/funding/learned.py and docs/extraction.md",
        "trained_on": sorted(corpus.name for corpus in args.corpora),
        "commit": commit,
        "models": {
            name: {
                "examples": sum(len(getattr(found, name)) for found in by_corpus.values()),
                "positive": sum(e.label for f in by_corpus.values() for e in getattr(f, name)),
                "bias": model.bias,
                "threshold": model.threshold,
                "weights": dict(sorted(model.weights.items())),
            }
            for name, model in models.items()
        },
    }
    args.out.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(
        f"threshold {threshold}; weights: "
        + ", ".join(f"{n} {len(m.weights)}" for n, m in models.items())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
