"""SHACL validation of a document's graph before it enters the store, and of the whole store.

Core constraints run per document (about 15 ms with pySHACL on a page's small graph); the store is
validated graph by graph, so validation cost grows with the corpus, not with its square.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pyshacl import validate
from rdflib import BNode, Graph, Literal
from rdflib.namespace import RDF, SH

from graph_api.formats import write_graph
from graph_api.repo.base import Repo
from loaders.vocab import PG
from ontology import load_shapes


@dataclass
class ValidationReport:
    conforms: bool
    graph: Graph
    messages: list[str] = field(default_factory=list)


def validate_graph(data: Graph) -> ValidationReport:
    """Check one graph against the project's shapes; messages are one line each."""
    conforms, report, _ = validate(
        data, shacl_graph=load_shapes(), inference="none", advanced=False, allow_warnings=True
    )
    assert isinstance(report, Graph)
    messages: list[str] = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        where = f"{focus} {path}" if path is not None else f"{focus}"
        messages.append(f"{where}: {message}" if message else where)
    return ValidationReport(bool(conforms), report, sorted(messages))


@dataclass
class StoreValidation:
    """The outcome of validating every document graph of a store."""

    graphs: int = 0
    failing: dict[str, list[str]] = field(default_factory=dict)
    report: Graph = field(default_factory=Graph)

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

    def to_json(self) -> dict[str, object]:
        return {"conforms": self.conforms, "graphs": self.graphs, "violations": self.failing}

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


def document_with_descriptions(repo: Repo, name: str) -> Graph:
    """A document's graph with the shared descriptions it uses: what was validated at load."""
    data = Graph()
    data.parse(data=write_graph(repo.triples(name), "nt"), format="nt")
    for description in sorted({str(o) for o in data.objects(None, PG.usesDescription)}):
        data.parse(data=write_graph(repo.triples(description), "nt"), format="nt")
    return data


def validate_store(repo: Repo) -> StoreValidation:
    """Validate each document's graph with the descriptions it uses, as it was validated when it
    was loaded (shared descriptions are checked with every document that uses them)."""
    outcome = StoreValidation()
    for name in repo.document_graph_names():
        data = document_with_descriptions(repo, name)
        report = validate_graph(data)
        outcome.graphs += 1
        if not report.conforms:
            outcome.failing[name] = report.messages
            outcome.report += report.graph
    return outcome
