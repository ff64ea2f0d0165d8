"""The worker side of the HTTP query runner: one process that answers queries one at a time.

It lives in a process of its own because pyoxigraph cannot stop a query from Python: the runner
kills the process at the deadline and starts another. The answer is serialised here, in the
worker, so a result too big or too slow to write is stopped by the same deadline, and the rows
are capped while they are read. Kept apart from `graph_api.service` so that a worker imports the
store and the writers only, not the web application.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import threading
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from itertools import islice
from multiprocessing.connection import Connection
from pathlib import Path

from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    QueryTriples,
    Triple,
    parse_query_results,
)

from graph_api.formats import RESULT_FORMATS, write_graph, write_result
from graph_api.messages import one_line
from graph_api.repo.base import RepoError
from graph_api.repo.embedded import EmbeddedRepo

RESULTS_MEDIA_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_MEDIA_TYPES = {
    "text/turtle": "ttl",
    "application/n-triples": "nt",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml",
}
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
READY = "ready"  # sent once, when the worker has started and opened the store


@dataclass(frozen=True)
class Request:
    query: str
    media_type: str
    default_graphs: Sequence[str] = ()
    named_graphs: Sequence[str] = ()


@dataclass(frozen=True)
class Answer:
    body: bytes
    rows: int | None
    truncated: bool


@dataclass(frozen=True)
class Failure:
    """What went wrong, by kind (`syntax`, `media`, `store`, `internal`), in one line."""

    kind: str
    message: str


class MediaTypeMismatch(ValueError):
    """A media type the query's result cannot be written in (a SELECT as Turtle)."""


def _term(term: object) -> dict[str, object]:
    """A term in the SPARQL 1.1 Query Results JSON Format (with RDF 1.2 triple terms)."""
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        written: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            written["xml:lang"] = term.language
        elif term.datatype.value not in (XSD_STRING, LANG_STRING):
            written["datatype"] = term.datatype.value
        return written
    if isinstance(term, Triple):
        parts = {"subject": term.subject, "predicate": term.predicate, "object": term.object}
        return {"type": "triple", "value": {name: _term(part) for name, part in parts.items()}}
    raise TypeError(f"not an RDF term: {term!r}")


def _solutions(result: QuerySolutions, format_name: str, max_rows: int) -> Answer:
    """At most `max_rows` solutions. pyoxigraph writes a whole result only, so the capped rows
    are written as SPARQL JSON here and, for the other formats, read back and rewritten by
    pyoxigraph's own writers."""
    names = [variable.value for variable in result.variables]
    bindings: list[dict[str, object]] = []
    truncated = False
    for solution in result:
        if len(bindings) == max_rows:
            truncated = True
            break
        row = {name: solution[name] for name in names}
        bindings.append({name: _term(term) for name, term in row.items() if term is not None})
    document = {"head": {"vars": names}, "results": {"bindings": bindings}}
    body = json.dumps(document, ensure_ascii=False).encode("utf-8")
    if format_name != "json":
        parsed = parse_query_results(body, format=QueryResultsFormat.JSON)
        body = parsed.serialize(format=RESULT_FORMATS[format_name]) or b""
    return Answer(body, len(bindings), truncated)


def answer(repo: EmbeddedRepo, request: Request, max_rows: int) -> Answer:
    result = repo.query_dataset(request.query, request.default_graphs, request.named_graphs)
    if isinstance(result, QueryTriples):
        graph_format = GRAPH_MEDIA_TYPES.get(request.media_type)
        if graph_format is None:
            raise MediaTypeMismatch(f"a graph is not written as {request.media_type}")
        triples = list(islice(result, max_rows + 1))
        body = write_graph(triples[:max_rows], graph_format)
        return Answer(body, min(len(triples), max_rows), len(triples) > max_rows)
    results_format = RESULTS_MEDIA_TYPES.get(request.media_type)
    if results_format is None:
        raise MediaTypeMismatch(f"query results are not written as {request.media_type}")
    if isinstance(result, QueryBoolean):
        return Answer(write_result(result, results_format), None, False)
    return _solutions(result, results_format, max_rows)


def _exit_with_parent() -> None:
    """End this process when the process that started it ends, however it ended.

    A worker busy with a query reads nothing from its pipe, so it would not notice that a
    killed server (SIGKILL, or SIGTERM with no clean-up) is gone and would run its query to the
    end at full CPU. The spawn start method gives the child a pipe whose far end only the parent
    holds: it reads as closed once the parent is gone. (`PR_SET_PDEATHSIG` would follow the
    parent's thread that started the worker, and the runner starts replacements from threads
    that come and go.)"""
    parent = multiprocessing.parent_process()
    if parent is not None:
        parent.join()
        os._exit(1)


def serve(connection: Connection, store: str, max_rows: int) -> None:
    """Answer requests until the runner closes the pipe (or kills the process, or ends)."""
    # Ctrl-C in the server's terminal reaches every process of the group; the runner stops
    # its workers itself, so a worker ignores it rather than die mid-answer.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, daemon=True).start()
    repo: EmbeddedRepo | None = None
    with suppress(RepoError, OSError):  # if the store cannot be opened now, each query says why
        repo = EmbeddedRepo(Path(store), mode="read")
    connection.send(READY)
    while True:
        try:
            request = connection.recv()
        except EOFError:
            break
        if request is None:
            break
        reply: Answer | Failure
        try:
            if repo is None:
                repo = EmbeddedRepo(Path(store), mode="read")
            else:
                repo.refresh()
            reply = answer(repo, request, max_rows)
        except SyntaxError as error:
            reply = Failure("syntax", one_line(" ".join(str(error).split())))
        except MediaTypeMismatch as error:
            reply = Failure("media", str(error))
        except (RepoError, OSError) as error:
            reply = Failure("store", one_line(str(error)))
        except Exception as error:  # the worker stays up for the next query
            reply = Failure("internal", f"{type(error).__name__} while answering")
        connection.send(reply)
    if repo is not None:
        repo.close()
