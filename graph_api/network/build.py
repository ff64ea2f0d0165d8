"""The three views as networkx graphs: who asks whom, asks about what, and by party.

Every edge aggregates questions: its weight is their number, and it keeps their dates, the share
answered and the median answer delay. The question IRIs behind an edge stay on it (`questions`,
a tuple) for the page and the JSON export; the Gephi formats leave them out (see `export`).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

import networkx as nx

from graph_api.network.fetch import Asking, Corpus

ENTITY_KINDS = ("organisation", "site", "place", "programme", "project")
NO_PARTY = "no-party"


class View(StrEnum):
    who_asks_whom = "who-asks-whom"
    asks_about = "asks-about"
    parties = "parties"


@dataclass(frozen=True)
class Filters:
    """What to keep. `party` is the asker's party (short name, any case); `addressee` a person or
    post IRI or a display name (any case); `kinds` the entity kinds of asks-about (all if empty).
    The period (`since`, `until`) is applied in SPARQL when the corpus is fetched."""

    since: date | None = None
    until: date | None = None
    party: str | None = None
    addressee: str | None = None
    kinds: frozenset[str] = field(default_factory=frozenset)
    by_post: bool = False
    tripartite: bool = False


def kept(corpus: Corpus, filters: Filters) -> list[Asking]:
    wanted_party = filters.party.casefold() if filters.party else None
    wanted_addressee = filters.addressee.casefold() if filters.addressee else None
    result = []
    for asking in corpus.askings:
        if wanted_party is not None and wanted_party not in {
            corpus.labels.get(party, party).casefold() for party in asking.asker_parties
        }:
            continue
        if wanted_addressee is not None and wanted_addressee not in {
            asking.addressee.casefold(),
            asking.post.casefold(),
            corpus.labels.get(asking.addressee, "").casefold(),
        }:
            continue
        result.append(asking)
    return result


def addressee_node(asking: Asking, filters: Filters) -> str:
    """The minister as a person, or the post they held that day (`--by-post`)."""
    return asking.post if filters.by_post and asking.post else asking.addressee


def edge_attributes(askings: Iterable[Asking]) -> dict[str, object]:
    """Weight, dates, answered share and median delay of the distinct questions of one edge."""
    by_question = {asking.question: asking for asking in askings}
    dates = sorted(a.date for a in by_question.values() if a.date)
    delays = [a.delay for a in by_question.values() if a.delay is not None]
    attributes: dict[str, object] = {
        "weight": len(by_question),
        "answered_share": round(
            sum(a.answered for a in by_question.values()) / len(by_question), 4
        ),
        "questions": tuple(sorted(by_question)),
    }
    if dates:
        attributes["first_date"], attributes["last_date"] = dates[0], dates[-1]
    if delays:
        attributes["median_delay_days"] = float(statistics.median(delays))
    return attributes


def _add_edges(
    graph: nx.DiGraph, groups: dict[tuple[str, str], list[Asking]], relation: str
) -> None:
    for (source, target), askings in sorted(groups.items()):
        graph.add_edge(source, target, relation=relation, **edge_attributes(askings))


def _group(
    askings: Iterable[Asking], key: Callable[[Asking], Iterator[tuple[str, str]]]
) -> dict[tuple[str, str], list[Asking]]:
    groups: dict[tuple[str, str], list[Asking]] = defaultdict(list)
    for asking in askings:
        for pair in key(asking):
            groups[pair].append(asking)
    return groups


def _add_actor_nodes(
    graph: nx.DiGraph, corpus: Corpus, askings: list[Asking], filters: Filters
) -> None:
    """Deputies, and ministers as persons (role: the latest post) or as posts (`by_post`); a
    person's party is the one held on the dates of their questions."""
    asked: dict[str, set[str]] = defaultdict(set)
    received: dict[str, set[str]] = defaultdict(set)
    parties: dict[str, set[str]] = defaultdict(set)
    latest_post: dict[str, str] = {}
    for asking in askings:  # in date order: the latest post wins
        asked[asking.asker].add(asking.question)
        parties[asking.asker].update(asking.asker_parties)
        received[addressee_node(asking, filters)].add(asking.question)
        parties[asking.addressee].update(asking.addressee_parties)
        if asking.post:
            latest_post[asking.addressee] = asking.post
    posts = set(latest_post.values()) if filters.by_post else set()
    for node in sorted(set(asked) | set(received)):
        if node in posts:
            kind, role = "post", corpus.labels.get(node, "")
        elif node in received:
            kind, role = "minister", corpus.labels.get(latest_post.get(node, ""), "")
        else:
            kind, role = "deputy", "deputy"
        graph.add_node(
            node,
            label=corpus.labels.get(node, node),
            kind=kind,
            party=corpus.party_names(parties.get(node, ())),
            role=role,
            questions_asked=len(asked.get(node, ())),
            questions_received=len(received.get(node, ())),
        )


def who_asks_whom(corpus: Corpus, filters: Filters) -> nx.DiGraph:
    askings = kept(corpus, filters)
    graph = nx.DiGraph(view=View.who_asks_whom.value)
    _add_actor_nodes(graph, corpus, askings, filters)
    groups = _group(askings, lambda a: iter([(a.asker, addressee_node(a, filters))]))
    _add_edges(graph, groups, "asks")
    return graph


def asks_about(corpus: Corpus, filters: Filters) -> nx.DiGraph:
    """Deputies and ministers → what their questions mention; with `tripartite`, deputy →
    minister → entity instead (the minister's edge carries the questions put to them)."""
    askings = kept(corpus, filters)
    questions = {a.question for a in askings}
    entities: dict[str, list[str]] = defaultdict(list)
    graph = nx.DiGraph(view=View.asks_about.value)
    _add_actor_nodes(graph, corpus, askings, filters)
    mentioned: dict[str, set[str]] = defaultdict(set)
    for mention in corpus.mentions:
        if mention.question in questions and (not filters.kinds or mention.kind in filters.kinds):
            entities[mention.question].append(mention.entity)
            mentioned[mention.entity].add(mention.question)
            graph.add_node(
                mention.entity, label=mention.label, kind=mention.kind, party="", role=""
            )
    for entity, mentioning in mentioned.items():
        graph.nodes[entity]["questions_mentioning"] = len(mentioning)
    if filters.tripartite:
        asks = _group(askings, lambda a: iter([(a.asker, addressee_node(a, filters))]))
        _add_edges(graph, asks, "asks")
    else:
        asks = _group(askings, lambda a: ((a.asker, e) for e in entities[a.question]))
        _add_edges(graph, asks, "mentions")
    receives = _group(
        askings, lambda a: ((addressee_node(a, filters), e) for e in entities[a.question])
    )
    _add_edges(graph, receives, "about")
    graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    return graph


def parties(corpus: Corpus, filters: Filters) -> nx.DiGraph:
    """Deputies grouped into their party: party → minister (or post), weight = questions."""
    askings = kept(corpus, filters)
    graph = nx.DiGraph(view=View.parties.value)
    party_nodes: dict[str, set[str]] = defaultdict(set)
    for asking in askings:
        party_nodes[party_node(asking)].add(asking.question)
    for node, asked in sorted(party_nodes.items()):
        label = "(no party)" if node == NO_PARTY else corpus.party_names(node.split())
        graph.add_node(
            node, label=label, kind="party", party=label, role="", questions_asked=len(asked)
        )
    ministers = nx.DiGraph()
    _add_actor_nodes(ministers, corpus, askings, filters)
    for node, data in ministers.nodes(data=True):
        if data["kind"] != "deputy":
            graph.add_node(node, **data)
    groups = _group(
        askings,
        lambda a: iter([(party_node(a), addressee_node(a, filters))]),
    )
    _add_edges(graph, groups, "asks")
    return graph


def party_node(asking: Asking) -> str:
    """The asker's party IRI that day, the joined IRIs if listed in several, `no-party` if none."""
    return " ".join(asking.asker_parties) or NO_PARTY


BUILDERS: dict[View, Callable[[Corpus, Filters], nx.DiGraph]] = {
    View.who_asks_whom: who_asks_whom,
    View.asks_about: asks_about,
    View.parties: parties,
}


def build(corpus: Corpus, view: View, filters: Filters) -> nx.DiGraph:
    return BUILDERS[view](corpus, filters)
