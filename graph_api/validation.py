"""SHACL validation of a document's graph before it enters the store, and of the whole store.

Every load validates its document, so this is the loader's hot path. pySHACL runs on an
in-memory Oxigraph copy of the graph rather than on the rdflib graph: the shapes' SPARQL
constraints are then parsed and evaluated by Oxigraph instead of rdflib's pure-Python SPARQL
engine, which cut a page's validation three to four times (docs/performance.md). The store is
validated graph by graph, so validation cost grows with the corpus, not with its square.

The shapes are prepared once per process (graph_api/shapes.py). The SPARQL constraints run first,
each once over the whole graph: a valid page (the usual case) is then validated with the other
shapes alone; a page where any of them finds a row is validated with every shape, so its report
is pySHACL's own, as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from pyoxigraph import NamedNode, Quad, QuerySolutions, RdfFormat, Store, Triple
from pyshacl import Validator
from pyshacl.graph_abstraction import OxigraphDataGraph
from rdflib import BNode, Graph, Literal
from rdflib.namespace import RDF, SH

from graph_api.repo.base import Repo
from graph_api.shapes import prepared_shapes
from loaders.vocab import PG, SCHEMA


@dataclass
class ValidationReport:
    conforms: bool
    graph: Graph
    messages: list[str] = field(default_factory=list)


def validate_graph(data: Graph) -> ValidationReport:
    """Check one graph against the project's shapes; messages are one line each."""
    store = Store()  # in memory; blank nodes keep their labels, so reports name the data's own
    store.load(data.serialize(format="nt", encoding="utf-8"), format=RdfFormat.N_TRIPLES)
    return _validate(store)


def validate_triples(triples: Iterable[Triple]) -> ValidationReport:
    """`validate_graph` for a graph the loader has already converted for the store, so that it
    is not written out and parsed a second time (blank nodes keep their labels both ways)."""
    store = Store()
    store.extend(Quad(t.subject, t.predicate, t.object) for t in triples)
    return _validate(store)


class StoreDataGraph(OxigraphDataGraph):
    """pySHACL's view of an Oxigraph store, told cheaply whether it holds anything.

    pySHACL writes `datagraph or shapes_graph` three times for every result it builds, even the
    results of the failing branches of an `sh:or` that it then drops; that truth test falls back
    on `len()`, which it answers with a `COUNT(DISTINCT …)` over the whole graph: a third of a
    page's validation (docs/performance.md). Whether one quad exists is the same answer.
    """

    def __bool__(self) -> bool:
        return next(self.impl.quads_for_pattern(None, None, None, None), None) is not None


def _any_row(store: Store, query: str) -> bool:
    result = store.query(query)
    assert isinstance(result, QuerySolutions)
    return next(iter(result), None) is not None


def _validate(store: Store) -> ValidationReport:
    shapes = prepared_shapes()
    suspect = any(_any_row(store, check) for check in shapes.checks)
    chosen = shapes.full if suspect else shapes.core
    options = {"inference": "none", "advanced": False, "allow_warnings": True}
    validator = Validator(
        StoreDataGraph.from_oxigraph_store(store), shacl_graph=chosen.graph, options=options
    )
    validator.shacl_graph = chosen  # built once per process, not again for each page
    conforms, report, _ = validator.run()  # type: ignore[no-untyped-call]
    assert isinstance(report, Graph)
    messages: list[str] = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        where = f"{focus} {path}" if path is not None else f"{focus}"
        messages.append(f"{where}: {message}" if message else where)
    return ValidationReport(bool(conforms), report, sorted(messages))


# A funding fact without pg:instrument: what every load wrote before the record had an
# instrument (515abe4). The shapes now refuse it. Those loads stamped their graphs with the bare
# package version, which did not change with the model; the loader version now carries the
# rules' fingerprint (loaders/version.py), so loading the same pages again re-reads them.
_BEFORE_INSTRUMENTS = f"""ASK {{
  ?fact a <{SCHEMA.MonetaryGrant}> FILTER NOT EXISTS {{ ?fact <{PG.instrument}> ?any }}
}}"""


@dataclass
class StoreValidation:
    """The outcome of validating every document graph of a store; `before_instruments` are the
    failing graphs a load made before funding facts had an instrument."""

    graphs: int = 0
    failing: dict[str, list[str]] = field(default_factory=dict)
    report: Graph = field(default_factory=Graph)
    before_instruments: list[str] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return not self.failing

    @property
    def messages(self) -> list[str]:
        return [f"{graph}: {m}" for graph, items in self.failing.items() for m in items]

    def summary(self) -> str:
        if self.conforms:
            return f"{self.graphs} graphs conform to the shapes"
        return f"{len(self.failing)} of {self.graphs} graphs violate the shapes"

    def fix(self) -> str | None:
        """One line for graphs an older load made, saying how to rebuild them; None if none."""
        if not self.before_instruments:
            return None
        return (
            f"{len(self.before_instruments)} of these graphs were loaded before funding facts had"
            " an instrument (pg:instrument): `parlgraph load` their pages again (older rules made"
            " them, so the load re-reads them; `--format json` lists the graphs under"
            " loaded_before_instruments)"
        )

    def to_json(self) -> dict[str, object]:
        return {
            "conforms": self.conforms,
            "graphs": self.graphs,
            "violations": self.failing,
            "loaded_before_instruments": self.before_instruments,
        }

    def report_turtle(self) -> str:
        """One `sh:ValidationReport` for the store, as SHACL tools read it: `sh:conforms` (true
        when every graph conforms) and the results of the graphs that do not."""
        merged = Graph()
        merged.bind("sh", SH)
        report = BNode()
        merged.add((report, RDF.type, SH.ValidationReport))
        merged.add((report, SH.conforms, Literal(self.conforms)))
        per_graph = set(self.report.subjects(RDF.type, SH.ValidationReport))
        for subject, predicate, value in self.report:
            if subject not in per_graph:
                merged.add((subject, predicate, value))
            elif predicate == SH.result:
                merged.add((report, SH.result, value))
        return merged.serialize(format="turtle")


def document_with_descriptions(repo: Repo, name: str) -> Store:
    """A document's graph with the shared descriptions it uses: what was validated at load."""
    data = Store()
    data.extend(Quad(t.subject, t.predicate, t.object) for t in repo.triples(name))
    uses = NamedNode(str(PG.usesDescription))
    used = {q.object for q in data.quads_for_pattern(None, uses, None)}
    for description in sorted(o.value for o in used if isinstance(o, NamedNode)):
        data.extend(Quad(t.subject, t.predicate, t.object) for t in repo.triples(description))
    return data


def validate_store(repo: Repo) -> StoreValidation:
    """Validate each document's graph with the descriptions it uses, as it was validated when it
    was loaded (shared descriptions are checked with every document that uses them)."""
    outcome = StoreValidation()
    for name in repo.document_graph_names():
        data = document_with_descriptions(repo, name)
        report = _validate(data)
        outcome.graphs += 1
        if not report.conforms:
            outcome.failing[name] = report.messages
            outcome.report += report.graph
            if data.query(_BEFORE_INSTRUMENTS):
                outcome.before_instruments.append(name)
    return outcome
