"""Writing a document: its graph swapped in, each shared description it needs made to hold what
the document says of it, and only the descriptions that need it rewritten."""

from __future__ import annotations

import re

from pyoxigraph import Literal, NamedNode, Triple

from graph_api.repo.embedded import EmbeddedRepo
from loaders.mapping.layout import Layout

ID = "https://w3id.org/parlgraph/id/"
PERSON = NamedNode(ID + "person/ann-example")
PERSON_GRAPH = ID + "graph/shared/person/ann-example"
PROJECT = NamedNode(ID + "project/example")
PROJECT_GRAPH = ID + "graph/shared/project/example"
NAME = NamedNode("http://xmlns.com/foaf/0.1/name")
TITLE = NamedNode("http://purl.org/dc/terms/title")
USES = NamedNode("https://w3id.org/parlgraph/ontology#usesDescription")


class Recording(EmbeddedRepo):
    """A real in-memory store that keeps the text of each update it runs."""

    def __init__(self) -> None:
        super().__init__(None)
        self.updates: list[str] = []

    def update(self, sparql: str) -> None:
        self.updates.append(sparql)
        super().update(sparql)


def document(number: int, shared: dict[str, list[Triple]], adding: frozenset[str]) -> Layout:
    source = NamedNode(f"{ID}document/{number}")
    uses = [Triple(source, USES, NamedNode(name)) for name in shared]
    return Layout(document=uses, shared=shared, accumulating=adding)


def rewritten(repo: Recording) -> set[str]:
    """The shared graphs the last update wrote into."""
    return set(re.findall(r"GRAPH <([^>]*/shared/[^>]*)>", repo.updates[-1]))


def held(repo: EmbeddedRepo, graph: str) -> set[Triple]:
    return {quad.triple for quad in repo.quads(graph)}


def test_only_the_descriptions_a_document_changes_are_rewritten() -> None:
    repo = Recording()
    name = [Triple(PERSON, NAME, Literal("Ann Example"))]
    title = [Triple(PROJECT, TITLE, Literal("Un projet", language="fr"))]
    first = {PERSON_GRAPH: name, PROJECT_GRAPH: title}
    repo.write_document(ID + "graph/1", document(1, first, frozenset({PROJECT_GRAPH})))
    assert rewritten(repo) == {PERSON_GRAPH, PROJECT_GRAPH}

    repo.write_document(ID + "graph/2", document(2, first, frozenset({PROJECT_GRAPH})))
    assert rewritten(repo) == set()

    renamed = [Triple(PERSON, NAME, Literal("Ann Other"))]
    other_title = [Triple(PROJECT, TITLE, Literal("Autre titre", language="fr"))]
    changed = {PERSON_GRAPH: renamed, PROJECT_GRAPH: other_title}
    repo.write_document(ID + "graph/3", document(3, changed, frozenset({PROJECT_GRAPH})))
    assert held(repo, PERSON_GRAPH) == set(renamed)  # replaced
    assert held(repo, PROJECT_GRAPH) == set(title + other_title)  # added to, never replaced

    repo.write_document(ID + "graph/4", document(4, {PROJECT_GRAPH: title}, frozenset()))
    assert held(repo, PROJECT_GRAPH) == set(title)  # a description given whole is replaced
    repo.close()
