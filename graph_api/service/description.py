"""The service described in RDF: the SPARQL 1.1 Service Description at /sparql, and the VoID and
DCAT description of the dataset at /.well-known/void, with the named queries as SHACL
`sh:SPARQLExecutable` examples (the form SPARQL example catalogues and editors read:
`rdfs:comment` and `sh:select` / `sh:ask` / `sh:construct`, `schema:target` the endpoint)."""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF, RDFS, SH, VOID, XSD

from graph_api.queries import DEFAULT_LIMIT, catalogue
from graph_api.service import conneg
from graph_api.service.settings import ServiceSettings
from graph_api.sparql_guard import QueryForm, query_form
from loaders.vocab import PREFIXES, SCHEMA

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
RESULT_FORMATS = (
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "JSON-LD",
    "N-Triples",
    "RDF_XML",
)
# The dumps: file extension, the `parlgraph export` format it is written in, its media type.
DUMPS: dict[str, tuple[str, str]] = {
    "ttl": ("ttl", conneg.TURTLE),
    "nt": ("nt", conneg.N_TRIPLES),
    "nq": ("nq", conneg.N_QUADS),
    "trig": ("trig", conneg.TRIG),
    "jsonld": ("jsonld", conneg.JSON_LD),
    "rdf": ("rdfxml", conneg.RDF_XML),
}
EXECUTABLE_KINDS = {
    QueryForm.SELECT: (SH.SPARQLSelectExecutable, SH.select),
    QueryForm.ASK: (SH.SPARQLAskExecutable, SH.ask),
    QueryForm.CONSTRUCT: (SH.SPARQLConstructExecutable, SH.construct),
}


def _graph() -> Graph:
    graph = Graph(bind_namespaces="core")
    for prefix, namespace in {
        "sd": SD,
        "void": VOID,
        "dcat": DCAT,
        "sh": SH,
        "formats": FORMATS,
        "schema": SCHEMA,
    }.items():
        graph.bind(prefix, namespace)
    return graph


def limits_text(settings: ServiceSettings) -> str:
    return (
        f"Read-only (SPARQL Update gets 403; SERVICE gets 400; nothing is ever fetched from "
        f"outside). Limits: a query stops after {settings.query_deadline:g} s (503); at most "
        f"{settings.row_limit} result rows; request bodies up to {settings.body_limit} bytes "
        f"(413); {settings.queries_in_flight} queries in flight and {settings.dumps_in_flight} "
        f"dumps (429 with Retry-After)."
    )


def service_description(root: str, settings: ServiceSettings) -> Graph:
    graph = _graph()
    endpoint = URIRef(root + "sparql")
    service = URIRef(root + "sparql#service")
    dataset = BNode()
    default = BNode()
    graph.add((service, RDF.type, SD.Service))
    graph.add((service, SD.endpoint, endpoint))
    graph.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    graph.add((service, SD.feature, SD.UnionDefaultGraph))
    for name in RESULT_FORMATS:
        graph.add((service, SD.resultFormat, FORMATS[name]))
    graph.add((service, RDFS.comment, Literal(limits_text(settings), lang="en")))
    graph.add((service, SD.defaultDataset, dataset))
    graph.add((dataset, RDF.type, SD.Dataset))
    graph.add((dataset, SD.defaultGraph, default))
    graph.add((default, RDF.type, SD.Graph))
    graph.add((default, RDFS.comment, Literal("the union of every named graph", lang="en")))
    graph.add((dataset, VOID.inDataset, URIRef(root + ".well-known/void")))
    return graph


def void_description(
    root: str,
    settings: ServiceSettings,
    counts: dict[str, int],
    classes: dict[str, int],
    rights: str,
) -> Graph:
    """VoID + DCAT: counts by class, licence, the dumps, the endpoint, the example queries."""
    graph = _graph()
    dataset = URIRef(root + ".well-known/void#dataset")
    endpoint = URIRef(root + "sparql")
    graph.add((dataset, RDF.type, VOID.Dataset))
    graph.add((dataset, RDF.type, DCAT.Dataset))
    graph.add(
        (dataset, DCTERMS.title, Literal("parlgraph: parliamentary written questions", lang="en"))
    )
    graph.add(
        (
            dataset,
            DCTERMS.description,
            Literal(
                "Written questions to ministers and their answers, who asks whom, and the "
                "organisations, places, programmes and amounts they mention, each fact traced to "
                "its text.",
                lang="en",
            ),
        )
    )
    graph.add((dataset, DCTERMS.license, URIRef(settings.data_licence)))
    graph.add((dataset, DCTERMS.rights, Literal(rights, lang="en")))
    graph.add((dataset, VOID.sparqlEndpoint, endpoint))
    graph.add((dataset, VOID.uriSpace, Literal(settings.base + "id/")))
    graph.add((dataset, VOID.triples, Literal(counts.get("triples", 0), datatype=XSD.integer)))
    graph.add((dataset, VOID.entities, Literal(sum(classes.values()), datatype=XSD.integer)))
    for key, value in counts.items():
        if key != "triples":
            graph.add((dataset, RDFS.comment, Literal(f"{value} {key}", lang="en")))
    for prefix, namespace in PREFIXES.items():
        graph.add((dataset, VOID.vocabulary, URIRef(namespace)))
        graph.bind(prefix, namespace, override=False)
    for iri, count in sorted(classes.items()):
        partition = BNode()
        graph.add((dataset, VOID.classPartition, partition))
        graph.add((partition, VOID["class"], URIRef(iri)))
        graph.add((partition, VOID.entities, Literal(count, datatype=XSD.integer)))
    for extension, (_, media_type) in DUMPS.items():
        url = URIRef(f"{root}dump.{extension}")
        distribution = URIRef(f"{root}.well-known/void#dump-{extension}")
        graph.add((dataset, VOID.dataDump, url))
        graph.add((dataset, DCAT.distribution, distribution))
        graph.add((distribution, RDF.type, DCAT.Distribution))
        graph.add((distribution, DCAT.downloadURL, url))
        graph.add((distribution, DCAT.mediaType, Literal(media_type)))
    service = URIRef(root + "sparql#service")
    graph.add((service, RDF.type, DCAT.DataService))
    graph.add((service, DCAT.endpointURL, endpoint))
    graph.add((service, DCAT.servesDataset, dataset))
    _examples(graph, root, dataset, endpoint)
    return graph


def _examples(graph: Graph, root: str, dataset: URIRef, endpoint: URIRef) -> None:
    for name, named in catalogue().items():
        form = query_form(named.text)
        if form not in EXECUTABLE_KINDS:
            continue
        kind, text_property = EXECUTABLE_KINDS[form]
        example = URIRef(f"{root}queries/{name}")
        graph.add((example, RDF.type, SH.SPARQLExecutable))
        graph.add((example, RDF.type, kind))
        graph.add((example, RDFS.label, Literal(name)))
        graph.add((example, RDFS.comment, Literal(named.summary, lang="en")))
        graph.add((example, text_property, Literal(named.paged_text(DEFAULT_LIMIT, 0))))
        graph.add((example, SCHEMA.target, endpoint))
        graph.add((example, SCHEMA.url, URIRef(f"{root}?example={name}")))
        graph.add((dataset, SCHEMA.subjectOf, example))
