"""Every alignment the ontology declares is in the data: the store does no reasoning, so a query
written with the standard terms (ELI, ELI-DL, DCTERMS, PROV, schema.org, FRAPO) finds what the
project's own terms say."""

from __future__ import annotations

from pyoxigraph import QuerySolutions

from graph_api.repo.embedded import EmbeddedRepo
from loaders.mapping.alignments import superclasses, superproperties


def ask(repo: EmbeddedRepo, query: str) -> bool:
    return bool(repo.query(query))


def test_every_declared_subclass_alignment_is_materialised(sample_repo: EmbeddedRepo) -> None:
    used = 0
    for term, uppers in superclasses().items():
        for upper in uppers:
            missing = (
                f"ASK {{ GRAPH ?g {{ ?x a <{term}> }} FILTER NOT EXISTS {{ ?x a <{upper}> }} }}"
            )
            assert not ask(sample_repo, missing), (term, upper)
        used += ask(sample_repo, f"ASK {{ ?x a <{term}> }}")
    assert used >= 5  # questions, answers, source documents, places, projects


def test_every_declared_subproperty_alignment_is_materialised(sample_repo: EmbeddedRepo) -> None:
    used = 0
    for term, uppers in superproperties().items():
        for upper in uppers:
            missing = f"ASK {{ ?s <{term}> ?o FILTER NOT EXISTS {{ ?s <{upper}> ?o }} }}"
            assert not ask(sample_repo, missing), (term, upper)
        used += ask(sample_repo, f"ASK {{ ?s <{term}> ?o }}")
    assert used == len(superproperties())  # askedBy, answeredBy, answers, mentions all in use


def test_a_query_written_the_eli_dl_way_finds_the_answers(sample_repo: EmbeddedRepo) -> None:
    result = sample_repo.query(
        """PREFIX eli: <http://data.europa.eu/eli/ontology#>
        PREFIX eli-dl: <http://data.europa.eu/eli/eli-draft-legislation-ontology#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX rt: <http://publications.europa.eu/resource/authority/resource-type/>
        SELECT ?answer ?question ?author WHERE {
          ?answer a eli:Work ; eli-dl:answers_to ?question .
          ?question a eli:Work ; eli:work_type rt:QUEST_WRITTEN ; dcterms:creator ?author .
        }"""
    )
    assert isinstance(result, QuerySolutions)
    rows = list(result)
    answered = sample_repo.query(
        "SELECT (COUNT(*) AS ?n) WHERE { ?a <https://w3id.org/parlgraph/ontology#answers> ?q }"
    )
    assert isinstance(answered, QuerySolutions)
    assert len({row["answer"] for row in rows}) == int(next(iter(answered))["n"].value) > 5  # type: ignore[union-attr]
