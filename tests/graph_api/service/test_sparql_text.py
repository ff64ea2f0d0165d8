"""What the service reads from a query's tokens: its own dataset, its relative IRIs."""

from __future__ import annotations

from graph_api.service.sparql_text import declares_dataset, has_relative_iri


def test_a_query_naming_its_dataset() -> None:
    assert declares_dataset("ASK FROM <http://e/g> { ?s ?p ?o }")
    assert declares_dataset("SELECT * FROM NAMED <http://e/g> { GRAPH ?g { ?s ?p ?o } }")
    assert not declares_dataset("SELECT ?from WHERE { ?from ?p ?o }")
    assert not declares_dataset("SELECT * { ?s ?p 'FROM <http://e/g>' } # FROM <x>")


def test_relative_iris_are_found() -> None:
    assert has_relative_iri("CONSTRUCT { <s> <p> 1 } WHERE {}")
    assert has_relative_iri("PREFIX : <#> SELECT * { :a ?p ?o }")
    assert not has_relative_iri("SELECT * { <http://e/a> ?p ?o FILTER (?o < 3) }")
    assert not has_relative_iri("SELECT * { <urn:x> ?p '<s>' }")
