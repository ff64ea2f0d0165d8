"""The W3C SPARQL 1.1 Protocol tests, replayed from their manifest against `parlgraph serve`.

Each test is the manifest's own HTTP exchange (method, path, headers, body), sent as written but
for the path prefix (`/sparql/`, which the manifest says to adapt; the server answers there too).
The endpoint is read-only: the `update_*` tests must get 403 and leave the store unchanged
(their later requests read what the update would have written, so they are not sent).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import httpx
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF

from tests.graph_api.service.conftest import PROTOCOL_DIR

MANIFEST = PROTOCOL_DIR / "manifest.ttl"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
TABULAR = (
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
)
BOOLEAN = ("application/sparql-results+json", "application/sparql-results+xml")
RDF_TYPES = ("text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json")


@dataclass
class Exchange:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    statuses: set[str] = field(default_factory=set)
    format: str | None = None
    boolean: bool | None = None


def _exchanges(graph: Graph, test: URIRef) -> list[Exchange]:
    action = graph.value(test, MF.action)
    requests = Collection(graph, graph.value(action, HT.requests))
    exchanges = []
    for request in requests:
        headers = {}
        for header in Collection(graph, graph.value(request, HT.headers) or RDF.nil):
            headers[str(graph.value(header, HT.fieldName))] = str(
                graph.value(header, HT.fieldValue)
            )
        body_node = graph.value(request, HT.body)
        body = None
        if body_node is not None:
            encoding = str(graph.value(body_node, CNT.characterEncoding) or "UTF-8")
            body = str(graph.value(body_node, CNT.chars)).encode(encoding)
        response = graph.value(request, HT.resp)
        boolean = graph.value(response, MF.expectedBoolean)
        exchanges.append(
            Exchange(
                method=str(graph.value(request, HT.methodName)),
                path=str(graph.value(request, HT.absolutePath)),
                headers=headers,
                body=body,
                statuses={
                    str(s).rsplit("#", 1)[1] for s in graph.objects(response, MF.expectedStatus)
                },
                format=str(graph.value(response, MF.expectedFormat) or "") or None,
                boolean=None if boolean is None else bool(boolean.toPython()),
            )
        )
    return exchanges


def _tests() -> list[tuple[str, list[Exchange]]]:
    if not MANIFEST.is_file():
        return []
    graph = Graph().parse(MANIFEST, format="turtle")
    manifest = next(graph.subjects(RDF.type, MF.Manifest))
    entries = Collection(graph, graph.value(manifest, MF.entries))
    return [(str(test).rsplit("#", 1)[1], _exchanges(graph, test)) for test in entries]


TESTS = _tests()
pytestmark = pytest.mark.skipif(
    not TESTS, reason=f"the W3C protocol tests are not here ({PROTOCOL_DIR})"
)


def _send(server: str, exchange: Exchange) -> httpx.Response:
    url = server.rstrip("/") + exchange.path
    return httpx.request(
        exchange.method, url, headers=exchange.headers, content=exchange.body, timeout=60
    )


def _class(status: int) -> str:
    return f"StatusCode{status // 100}xx"


def _check_answer(response: httpx.Response, exchange: Exchange) -> None:
    media_type = response.headers["content-type"].split(";")[0]
    if exchange.format == "boolean":
        assert media_type in BOOLEAN
    elif exchange.format == "tabular":
        assert media_type in TABULAR
    elif exchange.format == "RDF":
        assert media_type in RDF_TYPES
        Graph().parse(
            data=response.content,
            format={
                "text/turtle": "turtle",
                "application/n-triples": "nt",
                "application/rdf+xml": "xml",
                "application/ld+json": "json-ld",
            }[media_type],
        )
    if exchange.boolean is not None:
        assert media_type == "application/sparql-results+json"
        assert json.loads(response.content)["boolean"] is exchange.boolean


@pytest.mark.parametrize(
    ("name", "exchanges"),
    [test for test in TESTS if not test[0].startswith("update_")],
    ids=[name for name, _ in TESTS if not name.startswith("update_")],
)
def test_protocol(server: str, name: str, exchanges: list[Exchange]) -> None:
    for exchange in exchanges:
        response = _send(server, exchange)
        assert _class(response.status_code) in exchange.statuses, (name, response.text)
        if response.status_code < 300:
            _check_answer(response, exchange)
        else:
            assert "Traceback" not in response.text


# Every quad of every graph, and the protocol data's first graph: an update that went through
# would add quads (INSERT) or remove that graph (CLEAR, DROP).
STORE_STATE = """
SELECT (COUNT(*) AS ?quads) (SUM(IF(?g = <http://kasei.us/2009/09/sparql/data/data1.rdf>, 1, 0))
        AS ?data1) WHERE { GRAPH ?g { ?s ?p ?o } }
"""


def store_state(server: str) -> tuple[int, int]:
    response = httpx.get(
        server + "sparql",
        params={"query": STORE_STATE},
        headers={"Accept": "application/sparql-results+json"},
        timeout=60,
    )
    row = response.json()["results"]["bindings"][0]
    return int(row["quads"]["value"]), int(row["data1"]["value"])


@pytest.mark.parametrize(
    ("name", "exchanges"),
    [test for test in TESTS if test[0].startswith("update_")],
    ids=[name for name, _ in TESTS if name.startswith("update_")],
)
def test_update_refused(server: str, name: str, exchanges: list[Exchange]) -> None:
    """Read-only: the update is answered 403 and the store keeps every quad."""
    before = store_state(server)
    response = _send(server, exchanges[0])
    assert response.status_code == 403, (name, response.text)
    assert store_state(server) == before and before[1] > 0


def test_manifest_is_whole() -> None:
    """Every entry of the manifest is replayed: none lost to a parsing slip."""
    assert len(TESTS) == 34
    assert {name for name, _ in TESTS} >= {"query_get", "bad_query_method", "bad_update_get"}
