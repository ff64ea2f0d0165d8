"""The network's own queries against the named queries they must agree with."""

from __future__ import annotations

import re
from pathlib import Path

from graph_api.network.build import ENTITY_KINDS
from graph_api.network.fetch import SPARQL_DIR
from queries import QUERIES_DIR

KIND = re.compile(r'\((\S+) "(\w+)"\)')


def kinds(path: Path) -> set[tuple[str, str]]:
    return set(KIND.findall(path.read_text(encoding="utf-8")))


def test_the_entity_kinds_are_those_of_the_named_mentions_query() -> None:
    """Written twice (one SPARQL file cannot include another), so checked here: the network
    once missed schema:Country, and so every country mentioned."""
    named = {pair for pair in kinds(QUERIES_DIR / "mentions.rq") if pair[1] != "person"}
    assert kinds(SPARQL_DIR / "mentions.rq") == named
    assert {kind for _, kind in named} == set(ENTITY_KINDS)
