"""The service's routes against a real `parlgraph serve` over the sample corpus."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import httpx
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, RDFS, SH, VOID

from tests.graph_api.service.conftest import export_path

BASE = "https://w3id.org/parlgraph/"
GALANT = BASE + "id/person/jacqueline-galant"
SD = "http://www.w3.org/ns/sparql-service-description#"


def get(server: str, path: str, accept: str | None = None, **params: str) -> httpx.Response:
    headers = {"Accept": accept} if accept else {}
    return httpx.get(server + path.lstrip("/"), params=params, headers=headers, timeout=60)


def test_healthz(server: str) -> None:
    assert get(server, "healthz").json() == {"status": "ok"}


def test_service_description_names_the_endpoint_and_formats(server: str) -> None:
    response = get(server, "sparql", "text/turtle")
    assert response.headers["content-type"].startswith("text/turtle")
    graph = Graph().parse(data=response.text, format="turtle")
    service = next(graph.subjects(RDF.type, URIRef(SD + "Service")))
    assert graph.value(service, URIRef(SD + "endpoint")) == URIRef(server + "sparql")
    formats = set(graph.objects(service, URIRef(SD + "resultFormat")))
    assert URIRef("http://www.w3.org/ns/formats/SPARQL_Results_CSV") in formats
    comments = " ".join(str(c) for c in graph.objects(service, RDFS.comment))
    assert "at most 100000 result rows" in comments  # the default row cap


def test_select_by_each_results_format(server: str) -> None:
    query = f"SELECT ?name WHERE {{ <{GALANT}> <http://xmlns.com/foaf/0.1/name> ?name }}"
    as_json = get(server, "sparql", "application/sparql-results+json", query=query).json()
    assert as_json["results"]["bindings"][0]["name"]["value"] == "Jacqueline Galant"
    as_csv = get(server, "sparql", "text/csv", query=query)
    assert as_csv.headers["content-type"].startswith("text/csv")
    assert list(csv.reader(io.StringIO(as_csv.text)))[1] == ["Jacqueline Galant"]
    as_tsv = get(server, "sparql", "text/tab-separated-values", query=query)
    assert '"Jacqueline Galant"' in as_tsv.text
    as_xml = get(server, "sparql", "application/sparql-results+xml", query=query)
    assert "<literal>Jacqueline Galant</literal>" in as_xml.text


def test_construct_by_each_graph_format(server: str) -> None:
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ BIND(<{GALANT}> AS ?s) ?s ?p ?o }}"
    graphs = []
    for accept, rdflib_format in (
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/rdf+xml", "xml"),
        ("application/ld+json", "json-ld"),
    ):
        response = get(server, "sparql", accept, query=query)
        assert response.headers["content-type"].split(";")[0] == accept
        graphs.append(Graph().parse(data=response.content, format=rdflib_format))
    assert (URIRef(GALANT), FOAF.name, Literal("Jacqueline Galant")) in graphs[0]
    assert all(isomorphic(graphs[0], other) for other in graphs[1:])


def test_unacceptable_accept_is_406(server: str) -> None:
    assert get(server, "sparql", "image/png", query="ASK {}").status_code == 406
    assert (
        get(
            server,
            "sparql",
            "application/sparql-results+json",
            query="CONSTRUCT WHERE { ?s ?p ?o }",
        ).status_code
        == 406
    )


def test_malformed_query_is_400_with_the_parsers_message(server: str) -> None:
    response = get(server, "sparql", query="SELECT * WHERE { ?s ?p }")
    assert response.status_code == 400
    assert response.text.startswith("malformed query: error at 1:")
    assert response.text.endswith("\n") and response.text.count("\n") == 1


def test_named_query_catalogue_json_and_html(server: str) -> None:
    entries = get(server, "queries", "application/json").json()
    names = [entry["name"] for entry in entries]
    assert "who-asks-whom" in names
    who = next(entry for entry in entries if entry["name"] == "who-asks-whom")
    assert {p["name"] for p in who["parameters"]} >= {"since", "until", "party", "limit", "offset"}
    page = get(server, "queries", "text/html")
    assert page.headers["content-type"].startswith("text/html")
    assert 'href="/queries/who-asks-whom"' in page.text


def test_named_query_with_typed_parameters(server: str) -> None:
    everyone = get(server, "queries/who-asks-whom", "text/csv")
    some = get(server, "queries/who-asks-whom", "text/csv", party="MR", since="2022-09-01")
    header, *rows = list(csv.reader(io.StringIO(some.text)))
    assert header[:5] == ["asker", "asker_name", "addressee", "addressee_name", "questions"]
    _, *all_rows = list(csv.reader(io.StringIO(everyone.text)))
    assert GALANT in {row[0] for row in rows}  # an MR deputy, asking in 2023
    assert 0 < len(rows) < len(all_rows)
    assert {row[0] for row in rows} <= {row[0] for row in all_rows}
    paged = get(
        server, "queries/who-asks-whom", "application/sparql-results+json", limit="2", offset="1"
    )
    assert len(paged.json()["results"]["bindings"]) == 2


@pytest.mark.parametrize(
    ("params", "named"),
    [({"since": "last year"}, "since"), ({"limit": "-1"}, "limit"), ({"colour": "red"}, "colour")],
)
def test_a_bad_parameter_is_400_naming_it(server: str, params: dict[str, str], named: str) -> None:
    response = get(server, "queries/who-asks-whom", **params)
    assert response.status_code == 400
    assert named in response.text


def test_an_iri_parameter_cannot_change_the_query(server: str) -> None:
    response = get(server, "queries/questions", asker="http://x/> } SELECT * { ?s ?p ?o")
    assert response.status_code == 400
    assert "asker" in response.text


def test_unknown_named_query_is_404(server: str) -> None:
    assert get(server, "queries/no-such-query").status_code == 404


def test_person_page_in_html_and_rdf(server: str) -> None:
    page = get(server, "id/person/jacqueline-galant", "text/html")
    assert page.status_code == 200
    assert "<h1>Jacqueline Galant</h1>" in page.text
    assert 'href="/id/question/' in page.text
    turtle = get(server, "id/person/jacqueline-galant", "text/turtle")
    graph = Graph().parse(data=turtle.text, format="turtle")
    assert (URIRef(GALANT), RDF.type, FOAF.Person) in graph
    as_jsonld = get(server, "id/person/jacqueline-galant", "application/ld+json")
    assert isomorphic(graph, Graph().parse(data=as_jsonld.text, format="json-ld"))


def test_unknown_entity_is_404(server: str) -> None:
    assert get(server, "id/person/nobody-at-all", "text/html").status_code == 404


def test_dump_is_what_export_writes(server: str, served_store: Path) -> None:
    dumped = get(server, "dump.nq")
    assert dumped.headers["content-type"].startswith("application/n-quads")
    expected, actual = Dataset(), Dataset()
    expected.parse(export_path(served_store), format="nquads")
    actual.parse(data=dumped.content, format="nquads")
    graphs = {g.identifier: g for g in actual.graphs() if len(g)}
    wanted = {g.identifier: g for g in expected.graphs() if len(g)}
    assert set(graphs) == set(wanted) and len(wanted) > 10
    for name, graph in wanted.items():
        assert isomorphic(graphs[name], graph), name


def test_every_dump_parses(server: str) -> None:
    formats = {"ttl": "turtle", "nt": "nt", "trig": "trig", "jsonld": "json-ld", "rdf": "xml"}
    for extension, rdflib_format in formats.items():
        response = get(server, f"dump.{extension}")
        assert response.status_code == 200, extension
        assert len(Dataset().parse(data=response.content, format=rdflib_format)) > 0
    assert get(server, "dump.exe").status_code == 404


def test_void_counts_classes_and_publishes_the_examples(server: str) -> None:
    graph = Graph().parse(data=get(server, ".well-known/void", "text/turtle").text, format="turtle")
    dataset = next(graph.subjects(RDF.type, VOID.Dataset))
    assert graph.value(dataset, VOID.sparqlEndpoint) == URIRef(server + "sparql")
    persons = [
        p
        for p in graph.objects(dataset, VOID.classPartition)
        if graph.value(p, VOID["class"]) == FOAF.Person
    ]
    assert int(graph.value(persons[0], VOID.entities)) > 10
    assert URIRef(server + "dump.nq") in set(graph.objects(dataset, VOID.dataDump))
    assert graph.value(dataset, DCTERMS.license) == URIRef(
        "https://creativecommons.org/publicdomain/mark/1.0/"
    )
    assert (dataset, RDF.type, DCAT.Dataset) in graph
    downloads = {
        graph.value(d, DCAT.downloadURL): str(graph.value(d, DCAT.mediaType))
        for d in graph.objects(dataset, DCAT.distribution)
    }
    assert downloads[URIRef(server + "dump.ttl")] == "text/turtle" and len(downloads) == 6
    service = next(graph.subjects(RDF.type, DCAT.DataService))
    assert graph.value(service, DCAT.endpointURL) == URIRef(server + "sparql")
    examples = set(graph.subjects(RDF.type, SH.SPARQLExecutable))
    assert URIRef(server + "queries/who-asks-whom") in examples
    select = graph.value(URIRef(server + "queries/who-asks-whom"), SH.select)
    assert "SELECT ?asker" in str(select)


def test_chunked_body_over_the_limit_is_413(server: str) -> None:
    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(17):
            yield b"#" * 65536

    response = httpx.post(
        server + "sparql",
        content=chunks(),
        headers={"Content-Type": "application/sparql-query"},
        timeout=60,
    )
    assert response.status_code == 413


def test_docs_and_openapi(server: str) -> None:
    schema = get(server, "openapi.json").json()
    assert {"/sparql", "/queries/{name}", "/id/{path}", "/.well-known/void"} <= set(schema["paths"])
    page = get(server, "docs", "text/html")
    assert "/sparql" in page.text and "cdn" not in page.text.lower()
    assert get(server, "docs", "application/json").json()["info"]["title"] == "parlgraph"


def test_landing_page_has_the_editor_and_example(server: str) -> None:
    page = get(server, "", "text/html", example="who-asks-whom")
    assert "<button" in page.text and ">Run</button>" in page.text
    assert "SELECT ?asker ?asker_name" in page.text
    for link in ("/queries", "/network", "/dump.ttl", "/docs"):  # catalogue, network, dumps, docs
        assert f'href="{link}"' in page.text, link
    assert "http://" not in page.text.split('<script id="editor-config"')[0].split("<link")[0]
    assert get(server, "", example="nope").status_code == 404
    for asset in ("codemirror.js", "sparql.js", "show-hint.js", "LICENSE"):
        assert get(server, f"static/vendor/codemirror/{asset}").status_code == 200


def test_every_example_of_the_editor_runs_as_the_editor_sends_it(server: str) -> None:
    """The editor's examples are the named queries' texts; Run POSTs the text to /sparql."""
    page = get(server, "", "text/html").text
    config = page.split('<script id="editor-config" type="application/json">')[1]
    examples = json.loads(config.split("</script>")[0])["examples"]
    assert {example["name"] for example in examples} >= {"who-asks-whom", "questions", "funding"}
    for example in examples:
        response = httpx.post(
            server + "sparql",
            content=example["text"].encode("utf-8"),
            headers={
                "Content-Type": "application/sparql-query",
                "Accept": "application/sparql-results+json, text/turtle;q=0.9",
            },
            timeout=60,
        )
        assert response.status_code == 200, (example["name"], response.text)
