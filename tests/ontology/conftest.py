"""What the ontology tests share: the seed page's graph, as its load builds it."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from loaders.mapping import record_to_graph
from loaders.process import read_document


@pytest.fixture(scope="module")
def seed_graph(seed_path: Path) -> Graph:
    record = read_document(seed_path)
    return record_to_graph(record, loader_version="test", stored_copy="sources/ab/seed.txt")
