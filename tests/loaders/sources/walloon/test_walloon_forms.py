"""The same invented question in every form gives the same record; each variant is read right."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from loaders.errors import LoaderError
from loaders.record import Record
from loaders.sources.walloon import parse_bytes, parse_document

FIXTURES = Path(__file__).parent / "fixtures"
SAME = [
    "same-bulleted.txt",
    "same-flat.txt",
    "same-print.txt",
    "same-print.html",
    "same-print-latin1.html",
    "same-page.html",
    "same-page-latin1.html",
    "same-site-template.html",
    "bom-bulleted.txt",
]
# What depends on the file rather than the question: a text rendering carries no iddoc.
SOURCE_FIELDS = ("source", "source_iri", "sha256", "iddoc")


def parse(name: str) -> Record:
    return parse_document(FIXTURES / name)


def content(record: Record) -> dict[str, Any]:
    data = record.to_json()
    for key in SOURCE_FIELDS:
        data.pop(key)
    return data


@pytest.fixture(scope="module")
def reference() -> Record:
    return parse("same-bulleted.txt")


def test_reference_record(reference: Record) -> None:
    assert reference.title == "Les formations aux métiers du bois à Libramont"
    assert (reference.session, reference.number) == ("2021-2022", "418")
    assert reference.reference == "418 (2021-2022) 1"
    assert reference.question.date == "2022-03-14"
    assert [p.as_written for p in reference.question.askers] == ["LAFFUT Anne"]
    [addressee] = reference.question.addressees
    assert addressee.name == "Willy Borsus"
    assert addressee.role is not None and addressee.role.startswith("Ministre de l'Economie")
    assert reference.answer is not None
    assert (reference.answer.date, reference.answer.status) == ("2022-04-05", "answered")
    assert [p.name for p in reference.answer.responders] == ["Willy Borsus"]
    assert reference.warnings == []


def test_text_keeps_apostrophes_no_break_spaces_and_ordinals(reference: Record) -> None:
    question = reference.question.text
    assert "près de 1\u00a0200 stagiaires" in question
    assert "qualifiés\u00a0:" in question and "en 2021\u00a0?" in question
    assert "m'ont" in question and "m’indiquer" in question and "1er semestre" in question
    assert question.count("\n\n") == 2
    answer = reference.text_of("answer")
    assert "350\u00a0000\u00a0€" in answer and "1ᵉʳ septembre" in answer


@pytest.mark.parametrize("name", SAME[1:])
def test_every_form_gives_the_same_record(name: str, reference: Record) -> None:
    assert content(parse(name)) == content(reference)


def test_source_iri_from_canonical_link_source_line_or_file_name(tmp_path: Path) -> None:
    assert parse("same-page.html").source_iri == (
        "https://www.parlement-wallonie.be/pwpages?iddoc=91234&type=28&p=interp-questions-voir"
    )
    assert parse("same-page-latin1.html").source_iri is not None
    assert "parlement-wallon.be" in (parse("same-page-latin1.html").source_iri or "")
    assert (parse("same-print.txt").source_iri or "").endswith("id_doc=91234")
    # The site's template declares its home page as canonical: the print link names the document.
    assert parse("same-site-template.html").source_iri == (
        "https://www.parlement-wallonie.be/pwpages?p=interp-questions-voir&type=28&iddoc=91234"
    )
    assert parse("same-bulleted.txt").source_iri is None
    named = tmp_path / "pwpages-iddoc=55555.txt"
    named.write_bytes((FIXTURES / "same-bulleted.txt").read_bytes())
    assert (parse_document(named).source_iri or "").endswith("iddoc=55555")


def test_iddoc_from_the_page_its_url_or_its_file_name(tmp_path: Path) -> None:
    assert parse("same-page.html").iddoc == "91234"
    assert parse("same-site-template.html").iddoc == "91234"
    assert parse("same-print.txt").iddoc == "91234"
    assert parse("same-bulleted.txt").iddoc is None
    named = tmp_path / "pwpages-iddoc=55555.txt"
    named.write_bytes((FIXTURES / "same-bulleted.txt").read_bytes())
    assert parse_document(named).iddoc == "55555"


@pytest.mark.parametrize("line", ["de LAFFUT Anne", "à BORSUS Willy, Ministre de l'Economie"])
def test_a_page_naming_no_asker_or_no_addressee_is_incomplete(line: str) -> None:
    lines = (FIXTURES / "same-flat.txt").read_text(encoding="utf-8").splitlines()
    kept = [x for x in lines if not x.startswith(line)]
    assert len(kept) == len(lines) - 1
    with pytest.raises(LoaderError, match="incomplete page: the question names no"):
        parse_bytes("\n".join(kept).encode("utf-8"), "cut.txt")


def test_source_is_kept_as_given() -> None:
    data = (FIXTURES / "same-flat.txt").read_bytes()
    assert parse_bytes(data, "https://example.org/a").source == "https://example.org/a"
    assert parse("same-flat.txt").source == str(FIXTURES / "same-flat.txt")


def test_unanswered() -> None:
    record = parse("unanswered-flat.txt")
    assert record.answer is None
    assert record.question.text.endswith("ces tronçons ?")


def test_provisional_answer() -> None:
    answer = parse("provisional-print.html").answer
    assert answer is not None and answer.status == "provisional"
    assert answer.date == "2023-06-06"


def test_annex_link_kept_from_html_and_flagged_in_text() -> None:
    answer = parse("annex-print.html").answer
    assert answer is not None and answer.status == "answered"
    assert answer.annex == (
        "https://www.parlement-wallonie.be/media/doc/pdf/questions/annexe-qe-233.pdf"
    )
    text = parse("annex-bulleted.txt")
    assert text.answer is not None and text.answer.annex is None
    assert any("annex" in w for w in text.warnings)


def test_declined_by_the_author() -> None:
    record = parse("declined-bulleted.txt")
    assert record.answer is not None and record.answer.status == "declined"
    assert [p.as_written for p in record.answer.responders] == ["GALANT Jacqueline"]


def test_redirected_to_a_named_minister() -> None:
    answer = parse("redirected-flat.txt").answer
    assert answer is not None and answer.status == "redirected"
    assert [(p.name, p.as_written) for p in answer.redirected_to] == [
        ("Céline Tellier", "TELLIER Céline")
    ]


def test_several_addressees() -> None:
    addressees = parse("several-addressees-bulleted.txt").question.addressees
    assert [(p.name, p.role) for p in addressees] == [
        (
            "Christie Morreale",
            "Ministre de l'Emploi, de la Formation, de la Santé, de l'Action sociale, "
            "de l'Egalité des chances et des Droits des femmes",
        ),
        ("Elio Di Rupo", "Ministre-Président du Gouvernement wallon"),
    ]


def test_cosigned_question() -> None:
    askers = parse("cosigned-print.txt").question.askers
    assert [(p.name, p.as_written) for p in askers] == [
        ("Virginie Gonzalez Moyano", "GONZALEZ MOYANO Virginie"),
        ("Sybille de Coster-Bauchau", "de COSTER-BAUCHAU Sybille"),
    ]


def test_title_with_quotes() -> None:
    record = parse("quotes-title-flat.txt")
    assert record.title == 'Le projet « Wallonie cyclable » et l\'appel "Communes pilotes"'
    assert [p.name for p in record.question.askers] == ["Valérie De Bue"]


@pytest.mark.parametrize(
    ("name", "doc_type"),
    [
        ("oral-question-bulleted.txt", "oral_question"),
        ("interpellation-print.html", "interpellation"),
        ("topical-question-flat.txt", "topical_question"),
    ],
)
def test_other_document_types(name: str, doc_type: str) -> None:
    record = parse(name)
    assert record.doc_type == doc_type
    assert record.question.askers and record.question.text


def test_cp1252_text() -> None:
    record = parse("cp1252-flat.txt")
    assert record.title == "Le budget des maisons de l’emploi"
    assert record.answer is not None and "4,15 millions €" in record.answer.text
    assert record.warnings == []


def test_mojibake_is_a_warning() -> None:
    record = parse("mojibake-bulleted.txt")
    assert "Ã©" in record.question.text
    assert any(w.startswith("mojibake") for w in record.warnings)


def test_declared_latin1_but_utf8_bytes_read_as_utf8() -> None:
    page = (FIXTURES / "same-print.html").read_text(encoding="utf-8")
    data = page.replace("charset=utf-8", "charset=iso-8859-1").encode("utf-8")
    record = parse_bytes(data, "declared.html")
    assert record.title == "Les formations aux métiers du bois à Libramont"
    assert any("declares charset" in w for w in record.warnings)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "empty file"),
        ("truncated-print.html", "truncated HTML"),
        ("other-parliament.html", "another site"),
        ("blog.html", "not a question page"),
        ("not-a-question.txt", "not a question page"),
    ],
)
def test_rejected_with_a_one_line_reason(name: str, reason: str) -> None:
    with pytest.raises(LoaderError) as caught:
        parse(name)
    message = str(caught.value)
    assert reason in message and "\n" not in message
    assert message.startswith(str(FIXTURES / name))


def test_dates_with_month_names_and_no_break_spaces_in_roles() -> None:
    page = (FIXTURES / "same-flat.txt").read_text(encoding="utf-8")
    page = page.replace("Question écrite du 14/03/2022", "Question écrite du 14 mars 2022")
    page = page.replace("Réponse du 05/04/2022", "Réponse du 5 avril 2022")
    page = page.replace("Ministre de l'Economie,", "Ministre de l'Economie,\u00a0")
    record = parse_bytes(page.encode("utf-8"), "months.txt")
    assert record.question.date == "2022-03-14"
    assert record.answer is not None and record.answer.date == "2022-04-05"
    assert record.question.addressees[0].role == parse("same-flat.txt").question.addressees[0].role


def test_impossible_date_is_refused() -> None:
    page = (FIXTURES / "same-flat.txt").read_text(encoding="utf-8")
    page = page.replace("Question écrite du 14/03/2022", "Question écrite du 31/02/2022")
    with pytest.raises(LoaderError, match="invalid question date '31/02/2022'"):
        parse_bytes(page.encode("utf-8"), "bad-date.txt")


def two_answers_page() -> str:
    """The invented question with a provisional answer before its final one."""
    page = (FIXTURES / "same-flat.txt").read_text(encoding="utf-8")
    provisional = (
        "Réponse provisoire du 20/03/2022\nde BORSUS Willy\n"
        "Les chiffres sont en cours de collecte.\n"
    )
    return page.replace("Réponse du 05/04/2022", provisional + "Réponse du 05/04/2022")


def test_provisional_then_final_answer_keeps_both() -> None:
    record = parse_bytes(two_answers_page().encode("utf-8"), "two-answers.txt")
    assert record.answer is not None
    assert (record.answer.date, record.answer.status) == ("2022-04-05", "answered")
    assert [(a.date, a.status, a.text) for a in record.earlier_answers] == [
        ("2022-03-20", "provisional", "Les chiffres sont en cours de collecte.")
    ]
    assert [p.name for p in record.earlier_answers[0].responders] == ["Willy Borsus"]
    assert not any("answer blocks" in w for w in record.warnings)


def test_page_converted_twice_is_read_with_a_mojibake_warning() -> None:
    text = (FIXTURES / "same-flat.txt").read_text(encoding="utf-8")
    data = text.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")
    record = parse_bytes(data, "twice.txt")
    assert record.title == "Les formations aux mÃ©tiers du bois Ã\u00a0 Libramont"
    assert [p.name for p in record.question.askers] == ["Anne Laffut"]
    assert record.answer is not None and record.answer.date == "2022-04-05"
    assert any(w.startswith("mojibake") for w in record.warnings)


def test_utf16_with_bom(reference: Record) -> None:
    text = (FIXTURES / "same-bulleted.txt").read_text(encoding="utf-8")
    assert content(parse_bytes(text.encode("utf-16"), "utf16.txt")) == content(reference)
