"""Loading through the public Loader: transactions, idempotence, rejections, kept originals."""

from __future__ import annotations

from pathlib import Path

from graph_api.pipeline import Loader, Outcome, expand_inputs
from graph_api.repo.embedded import EmbeddedRepo
from graph_api.stats import store_stats
from loaders.sources import DEFAULT_MAX_BYTES
from loaders.version import loader_version, rules_fingerprint
from loaders.vocab import PG
from tests.graph_api.conftest import OLDER_RULES, stamp_older_rules

SEED_GRAPH = "https://w3id.org/parlgraph/id/graph/wallonia/2022-2023/292-willy-borsus"


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


def loader_versions(repo: EmbeddedRepo) -> set[str]:
    rows = repo.query(f"SELECT ?v WHERE {{ GRAPH ?g {{ ?d <{PG.loaderVersion}> ?v }} }}")
    return {row["v"].value for row in rows}  # type: ignore[union-attr]


def test_a_page_stored_by_older_rules_is_read_again_not_kept_unchanged(
    loader: Loader, repo: EmbeddedRepo, seed_path: Path
) -> None:
    """Regression: the loader version was the bare package version, which never changed with
    the rules, so an upgraded parlgraph skipped every stored page and kept older rules' graphs."""
    loader.load_file(seed_path)
    stamp_older_rules(repo)
    assert loader_versions(repo) == {OLDER_RULES}
    assert loader.load_file(seed_path) == (Outcome.REREAD, None)
    assert loader_versions(repo) == {loader_version()}
    assert loader.load_file(seed_path) == (Outcome.UNCHANGED, None)
    assert repo.document_graph_names() == [SEED_GRAPH]


def test_the_rules_fingerprint_follows_every_file_but_compiled_caches(tmp_path: Path) -> None:
    package = tmp_path / "rules"
    (package / "data").mkdir(parents=True)
    (package / "data" / "words.txt").write_text("subvention\n", encoding="utf-8")
    first = rules_fingerprint((package,))
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"compiled")
    assert rules_fingerprint((package,)) == first
    (package / "data" / "words.txt").write_text("subvention\nsubside\n", encoding="utf-8")
    assert rules_fingerprint((package,)) != first
    assert loader_version().endswith(rules_fingerprint())


def test_a_changed_page_replaces_its_graph_whole(
    loader: Loader, repo: EmbeddedRepo, seed_copy: Path
) -> None:
    loader.load_file(seed_copy)
    edited = seed_copy.read_text(encoding="utf-8").replace(
        "Le Centre de compétences Technocité de Mons", "Le Centre Technocité (titre corrigé)"
    )
    seed_copy.write_text(edited, encoding="utf-8")
    assert loader.load_file(seed_copy) == (Outcome.REPLACED, None)
    titles = {
        row["t"].value
        for row in repo.query(  # type: ignore[union-attr]
            "SELECT ?t WHERE { ?q <https://w3id.org/parlgraph/ontology#session> ?s ;"
            " <http://purl.org/dc/terms/title> ?t }"
        )
    }
    assert titles == {"Le Centre Technocité (titre corrigé)"}
    assert repo.document_graph_names() == [SEED_GRAPH]


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
    first, *details = reason.splitlines()
    assert "blog.txt" in first
    assert f"source: {bad}" in details
    assert "kept: blog.txt" in details
    assert any(line.startswith("sha256: ") and len(line) == 72 for line in details)
    assert repo.document_graph_names() == [SEED_GRAPH]


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


def test_two_rejected_files_with_one_name_are_both_kept(
    loader: Loader, store_dir: Path, tmp_path: Path
) -> None:
    for folder, text in (("a", "premier texte\n"), ("b", "second texte\n")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "page.txt").write_text(text, encoding="utf-8")
        loader.load_file(tmp_path / folder / "page.txt")
    kept = sorted(p.name for p in (store_dir / "rejected").iterdir() if p.suffix == ".txt")
    assert len(kept) == 2 and "page.txt" in kept


def test_a_file_over_the_size_limit_is_referenced_not_copied(
    loader: Loader, store_dir: Path, tmp_path: Path
) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(DEFAULT_MAX_BYTES + 1)
    outcome, reason = loader.load_file(huge)
    assert outcome is Outcome.REJECTED and reason and "too large" in reason
    assert not (store_dir / "rejected" / "huge.txt").exists()
    details = (store_dir / "rejected" / "huge.txt.reason").read_text(encoding="utf-8")
    assert "referenced by path and sha256" in details


def test_every_invented_page_of_the_evaluation_corpora_loads(loader: Loader) -> None:
    """A page the extraction handles must also pass the shapes: a mapping slip (two facts minted
    the same IRI, say) shows up here as a rejection."""
    tests = Path(__file__).resolve().parents[1]
    pages = sorted(p for folder in tests.glob("corpus*") for p in folder.glob("doc-*.txt"))
    assert len(pages) >= 60
    report = loader.load_all(pages)
    assert report.rejections == []


class DiskFullLoader(Loader):
    """Fault injection: keeping the original fails as it would on a full disk."""

    def _keep(self, path: Path, sha256: str) -> Path:
        raise OSError(28, "No space left on device")


def test_an_unexpected_failure_rejects_that_document_and_the_batch_goes_on(
    repo: EmbeddedRepo, store_dir: Path, seed_path: Path, tmp_path: Path
) -> None:
    report = DiskFullLoader(repo, store_dir).load_all([seed_path, tmp_path / "gone.txt"])
    assert report.counts[Outcome.REJECTED] == 2
    assert "internal error (OSError" in report.rejections[0]
    assert "gone.txt" in report.rejections[1]


def seed_to(seed_path: Path, folder: Path, addressee: str) -> Path:
    """The seed, addressed to another minister (the same number in that minister's sequence)."""
    folder.mkdir(parents=True, exist_ok=True)
    page = seed_path.read_text(encoding="utf-8").replace("à BORSUS Willy", f"à {addressee}")
    copy = folder / seed_path.name
    copy.write_text(page, encoding="utf-8")
    return copy


def test_one_number_to_two_ministers_is_two_questions(
    loader: Loader, repo: EmbeddedRepo, seed_path: Path, tmp_path: Path
) -> None:
    """Regression: (session, number) was the key, so the second page replaced the first."""
    other = seed_to(seed_path, tmp_path / "other", "MORREALE Christie")
    report = loader.load_all([seed_path, other])
    assert report.counts[Outcome.LOADED] == 2, report.rejections
    graphs = repo.document_graph_names()
    assert graphs == [SEED_GRAPH.replace("willy-borsus", "christie-morreale"), SEED_GRAPH]
    assert store_stats(repo)["questions"] == 2


def test_the_parliaments_iddoc_is_kept_in_the_graph(
    loader: Loader, repo: EmbeddedRepo, seed_path: Path, tmp_path: Path
) -> None:
    named = tmp_path / "pwpages-iddoc=117629.txt"
    named.write_bytes(seed_path.read_bytes())
    assert loader.load_file(named) == (Outcome.LOADED, None)
    found = repo.query("SELECT ?i WHERE { ?q <https://w3id.org/parlgraph/ontology#iddoc> ?i }")
    assert [row["i"].value for row in found] == ["117629"]  # type: ignore[union-attr]


def test_the_graph_holds_no_path_of_the_loading_machine(
    loader: Loader, repo: EmbeddedRepo, store_dir: Path, seed_path: Path
) -> None:
    loader.load_file(seed_path)
    found = repo.query(
        "PREFIX pg: <https://w3id.org/parlgraph/ontology#> "
        "SELECT ?name ?copy WHERE { ?doc pg:localPath ?name ; pg:storedCopy ?copy }"
    )
    rows = [(row["name"].value, row["copy"].value) for row in found]  # type: ignore[union-attr]
    assert len(rows) == 1
    name, copy = rows[0]
    assert name == seed_path.name
    assert copy.startswith("sources/") and not Path(copy).is_absolute()
    assert (store_dir / copy).read_bytes() == seed_path.read_bytes()
    dump = "\n".join(str(q) for q in repo.quads())
    assert str(store_dir) not in dump and str(seed_path.parent) not in dump
