"""Bytes to text for saved pages: refuse what is not a text page, find the encoding, flag mojibake.

Pages saved over the years come as UTF-8 (with or without BOM), ISO-8859-1 or cp1252. The rule is
the browsers' one: a BOM wins, then the charset an HTML page declares, then strict UTF-8, then
cp1252 (a superset of ISO-8859-1 for printable text). Valid UTF-8 with accented letters is
practically never cp1252 text, so a page declaring a single-byte charset whose bytes are valid
UTF-8 is read as UTF-8 and the mismatch reported. Mojibake already in the bytes ("Ã©" for "é",
from an earlier wrong conversion) cannot be undone safely, so it is reported, never hidden.
"""

from __future__ import annotations

import codecs
import re

from loaders.errors import LoaderError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
HEAD_BYTES = 8192

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP/Office"),
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ", "xz"),
    (b"7z\xbc\xaf", "7-Zip"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"\xd0\xcf\x11\xe0", "OLE/Office"),
    (b"RIFF", "RIFF media"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"SQLite format", "SQLite database"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)

# What a UTF-8 continuation byte (0x80-0xBF) becomes when wrongly read as cp1252/latin-1.
_CONTINUATION = "".join(bytes([b]).decode("cp1252", errors="replace") for b in range(0x80, 0xC0))
_MOJIBAKE = re.compile(
    "(?:[ÂÃ]|â€)[" + re.escape(_CONTINUATION.replace("\ufffd", "")) + "\u0080-\u00bf]"
)

_SINGLE_BYTE = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "cp1252", "windows-1252"}
_SINGLE_BYTE |= {"iso-8859-15", "iso8859-15", "latin-9", "us-ascii", "ascii"}


def sniff_binary(source: str, head: bytes) -> None:
    """Raise when the first bytes show a binary file: known magic numbers or NUL/control bytes."""
    if not head.strip():
        raise LoaderError(source, "empty file")
    if any(head.startswith(bom) for bom, _ in _BOMS[1:]):
        return  # UTF-16/32 text has NUL bytes by design
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise LoaderError(source, f"binary file ({kind}), not a text or HTML page")
    if b"\x00" in head:
        raise LoaderError(source, "binary file (NUL bytes), not a text or HTML page")
    controls = sum(1 for b in head if b < 32 and b not in b"\t\n\r\f\x1b")
    if controls > max(8, len(head) // 50):
        raise LoaderError(source, "binary file (control bytes), not a text or HTML page")


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", errors="replace").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _utf8(source: str, data: bytes) -> str | None:
    """Strict UTF-8, None if not UTF-8; an error only for a sequence cut at the very end."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        if err.reason == "unexpected end of data" and err.start >= len(data) - 3:
            raise LoaderError(source, "truncated file: ends inside a UTF-8 character") from None
        return None


def _single_byte(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def decode(source: str, data: bytes) -> tuple[str, str, list[str]]:
    """(text, encoding used, warnings) for the bytes of a page."""
    warnings: list[str] = []
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec, warnings
            except UnicodeDecodeError as err:
                raise LoaderError(source, f"invalid {codec} text after its BOM: {err}") from None
    declared = _declared_charset(data)
    as_utf8 = _utf8(source, data)
    text: str
    if declared and declared not in ("utf-8",) and declared.replace("_", "-") in _SINGLE_BYTE:
        if as_utf8 is not None and not as_utf8.isascii():
            warnings.append(
                f"page declares charset {declared} but its bytes are UTF-8; read as UTF-8"
            )
            text, used = as_utf8, "utf-8"
        else:
            text, used = _single_byte(data), "cp1252"
    elif as_utf8 is not None:
        text, used = as_utf8, "utf-8"
    else:
        text, used = _single_byte(data), "cp1252"
        if declared == "utf-8":
            warnings.append("page declares UTF-8 but its bytes are not; read as cp1252")
    found = _MOJIBAKE.findall(text)
    if found:
        sample = ", ".join(sorted(set(found))[:5])
        warnings.append(
            f"mojibake: {len(found)} sequence(s) such as {sample} (text converted twice "
            "before it was saved); kept as is"
        )
    if "\x00" in text:
        raise LoaderError(source, "binary content (NUL characters) in the page")
    return text, used, warnings
