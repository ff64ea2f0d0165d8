"""Sources: one folder per parliament and format, each turning one document into a Record.

A source's parser knows nothing of RDF; this registry picks the parser by file type.
"""

from __future__ import annotations

from pathlib import Path

from loaders.errors import LoaderError
from loaders.record import Record

TEXT_SUFFIXES = frozenset({".txt", ".html", ".htm"})
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""Pages larger than this are refused before they are read (real pages are under 1 MB)."""


def parse_document(path: Path) -> Record:
    """The record of one page; LoaderError (one line, naming the file) for anything else."""
    if path.suffix.lower() not in TEXT_SUFFIXES:
        raise LoaderError(path, f"unsupported file type '{path.suffix or 'none'}'")
    from loaders.sources import walloon

    return walloon.parse_document(path, max_bytes=DEFAULT_MAX_BYTES)
