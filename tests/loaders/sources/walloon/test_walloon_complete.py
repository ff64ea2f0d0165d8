"""Cut pages: a page cut before its end is refused, never read as a shorter complete page.

The sentences below are invented for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.errors import LoaderError
from loaders.evaluation.rows import ROWS_FILE, load_rows, render_row
from loaders.sources.walloon import parse_bytes, parse_document
from loaders.sources.walloon.complete import why_unfinished

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    "text",
    [
        "Le budget a été augmenté.",
        "Quelles sont les intentions du Ministre ?",
        "Le centre a rouvert (voir annexe)",
        "Je reste attentif à ce dossier.\n\nQE RETIRÉE PAR SON AUTEUR",
        "Une réponse complète suivra d'ici peu.32",
        "Les communes retenues sont :\n\n- Namur\n- Ciney",
        "Le montant se répartit ainsi :\nCiney : 120.000 euros\nDinant : 95.000 euros",
        "Le projet s'intitule « Routes sûres »",
        "SANS OBJET",
    ],
)
def test_a_text_that_ends_whole_passes(text: str) -> None:
    assert why_unfinished(text) is None


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("Le centre a accueilli près de 1 200 stagiaires dans les fil", "mid-sentence"),
        ("Le budget a été confié à l'opérateur de", "the word 'de'"),
        ("Le budget a été confié à l'opérateur,", "ends on ','"),
        ("Le subside est fixé à 15.000 euros. Il sera versé en", "the word 'en'"),
        ("La première phase est terminée.\n\nLe", "the word 'Le'"),
        ("La première phase est terminée.\n\nLe Plan", "start of a paragraph"),
        ("La dotation atteint 52.572.0", "inside a number"),
        ("Les montants :\n\n- Namur : 10 euros ;\n- Ciney : 12 euros ;\n- Dinant : 9", "list"),
        ("La réponse a été transmise à Madame l", "lone letter"),
        ("Faisons référen", "start of a paragraph"),
        (
            "Les mesures visées sont :\n\nDe renforcer le contrôle ;\n\nD'amél",
            "start of a paragraph",
        ),
        (
            "Deux lectures s'opposent :\n\n"
            "1° une partie des auteurs estime qu'il s'agit du greffier commu",
            "mid-sentence",
        ),
    ],
)
def test_a_text_cut_before_its_end_is_named(text: str, why: str) -> None:
    found = why_unfinished(text)
    assert found is not None and why in found


def test_fewer_blocks_than_announced_is_a_truncated_page(seed_path: Path) -> None:
    """Regression (#11.2): cut at 10-20 %, the seed read as an unanswered question although it
    announces '2 élément(s) trouvé(s)'."""
    data = seed_path.read_bytes()
    for percent in range(10, 21, 2):
        cut = data[: len(data) * percent // 100]
        with pytest.raises(LoaderError, match="announces 2 element"):
            parse_bytes(cut, "cut.txt")


def test_the_seed_cut_at_half_is_a_truncated_page(seed_path: Path) -> None:
    """Regression (#11.2): cut at 50 %, the seed loaded with an answer ending mid-word."""
    data = seed_path.read_bytes()
    with pytest.raises(LoaderError, match="truncated page: the answer text stops before its end"):
        parse_bytes(data[: len(data) // 2], "half.txt")


def test_an_announced_block_missing_is_named() -> None:
    lines = (FIXTURES / "same-bulleted.txt").read_text(encoding="utf-8").splitlines()
    answer = next(i for i, line in enumerate(lines) if "Réponse du" in line)
    with pytest.raises(LoaderError, match="announces 2 element"):
        parse_bytes("\n".join(lines[:answer]).encode("utf-8"), "no-answer.txt")


@pytest.mark.parametrize(
    "path",
    sorted(
        p
        for p in FIXTURES.iterdir()
        if p.suffix in (".txt", ".html")
        and not p.name.startswith(("empty", "truncated", "blog", "not-a", "other"))
    ),
    ids=lambda p: p.name,
)
def test_complete_fixture_pages_are_not_taken_for_cut_ones(path: Path) -> None:
    assert parse_document(path).question.text


@pytest.mark.skipif(not ROWS_FILE.is_file(), reason=f"real 2013 rows not here ({ROWS_FILE})")
def test_real_rows_whole_pass_and_cut_are_refused() -> None:
    """On the 180 real rows: no whole page is refused, and of the pages cut at every 5 % of their
    length (inside a block's text), at least 95 % are (96.1 % at the time of writing; the rest
    mostly stop on a sentence's end, which a cut cannot be told from; docs/identity.md)."""
    rows = load_rows(ROWS_FILE)
    cuts = refused = 0
    for iddoc, row in rows.items():
        page = render_row(row)
        parse_bytes(page.encode("utf-8"), f"{iddoc}.txt")
        body = page.index("élément(s)")
        for percent in range(5, 100, 5):
            end = len(page) * percent // 100
            if end <= body or not page[end:].strip():
                continue
            cuts += 1
            try:
                parse_bytes(page[:end].encode("utf-8"), f"{iddoc}-{percent}.txt")
            except LoaderError:
                refused += 1
    assert len(rows) == 180
    assert refused / cuts >= 0.95, f"{refused}/{cuts}"
