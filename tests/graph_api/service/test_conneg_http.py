"""Content negotiation with q-values on every route that negotiates, against the real server:
the type the client prefers most is the one answered, and nothing acceptable is 406."""

from __future__ import annotations

import httpx
import pytest

SELECT = "sparql?query=SELECT%20*%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D%20LIMIT%201"
CONSTRUCT = "sparql?query=CONSTRUCT%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D%20LIMIT%201"
PERSON = "id/person/jacqueline-galant"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
XML = "application/sparql-results+xml"
TSV = "text/tab-separated-values"
CHOSEN = [
    (SELECT, f"text/csv;q=0.2, {XML};q=0.8", XML),
    (SELECT, "*/*;q=0.5, application/sparql-results+json;q=0.1", XML),
    (SELECT, "text/*", "text/csv"),
    (CONSTRUCT, "application/ld+json;q=0.5, text/turtle;q=0.4", "application/ld+json"),
    (CONSTRUCT, "*/*, text/turtle;q=0", "application/ld+json"),
    ("sparql", "application/n-triples;q=0.9, text/turtle;q=0.5", "application/n-triples"),
    ("queries", "text/html;q=0.9, application/json;q=0.1", "text/html"),
    ("queries/who-asks-whom?limit=1", f"text/html;q=0.1, {TSV}", TSV),
    (PERSON, BROWSER, "text/html"),
    (PERSON, "application/rdf+xml;q=0.9, text/turtle;q=0.8", "application/rdf+xml"),
    (".well-known/void", "application/ld+json", "application/ld+json"),
    ("docs", "application/json;q=0.9, text/html;q=0.5", "application/json"),
]
REFUSED = [SELECT, CONSTRUCT, "sparql", "queries", "queries/who-asks-whom", PERSON]
REFUSED += [".well-known/void", "docs"]


@pytest.mark.parametrize(("path", "accept", "expected"), CHOSEN)
def test_the_most_preferred_type_is_answered(
    server: str, path: str, accept: str, expected: str
) -> None:
    response = httpx.get(server + path, headers={"Accept": accept}, timeout=60)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == expected


@pytest.mark.parametrize("path", REFUSED)
@pytest.mark.parametrize("accept", ["image/png", "text/csv;q=0, image/*"])
def test_nothing_acceptable_is_406(server: str, path: str, accept: str) -> None:
    response = httpx.get(server + path, headers={"Accept": accept}, timeout=60)
    assert response.status_code == 406, response.text
    assert response.text.count("\n") == 1 and "answers in" in response.text
