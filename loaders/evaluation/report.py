"""Printing scores: the table `make eval` shows, its JSON form, and the per-document misses.

The details list is what the engineers improving the extractors read: every false positive and
false negative with where it came from, and every wrong attribute of a matched item.
"""

from __future__ import annotations

from typing import Any

from loaders.evaluation.scoring import KINDS, Scores

ATTRIBUTES = {
    "amount": ("approximation", "range high", "rate unit"),
    "funding": (
        "recipient",
        "programme",
        "period",
        "fully right",
        "funder",
        "instrument",
        "purpose words",
    ),
    "programme": ("level",),
    "project": ("title",),
}


def _rate(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def table(scores: Scores) -> str:
    """Per kind precision, recall, F1 and counts, then attribute accuracies of matched items."""
    lines = [f"{'kind':<14}{'precision':>10}{'recall':>9}{'F1':>8}{'TP':>6}{'FP':>6}{'FN':>6}"]
    for kind in KINDS:
        score = scores[kind]
        lines.append(
            f"{kind:<14}{score.precision:>10.3f}{score.recall:>9.3f}{score.f1:>8.3f}"
            f"{score.tp:>6}{score.fp:>6}{score.fn:>6}"
        )
    lines += ["", "accuracy over matched items:"]
    for kind, attributes in ATTRIBUTES.items():
        for attribute in attributes:
            right, checked = scores[kind].attributes.get(attribute, [0, 0])
            accuracy = _rate(scores[kind].accuracy(attribute))
            lines.append(f"  {kind + ' ' + attribute:<28}{accuracy:>7}  ({right}/{checked})")
    failed = [d for d in scores.documents if d.error]
    lines += [f"unreadable page: {d.name}: {d.error}" for d in failed]
    lines.append(f"\n{len(scores.documents)} documents")
    return "\n".join(lines)


def as_json(scores: Scores, details: bool = False) -> dict[str, Any]:
    kinds: dict[str, Any] = {}
    for kind in KINDS:
        score = scores[kind]
        kinds[kind] = {
            "precision": score.precision,
            "recall": score.recall,
            "f1": score.f1,
            "tp": score.tp,
            "fp": score.fp,
            "fn": score.fn,
            "accuracy": {
                name: {"rate": score.accuracy(name), "right": right, "checked": checked}
                for name, (right, checked) in sorted(score.attributes.items())
            },
        }
    result: dict[str, Any] = {"documents": len(scores.documents), "kinds": kinds}
    errors = {d.name: d.error for d in scores.documents if d.error}
    if errors:
        result["errors"] = errors
    if details:
        result["details"] = {
            document.name: {
                kind: {
                    "false_positives": found.false_positives,
                    "false_negatives": found.false_negatives,
                    "wrong_attributes": found.notes,
                }
                for kind, found in document.kinds.items()
                if found.false_positives or found.false_negatives or found.notes
            }
            for document in scores.documents
        }
    return result


def details(scores: Scores) -> str:
    """Every miss, per document and kind: FP, FN and wrong attributes of matched items."""
    lines: list[str] = []
    for document in scores.documents:
        block: list[str] = []
        if document.error:
            block.append(f"  unreadable: {document.error}")
        for kind in KINDS:
            found = document.kinds[kind]
            block += [f"  FP {kind}: {item}" for item in found.false_positives]
            block += [f"  FN {kind}: {item}" for item in found.false_negatives]
            block += [f"  ~~ {kind}: {item}" for item in found.notes]
        if block:
            lines += [document.name, *block]
    return "\n".join(lines)
