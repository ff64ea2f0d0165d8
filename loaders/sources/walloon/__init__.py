"""The Parliament of Wallonia: its question pages, in every form users save them, to records.

Public entry points: `parse_document(path)` and `parse_bytes(data, source)`. Both return a
`Record` or raise `LoaderError` with a one-line reason; nothing else escapes, whatever the input,
because a batch of thousands of saved pages must reject one file and go on.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from urllib.parse import urlsplit

from loaders.errors import LoaderError
from loaders.record import Record
from loaders.sources.walloon.build import build
from loaders.sources.walloon.decode import DEFAULT_MAX_BYTES, HEAD_BYTES, decode, sniff_binary
from loaders.sources.walloon.html import looks_like_html, read_html
from loaders.sources.walloon.page import IDDOC, PAGE_URL
from loaders.sources.walloon.text import read_text, split_source_line

__all__ = ["DEFAULT_MAX_BYTES", "SAMPLE_DIR", "parse_bytes", "parse_document"]

SAMPLE_DIR = Path(__file__).with_name("sample")
"""The bundled sample corpus (the founding page and invented pages; see its README), shipped
with the package for `parlgraph demo`, the tests and the benchmark."""

# Both hosts the parliament has used (parlement-wallon.be, then parlement-wallonie.be); an archive
# copy keeps the original host in its path.
_SITE = re.compile(r"parlement-wallon(?:ie)?\.be", re.I)


def _too_big(source: str, size: int, max_bytes: int) -> LoaderError:
    return LoaderError(source, f"file too large ({size:,} bytes; the limit is {max_bytes:,} bytes)")


def parse_bytes(data: bytes, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Record:
    """The record of one page given as bytes; `source` is the path or URL it came from."""
    if len(data) > max_bytes:
        raise _too_big(source, len(data), max_bytes)
    sniff_binary(source, data[:HEAD_BYTES])
    try:
        return _parse(data, source)
    except LoaderError:
        raise
    except RecursionError:
        raise LoaderError(source, "page nested too deeply to read") from None
    except Exception as err:  # a parser bug must still reject one file, not stop a batch
        raise LoaderError(
            source, f"unexpected parser failure: {type(err).__name__}: {err}"
        ) from err


def _check_site(source: str, url: str | None) -> None:
    """A page whose own URL is on another site is another parliament's or a blog's: refuse it."""
    if not url:
        return
    try:
        parts = urlsplit(url)
    except ValueError:  # a malformed URL names no site; the page's content decides
        return
    if parts.scheme in ("http", "https") and not _SITE.search(parts.netloc + parts.path):
        raise LoaderError(
            source, f"page of another site ({parts.netloc}), not of the Parliament of Wallonia"
        )


def _parse(data: bytes, source: str) -> Record:
    text, _, warnings = decode(source, data)
    if not text.strip():
        raise LoaderError(source, "empty file (only white space)")
    given_url, text = split_source_line(text)
    _check_site(source, given_url)
    if looks_like_html(text):
        page = read_html(source, text, given_url)
        _check_site(source, page.declared_url)
    else:
        page = read_text(text)
    page.source_iri = page.source_iri or given_url
    page.warnings[:0] = warnings
    if page.source_iri is None:
        iddoc = IDDOC.search(Path(source).name)
        if iddoc:
            page.source_iri = PAGE_URL.format(iddoc.group(1))
    record = build(source, page)
    iddoc = IDDOC.search(page.source_iri or "")
    record.iddoc = iddoc.group(1) if iddoc else None
    record.sha256 = hashlib.sha256(data).hexdigest()
    return record


def parse_document(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Record:
    """The record of one saved page; huge and binary files are refused before being read whole."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise _too_big(source, size, max_bytes)
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
            sniff_binary(source, head)
            data = head + handle.read(max_bytes + 1 - len(head))
    except OSError as err:
        raise LoaderError(source, f"cannot read file: {err.strerror or err}") from None
    return parse_bytes(data, source, max_bytes)
