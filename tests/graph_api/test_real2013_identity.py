"""The real 2013 rows: every row naming its asker and addressee is its own question (#7).

The rows stay in `../shared/data/walloon-2013/` (skipped with a reason when absent); they are
rendered at run time to the site's text layout by the evaluation's renderer
(`loaders.evaluation.rows`), and one row also to the print view's HTML by `print_view` below.
In 2013-2014 numbers restart for every minister, so many rows share a session and a number.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

import pytest
from pyoxigraph import QuerySolutions

from graph_api.pipeline import Loader, LoadReport, Outcome
from graph_api.repo.embedded import EmbeddedRepo
from loaders.evaluation.rows import ROWS_FILE, load_rows, render_row
from loaders.process import read_document
from loaders.reference.persons import name_key
from loaders.sources.walloon.names import display_name

from .test_named_queries import run

pytestmark = pytest.mark.skipif(
    not ROWS_FILE.is_file(), reason=f"real 2013 rows not on this machine ({ROWS_FILE})"
)
QUESTION_GRAPHS = """
PREFIX pg: <https://w3id.org/parlgraph/ontology#>
SELECT ?g (COUNT(?q) AS ?questions) WHERE { GRAPH ?g { ?q a pg:WrittenQuestion } } GROUP BY ?g
"""


def person(row: dict[str, Any], key: str) -> str:
    return str((row["metadata"].get(key) or {}).get("name") or "").strip()


def complete_rows() -> list[dict[str, Any]]:
    rows = load_rows(ROWS_FILE).values()
    return [row for row in rows if person(row, "asker") and person(row, "addressee")]


@dataclass
class Loaded:
    repo: EmbeddedRepo
    loader: Loader
    pages: list[Path]
    report: LoadReport


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Loaded]:
    folder = tmp_path_factory.mktemp("real2013")
    pages = []
    for row in complete_rows():
        page = folder / "pages" / f"walloon-2013-{row['iddoc']}.txt"
        page.parent.mkdir(exist_ok=True)
        page.write_text(render_row(row), encoding="utf-8")
        pages.append(page)
    repo = EmbeddedRepo(folder / "store")
    loader = Loader(repo, folder / "store")
    yield Loaded(repo, loader, pages, loader.load_all(pages))
    repo.close()


def test_the_rows_reuse_numbers_across_ministers() -> None:
    """What makes this corpus a test of identity: (session, number) repeats."""
    numbers = Counter((r["metadata"]["session"], r["metadata"]["number"]) for r in complete_rows())
    assert max(numbers.values()) > 1


def test_every_complete_row_loads_as_its_own_question(loaded: Loaded) -> None:
    assert loaded.report.problems() == []
    assert loaded.report.counts[Outcome.LOADED] == len(loaded.pages) == len(complete_rows())
    result = loaded.repo.query(QUESTION_GRAPHS)
    assert isinstance(result, QuerySolutions)
    per_graph = [int(row["questions"].value) for row in result]  # type: ignore[union-attr]
    assert len(per_graph) == len(loaded.pages)
    assert set(per_graph) == {1}


def test_loading_them_twice_changes_nothing(loaded: Loaded) -> None:
    before = set(loaded.repo.quads())
    again = loaded.loader.load_all(loaded.pages)
    assert again.counts[Outcome.UNCHANGED] == len(loaded.pages)
    assert set(loaded.repo.quads()) == before


def test_who_asks_whom_counts_equal_the_rows(loaded: Loaded) -> None:
    # Names compared without accents: a person the reference data knows is shown by its spelling
    # ("Joëlle Kapompole"), whatever a row prints ("KAPOMPOLE Joelle").
    expected = Counter(
        (
            name_key(display_name(person(r, "asker"))[2]),
            name_key(display_name(person(r, "addressee"))[2]),
        )
        for r in complete_rows()
    )
    _, rows = run(loaded.repo, "who-asks-whom")
    found = {
        (name_key(r["asker_name"]), name_key(r["addressee_name"])): int(r["questions"])
        for r in rows
    }
    assert found == expected


def print_view(row: dict[str, Any]) -> str:
    """The row as the site's print view (HTML), canonical link and all."""
    meta = row["metadata"]
    title = str(row["title"])
    day = "/".join(reversed(str(meta["question_date"]).split("-")))
    blocks = (
        f'<li class="list-group-item"><h5>Question écrite du {day}</h5>'
        f"<ul><li>de {escape(person(row, 'asker'))}</li>"
        f"<li>à {escape(person(row, 'addressee'))}</li></ul>{row['question_html']}</li>"
    )
    if row["answer_html"]:
        answered = "/".join(reversed(str(meta["answer_date"]).split("-")))
        blocks += (
            f'<li class="list-group-item"><h5>Réponse du {answered}</h5>'
            f"<ul><li>de {escape(person(row, 'addressee'))}</li></ul>{row['answer_html']}</li>"
        )
    return (
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
        f'<link rel="canonical" href="{escape(row["url"])}"></head><body>'
        f'<div id="print_container"><h4>{escape(title[:1].upper() + title[1:])}</h4>'
        f"<ul><li>Session : {meta['session']}</li><li>Année : {meta['year']}</li>"
        f"<li>N° : {meta['number']}</li></ul>"
        f'<ul class="list-group">{blocks}</ul></div></body></html>'
    )


def test_one_row_as_text_and_as_html_gets_one_iri(tmp_path: Path) -> None:
    row = next(r for r in complete_rows() if r["answer_html"])
    text, html = tmp_path / "row.txt", tmp_path / "row.html"
    text.write_text(render_row(row), encoding="utf-8")
    html.write_text(print_view(row), encoding="utf-8")
    from_text, from_html = read_document(text), read_document(html)
    assert from_text.id is not None and from_text.id == from_html.id
    assert from_text.iddoc == from_html.iddoc == row["iddoc"]
    assert (from_html.title, from_html.question.date) == (from_text.title, from_text.question.date)
