"""`parlgraph parse FILE... --format jsonl`: many pages in one process, one line each, in order."""

from __future__ import annotations

import json
from pathlib import Path

from ..test_cli import assert_one_line_error, run

FIXTURES = Path(__file__).parents[2] / "loaders" / "sources" / "walloon" / "fixtures"


def test_jsonl_gives_one_record_a_line_in_order_and_errors_in_place(
    seed_path: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "absent.txt"
    files = [seed_path, FIXTURES / "blog.html", missing, FIXTURES / "same-page.html"]
    result = run("parse", *map(str, files), "--format", "jsonl")
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["source"] for line in lines] == [str(f) for f in files]
    assert lines[0]["reference"] == "292 (2022-2023) 1"
    assert lines[0]["id"].endswith("/id/question/wallonia/2022-2023/292-willy-borsus")
    assert set(lines[1]) == {"source", "error"} and "not a question page" in lines[1]["error"]
    assert set(lines[2]) == {"source", "error"} and "cannot read file" in lines[2]["error"]
    assert lines[3]["iddoc"] == "91234" and lines[3]["question"]["askers"]
    assert list(lines[3])[:2] == ["id", "iddoc"]


def test_jsonl_of_readable_pages_exits_0(seed_path: Path) -> None:
    result = run("parse", str(seed_path), str(FIXTURES / "same-flat.txt"), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2


def test_json_is_for_one_file(seed_path: Path) -> None:
    result = run("parse", str(seed_path), str(seed_path), "--format", "json")
    assert result.returncode == 2
    assert_one_line_error(result)
    assert "--format jsonl" in result.stderr
