"""From a file to a complete record: parse, resolve persons, extract facts from the texts."""

from __future__ import annotations

import hashlib
from pathlib import Path

from loaders.extract import extract_facts
from loaders.mapping import question_iri
from loaders.record import Record
from loaders.resolve import resolve_persons
from loaders.sources import parse_document


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def parse_and_resolve(path: Path) -> Record:
    """The document parsed, hashed and keyed, its persons resolved: all but the extraction
    (which the benchmarks time on its own)."""
    record = parse_document(path)
    if record.sha256 is None:  # a source that does not hash the bytes it read
        record.sha256 = file_sha256(path)
    record.id = question_iri(record)
    resolve_persons(record)
    return record


def read_document(path: Path) -> Record:
    """Everything parlgraph reads from one document; raises LoaderError if it cannot."""
    record = parse_and_resolve(path)
    extract_facts(record)
    return record
