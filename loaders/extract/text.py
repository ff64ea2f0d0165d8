"""Shared text helpers for the recognisers: lookup keys, word tokens and sentences.

Every helper keeps character offsets into the original text: recognisers report spans that must
satisfy `text[start:end] == mention.text`, so nothing here rewrites the text itself, it only
builds keys to compare against reference data.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Typographic variants that writers and page renderers use interchangeably.
_APOSTROPHES = "\u2019\u2018\u02bc\u00b4`"
_HYPHENS = "\u2010\u2011"
_SPACES = "\u00a0\u202f\u2007\u2009"
_CHAR_MAP = str.maketrans(
    {
        **dict.fromkeys(_APOSTROPHES, "'"),
        **dict.fromkeys(_HYPHENS, "-"),
        **dict.fromkeys(_SPACES, " "),
    }
)
# Separators that do not change what a name says: "SPW Economie, Emploi, Recherche".
_SEPARATORS = re.compile(r"[\s,;:]+")
# A word, with a glued "+" ("Erasmus+", "FSE+"), the way programme names are written.
_WORD = re.compile(r"\w+\+?")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[«\"“(]?[A-ZÀ-Ý])|\n\s*\n")


@cache
def _strip_accent(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char)
    return decomposed[0] if decomposed else char


def normalise(text: str) -> str:
    """Unify apostrophes, hyphens and spaces and collapse separators; keeps case and accents."""
    return _SEPARATORS.sub(" ", text.translate(_CHAR_MAP)).strip()


def exact_key(text: str) -> str:
    """Key for case-sensitive names: accents dropped on capitals only ("Écaussinnes" equals
    "Ecaussinnes", as capitals often lose their accent in print), but kept on small letters so
    that "Hervé" never becomes the municipality "Herve"."""
    return "".join(_strip_accent(c) if c.isupper() else c for c in normalise(text))


def loose_key(text: str) -> str:
    """Key for long names that writers capitalise and accent at will: case and accents dropped."""
    return "".join(_strip_accent(c) for c in normalise(text).casefold())


def words(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word; names are looked up as runs of consecutive words."""
    return [match.span() for match in _WORD.finditer(text)]


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence or paragraph, good enough to scope a rule to its sentence."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if e > s]


def sentence_at(text: str, position: int) -> tuple[int, int]:
    """The sentence holding `position` (the whole text when it has none)."""
    for start, end in sentences(text):
        if start <= position <= end:
            return start, end
    return 0, len(text)
