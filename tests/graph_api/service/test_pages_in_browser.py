"""The pages in a real headless Chromium: the editor runs a named query, an entity page links."""

from __future__ import annotations

import unicodedata

import pytest

from tests.browser import WatchedPage

GALANT = "id/person/jacqueline-galant"


def letters(name: str) -> str:
    """How a reader orders names (the page sorts with the browser's locale): accents aside."""
    decomposed = unicodedata.normalize("NFD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def test_landing_page_loads_without_console_errors(server: str, page: WatchedPage) -> None:
    page.page.goto(server)
    page.page.wait_for_selector(".CodeMirror")  # the editor replaced the textarea
    assert page.page.locator("button", has_text="Run").count() == 1
    assert page.errors == []
    assert page.outside == []


@pytest.mark.parametrize(
    "path", ["queries", "queries/who-asks-whom?limit=5", "docs", "id/organisation/technocite"]
)
def test_other_pages_load_without_console_errors(server: str, page: WatchedPage, path: str) -> None:
    response = page.page.goto(server + path)
    assert response is not None and response.status == 200
    assert page.page.locator("h1").count() == 1
    assert page.errors == []
    assert page.outside == []


def test_example_who_asks_whom_runs_and_fills_the_table(server: str, page: WatchedPage) -> None:
    page.page.goto(server + "?example=who-asks-whom")
    page.page.get_by_role("button", name="Run").click()
    table = page.page.locator("#results table")
    table.wait_for()
    headers = table.locator("thead th").all_inner_texts()
    assert headers[:5] == ["asker", "asker_name", "addressee", "addressee_name", "questions"]
    rows = table.locator("tbody tr")
    assert rows.count() > 5
    first_link = rows.first.locator("a").first
    assert first_link.get_attribute("href", timeout=5000).startswith("/id/person/")
    # The table sorts by a column when its header is clicked.
    table.locator("thead th", has_text="asker_name").click()
    names = table.locator("tbody tr td:nth-child(2)").all_inner_texts()
    assert names == sorted(names, key=letters)
    table.locator("thead th", has_text="asker_name").click()
    reversed_names = table.locator("tbody tr td:nth-child(2)").all_inner_texts()
    assert reversed_names == sorted(names, key=letters, reverse=True)
    assert page.errors == []
    assert page.outside == []


def test_editor_completes_prefixes(server: str, page: WatchedPage) -> None:
    page.page.goto(server)
    page.page.wait_for_selector(".CodeMirror")
    page.page.evaluate(
        "document.querySelector('.CodeMirror').CodeMirror.setValue('SELECT * WHERE { ?s a fo')"
    )
    page.page.evaluate(
        "(() => { const cm = document.querySelector('.CodeMirror').CodeMirror;"
        " cm.focus(); cm.setCursor(cm.lineCount(), 0); })()"
    )
    page.page.keyboard.press("Control+Space")
    page.page.wait_for_selector(".CodeMirror-hints")
    page.page.keyboard.press("Enter")
    text = page.page.evaluate("document.querySelector('.CodeMirror').CodeMirror.getValue()")
    assert text.startswith("PREFIX foaf: <http://xmlns.com/foaf/0.1/>")
    assert "?s a foaf:" in text


def test_person_page_shows_questions_and_links(server: str, page: WatchedPage) -> None:
    page.page.goto(server + GALANT)
    assert page.page.locator("h1").inner_text() == "Jacqueline Galant"
    questions = page.page.locator("table.questions tbody tr")
    assert questions.count() >= 1
    link = questions.first.locator("a").first
    href = link.get_attribute("href")
    assert href is not None and href.startswith("/id/question/")
    link.click()
    page.page.wait_for_url("**/id/question/**")
    assert page.page.locator("a[href='/" + GALANT + "']").count() >= 1
    assert page.errors == []


@pytest.mark.parametrize(
    ("label", "extension", "first_line"),
    [
        ("CSV", "csv", "asker,asker_name,addressee,addressee_name,questions"),
        ("TSV", "tsv", "?asker\t?asker_name\t?addressee\t?addressee_name\t?questions"),
        ("JSON", "json", '{"head": {"vars": ["asker", "asker_name", "addressee"'),
        ("XML", "xml", "<?xml"),
    ],
)
def test_download_buttons_save_the_results_in_their_format(
    server: str, page: WatchedPage, label: str, extension: str, first_line: str
) -> None:
    page.page.goto(server + "?example=who-asks-whom")
    page.page.wait_for_selector(".CodeMirror")
    with page.page.expect_download() as download:
        page.page.get_by_role("button", name=label, exact=True).click()
    saved = download.value
    assert saved.suggested_filename == f"results.{extension}"
    path = saved.path()
    text = path.read_text(encoding="utf-8")
    assert text.startswith(first_line), text[:200]
    assert "Jacqueline Galant" in text
    assert page.errors == []
    assert page.outside == []


def test_a_graph_downloads_as_turtle(server: str, page: WatchedPage) -> None:
    page.page.goto(server)
    page.page.wait_for_selector(".CodeMirror")
    page.page.evaluate(
        "document.querySelector('.CodeMirror').CodeMirror.setValue("
        "'CONSTRUCT WHERE { ?s <http://xmlns.com/foaf/0.1/name> ?o } LIMIT 5')"
    )
    with page.page.expect_download() as download:
        page.page.get_by_role("button", name="Turtle", exact=True).click()
    saved = download.value
    assert saved.suggested_filename == "results.ttl"
    assert "foaf:name" in saved.path().read_text(encoding="utf-8")
    assert page.errors == []


def test_a_column_of_numbers_sorts_as_numbers(server: str, page: WatchedPage) -> None:
    page.page.goto(server)
    page.page.wait_for_selector(".CodeMirror")
    page.page.evaluate(
        "document.querySelector('.CodeMirror').CodeMirror.setValue("
        "'SELECT ?n WHERE { VALUES ?n { 9 100 25 3 } }')"
    )
    page.page.get_by_role("button", name="Run").click()
    header = page.page.locator("#results table thead th", has_text="n")
    header.click()
    cells = page.page.locator("#results table tbody td").all_inner_texts()
    assert cells == ["3", "9", "25", "100"]  # as text, "100" would come before "25"
    assert page.errors == []
