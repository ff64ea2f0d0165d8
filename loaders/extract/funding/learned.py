"""Two models learnt from every development and training corpus at once: whether an amount is
money given, and which name receives it.

Rules written from one corpus's misses did not carry to the next blind corpus three sessions
running (docs/evaluation.md): most money the rules miss is an amount they read no party for.
`learnt_given` weighs the words around such an amount, the frames they evoke and the kinds of
names its sentence holds; `learnt_recipient` ranks the names that may receive it. Both are
learnt from the gold of every development and training corpus (`make train`), so no one
writer's wording decides. They only ever add money given where the rules found no party; every
rule that says an amount is no grant (a ceiling, a cost, a count) still decides first. The
weights are data (`funding-model.json`), with what they were learnt from.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from loaders.extract.funding.frames import frames
from loaders.extract.funding.lists import item
from loaders.extract.funding.sentences import (
    GIVING_VERB,
    LOCATING,
    RECEIVING_VERB,
    FundingText,
)
from loaders.record import Amount, Mention

MODEL_FILE = Path(__file__).with_name("funding-model.json")
# Words each side of the amount the model reads, and how many right beside it it reads by place.
WINDOW = 10
BESIDE = 3
_WORD = re.compile(r"[^\W\d_]+|\d+")
# A word's first letters stand for its inflections ("octroyé", "octroyée", "octroie").
STEM = 6


def stem(word: str) -> str:
    """A word folded to its case- and accent-free first letters; numbers as one token."""
    if word.isdigit():
        return "#"
    folded = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))[:STEM]


def amount_features(doc: FundingText, index: int, amount: Amount) -> list[str]:
    """What the model reads of one amount: the words before and after it in its sentence (by
    place right beside it, as a bag further away), the kinds of names before and after it, a
    verb of giving or receiving, its shape (a rate, a range, in a list row) and its part."""
    start, end = doc.sentences[index]
    before = [stem(w) for w in _WORD.findall(doc.text, start, amount.start)][-WINDOW:]
    after = [stem(w) for w in _WORD.findall(doc.text, amount.end, end)][:WINDOW]
    features = [f"L:{w}" for w in before] + [f"R:{w}" for w in after]
    features += [f"L{n}:{w}" for n, w in enumerate(reversed(before[-BESIDE:]), 1)]
    features += [f"R{n}:{w}" for n, w in enumerate(after[:BESIDE], 1)]
    features += _frame_features("L", doc.text, start, amount.start)
    features += _frame_features("R", doc.text, amount.end, end)
    row = item(doc, index, amount.start)
    if row is not None:
        features.append("list-row")
        if row.lead is not None:
            lead_start, lead_end = doc.sentences[row.lead]
            features += [f"lead:{stem(w)}" for w in _WORD.findall(doc.text, lead_start, lead_end)]
            features += _frame_features("lead", doc.text, lead_start, lead_end)
    for mention in doc.within(doc.mentions, index):
        side = "L" if mention.end <= amount.start else "R"
        features.append(f"{side}-name:{mention.type}")
    sentence = doc.text[start:end]
    if GIVING_VERB.search(sentence):
        features.append("giving-verb")
    if RECEIVING_VERB.search(sentence):
        features.append("receiving-verb")
    if index > 0 and GIVING_VERB.search(doc.sentence(index - 1)):
        features.append("giving-verb-before")
    if amount.per:
        features.append("rate")
    if amount.high is not None:
        features.append("range")
    others = sum(1 for a in doc.amounts if start <= a.start < end) - 1
    features.append(f"other-amounts:{min(others, 3)}")
    features.append(f"part:{amount.part}")
    return sorted(set(features))


@cache
def _frame_words() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each frame of the lexicon (`frames.csv`: give, receive, cost, income, budget…) and the
    words that evoke it, so that the model weighs a frame, not only the words it has seen."""
    by_frame: dict[str, set[str]] = {}
    for frame in frames():
        by_frame.setdefault(frame.frame, set()).update(frame.stems)
    return tuple(
        (name, re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, sorted(found)))})", re.I))
        for name, found in sorted(by_frame.items())
    )


def _frame_features(side: str, text: str, start: int, end: int) -> list[str]:
    return [
        f"{side}-frame:{name}"
        for name, pattern in _frame_words()
        if pattern.search(text, start, end)
    ]


@dataclass(frozen=True)
class Model:
    """A logistic model: its bias, the probability from which an amount counts as money given,
    and one weight per feature (features it never learnt weigh nothing)."""

    bias: float
    threshold: float
    weights: Mapping[str, float]

    def probability(self, features: list[str]) -> float:
        score = self.bias + sum(self.weights.get(feature, 0.0) for feature in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


@cache
def models() -> dict[str, Model]:
    """The models `make train` learnt, read once: "given" (is an amount money given) and
    "recipient" (is a name its recipient)."""
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    return {
        name: Model(float(part["bias"]), float(part["threshold"]), dict(part["weights"]))
        for name, part in data["models"].items()
    }


def learnt_given(doc: FundingText, index: int, amount: Amount) -> float | None:
    """The model's probability that the amount is money given, when it reaches the threshold
    (the fact's confidence: a reader can weigh what a model kept); else None."""
    given = models()["given"]
    probability = given.probability(amount_features(doc, index, amount))
    return probability if probability >= given.threshold else None


# A place that locates others, not a party: "aux entreprises de Dinant" (a plural noun and its
# "de"; "aux communes de X et de Y" names councils), or in apposition (`sentences.LOCATING`).
_OF_OTHERS = re.compile(
    r"(?<!\w)(?!(?:communes|villes|provinces|régions)\s)[^\W\d]{3,}s\s+(?:de|d['’]|du|des)\s*$",
    re.IGNORECASE,
)


def recipient_candidates(doc: FundingText, index: int) -> list[Mention]:
    """The names that may receive an amount of sentence `index`: its own organisations and
    places, and the previous sentence's in the same paragraph, whose subject a "Il a reçu N"
    continues (a new paragraph is a new topic); not a place that locates others."""
    start, end = doc.sentences[index]
    first, previous_end = doc.sentences[max(0, index - 1)]
    if "\n\n" in doc.text[previous_end:start]:
        first = start
    return [
        m
        for m in doc.recipients
        if first <= m.start and m.end <= end and not (m.type == "place" and _locates(doc, m))
    ]


def _locates(doc: FundingText, place: Mention) -> bool:
    """Whether the place stands where others are: after a plural noun's "de" or in apposition."""
    before = max(0, place.start - 40)
    return any(p.search(doc.text, before, place.start) for p in (_OF_OTHERS, LOCATING))


def recipient_features(doc: FundingText, index: int, amount: Amount, name: Mention) -> list[str]:
    """What the recipient model reads of one name for one amount: where it stands (sentence,
    side, distance in words, other amounts between), the words right before and after it, its
    kind, whether it opens its sentence, and a verb of receiving right after it."""
    start, _ = doc.sentences[index]
    same = name.start >= start
    side = "L" if name.end <= amount.start else "R"
    low, high = (name.end, amount.start) if side == "L" else (amount.end, name.start)
    gap = len(_WORD.findall(doc.text, low, high))
    between = sum(1 for a in doc.amounts if low <= a.start < high)
    before = [stem(w) for w in _WORD.findall(doc.text, max(0, name.start - 40), name.start)]
    after = [stem(w) for w in _WORD.findall(doc.text, name.end, name.end + 40)]
    place = f"{'here' if same else 'before'}-{side}"
    features = [
        place,
        f"{place}-gap:{min(gap // 4, 4)}",
        f"between:{min(between, 2)}",
        f"type:{name.type}",
        f"kind:{doc.kind_of(name.id)}",
    ]
    features += [f"B{n}:{w}" for n, w in enumerate(reversed(before[-2:]), 1)]
    features += [f"A{n}:{w}" for n, w in enumerate(after[:2], 1)]
    opening = doc.opening(index if same else index - 1)
    if opening is not None and opening.start == name.start:
        features.append("opens")
    if RECEIVING_VERB.search(doc.text, name.end, name.end + 60):
        features.append("receiving-after")
    rivals = sum(1 for m in doc.within(doc.recipients, index) if m.id != name.id)
    features.append(f"rivals:{min(rivals, 3)}")
    if before:
        features.append(f"B1:{before[-1]}|{name.type}")
    middle = [stem(w) for w in _WORD.findall(doc.text, low, high)]
    if len(middle) <= 8:
        features += [f"M:{w}" for w in middle]
    features += _frame_features("M", doc.text, low, high)
    candidates = [m for m in recipient_candidates(doc, index) if m.id != name.id]
    nearer = [
        m
        for m in candidates
        if (m.end <= amount.start) == (side == "L")
        and abs(m.start - amount.start) < abs(name.start - amount.start)
    ]
    if not nearer:
        features.append(f"nearest-{side}")
    return sorted(set(features))


def learnt_recipient(
    doc: FundingText, index: int, amount: Amount, funder: str | None = None
) -> str | None:
    """The name the model finds likeliest to receive the amount, if likely enough; else None.
    The giver the rules read ("La Région a financé les travaux pour N") is never its own
    recipient."""
    ranker = models()["recipient"]
    scored = [
        (ranker.probability(recipient_features(doc, index, amount, name)), name)
        for name in recipient_candidates(doc, index)
        if funder is None or name.id != funder
    ]
    best = max(scored, key=lambda pair: pair[0], default=None)
    return best[1].id if best is not None and best[0] >= ranker.threshold else None
