"""Corpus scores: each document matched against its gold, counts summed over the corpus.

Scores are micro-averaged (README: per document, then summed), so a page with twenty amounts
weighs more than a page with one, which is what "how many amounts does it get right" means.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from loaders.errors import LoaderError
from loaders.evaluation.candidates import Extraction
from loaders.evaluation.gold import GoldDocument, corpus_pages
from loaders.evaluation.matching import KindResult, score_entities
from loaders.evaluation.money import score_amounts, score_funding
from loaders.evaluation.rows import ROWS_FILE, load_rows, write_row
from loaders.process import read_document
from loaders.record import Record

KINDS = ("organisation", "site", "place", "programme", "project", "amount", "funding")


@dataclass
class KindScore:
    """One kind over the corpus: counts, the derived rates, and attribute accuracies."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    attributes: dict[str, list[int]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def accuracy(self, attribute: str) -> float | None:
        """Share of matched items whose attribute is right; None when none was checked."""
        right, checked = self.attributes.get(attribute, [0, 0])
        return right / checked if checked else None

    def add(self, result: KindResult) -> None:
        self.tp += result.tp
        self.fp += result.fp
        self.fn += result.fn
        for name, (right, checked) in result.attributes.items():
            tally = self.attributes.setdefault(name, [0, 0])
            tally[0] += right
            tally[1] += checked


@dataclass
class DocumentScores:
    """One page's results per kind; `error` says why the system could not read it at all."""

    name: str
    kinds: dict[str, KindResult]
    error: str | None = None


@dataclass
class Scores:
    kinds: dict[str, KindScore]
    documents: list[DocumentScores]

    def __getitem__(self, kind: str) -> KindScore:
        return self.kinds[kind]


def score_document(
    gold: GoldDocument, record: Record | None, error: str | None = None
) -> DocumentScores:
    """One record against its gold; no record (the page failed to load) misses everything."""
    if record is None:
        kinds = {kind: KindResult() for kind in KINDS}
        kinds["amount"].fn = len(gold.amounts)
        kinds["funding"].fn = len(gold.funding)
        for mention in gold.mentions:
            if not mention.optional:
                kinds[mention.type].fn += 1
                kinds[mention.type].false_negatives.append(mention.label)
        return DocumentScores(gold.page, kinds, error)
    extraction = Extraction(record)
    kinds = score_entities(gold, extraction)
    kinds["amount"] = score_amounts(gold, extraction)
    kinds["funding"] = score_funding(gold, extraction)
    return DocumentScores(gold.page, kinds)


def summarise(documents: list[DocumentScores]) -> Scores:
    totals = {kind: KindScore() for kind in KINDS}
    for document in documents:
        for kind, result in document.kinds.items():
            totals[kind].add(result)
    return Scores(totals, documents)


def evaluate(
    corpus_dir: Path, seed_path: Path | None = None, rows_path: Path = ROWS_FILE
) -> Scores:
    """Run the whole pipeline (`read_document`) on every corpus page and score it.

    Raises `CorpusError` when the corpus is malformed (`RowsMissing` when it names real rows and
    `rows_path` is absent); a page the system fails to read counts as extracting nothing from it
    (and says why), since that is what a user would get.
    """
    return summarise(
        [
            score_document(gold, record, failure)
            for gold, record, failure in read_corpus(corpus_dir, seed_path, rows_path)
        ]
    )


def read_corpus(
    corpus_dir: Path, seed_path: Path | None = None, rows_path: Path = ROWS_FILE
) -> Iterator[tuple[GoldDocument, Record | None, str | None]]:
    """Each gold of the corpus with the record the pipeline reads from its page, or None and
    why when the page fails to load (real rows are rendered to pages first)."""
    rows: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="parlgraph-eval-") as folder:

        def row_page(iddoc: str) -> Path:
            if not rows:
                rows.update(load_rows(rows_path))
            return write_row(rows, iddoc, Path(folder))

        for gold, page in corpus_pages(corpus_dir, seed_path, row_page):
            try:
                yield gold, read_document(page), None
            except LoaderError as failure:
                yield gold, None, str(failure)
