"""A fact that fails its shape costs that fact, never the whole question.

Facts read from the texts (mentions, entities, amounts, funding) come from rules and statistics;
one of them may come out malformed (a project read without its programme). The question, its
answer, the persons and the source document are what the page prints: a failure there rejects
the document. So when a document's graph fails SHACL, the nodes that fail are looked up: if every
one of them belongs to the extracted facts, those nodes are removed with whatever only they held
(their annotations' blank nodes), the graph is validated again (a funding fact pointing to a
removed project may fail in turn), and each removal is kept as a warning with the document
(`pg:warning` on the question, and the record's `warnings`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from graph_api.validation import ValidationReport, validate_graph
from loaders.mapping import question_iri
from loaders.record import Record
from loaders.vocab import PG

MAX_ROUNDS = 5
"""Removals cascade at most this deep (a project, then the funding fact and annotations on it)."""

Build = Callable[[Record], Graph]


def core_nodes(record: Record, build: Build) -> set[Node]:
    """Every node the document's graph holds without the extracted facts: its core."""
    bare = replace(record, mentions=[], amounts=[], funding=[], entities=[])
    return set(build(bare).subjects())


def _failing(report: ValidationReport) -> dict[Node, str]:
    failing: dict[Node, str] = {}
    for result in report.graph.subjects(SH.resultSeverity, SH.Violation):
        focus = report.graph.value(result, SH.focusNode)
        message = report.graph.value(result, SH.resultMessage)
        if focus is not None:
            failing.setdefault(focus, str(message or "fails its shape"))
    return failing


def _remove(graph: Graph, node: Node) -> None:
    """Remove a node's triples, the triples pointing to it and the blank nodes it alone held."""
    held = [o for o in graph.objects(node, None) if isinstance(o, BNode)]
    graph.remove((node, None, None))
    graph.remove((None, None, node))
    for blank in held:
        if not any(graph.subjects(None, blank)):
            _remove(graph, blank)


def conforming_graph(
    record: Record, graph: Graph, report: ValidationReport, build: Build
) -> tuple[Graph, ValidationReport]:
    """The graph with failing extracted facts removed (warnings added), and its new report.

    Returns the graph as it is, with its failing report, when a failure touches the core."""
    core: set[Node] | None = None
    question = URIRef(question_iri(record))
    for _ in range(MAX_ROUNDS):
        if report.conforms:
            break
        failing = _failing(report)
        core = core if core is not None else core_nodes(record, build)
        if not failing or any(node in core for node in failing):
            break
        for node, message in sorted(failing.items(), key=lambda item: str(item[0])):
            _remove(graph, node)
            if not isinstance(node, BNode):
                warning = f"dropped {node}: {message}"
                record.warnings.append(warning)
                graph.add((question, PG.warning, Literal(warning)))
        report = validate_graph(graph)
    return graph, report
