"""A provisional answer and the final one replacing it are both kept, linked, and stay put.

The Walloon site lists a "Réponse provisoire" block before the final "Réponse" when a minister
answers in two steps. The page is read into the current answer and the earlier ones; the mapping
gives each its own IRI (a provisional answer keeps `…/provisional-{date}` whatever follows it)
and links them with `dcterms:replaces` / `dcterms:isReplacedBy`; the question's `pg:hasAnswer`
is the current answer. Fixtures are invented (README.md beside them).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import QuerySolutions
from rdflib import Graph, URIRef

from graph_api.pipeline import Loader, Outcome
from graph_api.repo.embedded import EmbeddedRepo
from graph_api.validation import validate_graph
from loaders.mapping import record_to_graph
from loaders.mapping.documents import graph_iri
from loaders.process import read_document
from loaders.vocab import DCTERMS, PG, PROV, RDF
from tests.loaders.mapping.golden import about, assert_golden

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = FIXTURES / "two-answers.answers.ttl"
KEY = "wallonia/2021-2022/418-willy-borsus"
BASE = "https://w3id.org/parlgraph/id/"
QUESTION = URIRef(f"{BASE}question/{KEY}")
FINAL = URIRef(f"{BASE}answer/{KEY}")
PROVISIONAL = URIRef(f"{BASE}answer/{KEY}/provisional-2022-03-20")


def mapped(name: str) -> Graph:
    return record_to_graph(read_document(FIXTURES / name), loader_version="test")


def test_both_answers_are_kept_and_linked() -> None:
    graph = mapped("two-answers.txt")
    assert set(graph.subjects(RDF.type, PG.Answer)) == {FINAL, PROVISIONAL}
    assert list(graph.objects(QUESTION, PG.hasAnswer)) == [FINAL]
    assert (FINAL, DCTERMS.replaces, PROVISIONAL) in graph
    assert (PROVISIONAL, DCTERMS.isReplacedBy, FINAL) in graph
    assert set(graph.subjects(PG.answers, QUESTION)) == {FINAL, PROVISIONAL}
    assert (PROVISIONAL, PG.answerStatus, PG.StatusProvisional) in graph
    report = validate_graph(graph)
    assert report.conforms, report.messages[:5]


def test_the_answers_are_their_golden_graph(update_snapshots: bool) -> None:
    assert_golden(about(mapped("two-answers.txt"), PG.Answer), GOLDEN, update_snapshots)


def test_a_provisional_answer_alone_is_the_current_one_under_its_own_iri() -> None:
    graph = mapped("provisional-only.txt")
    assert list(graph.objects(QUESTION, PG.hasAnswer)) == [PROVISIONAL]
    assert (PROVISIONAL, DCTERMS.isReplacedBy, None) not in graph
    assert validate_graph(graph).conforms


def stored_answers(repo: EmbeddedRepo) -> dict[str, str]:
    result = repo.query(
        "PREFIX pg: <https://w3id.org/parlgraph/ontology#> "
        "SELECT ?answer ?status WHERE { ?answer pg:answers ?q ; pg:answerStatus ?status }"
    )
    assert isinstance(result, QuerySolutions)
    return {row["answer"].value: row["status"].value for row in result}


def test_reloading_the_page_with_its_final_answer_keeps_the_provisional_one(
    loader: Loader, repo: EmbeddedRepo
) -> None:
    assert loader.load_file(FIXTURES / "provisional-only.txt")[0] is Outcome.LOADED
    assert stored_answers(repo) == {str(PROVISIONAL): str(PG.StatusProvisional)}
    assert loader.load_file(FIXTURES / "two-answers.txt")[0] is Outcome.REPLACED
    assert stored_answers(repo) == {
        str(PROVISIONAL): str(PG.StatusProvisional),
        str(FINAL): str(PG.StatusAnswered),
    }
    result = repo.query(
        f"ASK {{ <{QUESTION}> <{PG.hasAnswer}> <{FINAL}> . "
        f"<{FINAL}> <{DCTERMS.replaces}> <{PROVISIONAL}> }}"
    )
    assert result


def test_a_later_page_without_the_provisional_answer_keeps_it(
    loader: Loader, repo: EmbeddedRepo
) -> None:
    """The site may drop the provisional answer once the final one is published: the reload
    keeps the stored provisional answer, derived from the page it was read from."""
    assert loader.load_file(FIXTURES / "two-answers.txt")[0] is Outcome.LOADED
    first = read_document(FIXTURES / "two-answers.txt").sha256
    assert loader.load_file(FIXTURES / "final-only.txt")[0] is Outcome.REPLACED
    assert stored_answers(repo) == {
        str(PROVISIONAL): str(PG.StatusProvisional),
        str(FINAL): str(PG.StatusAnswered),
    }
    latest = read_document(FIXTURES / "final-only.txt").sha256
    for answer, page in ((PROVISIONAL, first), (FINAL, latest)):
        assert repo.query(
            f'ASK {{ <{answer}> <{PROV.wasDerivedFrom}> ?d . ?d <{PG.sha256}> "{page}" }}'
        )
    replaced = f"ASK {{ <{FINAL}> <{DCTERMS.replaces}> <{PROVISIONAL}> }}"
    assert repo.query(replaced)
    assert loader.load_file(FIXTURES / "final-only.txt")[0] is Outcome.UNCHANGED


@pytest.mark.parametrize("base", [f"https://example.org/graph-{n}/" for n in range(6)])
def test_a_question_with_a_carried_answer_is_in_the_state_of_its_latest_page(
    loader: Loader, repo: EmbeddedRepo, base: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its graph describes two pages (the earlier one a carried answer derives from): the
    state a load compares with is the page the question was last read from, never the other,
    or reloading the latest page would rebuild it and reloading the earlier one would be taken
    for unchanged. It was the first page in the store's order, which the IRIs (so the base)
    decide: several bases put either page first."""
    monkeypatch.setenv("PARLGRAPH_BASE", base)
    loader.load_file(FIXTURES / "two-answers.txt")
    loader.load_file(FIXTURES / "final-only.txt")
    latest = read_document(FIXTURES / "final-only.txt")
    state = repo.document_state(graph_iri(latest))
    assert state is not None and state.sha256 == latest.sha256
