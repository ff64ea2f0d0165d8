"""Dated memberships in the graph: seats, parties and posts, and who held a post on a given day."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, QuerySolutions
from rdflib import Graph, URIRef
from rdflib.namespace import ORG, RDF

from graph_api.formats import term_text
from graph_api.repo.embedded import EmbeddedRepo
from loaders.mapping import record_to_graph
from loaders.mapping.people import person_triples
from loaders.process import read_document
from loaders.reference.persons import load_persons, load_registry
from loaders.sources.walloon import SAMPLE_DIR
from loaders.vocab import PG, PROV

TIME = "http://www.w3.org/2006/time#"
INTERVAL, BEGINNING, IN_DATE = (URIRef(TIME + t) for t in ("Interval", "hasBeginning", "inXSDDate"))

INVENTED = Path(__file__).parents[1] / "reference" / "fixtures" / "invented-people"
PARLIAMENT = "https://w3id.org/parlgraph/id/organisation/parlement-de-wallonie"

# One query: the people whose dated membership carries the post's role on that day.
WHO_HELD = """
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX time: <http://www.w3.org/2006/time#>
SELECT DISTINCT ?name WHERE {
  ?post skos:prefLabel ?wanted ; org:role ?role .
  ?held org:role ?role ; org:member ?person ; org:memberDuring ?during .
  ?person foaf:name ?name .
  ?during time:hasBeginning ?start . ?start time:inXSDDate ?begins .
  OPTIONAL { ?during time:hasEnd ?end . ?end time:inXSDDate ?ends }
  FILTER (?begins <= ?day && (!BOUND(?ends) || ?ends >= ?day))
}
"""
BUDGET = "Ministre du Budget et des Finances, des Aéroports et des Infrastructures sportives"


def who_held(repo: EmbeddedRepo, title: str, day: str) -> list[str]:
    on = Literal(day, datatype=NamedNode("http://www.w3.org/2001/XMLSchema#date"))
    result = repo.query(WHO_HELD, {"wanted": Literal(title, language="fr"), "day": on})
    assert isinstance(result, QuerySolutions)
    return sorted(term_text(row["name"]) for row in result)


@pytest.mark.parametrize(
    ("title", "day", "holders"),
    [
        (BUDGET, "2020-06-01", ["Jean-Luc Crucke"]),
        (BUDGET, "2021-06-30", ["Jean-Luc Crucke"]),
        (BUDGET, "2021-07-01", ["Adrien Dolimont"]),
        (BUDGET, "2023-01-16", ["Adrien Dolimont"]),
        (BUDGET, "2024-08-01", []),
        ("Ministre-Président du Gouvernement wallon", "2013-10-01", ["Rudy Demotte"]),
        ("Ministre-Président du Gouvernement wallon", "2022-03-16", ["Elio Di Rupo"]),
    ],
)
def test_who_held_this_post_on_that_day_is_one_query(
    sample_repo: EmbeddedRepo, title: str, day: str, holders: list[str]
) -> None:
    assert who_held(sample_repo, title, day) == holders


def test_every_membership_is_dated_and_says_where_it_comes_from() -> None:
    for path in sorted(SAMPLE_DIR.glob("*.txt")):
        graph = record_to_graph(read_document(path), loader_version="test")
        memberships = set(graph.subjects(RDF.type, ORG.Membership))
        assert memberships, path.name
        for membership in memberships:
            interval = graph.value(membership, ORG.memberDuring)
            assert interval is not None, membership
            assert (interval, RDF.type, INTERVAL) in graph
            begins = graph.value(interval, BEGINNING)
            assert graph.value(begins, IN_DATE) is not None
            assert graph.value(membership, ORG.role) is not None
            assert graph.value(membership, PROV.wasDerivedFrom) is not None


def test_the_asker_mandate_is_the_seat_held_that_day() -> None:
    graph = record_to_graph(
        read_document(SAMPLE_DIR / "wq-2022-2023-58.txt"), loader_version="test"
    )
    mandates = list(graph.objects(None, PG.askerMandate))
    assert [str(m).rsplit("/id/", 1)[1] for m in mandates] == [
        "mandate/wallonia/2019-2024/rudy-demotte"
    ]
    term = graph.value(
        mandates[0],
        URIRef("http://data.europa.eu/eli/eli-draft-legislation-ontology#parliamentary_term"),
    )
    assert str(term).endswith("/id/legislature/wallonia/2019-2024")


def test_homonyms_get_two_person_iris_with_their_own_memberships() -> None:
    registry = load_registry(INVENTED)
    graph = Graph()
    for person in registry.candidates("DUPONT Jean"):
        for triple in person_triples(registry, person, "wallonia", PARLIAMENT):
            graph.add(triple)
    people = sorted(
        str(p).rsplit("/", 1)[1]
        for p in graph.subjects(RDF.type, URIRef("http://xmlns.com/foaf/0.1/Person"))
    )
    assert people == ["jean-dupont-d1", "jean-dupont-d2"]
    members = {str(m).rsplit("/", 1)[1] for m in graph.objects(None, ORG.member)}
    assert members == {"jean-dupont-d1", "jean-dupont-d2"}


def test_a_party_change_is_two_dated_party_memberships() -> None:
    registry = load_persons()
    wesphael = registry.find("WESPHAEL Bernard")
    assert wesphael is not None
    graph = Graph()
    for triple in person_triples(registry, wesphael, "wallonia", PARLIAMENT):
        graph.add(triple)
    spells = {str(m).rsplit("/id/", 1)[1] for m in graph.subjects(ORG.role, PG.PartyMemberRole)}
    assert spells == {"membership/ecolo/bernard-wesphael", "membership/mg/bernard-wesphael"}
    approximate = list(graph.subjects(PG.approximate, None))
    assert [str(i).rsplit("/", 1)[1] for i in approximate] == ["2012-06-01-about"]
