"""What a load may replace: the same question's page changed, never another document's graph
and never by a cut copy (#7 identity, #11.2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_api.pipeline import Loader, Outcome
from graph_api.repo.embedded import EmbeddedRepo

FIXTURES = Path(__file__).parents[1] / "loaders" / "sources" / "walloon" / "fixtures"


def variant(seed_path: Path, folder: Path, name: str, *edits: tuple[str, str]) -> Path:
    """A copy of the seed with text replaced, saved as `folder/name`."""
    text = seed_path.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def document_graphs(repo: EmbeddedRepo) -> list[str]:
    return repo.document_graph_names()


def test_another_question_claiming_the_key_is_a_conflict_not_a_replacement(
    loader: Loader, repo: EmbeddedRepo, store_dir: Path, seed_path: Path, tmp_path: Path
) -> None:
    other = variant(
        seed_path,
        tmp_path / "other",
        "page.txt",
        ("Question écrite du 16/01/2023", "Question écrite du 20/03/2023"),
        ("de GALANT Jacqueline", "de LAFFUT Anne"),
    )
    assert loader.load_file(seed_path) == (Outcome.LOADED, None)
    before = set(repo.quads())
    report = loader.load_all([other])
    assert report.counts[Outcome.CONFLICT] == 1 and report.counts[Outcome.REPLACED] == 0
    [line] = report.problems()
    assert line.startswith("conflict: ") and "held by another document" in line
    assert "asked on 2023-01-16, this one on 2023-03-20" in line
    assert set(repo.quads()) == before
    assert (store_dir / "rejected" / "page.txt").read_bytes() == other.read_bytes()
    reason = (store_dir / "rejected" / "page.txt.reason").read_text(encoding="utf-8")
    assert reason.splitlines()[0] == line.removeprefix("conflict: ")
    assert (
        report.summary()
        == "0 loaded, 0 unchanged, 0 replaced, 0 re-read, 0 rejected, 1 in conflict"
    )


@pytest.mark.parametrize(
    ("second_iddoc", "edit", "outcome"),
    [
        # Another iddoc claiming the key, even with the same date and asker: a conflict.
        ("117630", ("de compétences Technocité de Mons", "Technocité à Mons"), Outcome.CONFLICT),
        # The same iddoc, even with another date: the same question's page changed.
        ("117629", ("écrite du 16/01/2023", "écrite du 17/01/2023"), Outcome.REPLACED),
    ],
)
def test_the_iddoc_tells_the_same_page_from_another_document(
    loader: Loader,
    repo: EmbeddedRepo,
    seed_path: Path,
    tmp_path: Path,
    second_iddoc: str,
    edit: tuple[str, str],
    outcome: Outcome,
) -> None:
    first = variant(seed_path, tmp_path / "a", "pwpages-iddoc=117629.txt")
    second = variant(seed_path, tmp_path / "b", f"pwpages-iddoc={second_iddoc}.txt", edit)
    report = loader.load_all([first, second])
    assert (report.counts[Outcome.LOADED], report.counts[outcome]) == (1, 1)
    assert len(document_graphs(repo)) == 1
    if outcome is Outcome.CONFLICT:
        assert "iddoc 117629, this page iddoc 117630" in report.conflicts[0]


def test_the_same_question_as_text_then_as_html_replaces_not_conflicts(
    loader: Loader, repo: EmbeddedRepo
) -> None:
    report = loader.load_all([FIXTURES / "same-bulleted.txt", FIXTURES / "same-page.html"])
    assert (report.counts[Outcome.LOADED], report.counts[Outcome.REPLACED]) == (1, 1)
    assert report.problems() == []
    assert len(document_graphs(repo)) == 1


def test_the_html_pages_iddoc_stays_when_its_text_copy_replaces_it(
    loader: Loader, repo: EmbeddedRepo
) -> None:
    report = loader.load_all([FIXTURES / "same-page.html", FIXTURES / "same-bulleted.txt"])
    assert (report.counts[Outcome.LOADED], report.counts[Outcome.REPLACED]) == (1, 1)
    found = repo.query("SELECT ?i WHERE { ?q <https://w3id.org/parlgraph/ontology#iddoc> ?i }")
    assert [row["i"].value for row in found] == ["91234"]  # type: ignore[union-attr]


def test_cut_copies_of_the_seed_are_rejected_and_never_replace_it(
    loader: Loader, repo: EmbeddedRepo, store_dir: Path, seed_path: Path, tmp_path: Path
) -> None:
    """#11.2: the seed cut at 50 % loaded and replaced the complete question; cut at 10-20 % it
    became an unanswered question."""
    assert loader.load_file(seed_path) == (Outcome.LOADED, None)
    before = set(repo.quads())
    data = seed_path.read_bytes()
    cuts = []
    for percent in (10, 12, 15, 18, 20, 50):
        cut = tmp_path / f"cut-{percent}" / seed_path.name
        cut.parent.mkdir()
        cut.write_bytes(data[: len(data) * percent // 100])
        cuts.append(cut)
    report = loader.load_all(cuts)
    assert report.counts[Outcome.REJECTED] == len(cuts), report.summary()
    assert set(repo.quads()) == before
    kept = sorted((store_dir / "rejected").glob("*.reason"))
    assert len(kept) == len(cuts)


def test_a_copy_cut_at_a_sentence_end_does_not_replace_the_whole_page(
    loader: Loader, repo: EmbeddedRepo, seed_path: Path, tmp_path: Path
) -> None:
    """A cut right after a sentence looks whole on its own; the stored page shows it is not."""
    text = seed_path.read_text(encoding="utf-8")
    end = text.index("sur la même période.") + len("sur la même période.")
    cut = tmp_path / "cut" / "page.txt"
    cut.parent.mkdir()
    cut.write_text(text[:end], encoding="utf-8")
    loader.load_file(seed_path)
    before = set(repo.quads())
    outcome, reason = loader.load_file(cut)
    assert outcome is Outcome.REJECTED
    assert reason and "answer text is the beginning of the stored one" in reason
    assert set(repo.quads()) == before


def test_an_older_copy_without_the_answer_does_not_replace_the_answered_page(
    loader: Loader, repo: EmbeddedRepo, seed_path: Path, tmp_path: Path
) -> None:
    text = seed_path.read_text(encoding="utf-8")
    older = text[: text.index("  • Réponse du")].replace("2 élément(s)", "1 élément(s)")
    page = tmp_path / "older" / "page.txt"
    page.parent.mkdir()
    page.write_text(older.rstrip() + "\n", encoding="utf-8")
    loader.load_file(seed_path)
    outcome, reason = loader.load_file(page)
    assert outcome is Outcome.REJECTED
    assert reason and "has an answer this page lacks" in reason
