"""The form of a request and its use of SERVICE, read from keywords only."""

from __future__ import annotations

import pytest

from graph_api.service.sparql_text import (
    QueryForm,
    declares_dataset,
    has_relative_iri,
    query_form,
    uses_service,
)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", QueryForm.SELECT),
        ("prefix ex: <http://example.org/>\nask { ex:a ?p ?o }", QueryForm.ASK),
        (
            "BASE <http://x/> PREFIX select: <http://y/> CONSTRUCT WHERE { ?s ?p ?o }",
            QueryForm.CONSTRUCT,
        ),
        ("# a comment with SELECT\nDESCRIBE <http://x/>", QueryForm.DESCRIBE),
        ("INSERT DATA { <a> <b> <c> }", QueryForm.UPDATE),
        ("PREFIX ex: <http://e/> DELETE WHERE { ?s ?p ?o }", QueryForm.UPDATE),
        ("LOAD <http://example.org/data.ttl>", QueryForm.UPDATE),
        ("CLEAR ALL", QueryForm.UPDATE),
        ("WITH <g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", QueryForm.UPDATE),
        ("ASK {", QueryForm.ASK),
        ("nonsense", None),
        ("", None),
    ],
)
def test_query_form(text: str, form: QueryForm | None) -> None:
    assert query_form(text) is form


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "select * { service silent <http://e/> { ?s ?p ?o } }",
        "SELECT * { SERVICE ?endpoint { ?s ?p ?o } }",
    ],
)
def test_service_is_seen(text: str) -> None:
    assert uses_service(text)


@pytest.mark.parametrize(
    "text",
    [
        "SELECT ?service WHERE { ?service ?p ?o }",
        "PREFIX service: <http://e/> SELECT * { service:a ?p ?o }",
        'SELECT * { ?s ?p "SERVICE <http://e/>" }',
        "SELECT * { ?s ?p ?o } # SERVICE <http://e/>",
        "SELECT * { <http://e/SERVICE> ?p ?o }",
        "SELECT * { ?s ?p '''multi\nSERVICE line''' }",
    ],
)
def test_service_in_names_strings_and_comments_is_not_the_keyword(text: str) -> None:
    assert not uses_service(text)


def test_a_query_naming_its_dataset() -> None:
    assert declares_dataset("ASK FROM <http://e/g> { ?s ?p ?o }")
    assert declares_dataset("SELECT * FROM NAMED <http://e/g> { GRAPH ?g { ?s ?p ?o } }")
    assert not declares_dataset("SELECT ?from WHERE { ?from ?p ?o }")


def test_relative_iris_are_found() -> None:
    assert has_relative_iri("CONSTRUCT { <s> <p> 1 } WHERE {}")
    assert has_relative_iri("PREFIX : <#> SELECT * { :a ?p ?o }")
    assert not has_relative_iri("SELECT * { <http://e/a> ?p ?o FILTER (?o < 3) }")
    assert not has_relative_iri("SELECT * { <urn:x> ?p '<s>' }")
