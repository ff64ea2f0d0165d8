"""Relative IRIs found among a query's tokens."""

from __future__ import annotations

from graph_api.service.sparql_text import has_relative_iri


def test_relative_iris_are_found() -> None:
    assert has_relative_iri("CONSTRUCT { <s> <p> 1 } WHERE {}")
    assert has_relative_iri("PREFIX : <#> SELECT * { :a ?p ?o }")
    assert not has_relative_iri("SELECT * { <http://e/a> ?p ?o FILTER (?o < 3) }")
    assert not has_relative_iri("SELECT * { <urn:x> ?p '<s>' }")
