"""Every field of the record is documented: CONTRACT.md's example names the core, docs/record.md
the rest. A field added to `loaders/record.py` without a line in either fails here, so the printed
JSON never carries a key no page explains."""

from __future__ import annotations

import dataclasses
import re
import typing
from pathlib import Path

import pytest

from loaders import record

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT.parent / "shared" / "docs" / "CONTRACT.md"


def _field_names(cls: type, seen: set[type]) -> set[str]:
    """The JSON keys of a record dataclass and of every dataclass it holds."""
    seen.add(cls)
    names: set[str] = set()
    hints = typing.get_type_hints(cls)
    for field in dataclasses.fields(cls):
        names.add(field.name)
        for inner in _dataclasses_in(hints[field.name]):
            if inner not in seen:
                names |= _field_names(inner, seen)
    return names


def _dataclasses_in(hint: object) -> list[type]:
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return [hint]
    return [found for arg in typing.get_args(hint) for found in _dataclasses_in(arg)]


def _documented(text: str) -> set[str]:
    json_keys = re.findall(r'"([a-z_0-9]+)"\s*:', text)
    code_spans = re.findall(r"`([a-z_0-9.\[\]]+)`", text)
    return set(json_keys) | set(code_spans)


def test_every_record_field_is_in_the_contract_or_docs_record_md() -> None:
    if not CONTRACT.is_file():
        pytest.skip(f"{CONTRACT} is absent (the shared folder beside the project)")
    documented = _documented(CONTRACT.read_text(encoding="utf-8"))
    documented |= {
        part
        for name in _documented((ROOT / "docs" / "record.md").read_text(encoding="utf-8"))
        for part in re.split(r"[.\[\]]+", name)
        if part
    }
    missing = _field_names(record.Record, set()) - documented
    assert not missing, f"record fields documented nowhere: {sorted(missing)}"
