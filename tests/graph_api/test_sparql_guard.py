"""The keyword check that keeps queries on this machine: what counts as SERVICE or an update."""

from __future__ import annotations

import pytest

from graph_api.sparql_guard import (
    QueryForm,
    QueryRefused,
    UpdateRefused,
    names_its_dataset,
    query_form,
    refuse_unsafe,
    uses_service,
)

PREFIXES = "PREFIX ex: <http://example.org/>\nBASE <http://example.org/base/>\n"


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:18080/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { service silent <http://x/> { ?s ?p ?o } }",
        "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE ?endpoint { ?s ?p ?o } }",
        "SELECT * WHERE {SERVICE<http://x/>{?s ?p ?o}}",
        "SELECT * WHERE { FILTER(?a<?b) SERVICE ex:e { ?s ?p ?o } FILTER(?c>?d) }",
        "SELECT * WHERE { ?s ?p 'x' . # a comment\n SERVICE <http://x/> { } }",
        'ASK { ?s ?p """a \'long\' "string\\"""" SERVICE <http://x/> {} }',
    ],
)
def test_service_is_found_wherever_the_parser_sees_it(text: str) -> None:
    assert uses_service(PREFIXES + text)
    with pytest.raises(QueryRefused):
        refuse_unsafe(text)


@pytest.mark.parametrize(
    "text",
    [
        "SELECT ?service WHERE { ?service ?p ?o }",
        "SELECT * WHERE { ?s ex:SERVICE ?o }",
        "SELECT * WHERE { ?s ?p 'service public' }",
        'SELECT * WHERE { ?s ?p """SERVICE <http://x/> { }""" }',
        "SELECT * WHERE { <http://example.org/SERVICE> ?p ?o }",
        "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://x/> { }",
        'SELECT * WHERE { ?s ?p "x"@service }',
    ],
)
def test_the_word_elsewhere_is_not_the_keyword(text: str) -> None:
    assert not uses_service(PREFIXES + text)
    assert refuse_unsafe(PREFIXES + text) is QueryForm.SELECT


@pytest.mark.parametrize(
    "text",
    [
        "INSERT DATA { <http://a> <http://b> <http://c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "LOAD <http://example.org/data.ttl>",
        "clear all",
        "CREATE GRAPH <http://g>",
        "DROP DEFAULT",
        "COPY DEFAULT TO <http://g>",
        "MOVE <http://g> TO DEFAULT",
        "ADD <http://g> TO DEFAULT",
        "WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    ],
)
def test_every_update_operation_is_an_update(text: str) -> None:
    assert query_form(PREFIXES + text) is QueryForm.UPDATE
    with pytest.raises(UpdateRefused):
        refuse_unsafe(PREFIXES + text)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", QueryForm.SELECT),
        ("ask { ?s ?p ?o }", QueryForm.ASK),
        ("CONSTRUCT WHERE { ?s ?p ?o }", QueryForm.CONSTRUCT),
        ("DESCRIBE <http://example.org/x>", QueryForm.DESCRIBE),
        ("# only a comment", None),
        ("PREFIX insert: <http://x/> SELECT * WHERE { ?s insert: ?o }", QueryForm.SELECT),
    ],
)
def test_the_form_is_the_first_keyword_after_the_prologue(
    text: str, form: QueryForm | None
) -> None:
    assert query_form(text) is form


def test_a_from_clause_is_the_query_choosing_its_graphs() -> None:
    assert names_its_dataset("SELECT * FROM <http://g> WHERE { ?s ?p ?o }")
    assert names_its_dataset("SELECT * FROM NAMED <http://g> WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert not names_its_dataset("SELECT ?from WHERE { ?from ?p 'FROM' }")
