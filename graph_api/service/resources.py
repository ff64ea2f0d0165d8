"""Linked data: every IRI the graph mints (`{base}id/...`) answers at this server's /id/...: an
HTML page for browsers, its description in RDF by `Accept`, 404 when the graph does not know it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from fastapi import APIRouter, Request, Response
from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Triple, parse

from graph_api.formats import write_graph
from graph_api.service import conneg
from graph_api.service.errors import NotFound
from graph_api.service.pages import Row, choose, engine_of, local_href, render, select, settings_of
from graph_api.service.runner import QueryRunner
from loaders.vocab import PREFIXES

router = APIRouter(tags=["linked data"])
PROLOGUE = "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in PREFIXES.items())
KNOWN = (
    PROLOGUE
    + "SELECT ?known WHERE { BIND(EXISTS { { ?entity ?p ?o } UNION { ?s ?p ?entity } } AS ?known) }"
)
PROPERTIES = (
    PROLOGUE
    + """
SELECT DISTINCT ?property ?value WHERE { ?entity ?property ?value } ORDER BY ?property ?value
LIMIT 2000"""
)
INCOMING = (
    PROLOGUE
    + """
SELECT DISTINCT ?subject ?property WHERE {
  ?subject ?property ?entity FILTER (?property != oa:hasBody)
} ORDER BY ?property ?subject LIMIT 500"""
)
QUESTIONS = (
    PROLOGUE
    + """
SELECT ?question (SAMPLE(?ref) AS ?reference) (SAMPLE(?t) AS ?title) (MAX(?d) AS ?date)
       (GROUP_CONCAT(DISTINCT ?role; separator=", ") AS ?roles)
WHERE {
  { ?question pg:askedBy ?entity BIND("asked" AS ?role) }
  UNION { ?question pg:addressedTo ?entity BIND("addressee" AS ?role) }
  UNION { ?question pg:hasAnswer/pg:answeredBy ?entity BIND("answered" AS ?role) }
  UNION { ?question pg:mentions ?entity BIND("mentioned in the question" AS ?role) }
  UNION { ?question pg:hasAnswer/pg:mentions ?entity BIND("mentioned in the answer" AS ?role) }
  ?question dcterms:identifier ?ref .
  OPTIONAL { ?question dcterms:title ?t }
  OPTIONAL { ?question dcterms:date ?d }
}
GROUP BY ?question ORDER BY DESC(?date) ?question LIMIT 1000"""
)
QUOTES = (
    PROLOGUE
    + """
SELECT DISTINCT ?annotation ?body ?quote ?source WHERE {
  { ?annotation oa:hasBody ?entity ; oa:hasTarget ?target }
  UNION { ?target oa:hasSource ?entity . ?annotation oa:hasTarget ?target }
  UNION { ?entity pg:hasAnswer ?answer . ?target oa:hasSource ?answer .
          ?annotation oa:hasTarget ?target }
  ?annotation oa:hasBody ?body .
  ?target oa:hasSource ?source ; oa:hasSelector ?selector .
  ?selector oa:exact ?quote .
} ORDER BY ?source ?annotation LIMIT 1000"""
)


def _reached(body: str) -> str:
    """A group binding `?{body}` to the body a `?grant`'s money reaches: its own recipient, else,
    for a part whose text names none, its nearest total's that names one (the `funding` query's
    and `Record.reached_recipient`'s rule; a total's total never adds a second recipient)."""
    holder = f"?{body}_holder"
    return f"""{{ {{ ?grant schema:fundedItem ?{body} }}
    UNION {{ ?grant dcterms:isPartOf+ {holder} . {holder} schema:fundedItem ?{body} .
            FILTER (NOT EXISTS {{ ?grant schema:fundedItem ?{body}_own }}
                    && NOT EXISTS {{ ?grant dcterms:isPartOf+ ?{body}_nearer .
                                    ?{body}_nearer dcterms:isPartOf+ {holder} ;
                                                   schema:fundedItem ?{body}_other }}) }} }}"""


FUNDING = (
    PROLOGUE
    + """
SELECT DISTINCT ?grant ?value ?instrument ?recipient ?programme ?quote ?stated WHERE {
  { ?grant schema:funder ?entity } UNION { ?grant pg:programme ?entity }
  UNION { ?grant pg:statedIn ?entity }
  UNION { ?entity pg:hasAnswer ?answer . ?grant pg:statedIn ?answer }
  UNION """
    + _reached("entity")
    + """
  ?grant a schema:MonetaryGrant ; schema:amount/schema:value ?value .
  OPTIONAL """
    + _reached("recipient")
    + """
  OPTIONAL { ?grant pg:programme ?programme }
  OPTIONAL { ?grant pg:instrument ?instrument }
  OPTIONAL { ?grant pg:statedIn ?stated }
  OPTIONAL { ?grant pg:evidence/oa:hasTarget/oa:hasSelector/oa:exact ?quote }
} ORDER BY ?grant LIMIT 1000"""
)
LINKS_TO = "CONSTRUCT {{ ?subject ?property {entity} }} WHERE {{ ?subject ?property {entity} }}"
LABEL_ORDER = ("foaf:name", "skos:prefLabel", "rdfs:label", "dcterms:title", "dcterms:identifier")
LABEL_PROPERTIES = " ".join(LABEL_ORDER)
LABELS = (
    PROLOGUE
    + """
SELECT ?thing (SAMPLE(?text) AS ?label) WHERE {{
  VALUES ?thing {{ {things} }}
  VALUES ?property {{ {properties} }}
  ?thing ?property ?text
}} GROUP BY ?thing"""
)
XSD_STRING = PREFIXES["xsd"] + "string"
RDF_TYPES = (conneg.TURTLE, conneg.JSON_LD, conneg.N_TRIPLES, conneg.RDF_XML)


def compact(iri: str) -> str:
    """`foaf:name` for a known namespace, else the IRI itself."""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


def labels(engine: QueryRunner, iris: Iterable[str]) -> dict[str, str]:
    things = sorted(set(iris))
    found: dict[str, str] = {}
    for start in range(0, len(things), 200):
        chunk = " ".join(str(NamedNode(iri)) for iri in things[start : start + 200])
        query = LABELS.format(things=chunk, properties=LABEL_PROPERTIES)
        for row in select(engine, query):
            thing, label = row.get("thing"), row.get("label")
            if isinstance(thing, NamedNode) and isinstance(label, Literal):
                found[thing.value] = label.value
    return found


class Linker:
    """Turns terms into what a template shows: text, a link (local for the graph's IRIs)."""

    def __init__(self, base: str, names: dict[str, str]) -> None:
        self.base = base
        self.names = names

    def term(self, term: object) -> dict[str, str | None]:
        if isinstance(term, NamedNode):
            text = self.names.get(term.value) or compact(term.value)
            return {"text": text, "href": local_href(term.value, self.base), "iri": term.value}
        if isinstance(term, BlankNode):
            return {"text": f"_:{term.value}", "href": None, "iri": None}
        if isinstance(term, Literal):
            plain = term.language is None and term.datatype.value == XSD_STRING
            note = None if plain else term.language or compact(term.datatype.value)
            return {"text": term.value, "href": None, "iri": None, "note": note}
        return {"text": "", "href": None, "iri": None}


def description(engine: QueryRunner, entity: NamedNode, media_type: str) -> bytes:
    """The entity as data: what DESCRIBE gives (its properties, blank nodes followed) and the
    triples that link to it, as its page shows them; an IRI only ever used as an object (a
    document's graph) would otherwise be an empty document."""
    triples: dict[Triple, None] = {}
    for query in (f"DESCRIBE {entity}", LINKS_TO.format(entity=entity)):
        body = engine.run(query, conneg.N_TRIPLES).body
        triples.update(dict.fromkeys(q.triple for q in parse(body, format=RdfFormat.N_TRIPLES)))
    return write_graph(triples, conneg.FORMAT_NAMES[media_type])


def _label(properties: list[Row], fallback: str) -> str:
    """The entity's display name: the first of the label properties it has."""
    texts = {
        compact(row["property"].value): row["value"].value
        for row in reversed(properties)
        if isinstance(row.get("value"), Literal)
    }
    return next((texts[key] for key in LABEL_ORDER if key in texts), fallback)


def _iris(rows: list[Row]) -> set[str]:
    return {term.value for row in rows for term in row.values() if isinstance(term, NamedNode)}


@router.get(
    "/id/{path:path}",
    summary="The page of an entity the graph mints: HTML, or RDF by Accept",
    responses={
        200: {"content": {m: {} for m in (conneg.HTML, *RDF_TYPES)}},
        404: {"description": "the graph does not know this IRI"},
    },
)
def resource(request: Request, path: str) -> Response:
    settings = settings_of(request)
    iri = f"{settings.base}id/{path}"
    try:
        entity = NamedNode(iri)
    except ValueError:
        raise NotFound(f"not an IRI of this graph: /id/{path}") from None
    engine = engine_of(request)
    known = select(engine, KNOWN, {"entity": entity})
    if not known or known[0].get("known") != Literal(True):
        raise NotFound(f"the graph knows nothing of <{iri}>")
    media_type = choose(request, (conneg.HTML, *RDF_TYPES))
    if media_type != conneg.HTML:
        return Response(description(engine, entity, media_type), media_type=media_type)
    bound = {"entity": entity}
    properties = select(engine, PROPERTIES, bound)
    incoming = select(engine, INCOMING, bound)
    questions = select(engine, QUESTIONS, bound)
    quotes = select(engine, QUOTES, bound)
    funding = select(engine, FUNDING, bound)
    names = labels(engine, _iris(properties) | _iris(incoming) | _iris(quotes) | _iris(funding))
    link = Linker(settings.base, names)
    grouped: dict[str, list[dict[str, str | None]]] = defaultdict(list)
    for row in properties:
        grouped[row["property"].value].append(link.term(row.get("value")))
    label = _label(properties, path)
    return render(
        "resource.html",
        iri=iri,
        label=label,
        types=grouped.get(PREFIXES["rdf"] + "type", []),
        properties=[(link.term(NamedNode(p)), values) for p, values in grouped.items()],
        incoming=[(link.term(r.get("subject")), link.term(r.get("property"))) for r in incoming],
        questions=[{key: link.term(value) for key, value in row.items()} for row in questions],
        quotes=[{key: link.term(value) for key, value in row.items()} for row in quotes],
        funding=[{key: link.term(value) for key, value in row.items()} for row in funding],
    )
