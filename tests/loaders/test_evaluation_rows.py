"""Real rows named by iddoc: rendered to the site's layout, scored, and skipped when absent.

The row below is invented for these tests (an iddoc no real row uses, invented names and sums).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from loaders.evaluation import CorpusError, evaluate
from loaders.evaluation.__main__ import main
from loaders.evaluation.rows import UNKNOWN_PERSON, RowsMissing, load_rows, render_row, write_row
from loaders.sources import parse_document

ROW: dict[str, Any] = {
    "iddoc": "9999901",
    "url": "https://www.parlement-wallonie.be/pwpages?p=interp-questions-voir&type=28&iddoc=9999901",
    "metadata": {
        "title": "les primes inventées",
        "session": "2012-2013",
        "number": "901 (2012-2013) 1",
        "year": "2013",
        "question_date": "2013-09-09",
        "answer_date": "2013-10-02",
        "asker": {"name": "DUPONT Marie", "party": "X"},
        "addressee": {"name": "MARTIN Paul", "party": "Y"},
    },
    "title": "les primes inventées",
    "question_html": "<br />Combien la SOFICO a-t-elle reçu ?\n<br />\n<br />Et à Namur ?<br />",
    "answer_html": "<br />La SOFICO a reçu 2 millions d'euros en 2012.<br />",
}
GOLD: dict[str, Any] = {
    "row": "9999901",
    "mentions": [
        {"type": "organisation", "label": "SOFICO"},
        {"type": "place", "label": "Namur", "kind": "municipality"},
    ],
    "amounts": [
        {
            "text": "2 millions d'euros",
            "value": 2_000_000,
            "currency": "EUR",
            "approximation": "exact",
            "part": "answer",
        }
    ],
    "funding": [],
}


def write_corpus(folder: Path) -> tuple[Path, Path]:
    corpus = folder / "corpus"
    corpus.mkdir()
    (corpus / "row-9999901.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    rows = folder / "questions.jsonl"
    rows.write_text(json.dumps(ROW) + "\n", encoding="utf-8")
    return corpus, rows


def test_a_rendered_row_parses_into_its_question_and_answer(tmp_path: Path) -> None:
    page = write_row({"9999901": ROW}, "9999901", tmp_path)
    record = parse_document(page)
    assert record.question.text.split("\n") == [
        "Combien la SOFICO a-t-elle reçu ?",
        "",
        "Et à Namur ?",
    ]
    assert record.answer is not None and "2 millions d'euros" in record.answer.text
    assert record.number.startswith("901") and record.question.date == "2013-09-09"
    assert render_row(ROW).startswith(f"# source: {ROW['url']}\n/\n\nLes primes inventées\n")


def test_a_corpus_of_rows_is_scored_on_the_rendered_pages(tmp_path: Path) -> None:
    corpus, rows = write_corpus(tmp_path)
    scores = evaluate(corpus, rows_path=rows)
    assert scores["organisation"].tp == 1 and scores["place"].tp == 1
    assert scores["amount"].tp == 1
    assert scores["amount"].attributes["approximation"] == [1, 1]


def test_absent_rows_skip_the_corpus_with_a_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus, rows = write_corpus(tmp_path)
    rows.unlink()
    with pytest.raises(RowsMissing):
        evaluate(corpus, rows_path=rows)
    assert main([str(corpus), "--rows", str(rows)]) == 0
    assert "skipped" in capsys.readouterr().out


def test_a_gold_naming_an_unknown_row_or_an_unreadable_row_is_a_corpus_error(
    tmp_path: Path,
) -> None:
    corpus, rows = write_corpus(tmp_path)
    rows.write_text(json.dumps({**ROW, "iddoc": "1"}) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="9999901"):
        evaluate(corpus, rows_path=rows)
    rows.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="line 1"):
        load_rows(rows)


def test_a_row_that_lost_its_asker_is_rendered_with_a_stand_in(tmp_path: Path) -> None:
    """The dump lost some askers; the page is still read so that its texts can be scored."""
    row = {**ROW, "metadata": {**ROW["metadata"], "asker": {"name": None, "party": None}}}
    page = write_row({"9999901": row}, "9999901", tmp_path)
    assert f"    • de {UNKNOWN_PERSON}\n" in page.read_text(encoding="utf-8")
    assert parse_document(page).question.text.startswith("Combien la SOFICO")
