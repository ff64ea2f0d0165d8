"""Question keys: what identifies a question of the Parliament of Wallonia."""

from __future__ import annotations

from pathlib import Path

from loaders.ids import question_key
from loaders.process import read_document

FIXTURES = Path(__file__).parent / "sources" / "walloon" / "fixtures"


def test_the_addressee_is_part_of_a_question_key() -> None:
    """Numbers restart for every minister: `8 (2013-2014) 1` is eight questions."""
    nollet = question_key("wallonia", "2013-2014", "8", "written_question", "Jean-Marc Nollet")
    antoine = question_key("wallonia", "2013-2014", "8", "written_question", "André Antoine")
    assert nollet == ("wallonia", "2013-2014", "8-jean-marc-nollet")
    assert antoine == ("wallonia", "2013-2014", "8-andre-antoine")


def test_each_document_type_has_its_own_sequence() -> None:
    oral = question_key("wallonia", "2013-2014", "8", "oral_question", "André Antoine")
    assert oral == ("wallonia", "2013-2014", "oral-question-8-andre-antoine")


def test_the_same_question_as_text_and_as_html_gets_the_same_iri() -> None:
    text = read_document(FIXTURES / "same-bulleted.txt")
    html = read_document(FIXTURES / "same-page.html")
    assert text.id == html.id
    assert text.id is not None and text.id.endswith(
        "/id/question/wallonia/2021-2022/418-willy-borsus"
    )
    assert (text.iddoc, html.iddoc) == (None, "91234")
