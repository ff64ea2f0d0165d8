"""Loading through the public Loader: transactions, idempotence, rejections, kept originals."""

from __future__ import annotations

from pathlib import Path

from graph_api.pipeline import Loader, Outcome, expand_inputs
from graph_api.repo.embedded import EmbeddedRepo
from graph_api.stats import store_stats
from ontology import ONTOLOGY_IRI

SEED_GRAPH = "https://w3id.org/parlgraph/id/graph/wallonia/2022-2023/292"


def test_loading_the_same_file_twice_changes_nothing(
    loader: Loader, repo: EmbeddedRepo, seed_path: Path
) -> None:
    assert loader.load_file(seed_path) == (Outcome.LOADED, None)
    before = store_stats(repo)
    quads_before = set(repo.quads())
    assert loader.load_file(seed_path) == (Outcome.UNCHANGED, None)
    assert store_stats(repo) == before
    assert set(repo.quads()) == quads_before
    assert before["questions"] == 1 and before["triples"] > 50


def test_a_changed_page_replaces_its_graph_whole(
    loader: Loader, repo: EmbeddedRepo, seed_path: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "page.txt"
    copy.write_text(seed_path.read_text(encoding="utf-8"), encoding="utf-8")
    loader.load_file(copy)
    edited = seed_path.read_text(encoding="utf-8").replace(
        "Le Centre de compétences Technocité de Mons", "Le Centre Technocité (titre corrigé)"
    )
    copy.write_text(edited, encoding="utf-8")
    assert loader.load_file(copy) == (Outcome.REPLACED, None)
    titles = {
        row["t"].value
        for row in repo.query(  # type: ignore[union-attr]
            "SELECT ?t WHERE { ?q <https://w3id.org/parlgraph/ontology#session> ?s ;"
            " <http://purl.org/dc/terms/title> ?t }"
        )
    }
    assert titles == {"Le Centre Technocité (titre corrigé)"}
    assert [g for g in repo.graph_names() if g != ONTOLOGY_IRI] == [SEED_GRAPH]


def test_a_bad_document_is_kept_under_rejected_with_its_reason_and_the_batch_goes_on(
    loader: Loader, repo: EmbeddedRepo, store_dir: Path, seed_path: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "blog.txt"
    bad.write_text("Mon blog de cuisine.\n\nRecette de la tarte au riz.\n", encoding="utf-8")
    report = loader.load_all([bad, seed_path])
    assert report.counts[Outcome.REJECTED] == 1
    assert report.counts[Outcome.LOADED] == 1
    kept = store_dir / "rejected" / "blog.txt"
    assert kept.read_bytes() == bad.read_bytes()
    reason = (store_dir / "rejected" / "blog.txt.reason").read_text(encoding="utf-8")
    assert "blog.txt" in reason and len(reason.strip().splitlines()) == 1
    assert [g for g in repo.graph_names() if g != ONTOLOGY_IRI] == [SEED_GRAPH]


def test_loaded_originals_are_kept_by_content_hash(
    loader: Loader, store_dir: Path, seed_path: Path
) -> None:
    loader.load_file(seed_path)
    kept = list((store_dir / "sources").rglob("*.txt"))
    assert len(kept) == 1
    assert kept[0].read_bytes() == seed_path.read_bytes()


def test_expand_inputs_reports_what_names_nothing(seed_path: Path, tmp_path: Path) -> None:
    files, missing = expand_inputs([str(seed_path.parent), str(tmp_path / "nope.txt")])
    assert seed_path in files
    assert missing == [str(tmp_path / "nope.txt")]
