"""Snapshots of what the seed page becomes: its record (JSON) and its graph (Turtle, compared by
isomorphism). Any change to the output fails here and shows in review as a change to the files;
rewrite them on purpose with `pytest tests/loaders/test_snapshots.py --update-snapshots`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, Literal
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from loaders.mapping import record_to_graph
from loaders.process import read_document
from loaders.vocab import DCTERMS

SNAPSHOTS = Path(__file__).with_name("snapshots")
RECORD = SNAPSHOTS / "seed.record.json"
GRAPH = SNAPSHOTS / "seed.graph.ttl"
# Fixed where the real values depend on the machine or the version that ran.
LOADER_VERSION = "parlgraph (snapshot)"
STORED_COPY = "sources/snapshot"


def seed_record(seed_path: Path) -> dict[str, Any]:
    record = read_document(seed_path)
    data = record.to_json()
    data["source"] = seed_path.name  # the path differs from one checkout to another
    # The extractors list entities in an order that varies from run to run (set iteration):
    # the order carries no meaning, so it is fixed here.
    data["entities"] = sorted(data.get("entities", []), key=lambda e: str(e["id"]))
    return data


def seed_graph(seed_path: Path) -> Graph:
    record = read_document(seed_path)
    return record_to_graph(record, loader_version=LOADER_VERSION, stored_copy=STORED_COPY)


def test_the_seed_record_is_its_snapshot(seed_path: Path, update_snapshots: bool) -> None:
    current = seed_record(seed_path)
    if update_snapshots:
        RECORD.write_text(json.dumps(current, ensure_ascii=False, indent=1) + "\n", "utf-8")
    assert current == json.loads(RECORD.read_text(encoding="utf-8")), (
        "the seed's record changed: review, then rerun with --update-snapshots"
    )


def assert_same_graph(current: Graph, kept: Graph) -> None:
    """Fail, showing a few of the differing triples, unless the graphs are isomorphic."""
    if not isomorphic(current, kept):
        _, only_now, only_kept = graph_diff(to_isomorphic(current), to_isomorphic(kept))
        now = sorted(only_now.serialize(format="nt").splitlines())[:5]
        before = sorted(only_kept.serialize(format="nt").splitlines())[:5]
        raise AssertionError(
            "the seed's graph changed (rerun with --update-snapshots once reviewed):\n"
            f"new: {now}\ngone: {before}"
        )


def test_the_seed_graph_is_its_snapshot(seed_path: Path, update_snapshots: bool) -> None:
    current = seed_graph(seed_path)
    if update_snapshots:
        GRAPH.write_text(current.serialize(format="turtle"), encoding="utf-8")
    assert_same_graph(current, Graph().parse(GRAPH, format="turtle"))


def test_one_changed_triple_fails_the_graph_snapshot(seed_path: Path) -> None:
    """The comparison can fail: the kept graph with one literal changed, or one triple gone."""
    kept = Graph().parse(GRAPH, format="turtle")
    assert_same_graph(seed_graph(seed_path), kept)
    title = next(kept.triples((None, DCTERMS.title, None)))
    changed = Graph()
    for triple in kept:
        changed.add(triple)
    changed.set((title[0], DCTERMS.title, Literal(f"{title[2]}.", lang="fr")))
    with pytest.raises(AssertionError) as edited:
        assert_same_graph(seed_graph(seed_path), changed)
    assert f'{title[2]}."@fr' in str(edited.value).split("gone:")[1]
    changed.remove((title[0], DCTERMS.title, None))
    with pytest.raises(AssertionError) as dropped:
        assert_same_graph(seed_graph(seed_path), changed)
    assert f'{title[2]}"@fr' in str(dropped.value).split("gone:")[0]
