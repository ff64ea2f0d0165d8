"""Realistic corruptions of the seed's graph, each caught by the constraint it names.

The seed page's graph (as its load builds it) conforms; the corruptions, by subject in
`test_corruptions_record.py` (questions, answers, sources, people, annotations) and
`test_corruptions_money.py` (amounts and funding facts), change it the way a bug in a parser, an
extractor or the mapping would (`corruptions.py` says how each is checked)."""

from __future__ import annotations

from rdflib import Graph

from graph_api.validation import validate_graph
from tests.ontology.test_corruptions_money import CASES as MONEY
from tests.ontology.test_corruptions_record import CASES as RECORD


def test_the_seed_graph_conforms(seed_graph: Graph) -> None:
    report = validate_graph(seed_graph)
    assert report.conforms, report.messages[:5]


def test_there_are_at_least_35_corruptions() -> None:
    assert not RECORD.keys() & MONEY.keys()
    assert len(RECORD) + len(MONEY) >= 35
