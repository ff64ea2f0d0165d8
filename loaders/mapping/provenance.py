"""Where a shared description's facts come from: the reference file and its public sources.

A thing the reference data describes (a person, a seat, a party, a post, a legislature, an
organisation, a place, a programme) says so: `prov:wasDerivedFrom` the file of
`loaders/reference/data/` it was read from (a `pg:ReferenceData`), and `dcterms:source` the public
sources that file cites for it. Facts read in a page are never so marked: they live in the
document's graph and trace back to the page through `prov:wasDerivedFrom` a `pg:SourceDocument`
(questions, answers) or an annotation's span. Descriptions read from texts (a body the gazetteer
lacks, a person or a post the reference data does not know) carry neither; docs/model.md gives
the one query that sorts every triple by where it comes from.

Every function returns the same triples whichever document calls it, as shared descriptions
must be (`layout.py`): provenance depends on the thing, never on the page that needs it.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from functools import cache

from rdflib import Literal, URIRef
from rdflib.term import Node

from loaders.ids import base, mint, slug
from loaders.reference.gazetteer import DATA
from loaders.reference.person_files import Source
from loaders.vocab import DCTERMS, FOAF, PG, PROV, RDF, RDFS

Triple = tuple[Node, Node, Node]
FOLDER = "loaders/reference/data/"
# The gazetteer's files, by the kind of IRI their rows mint.
GAZETTEER_FILES = {
    "organisations.csv": "organisation",
    "places.csv": "place",
    "programmes.csv": "programme",
}
WHOLE = {
    "persons": "deputies-*.csv, ministers.csv, parties.csv, legislatures.csv, governments.csv",
    "gazetteer": ", ".join(GAZETTEER_FILES),
}


def reference_data(group: str, name: str | None = None) -> tuple[URIRef, list[Triple]]:
    """The node of one reference file (`group` is `persons` or `gazetteer`), or with no name of
    the reference data as a whole (what dates and roles derived from several files come from)."""
    node = URIRef(mint("reference", group, slug(name)) if name else mint("reference", group))
    label = f"{FOLDER}{name}" if name else f"{FOLDER} ({WHOLE[group]})"
    return node, [(node, RDF.type, PG.ReferenceData), (node, RDFS.label, Literal(label))]


def derived_from_files(node: URIRef, group: str, files: Iterable[str]) -> list[Triple]:
    triples: list[Triple] = []
    for name in sorted(set(files)):
        file_node, file_triples = reference_data(group, name)
        triples += [(node, PROV.wasDerivedFrom, file_node), *file_triples]
    return triples


def cited_sources(node: URIRef, sources: Iterable[Source]) -> list[Triple]:
    """`dcterms:source` each public source of the persons' files, as person-sources.csv
    describes it."""
    triples: list[Triple] = []
    for source in sorted(set(sources), key=lambda s: s.key):
        source_node = URIRef(mint("source", "persons", source.key))
        triples += [
            (node, DCTERMS.source, source_node),
            (source_node, RDF.type, PROV.Entity),
            (source_node, RDFS.label, Literal(source.label)),
            *derived_from_files(source_node, "persons", ["person-sources.csv"]),
        ]
        if source.url:
            triples.append((source_node, FOAF.page, URIRef(source.url)))
    return triples


@cache
def _gazetteer_sources(data_base: str) -> dict[str, str]:
    """The `source` column of every gazetteer row, by the IRI the row mints."""
    del data_base  # only the cache key: IRIs depend on $PARLGRAPH_BASE
    found: dict[str, str] = {}
    for name, kind in GAZETTEER_FILES.items():
        with (DATA / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                found[mint(kind, row["key"])] = row["source"]
    return found


def gazetteer_provenance(node: URIRef, file: str | None) -> list[Triple]:
    """What a description built from a gazetteer row comes from: its file and the row's source
    (free text in those files: "public knowledge", "centres-de-competence.csv", …)."""
    if file not in GAZETTEER_FILES:
        return []
    triples = derived_from_files(node, "gazetteer", [file])
    cited = _gazetteer_sources(base()).get(str(node))
    if cited:
        # One wording ("public knowledge") is cited by several files: derived from them all.
        source_node = URIRef(mint("source", "gazetteer", slug(cited)))
        whole, whole_triples = reference_data("gazetteer")
        triples += [
            (node, DCTERMS.source, source_node),
            (source_node, RDF.type, PROV.Entity),
            (source_node, RDFS.label, Literal(cited)),
            (source_node, PROV.wasDerivedFrom, whole),
            *whole_triples,
        ]
    return triples
