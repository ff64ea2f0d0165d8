"""Real 2013 rows rendered to the site's text layout, so a gold can annotate a page the repo lacks.

The real questions of `shared/data/walloon-2013/questions.jsonl` stay outside the repository
(public texts, but not ours to copy); a gold file of `tests/corpus-real2013/` names its row by the
parliament's `iddoc`, and the scorer renders that row at run time to the bulleted layout of the
seed page, which `parlgraph parse` reads like any saved page. This is an evaluation aid, not a
loader for the database those rows came from.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from loaders.evaluation.gold import CorpusError

# The repository sits beside `shared/` in the project's workspace (and in CI).
ROWS_FILE = (
    Path(__file__).resolve().parents[3] / "shared" / "data" / "walloon-2013" / "questions.jsonl"
)
_BREAK = re.compile(r"[ \t]*<br\s*/?>[ \t]*", re.I)


class RowsMissing(CorpusError):
    """The real rows a corpus names are not on this machine: the corpus is skipped, not failed."""


def load_rows(path: Path) -> dict[str, dict[str, Any]]:
    """Every row of the JSONL file by iddoc; a row that cannot be read names its line."""
    if not path.is_file():
        raise RowsMissing(f"{path}: real rows not found")
    rows: dict[str, dict[str, Any]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            rows[str(row["iddoc"])] = row
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise CorpusError(f"{path.name} line {number}: unreadable row ({error})") from error
    return rows


def _lines(html: str) -> list[str]:
    """An HTML fragment's paragraphs as text lines, one blank line between paragraphs."""
    pieces = [piece.strip() for piece in _BREAK.sub("\n", html).split("\n")]
    return "\n\n".join(piece for piece in pieces if piece).split("\n")


def _dmy(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"


# The scraper lost the asker of a few rows (their pages named one). The loader refuses a page
# naming no asker as incomplete, and the evaluation scores the texts, not the persons, so such a
# row is rendered with this placeholder, a name no deputy has, rather than not at all.
UNKNOWN_PERSON = "INCONNU Inconnu"


def _person(metadata: dict[str, Any], key: str) -> str:
    person = metadata.get(key) or {}
    return str(person.get("name") or "").strip() or UNKNOWN_PERSON


def render_row(row: dict[str, Any]) -> str:
    """The row as the site's bulleted text page (the seed's layout), its URL on a source line."""
    meta = row.get("metadata") or {}
    title = str(row.get("title") or meta.get("title") or "").strip()
    asker, addressee = _person(meta, "asker"), _person(meta, "addressee")
    answer = row.get("answer_html")
    lines = [f"# source: {row['url']}", "/", "", title[:1].upper() + title[1:], ""]
    lines += [f"  • Session : {meta.get('session', '')}", f"  • Année : {meta.get('year', '')}"]
    lines += [f"  • N° : {meta.get('number', '')}", ""]
    lines += [f"{2 if answer else 1} élément(s) trouvé(s).", ""]
    lines += [f"  • Question écrite du {_dmy(str(meta.get('question_date')))}"]
    lines += [f"    • de {asker}", f"    • à {addressee}"]
    lines += [f"    {line}" if line else "" for line in _lines(str(row.get("question_html") or ""))]
    if answer:
        lines += [f"  • Réponse du {_dmy(str(meta.get('answer_date')))}", f"    • de {addressee}"]
        lines += [f"    {line}" if line else "" for line in _lines(str(answer))]
    return "\n".join(lines) + "\n"


def write_row(rows: dict[str, dict[str, Any]], iddoc: str, folder: Path) -> Path:
    """Render row `iddoc` into `folder` and return the page's path."""
    row = rows.get(iddoc)
    if row is None:
        raise CorpusError(f"row iddoc {iddoc} is not in the real rows")
    page = folder / f"walloon-2013-{iddoc}.txt"
    page.write_text(render_row(row), encoding="utf-8")
    return page
