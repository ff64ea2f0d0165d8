"""Every kind of IRI the graph mints dereferences at the server's /id/: an HTML page for a browser,
and the same description in Turtle, JSON-LD, N-Triples and RDF/XML by `Accept`."""

from __future__ import annotations

import csv
import html
import io
import re
from pathlib import Path

import httpx
import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from tests.graph_api.conftest import Cli
from tests.graph_api.service.server import serving

BASE = "https://w3id.org/parlgraph/"
MINTED = f"""
SELECT DISTINCT ?iri WHERE {{
  {{ ?iri ?p ?o }} UNION {{ ?s ?p ?iri }}
  FILTER (isIRI(?iri) && STRSTARTS(STR(?iri), "{BASE}id/"))
}} ORDER BY ?iri
"""
RDF_FORMATS = {
    "text/turtle": "turtle",
    "application/ld+json": "json-ld",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
}


@pytest.fixture(scope="module")
def one_of_each_kind(server: str) -> dict[str, str]:
    """The first minted IRI of each kind (`{base}id/{kind}/…`), read from the served graph."""
    response = httpx.get(
        server + "sparql", params={"query": MINTED}, headers={"Accept": "text/csv"}, timeout=60
    )
    kinds: dict[str, str] = {}
    for (iri,) in list(csv.reader(io.StringIO(response.text)))[1:]:
        kinds.setdefault(iri[len(BASE) + 3 :].split("/", 1)[0], iri)
    return kinds


def test_every_kind_of_minted_iri_dereferences(
    server: str, one_of_each_kind: dict[str, str]
) -> None:
    assert {"person", "question", "answer", "organisation", "funding", "amount"} <= set(
        one_of_each_kind
    )
    for kind, iri in one_of_each_kind.items():
        url = server + iri[len(BASE) :]
        page = httpx.get(url, headers={"Accept": "text/html"}, timeout=60)
        assert page.status_code == 200, (kind, page.text)
        assert page.headers["content-type"].startswith("text/html")
        assert iri in page.text and "<h1>" in page.text
        graphs = []
        for media_type, rdflib_format in RDF_FORMATS.items():
            answer = httpx.get(url, headers={"Accept": media_type}, timeout=60)
            assert answer.headers["content-type"].split(";")[0] == media_type, kind
            graphs.append(Graph().parse(data=answer.content, format=rdflib_format))
        assert any(URIRef(iri) in (s, o) for s, _, o in graphs[0]), kind
        assert all(isomorphic(graphs[0], other) for other in graphs[1:]), kind


def test_the_rdf_of_an_iri_used_only_as_an_object_says_what_links_to_it(
    server: str, one_of_each_kind: dict[str, str]
) -> None:
    """A document's graph IRI is only ever an object (`pg:usesDescription`): its RDF was an
    empty document under a 200, while its page listed what links to it."""
    iri = URIRef(one_of_each_kind["graph"])
    answer = httpx.get(server + iri[len(BASE) :], headers={"Accept": "text/turtle"}, timeout=60)
    graph = Graph().parse(data=answer.text, format="turtle")
    assert len(graph) > 0 and all(o == iri for _, _, o in graph)
    galant = URIRef(BASE + "id/person/jacqueline-galant")
    person = httpx.get(server + galant[len(BASE) :], headers={"Accept": "text/turtle"}, timeout=60)
    asked_by = URIRef("https://w3id.org/parlgraph/ontology#askedBy")
    questions = Graph().parse(data=person.text, format="turtle").subjects(asked_by, galant)
    assert next(questions, None) is not None  # her questions link to her


FUNDED = """
PREFIX schema: <http://schema.org/>
PREFIX pg: <https://w3id.org/parlgraph/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?recipient ?value ?quote WHERE {
  ?grant a schema:MonetaryGrant ; schema:fundedItem ?recipient ; schema:amount/schema:value ?value ;
         pg:evidence/oa:hasTarget/oa:hasSelector/oa:exact ?quote .
} ORDER BY ?recipient ?value LIMIT 1
"""


def test_a_funded_organisation_page_shows_its_funding_facts_with_their_quotes(
    server: str,
) -> None:
    """The page of a recipient of funding: the fact's amount and the sentence it was read from,
    and links to the questions and answers where it appears."""
    response = httpx.get(
        server + "sparql",
        params={"query": FUNDED},
        headers={"Accept": "application/sparql-results+json"},
        timeout=60,
    )
    (fact,) = response.json()["results"]["bindings"]
    recipient = fact["recipient"]["value"]
    page = httpx.get(server + recipient[len(BASE) :], timeout=60).text
    assert "Funding facts" in page and fact["value"]["value"] in page
    assert fact["quote"]["value"] in html.unescape(page)
    assert 'href="/id/question/' in page and 'href="/id/answer/' in page


def test_a_recipient_page_lists_the_parts_its_money_reaches_through_a_total(
    tmp_path: Path, cli: Cli
) -> None:
    """Regression: a "dont" part whose clause names no recipient (2 million euros "pour
    l'équipement du parc" within IDELUX's 12 million) was missing from IDELUX's page, which
    listed grants by their own recipient only; the `funding` query already counted it."""
    store = tmp_path / "store"
    page = Path(__file__).parents[1] / "fixtures" / "wq-2022-2023-777-parts.txt"
    assert cli.run("load", str(page), "--store", str(store)).returncode == 0
    with serving(store) as root:
        idelux = httpx.get(root + "id/organisation/idelux", timeout=60).text
        bastogne = httpx.get(root + "id/place/bastogne", timeout=60).text
    for amount in ("12000000", "2000000"):
        assert f"<td>{amount}" in idelux
    # The part whose clause names Bastogne reaches Bastogne, not its total's recipient too.
    assert "<td>4500000" in bastogne and "<td>4500000" not in idelux


def test_a_recipient_page_says_how_each_sum_reaches_it(tmp_path: Path, cli: Cli) -> None:
    """A company lent, guaranteed, invested in, advanced and given money (the invented page of
    the mapping tests): its page shows each fact's instrument beside its amount."""
    store = tmp_path / "store"
    page = Path(__file__).parents[2] / "loaders" / "mapping" / "fixtures" / "instruments.txt"
    assert cli.run("load", str(page), "--store", str(store)).returncode == 0
    with serving(store) as root:
        text = httpx.get(root + "id/organisation/biolumen", timeout=60).text
    cells = re.findall(r'<td>(\d+)</td><td class="instrument"><a href="([^"]+)"', text)
    assert {(value, href.rsplit("#", 1)[-1]) for value, href in cells} == {
        ("1500000", "Loan"),
        ("400000", "Guarantee"),
        ("2000000", "Equity"),
        ("800000", "RepayableAdvance"),
        ("150000", "Grant"),
    }
