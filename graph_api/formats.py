"""Query results and graphs written out in the formats users ask for, by pyoxigraph's writers."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable

from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    Quad,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    QueryTriples,
    RdfFormat,
    Triple,
    serialize,
)
from rdflib import Dataset
from rich.console import Console
from rich.table import Table

from graph_api.repo.base import QueryResult
from loaders.vocab import PREFIXES
from ontology import CONTEXT_PATH

RESULT_FORMATS: dict[str, QueryResultsFormat] = {
    "csv": QueryResultsFormat.CSV,
    "tsv": QueryResultsFormat.TSV,
    "json": QueryResultsFormat.JSON,
    "xml": QueryResultsFormat.XML,
}
GRAPH_FORMATS: dict[str, RdfFormat] = {
    "ttl": RdfFormat.TURTLE,
    "nt": RdfFormat.N_TRIPLES,
    "jsonld": RdfFormat.JSON_LD,
    "rdfxml": RdfFormat.RDF_XML,
    "nq": RdfFormat.N_QUADS,
    "trig": RdfFormat.TRIG,
}


class FormatError(ValueError):
    """A format that does not fit the result (a table of a graph, Turtle of a SELECT)."""


def term_text(term: object) -> str:
    """A cell's text: an IRI or a literal's lexical form, as CSV shows it."""
    if isinstance(term, NamedNode | Literal):
        return term.value
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    return "" if term is None else str(term)


def write_jsonld(quads: Iterable[Triple] | Iterable[Quad]) -> bytes:
    """JSON-LD compacted with the project's context written inline, so a reader needs nothing
    fetched to expand it (pyoxigraph writes expanded JSON-LD only; rdflib compacts)."""
    nquads = serialize(quads, format=RdfFormat.N_QUADS) or b""
    dataset = Dataset()
    dataset.parse(data=nquads, format="nquads")
    context = json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]
    text = dataset.serialize(format="json-ld", context=context, auto_compact=True)
    return text.encode("utf-8")


def write_graph(triples: Iterable[Triple], format_name: str) -> bytes:
    if format_name == "jsonld":
        return write_jsonld(triples)
    if format_name not in GRAPH_FORMATS or format_name in ("nq", "trig"):
        raise FormatError(f"a graph is written as ttl, nt, jsonld or rdfxml, not {format_name}")
    output = serialize(triples, format=GRAPH_FORMATS[format_name], prefixes=PREFIXES)
    return output or b""


def write_result(result: QueryResult, format_name: str) -> bytes:
    if isinstance(result, QueryTriples):
        return write_graph(result, format_name)
    if format_name == "table":
        return render_table(result).encode("utf-8")
    if format_name not in RESULT_FORMATS:
        raise FormatError(f"results are written as table, csv, tsv, json or xml, not {format_name}")
    if isinstance(result, QueryBoolean) and format_name in ("csv", "tsv"):
        return b"true\n" if bool(result) else b"false\n"
    return result.serialize(format=RESULT_FORMATS[format_name]) or b""


def render_table(result: QuerySolutions | QueryBoolean) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=200, color_system=None)
    if isinstance(result, QueryBoolean):
        console.print(json.dumps(bool(result)))
        return buffer.getvalue()
    names = [variable.value for variable in result.variables]
    table = Table(*names, show_lines=False)
    rows = 0
    for solution in result:
        table.add_row(*(term_text(solution[name]) for name in names))
        rows += 1
    console.print(table)
    console.print(f"{rows} row{'s' if rows != 1 else ''}")
    return buffer.getvalue()
