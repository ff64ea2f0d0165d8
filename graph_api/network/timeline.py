"""The views over time: one layer of edges per session or year, and each deputy's shifts.

A per-period graph is a multigraph: one edge per pair and period (key and `period` attribute),
so Gephi and networkx see the layers apart; node attributes and metrics are those of the whole
selection.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from enum import StrEnum

import networkx as nx

from graph_api.network.build import Filters, View, build, kept
from graph_api.network.fetch import Asking, Corpus
from graph_api.network.metrics import add_metrics


class Period(StrEnum):
    session = "session"
    year = "year"


def period_of(asking: Asking, per: Period) -> str:
    return asking.session if per is Period.session else asking.date[:4]


def per_period(corpus: Corpus, view: View, filters: Filters, per: Period) -> nx.MultiDiGraph:
    whole = add_metrics(build(corpus, view, filters))
    layered = nx.MultiDiGraph(**whole.graph, per=per.value)
    layered.add_nodes_from(whole.nodes(data=True))
    periods = sorted({period_of(asking, per) for asking in corpus.askings})
    for period in periods:
        askings = [a for a in corpus.askings if period_of(a, per) == period]
        layer = build(replace(corpus, askings=askings), view, filters)
        for source, target, data in layer.edges(data=True):
            layered.add_edge(source, target, key=period, period=period, **data)
    return layered


SHIFT_COLUMNS = (
    "deputy",
    "deputy_name",
    "session",
    "questions",
    "addressees",
    "topics",
    "new_addressees",
    "dropped_addressees",
    "new_topics",
    "dropped_topics",
)


def shifts(corpus: Corpus, filters: Filters) -> list[dict[str, str | int]]:
    """One row per deputy and session they asked in: whom and what about (with counts), and
    what is new or dropped since their previous session with questions."""
    topics_of: dict[str, set[str]] = defaultdict(set)
    for mention in corpus.mentions:
        if not filters.kinds or mention.kind in filters.kinds:
            topics_of[mention.question].add(mention.label)
    sessions: dict[str, dict[str, list[Asking]]] = defaultdict(lambda: defaultdict(list))
    for asking in kept(corpus, filters):
        sessions[asking.asker][asking.session].append(asking)
    rows: list[dict[str, str | int]] = []
    for deputy in sorted(sessions, key=lambda person: (corpus.labels.get(person, ""), person)):
        before_addressees: set[str] = set()
        before_topics: set[str] = set()
        for session, askings in sorted(sessions[deputy].items()):
            questions = {a.question: a for a in askings}
            addressees = Counter(corpus.labels.get(a.addressee, a.addressee) for a in askings)
            topics = Counter(t for q in questions for t in topics_of[q])
            rows.append(
                {
                    "deputy": deputy,
                    "deputy_name": corpus.labels.get(deputy, deputy),
                    "session": session,
                    "questions": len(questions),
                    "addressees": _counted(addressees),
                    "topics": _counted(topics),
                    "new_addressees": _listed(set(addressees) - before_addressees),
                    "dropped_addressees": _listed(before_addressees - set(addressees)),
                    "new_topics": _listed(set(topics) - before_topics),
                    "dropped_topics": _listed(before_topics - set(topics)),
                }
            )
            before_addressees, before_topics = set(addressees), set(topics)
    return rows


def _counted(counts: Counter[str]) -> str:
    return "; ".join(
        f"{name} ({count})" for name, count in sorted(counts.items(), key=lambda i: (-i[1], i[0]))
    )


def _listed(names: set[str]) -> str:
    return "; ".join(sorted(names))
