"""Extraction scorer: precision, recall and F1 per kind against the gold corpus (tests/corpus).

The matching rules are the ones tests/corpus/README.md fixes; `evaluate` runs the whole
pipeline on every page so the scores are what a user of `parlgraph parse` would get.
"""

from __future__ import annotations

from loaders.evaluation.gold import CorpusError, GoldDocument, gold_from_json, load_gold
from loaders.evaluation.scoring import (
    KINDS,
    DocumentScores,
    KindScore,
    Scores,
    evaluate,
    score_document,
)

__all__ = [
    "KINDS",
    "CorpusError",
    "DocumentScores",
    "GoldDocument",
    "KindScore",
    "Scores",
    "evaluate",
    "gold_from_json",
    "load_gold",
    "score_document",
]
