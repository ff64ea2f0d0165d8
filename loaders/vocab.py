"""Namespaces shared by the mapping, the queries and the service, defined once."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD

from ontology.pg import PG

ELI = Namespace("http://data.europa.eu/eli/ontology#")
ELI_DL = Namespace("http://data.europa.eu/eli/eli-draft-legislation-ontology#")
SCHEMA = Namespace("http://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
FRAPO = Namespace("http://purl.org/cerif/frapo/")
RESOURCE_TYPE = Namespace("http://publications.europa.eu/resource/authority/resource-type/")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")

PREFIXES: dict[str, str] = {
    "pg": str(PG),
    "eli": str(ELI),
    "eli-dl": str(ELI_DL),
    "schema": str(SCHEMA),
    "oa": str(OA),
    "frapo": str(FRAPO),
    "org": str(ORG),
    "foaf": str(FOAF),
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
    "prov": str(PROV),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "time": str(TIME),
}

__all__ = [
    "DCTERMS",
    "ELI",
    "ELI_DL",
    "FOAF",
    "FRAPO",
    "OA",
    "ORG",
    "OWL",
    "PG",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "RESOURCE_TYPE",
    "SCHEMA",
    "SKOS",
    "TIME",
    "WIKIDATA",
    "XSD",
]
