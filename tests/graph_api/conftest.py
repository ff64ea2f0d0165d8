"""The command line run as a user runs it, shared by the tests of `graph_api`."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from graph_api.repo.base import Repo
from loaders.sources.walloon import SAMPLE_DIR
from loaders.vocab import PG

PARLGRAPH = str(Path(sys.executable).with_name("parlgraph"))

# Questions, source documents and document graphs in one query, so in one state of the store: an
# answer given while a document was half written would make them differ.
WHOLE = """
PREFIX pg: <https://w3id.org/parlgraph/ontology#>
SELECT (COUNT(DISTINCT ?q) AS ?questions) (COUNT(DISTINCT ?d) AS ?documents)
       (COUNT(DISTINCT ?g) AS ?graphs)
WHERE {
  { ?q pg:askedBy ?asker } UNION { ?d a pg:SourceDocument }
  UNION { GRAPH ?g { ?source a pg:SourceDocument } }
}
"""


# What every load wrote as its version before the loader version carried the rules' fingerprint.
OLDER_RULES = "parlgraph 0.1.0"


def stamp_older_rules(repo: Repo) -> None:
    """Make every stored document look read by an older parlgraph, as an upgraded store is."""
    repo.update(
        f"DELETE {{ GRAPH ?g {{ ?d <{PG.loaderVersion}> ?v }} }}"
        f" INSERT {{ GRAPH ?g {{ ?d <{PG.loaderVersion}> {OLDER_RULES!r} }} }}"
        f" WHERE {{ GRAPH ?g {{ ?d <{PG.loaderVersion}> ?v }} }}"
    )


class Cli:
    """`parlgraph` in a subprocess: exit code, stdout, stderr."""

    def run(
        self, *args: str, cwd: Path | None = None, stdin: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [PARLGRAPH, *args], capture_output=True, text=True, cwd=cwd, input=stdin, timeout=300
        )

    def usage_error(self, *args: str, cwd: Path | None = None) -> str:
        """Run a command that must fail with exit 2 and one line on stderr; that line."""
        result = self.run(*args, cwd=cwd)
        assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
        assert len(result.stderr.splitlines()) == 1, result.stderr
        assert result.stderr.startswith("parlgraph: error: ")
        return result.stderr


@pytest.fixture(scope="session")
def cli() -> Cli:
    return Cli()


def renumbered_corpus(folder: Path, copies: int, first_number: int) -> Path:
    """Many distinct documents: sample pages renumbered into an unused range of numbers."""
    folder.mkdir()
    pages = sorted(SAMPLE_DIR.glob("*.txt"))
    for index in range(copies):
        page = pages[index % len(pages)].read_text(encoding="utf-8")
        number = first_number + index
        page = re.sub(r"N° : \d+ \(", f"N° : {number} (", page, count=1)
        (folder / f"page-{number}.txt").write_text(page, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def make_corpus() -> Callable[[Path, int, int], Path]:
    """`make_corpus(folder, copies, first_number)`: see `renumbered_corpus`."""
    return renumbered_corpus
