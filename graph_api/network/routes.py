"""GET /network (the interactive page) and GET /network.{gexf,graphml,json} for the service.

The queries go through the service's query engine (`request.app.state.engine`, anything with
`run(query, media_type)` returning a body), so they get its deadline, row cap and in-flight cap
like every other query; the same filters as `parlgraph network` are query-string parameters.

Building the views and their metrics costs far more than the queries (every view of the page,
PageRank, betweenness, Louvain), and a checkpoint of the store never changes once published: each
answer is kept for the checkpoint it was computed on (the last `KEPT` answers), so a page is
computed again only when a load publishes a new checkpoint or the filters change.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from datetime import date
from threading import Lock
from typing import Annotated, Protocol

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from graph_api.network import export
from graph_api.network.build import ENTITY_KINDS, Filters, View, build
from graph_api.network.fetch import Corpus, fetch, json_select
from graph_api.network.metrics import add_metrics
from graph_api.network.page import page_data, render
from graph_api.repo.checkpoints import StoreFolder
from graph_api.service.pages import settings_of

RESULTS_JSON = "application/sparql-results+json"
FILES = {
    "gexf": (export.gexf, "application/gexf+xml"),
    "graphml": (export.graphml, "application/graphml+xml"),
    "json": (export.node_link, "application/json"),
}

KEPT = 16
router = APIRouter(tags=["network"])


class Answer(Protocol):
    @property
    def body(self) -> bytes: ...


class Engine(Protocol):
    def run(self, query: str, media_type: str) -> Answer: ...


def _day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(400, f"{name}: not a date (YYYY-MM-DD): {value!r}") from None


class NetworkQuery:
    """The query-string filters, read once for every network route."""

    def __init__(
        self,
        since: Annotated[str | None, Query()] = None,
        until: Annotated[str | None, Query()] = None,
        party: Annotated[str | None, Query()] = None,
        addressee: Annotated[str | None, Query()] = None,
        kind: Annotated[list[str] | None, Query()] = None,
        by_post: Annotated[bool, Query()] = False,
        tripartite: Annotated[bool, Query()] = False,
    ) -> None:
        unknown = sorted(set(kind or []) - set(ENTITY_KINDS))
        if unknown:
            raise HTTPException(400, f"kind: unknown entity kind {', '.join(unknown)}")
        self.filters = Filters(
            since=_day(since, "since"),
            until=_day(until, "until"),
            party=party or None,
            addressee=addressee or None,
            kinds=frozenset(kind or []),
            by_post=by_post,
            tripartite=tripartite,
        )

    def corpus(self, request: Request) -> Corpus:
        engine: Engine = request.app.state.engine
        select = json_select(lambda text: engine.run(text, RESULTS_JSON).body)
        return fetch(select, self.filters.since, self.filters.until)


Filtering = Annotated[NetworkQuery, Depends()]


class Answers:
    """The last `KEPT` answers, each under the store checkpoint it was computed on."""

    def __init__(self) -> None:
        self._kept: OrderedDict[Hashable, bytes] = OrderedDict()
        self._lock = Lock()

    def get(self, key: Hashable, compute: Callable[[], bytes]) -> bytes:
        with self._lock:
            if key in self._kept:
                self._kept.move_to_end(key)
                return self._kept[key]
        answer = compute()
        with self._lock:
            self._kept[key] = answer
            while len(self._kept) > KEPT:
                self._kept.popitem(last=False)
        return answer


def answer(request: Request, key: Hashable, compute: Callable[[], bytes]) -> bytes:
    """`compute()`, or what it gave on the same checkpoint. The number is read before the
    queries run (each opens the latest checkpoint), so what is kept under a number is never older
    than that checkpoint; a store with no checkpoint yet is never kept."""
    generation = StoreFolder(settings_of(request).store).current_generation()
    if generation is None:
        return compute()
    state = request.app.state
    if not hasattr(state, "network_answers"):
        state.network_answers = Answers()
    answers: Answers = state.network_answers
    return answers.get((generation, key), compute)


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, query: Filtering, view: View = View.who_asks_whom) -> Response:
    """The interactive page: search, period, party and kind filters, questions per node."""

    def page() -> bytes:
        base = settings_of(request).base
        data = page_data(query.corpus(request), query.filters, view, base=base, local_base="/")
        return render(data).encode("utf-8")

    return HTMLResponse(answer(request, ("html", query.filters, view), page))


@router.get("/network.{extension}")
def network_file(
    request: Request, extension: str, query: Filtering, view: View = View.who_asks_whom
) -> Response:
    """The network as GEXF or GraphML (for Gephi) or node-link JSON, with its metrics."""
    if extension not in FILES:
        raise HTTPException(404, f"no network format {extension!r} (gexf, graphml, json)")
    writer, media_type = FILES[extension]

    def file() -> bytes:
        return writer(add_metrics(build(query.corpus(request), view, query.filters)))

    return Response(answer(request, (extension, query.filters, view), file), media_type=media_type)
