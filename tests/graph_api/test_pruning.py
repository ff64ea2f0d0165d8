"""A fact that fails its shape costs that fact, never the whole question (#7).

Regression: one spurious project read without its programme rejected a real page whole.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from graph_api.pipeline import Loader, Outcome
from graph_api.pruning import conforming_graph
from graph_api.repo.embedded import EmbeddedRepo
from graph_api.validation import validate_graph
from loaders.ids import mint
from loaders.mapping import question_iri, record_to_graph
from loaders.process import read_document
from loaders.record import Entity, Record
from loaders.version import loader_version
from loaders.vocab import DCTERMS, PG

ORPHAN = mint("project", "invented-project-without-programme")


def build(record: Record) -> Graph:
    return record_to_graph(record, loader_version=loader_version())


def with_orphan_project(seed_path: Path) -> Record:
    """The seed's record holding one invented project read without its programme."""
    record = read_document(seed_path)
    first = next(m for m in record.mentions if m.type == "organisation")
    record.entities.append(Entity(id=ORPHAN, type="project", label="Projet inventé"))
    record.mentions.append(replace(first, id=ORPHAN, type="project", label="Projet inventé"))
    return record


def test_the_failing_fact_is_dropped_and_the_question_kept(seed_path: Path) -> None:
    record = with_orphan_project(seed_path)
    graph = build(record)
    report = validate_graph(graph)
    assert not report.conforms and any(ORPHAN in m for m in report.messages)
    mentions_before = len(list(graph.objects(None, PG.mentions)))

    graph, report = conforming_graph(record, graph, report, build)

    assert report.conforms, report.messages[:3]
    orphan = URIRef(ORPHAN)
    assert (orphan, None, None) not in graph and (None, None, orphan) not in graph
    question = URIRef(question_iri(record))
    assert graph.value(question, DCTERMS.title) is not None
    assert len(list(graph.objects(None, PG.mentions))) == mentions_before - 1
    # The project, then the annotation left without its body: one warning each.
    project, annotation = [w for w in record.warnings if w.startswith("dropped")]
    assert ORPHAN in project and "programme" in project
    assert "/annotation/" in annotation and "oa:hasBody" in annotation
    for warning in (project, annotation):
        assert (question, PG.warning, Literal(warning)) in graph


def test_a_failure_in_the_question_itself_still_rejects(seed_path: Path) -> None:
    record = with_orphan_project(seed_path)
    record.title = ""
    graph = build(record)
    size = len(graph)
    graph, report = conforming_graph(record, graph, validate_graph(graph), build)
    assert not report.conforms
    assert len(graph) == size
    assert not [w for w in record.warnings if w.startswith("dropped")]


def test_the_loader_stores_the_question_without_the_failing_fact(
    loader: Loader, repo: EmbeddedRepo, seed_path: Path
) -> None:
    outcome, reason = loader.load_record(seed_path, with_orphan_project(seed_path))
    assert (outcome, reason) == (Outcome.LOADED, None)
    found = repo.query("SELECT ?w WHERE { ?q <https://w3id.org/parlgraph/ontology#warning> ?w }")
    warnings = [row["w"].value for row in found]  # type: ignore[union-attr]
    assert len(warnings) == 2 and any(ORPHAN in w for w in warnings)
    held = repo.query(f"ASK {{ {{ <{ORPHAN}> ?p ?o }} UNION {{ ?s ?p <{ORPHAN}> }} }}")
    assert not held
