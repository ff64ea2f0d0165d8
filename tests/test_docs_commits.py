"""Figures in the docs name the commit they were measured on; a reader must be able to check
out that commit from a clone of main. A commit of a branch rebased before it landed exists only
in the machine that made it (ten such ids had crept into docs/ by session 9)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CITING = [*ROOT.glob("docs/*.md"), ROOT / "README.md", *ROOT.glob("tests/corpus*/README.md")]
COMMIT_ID = re.compile(r"`([0-9a-f]{7,12})`|\b([0-9a-f]{7})\b")


def _git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True)


def _commit_ids(text: str) -> set[str]:
    """Hex words in code spans, and bare seven-letter hex words mixing digits and letters (a
    plain number such as 1597000 is not one). Every one must resolve: in a clone, a commit that
    never landed is no object at all, so "unknown" must fail as "not on main" does."""
    words = {quoted or bare for quoted, bare in COMMIT_ID.findall(text)}
    return {word for word in words if re.search(r"[a-f]", word) and re.search(r"[0-9]", word)}


def test_every_commit_the_docs_cite_is_in_the_history_of_this_checkout() -> None:
    if _git("rev-parse", "--is-shallow-repository").stdout.strip() != "false":
        pytest.skip("not a full git clone: the cited commits cannot be looked up")
    stray = {
        f"{path.relative_to(ROOT)}: {commit}"
        for path in CITING
        for commit in _commit_ids(path.read_text(encoding="utf-8"))
        if _git("merge-base", "--is-ancestor", commit, "HEAD").returncode != 0
    }
    assert not stray, f"commits cited but not in HEAD's history: {sorted(stray)}"
