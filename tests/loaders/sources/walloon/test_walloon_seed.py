"""The founding page (the seed, a real public record) read field by field."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.record import Record
from loaders.sources.walloon import parse_bytes, parse_document

SEED = (
    Path(__file__).parents[4]
    / "loaders/sources/walloon/sample/walloon-written-question-292-2022-2023.txt"
)
SHARED_SEED = Path("/work/shared/seeds/walloon-written-question-292-2022-2023.txt")


def _seed_path() -> Path:
    for path in (SEED, SHARED_SEED):
        if path.exists():
            return path
    pytest.skip("seed page not available")


@pytest.fixture(scope="module")
def record() -> Record:
    return parse_document(_seed_path())


def test_header(record: Record) -> None:
    assert record.source == str(_seed_path())
    assert record.parliament == "Parlement de Wallonie"
    assert record.doc_type == "written_question"
    assert record.title == "Le Centre de compétences Technocité de Mons"
    assert record.session == "2022-2023"
    assert record.number == "292"
    assert record.reference == "292 (2022-2023) 1"
    assert record.warnings == []
    assert record.sha256 is not None and len(record.sha256) == 64


def test_question(record: Record) -> None:
    question = record.question
    assert question.date == "2023-01-16"
    assert [(p.name, p.as_written, p.id, p.role) for p in question.askers] == [
        ("Jacqueline Galant", "GALANT Jacqueline", None, None)
    ]
    [addressee] = question.addressees
    assert (addressee.name, addressee.as_written, addressee.id) == (
        "Willy Borsus",
        "BORSUS Willy",
        None,
    )
    assert addressee.role is not None
    assert addressee.role.startswith("Ministre de l'Economie, du Commerce extérieur")
    assert addressee.role.endswith("de l'IFAPME et des Centres de compétences")
    assert question.text.startswith("Situé dans le Hainaut, le Centre de compétences Technocité")
    assert question.text.endswith("pour attirer les jeunes vers les centres de compétences ?")
    paragraphs = question.text.split("\n\n")
    assert len(paragraphs) == 6
    assert all(p == p.strip() and "\n" not in p for p in paragraphs)
    assert "près de 60 000 personnes" in question.text


def test_answer(record: Record) -> None:
    answer = record.answer
    assert answer is not None
    assert answer.date == "2023-02-02"
    assert answer.status == "answered"
    assert [(p.name, p.as_written) for p in answer.responders] == [("Willy Borsus", "BORSUS Willy")]
    assert answer.redirected_to == []
    assert answer.annex is None
    assert answer.text.startswith("Le Centre de compétence (CDC) Technocité propose")
    assert answer.text.endswith(
        "comme peuvent l’être les TIC et les ICC dans les CDC, notamment Technocité."
    )
    assert len(answer.text.split("\n\n")) == 16
    assert "près de 9 millions d’euros" in answer.text


def test_text_keeps_characters_exactly(record: Record) -> None:
    raw = _seed_path().read_text(encoding="utf-8")
    for paragraph in record.question.text.split("\n\n") + record.text_of("answer").split("\n\n"):
        assert paragraph in raw


def test_parse_bytes_same_record(record: Record) -> None:
    again = parse_bytes(_seed_path().read_bytes(), "https://example.org/seed")
    assert again.source == "https://example.org/seed"
    mine, theirs = record.to_json(), again.to_json()
    mine.pop("source")
    theirs.pop("source")
    assert mine == theirs
