"""Reference facts say where they come from, and one query tells them from facts read in pages.

Checked on the sample corpus loaded into a real store: every shared description the reference
data builds (persons, seats, parties, posts, legislatures, dates, organisations, places,
programmes) is `prov:wasDerivedFrom` a `pg:ReferenceData` file, and the `origins` named query
sorts each triple into document, reference data or texts.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from pyoxigraph import QuerySolutions
from rdflib import URIRef

from graph_api.formats import term_text
from graph_api.queries import catalogue
from graph_api.repo.embedded import EmbeddedRepo
from loaders.ids import base, mint
from loaders.mapping import record_to_graph
from loaders.mapping.layout import shared_graph_iri
from loaders.sources.walloon import parse_bytes
from loaders.vocab import PG, PROV

# Kinds of shared descriptions the mapping builds from reference data only.
REFERENCE_KINDS = ("mandate", "membership", "party", "legislature", "interval", "instant")
FIXTURES = Path(__file__).parent / "fixtures"


def origins(
    repo: EmbeddedRepo, subject: str | None = None, *, limit: int = 1000000, offset: int = 0
) -> list[dict[str, str]]:
    values = {"limit": str(limit), "offset": str(offset)} | (
        {"subject": subject} if subject else {}
    )
    result = repo.query(*catalogue()["origins"].prepare(values))
    assert isinstance(result, QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: term_text(row[n]) for n in names} for row in result]


@pytest.fixture(scope="module")
def rows(sample_repo: EmbeddedRepo) -> list[dict[str, str]]:
    return origins(sample_repo)


def kind(iri: str) -> str:
    """The kind of a minted IRI (`person`, `mandate`, …)."""
    return iri.removeprefix(f"{base()}id/").split("/", 1)[0]


def test_every_triple_is_sorted_once(sample_repo: EmbeddedRepo, rows: list[dict[str, str]]) -> None:
    stored = sum(
        1
        for name in sample_repo.graph_names()
        if name != "https://w3id.org/parlgraph/ontology"
        for _ in sample_repo.triples(name)
    )
    assert len(rows) == stored
    assert set(Counter(r["origin"] for r in rows)) == {
        "document",
        "document, linked with reference data",
        "reference data",
        "texts",
    }


def test_reference_descriptions_are_derived_from_a_reference_file(
    rows: list[dict[str, str]],
) -> None:
    by_kind: dict[str, set[str]] = {}
    for row in rows:
        by_kind.setdefault(kind(row["subject"]), set()).add(row["origin"])
    for name in REFERENCE_KINDS:
        assert by_kind[name] == {"reference data"}, name
    for name in ("organisation", "place", "programme", "person", "post", "role"):
        assert "reference data" in by_kind[name], name


def test_a_gazetteer_body_names_its_file_and_public_source(sample_repo: EmbeddedRepo) -> None:
    technocite = mint("organisation", "technocite")
    found = origins(sample_repo, technocite)
    assert found and {r["origin"] for r in found} == {"reference data"}
    assert {r["from"] for r in found} == {mint("reference", "gazetteer", "organisations-csv")}
    cited = {r["object"] for r in found if r["predicate"] == "http://purl.org/dc/terms/source"}
    assert cited == {mint("source", "gazetteer", "centres-de-competence-csv")}


def test_what_a_page_says_is_not_reference_data(rows: list[dict[str, str]]) -> None:
    for row in rows:
        if kind(row["subject"]) in ("question", "answer", "annotation", "amount", "funding"):
            assert row["origin"].startswith("document"), row
    askers = [r for r in rows if r["predicate"].endswith("ontology#askedBy")]
    assert askers and {r["origin"] for r in askers} == {"document, linked with reference data"}


def test_a_description_that_loses_its_provenance_is_no_longer_reference_data(
    sample_repo: EmbeddedRepo,
) -> None:
    """The query reads the data, not the IRIs: without prov:wasDerivedFrom a party is 'texts'."""
    party = mint("party", "mr")
    derived = f"<{party}> <{PROV.wasDerivedFrom}> <{mint('reference', 'persons', 'parties-csv')}>"
    graph = shared_graph_iri(party)
    assert {r["origin"] for r in origins(sample_repo, party)} == {"reference data"}
    sample_repo.update(f"DELETE DATA {{ GRAPH <{graph}> {{ {derived} }} }}")
    try:
        assert {r["origin"] for r in origins(sample_repo, party)} == {"texts"}
    finally:
        sample_repo.update(f"INSERT DATA {{ GRAPH <{graph}> {{ {derived} }} }}")


def test_a_person_who_only_answers_is_described_as_when_asked() -> None:
    """Regression: a responder who is not the addressee was described from the page's name
    alone (no reference id, no provenance), so the person's shared description changed with
    the last page loaded that used them."""
    page = (FIXTURES / "two-answers.txt").read_text(encoding="utf-8")
    page = page.replace(
        "Réponse du 05/04/2022\nde BORSUS Willy", "Réponse du 05/04/2022\nde DI RUPO Elio"
    )
    graph = record_to_graph(parse_bytes(page.encode("utf-8"), "page.txt"), loader_version="test")
    rupo = URIRef(mint("person", "elio-di-rupo"))
    assert (None, PG.answeredBy, rupo) in graph
    assert graph.value(rupo, PG.referenceId) is not None
    assert (
        rupo,
        PROV.wasDerivedFrom,
        URIRef(mint("reference", "persons", "ministers-csv")),
    ) in graph


def test_origins_pages_tile_and_name_the_first_of_several_files(
    sample_repo: EmbeddedRepo, rows: list[dict[str, str]]
) -> None:
    """`origins` grouped and sorted every triple of the store before its first page (over 10 s
    at 500 synthetic pages, bench/run.py, which is where its speed is measured); its rows now
    stream in the store's order, so pages must tile the whole, and a subject several reference
    files describe (a person who was a deputy and a minister) names the first file by IRI on
    every row (it was any one of them)."""
    pages = [origins(sample_repo, limit=997, offset=o) for o in range(0, len(rows) + 997, 997)]
    assert [row for page in pages for row in page] == rows
    files_of: dict[str, set[str]] = {}
    for row in rows:
        if row["origin"] == "reference data":
            files_of.setdefault(row["subject"], set()).add(row["from"])
    assert all(len(files) == 1 for files in files_of.values())
    described = sample_repo.query(
        "SELECT ?s (MIN(STR(?f)) AS ?first) (COUNT(DISTINCT ?f) AS ?n) WHERE {"
        f" ?s <{PROV}wasDerivedFrom> ?f . ?f a <{PG}ReferenceData> }} GROUP BY ?s"
    )
    assert isinstance(described, QuerySolutions)
    several = {row["s"].value: row["first"].value for row in described if int(row["n"].value) > 1}
    shown = {s: first for s, first in several.items() if s in files_of}
    assert shown and all(files_of[s] == {first} for s, first in shown.items())
