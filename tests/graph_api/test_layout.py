"""Each triple once: documents in their graphs, shared descriptions in graphs of their own, and
nothing left behind when the documents that used a description are replaced or deleted."""

from __future__ import annotations

from pathlib import Path

from pyoxigraph import BlankNode, Literal, NamedNode, QuerySolutions

from graph_api.pipeline import Loader, expand_inputs
from graph_api.repo.embedded import EmbeddedRepo
from loaders.mapping import graph_iri
from loaders.mapping.layout import is_shared_graph
from loaders.process import read_document
from loaders.sources.walloon import SAMPLE_DIR
from ontology import ONTOLOGY_IRI

ID = "https://w3id.org/parlgraph/id/"
SEED_GRAPH = ID + "graph/wallonia/2022-2023/292-willy-borsus"
OTHER = SAMPLE_DIR / "wq-2019-2020-87.txt"  # also to Willy Borsus


def count(repo: EmbeddedRepo, query: str) -> int:
    result = repo.query(query)
    assert isinstance(result, QuerySolutions)
    value = next(iter(result))["n"]
    assert isinstance(value, Literal)
    return int(value.value)


def test_plain_counts_over_the_union_are_true(sample_repo: EmbeddedRepo) -> None:
    everything = count(sample_repo, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    distinct = count(
        sample_repo, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }"
    )
    assert everything == distinct > 4000
    organisations = (
        "PREFIX org: <http://www.w3.org/ns/org#> "
        "SELECT (COUNT({}?o) AS ?n) WHERE {{ ?o a org:Organization }}"
    )
    assert count(sample_repo, organisations.format("")) == count(
        sample_repo, organisations.format("DISTINCT ")
    )


def test_a_person_many_documents_use_is_described_once_in_a_graph_of_its_own(
    sample_repo: EmbeddedRepo,
) -> None:
    galant = NamedNode(ID + "person/willy-borsus")
    graphs = {q.graph_name for q in sample_repo.quads() if q.subject == galant}
    assert graphs == {NamedNode(ID + "graph/shared/person/willy-borsus")}
    users = sample_repo.query(
        "PREFIX pg: <https://w3id.org/parlgraph/ontology#> SELECT (COUNT(*) AS ?n) WHERE "
        f"{{ ?doc pg:usesDescription <{ID}graph/shared/person/willy-borsus> }}"
    )
    assert isinstance(users, QuerySolutions)
    assert int(next(iter(users))["n"].value) >= 5  # type: ignore[union-attr]


def without_blank_nodes(repo: EmbeddedRepo) -> set[tuple[str, ...]]:
    """Quads as text, blank nodes (labelled differently by each store) as one placeholder."""

    def text(term: object) -> str:
        return "_:b" if isinstance(term, BlankNode) else str(term)

    return {
        tuple(map(text, (q.graph_name, q.subject, q.predicate, q.object))) for q in repo.quads()
    }


def graphs_of(repo: EmbeddedRepo) -> set[str]:
    return {g for g in repo.graph_names() if g != ONTOLOGY_IRI}


def test_deleting_a_document_drops_what_only_it_used(
    loader: Loader, repo: EmbeddedRepo, seed_path: Path, tmp_path: Path
) -> None:
    alone = EmbeddedRepo(tmp_path / "alone")
    Loader(alone, tmp_path / "alone").load_file(OTHER)
    loader.load_all([seed_path, OTHER])

    dropped = repo.delete_documents([SEED_GRAPH])

    assert ID + "graph/shared/person/jacqueline-galant" in dropped
    assert not set(dropped) & graphs_of(alone)
    assert ID + "graph/shared/person/jacqueline-galant" not in graphs_of(repo)
    assert ID + "graph/shared/person/willy-borsus" in graphs_of(repo)
    assert graphs_of(repo) == graphs_of(alone)
    extra = {q for q in without_blank_nodes(repo) if not q[1].startswith(f"<{ID}project/")}
    # Descriptions read from texts add up (docs/model.md): a project keeps a title only the
    # deleted page gave. Everything else is as if the other page had been loaded alone.
    assert extra == without_blank_nodes(alone)
    alone.close()


def test_deleting_every_document_leaves_only_the_ontology(
    loader: Loader, repo: EmbeddedRepo
) -> None:
    files, _ = expand_inputs([str(SAMPLE_DIR)])
    loader.load_all(files)
    repo.delete_documents([graph_iri(read_document(path)) for path in files])
    assert repo.graph_names() == [ONTOLOGY_IRI]


def test_a_replaced_document_drops_descriptions_its_old_version_alone_used(
    loader: Loader, repo: EmbeddedRepo, seed_copy: Path
) -> None:
    loader.load_file(seed_copy)
    assert ID + "graph/shared/organisation/technocite" in graphs_of(repo)
    edited = seed_copy.read_text(encoding="utf-8").replace("Technocité", "Technopôle")
    seed_copy.write_text(edited, encoding="utf-8")
    loader.load_file(seed_copy)
    assert ID + "graph/shared/organisation/technocite" not in graphs_of(repo)
    assert all(is_shared_graph(g) for g in graphs_of(repo) - {SEED_GRAPH})
