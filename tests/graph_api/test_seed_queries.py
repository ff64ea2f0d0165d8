"""SPARQL over the loaded founding document: the facts a person reads on the page."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import QuerySolutions

from graph_api.formats import term_text
from graph_api.pipeline import Loader
from graph_api.queries import catalogue
from graph_api.repo.embedded import EmbeddedRepo

PREFIXES = """
PREFIX pg: <https://w3id.org/parlgraph/ontology#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


def rows(repo: EmbeddedRepo, query: str) -> list[dict[str, str]]:
    result = repo.query(PREFIXES + query)
    assert isinstance(result, QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: term_text(row[n]) for n in names} for row in result]


@pytest.fixture
def seeded(loader: Loader, repo: EmbeddedRepo, seed_path: Path) -> EmbeddedRepo:
    loader.load_file(seed_path)
    return repo


def test_galant_asks_borsus_one_question(seeded: EmbeddedRepo) -> None:
    named = catalogue()["who-asks-whom"]
    bindings, limit, offset = named.bindings({})
    result = seeded.query(named.paged_text(limit, offset), bindings)
    assert isinstance(result, QuerySolutions)
    found = [
        (term_text(r["asker_name"]), term_text(r["addressee_name"]), term_text(r["questions"]))
        for r in result
    ]
    assert found == [("Jacqueline Galant", "Willy Borsus", "1")]


def test_question_date_session_number_and_answer(seeded: EmbeddedRepo) -> None:
    found = rows(
        seeded,
        """SELECT ?date ?session ?number ?answerDate ?responder WHERE {
             ?q pg:askedBy/foaf:name "Jacqueline Galant" ; dcterms:date ?date ;
                pg:session ?session ; pg:number ?number ; pg:hasAnswer ?a .
             ?a dcterms:date ?answerDate ; pg:answeredBy/foaf:name ?responder }""",
    )
    assert found == [
        {
            "date": "2023-01-16",
            "session": "2022-2023",
            "number": "292",
            "answerDate": "2023-02-02",
            "responder": "Willy Borsus",
        }
    ]


def test_borsus_post_carries_the_full_printed_title(seeded: EmbeddedRepo) -> None:
    found = rows(
        seeded,
        """SELECT ?title WHERE { ?q pg:addresseePost ?post .
             ?post org:heldBy/foaf:name "Willy Borsus" ; skos:prefLabel ?title }""",
    )
    assert [r["title"] for r in found] == [
        "Ministre de l'Economie, du Commerce extérieur, de la Recherche et de l'Innovation, "
        "du Numérique, de l'Aménagement du territoire, de l'Agriculture, de l'IFAPME et des "
        "Centres de compétences"
    ]


def test_asker_is_linked_to_her_mandate_and_party(seeded: EmbeddedRepo) -> None:
    found = rows(
        seeded,
        """SELECT ?legislature ?party WHERE { ?q pg:askerMandate ?m .
             ?m org:member/foaf:name "Jacqueline Galant" ; pg:legislature ?legislature .
             ?pm org:member ?p ; org:organization/skos:prefLabel ?party .
             ?p foaf:name "Jacqueline Galant" .
             ?pm org:organization/org:classification pg:PoliticalParty }""",
    )
    assert found == [{"legislature": "2019-2024", "party": "MR"}]


def test_parameters_are_typed_and_filter(seeded: EmbeddedRepo) -> None:
    named = catalogue()["who-asks-whom"]
    for values, expected in (
        ({"since": "2023-01-17"}, 0),
        ({"until": "2023-01-16"}, 1),
        ({"party": "mr"}, 1),
        ({"party": "PS"}, 0),
    ):
        bindings, limit, offset = named.bindings(values)
        result = seeded.query(named.paged_text(limit, offset), bindings)
        assert isinstance(result, QuerySolutions)
        assert len(list(result)) == expected, values
