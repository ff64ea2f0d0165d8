"""The views built from the store, checked against the parsed sample (an independent path)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path

import networkx as nx

from graph_api.network.build import ENTITY_KINDS, Filters, View, build
from graph_api.network.fetch import Corpus
from graph_api.network.metrics import add_metrics
from graph_api.network.page import page_data
from graph_api.settings import Settings
from loaders.record import Record
from tests.graph_api.network.conftest import BORSUS, GALANT, PERSON, read_corpus

TECHNOCITE = "https://w3id.org/parlgraph/id/organisation/technocite"
BELGIQUE = "https://w3id.org/parlgraph/id/place/belgique"


def pairs(
    records: list[Record], keep: Callable[[Record], bool] = lambda record: True
) -> dict[tuple[str, str], int]:
    counts: dict[tuple[str, str], int] = {}
    for record in records:
        if not keep(record):
            continue
        for asker in record.question.askers:
            for addressee in record.question.addressees:
                key = (str(asker.id), str(addressee.id))
                counts[key] = counts.get(key, 0) + 1
    return counts


def test_galant_asks_borsus_once_with_the_edge_attributes(corpus: Corpus) -> None:
    graph = build(corpus, View.who_asks_whom, Filters())
    edge = graph.edges[GALANT, BORSUS]
    assert edge["weight"] == 1
    assert edge["first_date"] == edge["last_date"] == "2023-01-16"
    assert edge["answered_share"] == 1.0
    assert edge["median_delay_days"] == 17.0  # 16 January to 2 February 2023
    assert graph.nodes[GALANT]["kind"] == "deputy"
    assert graph.nodes[GALANT]["party"] == "MR"
    assert graph.nodes[BORSUS]["kind"] == "minister"
    assert "Centres de compétences" in graph.nodes[BORSUS]["role"]


def test_who_asks_whom_is_the_parsed_sample(corpus: Corpus, records: list[Record]) -> None:
    graph = build(corpus, View.who_asks_whom, Filters())
    assert {(s, t): d["weight"] for s, t, d in graph.edges(data=True)} == pairs(records)
    received = sum(d["questions_received"] for _, d in graph.nodes(data=True))
    assert received == len(records)


def test_technocite_is_reached_from_galant_in_asks_about(corpus: Corpus) -> None:
    graph = build(corpus, View.asks_about, Filters())
    assert graph.has_edge(GALANT, TECHNOCITE)
    assert graph.nodes[TECHNOCITE]["kind"] == "organisation"
    tripartite = build(corpus, View.asks_about, Filters(tripartite=True))
    assert nx.shortest_path(tripartite, GALANT, TECHNOCITE) == [GALANT, BORSUS, TECHNOCITE]


def test_asks_about_edges_are_the_parsed_mentions(corpus: Corpus, records: list[Record]) -> None:
    graph = build(corpus, View.asks_about, Filters())
    expected: dict[tuple[str, str], int] = {}
    for record in records:
        # The kinds the view draws (not persons, parties or topics), as the parser typed them.
        entities = {m.id for m in record.mentions if m.id and m.type in ENTITY_KINDS}
        for asker in record.question.askers:
            for entity in entities:
                key = (str(asker.id), entity)
                expected[key] = expected.get(key, 0) + 1
    drawn = {
        (s, t): d["weight"] for s, t, d in graph.edges(data=True) if d["relation"] == "mentions"
    }
    assert drawn == expected


def test_countries_mentioned_are_places_in_asks_about(corpus: Corpus) -> None:
    """A country is typed schema:Country, not schema:Place: the view once left them out."""
    graph = build(corpus, View.asks_about, Filters(kinds=frozenset({"place"})))
    assert graph.has_edge(GALANT, BELGIQUE) and graph.nodes[BELGIQUE]["kind"] == "place"


def test_the_period_is_applied_in_the_store(sample_store: Path, records: list[Record]) -> None:
    since, until = date(2021, 1, 1), date(2022, 12, 31)
    graph = build(read_corpus(sample_store, since, until), View.who_asks_whom, Filters())

    def within(record: Record) -> bool:
        return since.isoformat() <= str(record.question.date) <= until.isoformat()

    expected = pairs(records, within)
    assert 0 < len(expected) < len(pairs(records))
    assert {(s, t): d["weight"] for s, t, d in graph.edges(data=True)} == expected


def test_party_filter_keeps_exactly_that_party_s_askings(corpus: Corpus) -> None:
    whole = build(corpus, View.who_asks_whom, Filters())
    mr = build(corpus, View.who_asks_whom, Filters(party="mr"))
    expected = {(s, t) for s, t in whole.edges if whole.nodes[s]["party"] == "MR"}
    assert set(mr.edges) == expected
    assert 0 < len(expected) < whole.number_of_edges()


def test_addressee_filter_by_name_or_iri(corpus: Corpus) -> None:
    by_name = build(corpus, View.who_asks_whom, Filters(addressee="willy borsus"))
    by_iri = build(corpus, View.who_asks_whom, Filters(addressee=BORSUS))
    assert set(by_name.edges) == set(by_iri.edges)
    assert {target for _, target in by_name.edges} == {BORSUS}
    whole = build(corpus, View.who_asks_whom, Filters())
    assert set(by_name.edges) == {(s, t) for s, t in whole.edges if t == BORSUS}


def test_kind_filter_keeps_only_that_kind_of_entity(corpus: Corpus) -> None:
    graph = build(corpus, View.asks_about, Filters(kinds=frozenset({"place"})))
    kinds = {data["kind"] for _, data in graph.nodes(data=True)}
    assert "place" in kinds and kinds <= {"place", "deputy", "minister"}


def test_by_post_puts_posts_in_place_of_ministers(corpus: Corpus) -> None:
    graph = build(corpus, View.who_asks_whom, Filters(by_post=True))
    targets = {target for _, target in graph.edges}
    assert targets and all("/id/post/" in target for target in targets)
    assert all(graph.nodes[t]["kind"] == "post" for t in targets)


def test_parties_view_sums_the_deputies_questions(corpus: Corpus) -> None:
    whole = build(corpus, View.who_asks_whom, Filters())
    parties = build(corpus, View.parties, Filters())
    mr = "https://w3id.org/parlgraph/id/party/mr"
    assert parties.nodes[mr]["label"] == "MR"
    assert parties.edges[mr, BORSUS]["weight"] == sum(
        d["weight"]
        for s, t, d in whole.edges(data=True)
        if t == BORSUS and whole.nodes[s]["party"] == "MR"
    )


def test_metrics_are_node_attributes_and_reproducible(corpus: Corpus) -> None:
    first = add_metrics(build(corpus, View.asks_about, Filters()))
    second = add_metrics(build(corpus, View.asks_about, Filters()))
    assert dict(first.nodes(data=True)) == dict(second.nodes(data=True))
    assert abs(sum(d["pagerank"] for _, d in first.nodes(data=True)) - 1) < 1e-3
    galant = first.nodes[GALANT]
    assert galant["out_degree"] == sum(
        d["weight"] for _, _, d in first.out_edges(GALANT, data=True)
    )
    assert isinstance(galant["community"], int)
    assert first.nodes[TECHNOCITE]["community"] == galant["community"]


def test_a_person_s_party_is_the_one_held_on_the_question_s_date(
    corpus: Corpus, records: list[Record]
) -> None:
    """cdH became Les Engagés on 12 March 2022: a question's asker (and addressee) belongs to the
    party of that day, as the parser reads it from the reference data, never to every party the
    person was ever listed in ("Les Engagés / cdH" for a 2020 question)."""
    held: dict[str, set[str]] = defaultdict(set)
    asked: dict[tuple[str, str], int] = defaultdict(int)
    for record in records:
        for person in (*record.question.askers, *record.question.addressees):
            held[str(person.id)].update(filter(None, [person.party]))
        for asker in record.question.askers:
            for addressee in record.question.addressees:
                asked[asker.party or "(no party)", str(addressee.id)] += 1
    graph = build(corpus, View.who_asks_whom, Filters())
    assert {node: data["party"] for node, data in graph.nodes(data=True)} == {
        person: " / ".join(sorted(parties)) for person, parties in held.items()
    }
    assert graph.nodes[PERSON + "francois-desquesnes"]["party"] == "cdH"  # asked in 2020
    by_party = build(corpus, View.parties, Filters())
    drawn = {(by_party.nodes[s]["label"], t): d["weight"] for s, t, d in by_party.edges(data=True)}
    assert drawn == asked
    cdh = build(corpus, View.who_asks_whom, Filters(party="cdh"))
    assert {source for source, _ in cdh.edges} == {
        str(asker.id)
        for record in records
        for asker in record.question.askers
        if asker.party == "cdH"
    }
    page = page_data(corpus, Filters(), base=Settings().base)
    assert sorted(tuple(question["parties"]) for question in page["questions"]) == sorted(
        tuple(sorted({a.party for a in record.question.askers if a.party})) for record in records
    )


def test_betweenness_puts_ministers_between_askers_and_what_they_ask_about(
    corpus: Corpus,
) -> None:
    graph = add_metrics(build(corpus, View.asks_about, Filters(tripartite=True)))
    assert graph.nodes[BORSUS]["betweenness"] > 0  # on Galant → Borsus → Technocité
    assert graph.in_degree(GALANT) == 0 and graph.nodes[GALANT]["betweenness"] == 0
    assert graph.nodes[BORSUS]["in_degree"] == sum(
        d["weight"] for _, _, d in graph.in_edges(BORSUS, data=True)
    )
