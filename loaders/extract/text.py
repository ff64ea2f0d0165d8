"""Shared text helpers for the recognisers: lookup keys, word tokens and sentences.

Every helper keeps character offsets into the original text: recognisers report spans that must
satisfy `text[start:end] == mention.text`, so nothing here rewrites the text itself, it only
builds keys to compare against reference data.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

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
# A sentence ends at ".", "!", "?" or "…" (closing quotes and brackets included) before a capital
# or a digit, at a blank line, or before a bullet line.
_SENTENCE_END = re.compile(r"[.!?…]+[»\"”’)]*(?=\s+[«\"“(]?[A-ZÀ-ÖØ-Þ0-9])|\n\s*\n|\n(?=\s*[•\-*])")
_LAST_WORD = re.compile(r"(\w+)$")
# Abbreviations whose dot does not end a sentence ("M.", "art.", "Mgr.", "Ets."): a word list.
ABBREVIATIONS_FILE = Path(__file__).resolve().parent / "data" / "abbreviations.json"
# What separates a flattened table's cells: a tab, or a run of two spaces or more. A name never
# runs across one; a bare number after one may be its row's sum (`money_rows.py`).
CELL_GAP = r"(?:\t|[ \u00a0]{2,})"
# The token before a dot, from the last space, bracket or elision: "P.M.E", "a.s.b.l", "c.-à-d".
_LAST_TOKEN = re.compile(r"[^\s(«\"“'’]+$")
# A dotted acronym is letters, one or two at a time, joined by dots (and hyphens: "c.-à-d.").
_DOTTED_PIECES = re.compile(r"[.\-]+")


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


# Words that variants of one name add, drop or swap ("Union des Villes et des Communes", "Agence
# européenne de/pour l'environnement") and the plural marks they change ("Plans pluriannuels
# d'investissements"): a folded key ignores both.
_FUNCTION_WORDS = frozenset(
    {"de", "des", "du", "la", "le", "les", "l", "d", "et", "en", "a", "pour"}
)


def folded_key(text: str) -> str:
    """Key for spelling variants of one long name: the loose key without function words and
    without the plural mark of each word."""
    folded = []
    for word in re.findall(r"\w+\+?", loose_key(text)):
        if word in _FUNCTION_WORDS:
            continue
        folded.append(word[:-1] if len(word) > 3 and word[-1] in "sx" else word)
    return " ".join(folded)


def words(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word; names are looked up as runs of consecutive words."""
    return [match.span() for match in _WORD.finditer(text)]


@lru_cache(maxsize=16)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentences as (start, end) offsets, trailing spaces trimmed; a paragraph break or a bullet
    line ends one too.

    A dot after a known abbreviation ("M. le Ministre", "art. 5", "n. 3") or a single capital
    (an initial, "J. Dupont") does not end a sentence; a dot between digits ("1.597") never does,
    since a space must follow it. Cached: every recogniser scopes its rules to sentences of the
    same few texts.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group().startswith(".") and _abbreviated(text, start, match.start()):
            continue
        _append_trimmed(text, start, match.end(), spans)
        start = match.end()
    _append_trimmed(text, start, len(text), spans)
    return tuple(spans)


# Words that open a sentence and are no surname: an article before a common noun, a
# demonstrative or a subject pronoun ("… du Fonds Y. Les montants", "… la zone B. Il"); "Le",
# "La" before a capital may be a surname's particle ("J. Le Hodey").
_CLAUSE_OPENER = re.compile(
    r"\s+(?:(?:(?:Le|La|Les)\s+|L['’]\s*)(?=[a-zà-ÿ])"
    r"|(?:Un|Une|Ce|Cet|Cette|Ces|Il|Ils|Elle|Elles|On|Nous|Je)(?!\w))"
)


def _abbreviated(text: str, start: int, dot: int) -> bool:
    """Whether the dot at `dot` closes an abbreviation: a listed word ("M.", "art.", "Mgr."), an
    initial ("J. Dupont"), or a dotted acronym in any case ("P.M.E.", "a.s.b.l.", "S.A.")."""
    word = _LAST_WORD.search(text, max(start, dot - 12), dot)
    if word is None:
        return False
    token = word.group(1)
    if token.lower() in word_lists(ABBREVIATIONS_FILE)["abbreviations"]:
        return True
    if len(token) == 1 and token.isupper():
        # "J. Dupont": an initial; "le Fonds Y. La Région …": a one-letter name ending its
        # sentence, the next word being one that opens a clause, never a surname.
        return not _CLAUSE_OPENER.match(text, dot + 1)
    return ends_dotted_acronym(text[max(start, dot - 20) : dot])


def ends_dotted_acronym(text: str) -> bool:
    """Whether `text` ends with a dotted acronym short of its last dot ("des P.M.E",
    "l'a.s.b.l", "c.-à-d"): letters one or two at a time, joined by dots or hyphens."""
    dotted = _LAST_TOKEN.search(text)
    if dotted is None or "." not in dotted.group():
        return False
    pieces = [p for p in _DOTTED_PIECES.split(dotted.group()) if p]
    return len(pieces) > 1 and all(len(p) <= 2 and p.isalpha() for p in pieces)


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def sentence_index(spans: Sequence[tuple[int, int]], position: int) -> int:
    """Index of the sentence holding `position`; a position between two sentences belongs to
    the one before it, a position before the first to the first."""
    return max(0, bisect_right(spans, position, key=lambda span: span[0]) - 1)


def sentence_at(text: str, position: int) -> tuple[int, int]:
    """The sentence holding `position` (the whole text when it has none)."""
    spans = sentences(text)
    return spans[sentence_index(spans, position)] if spans else (0, len(text))


@cache
def data_file(path: Path) -> dict[str, Any]:
    """A JSON data file of word lists and tables, read once a process."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@cache
def word_lists(path: Path) -> dict[str, frozenset[str]]:
    """The word lists of a JSON data file (its other keys are comments or tables)."""
    return {k: frozenset(v) for k, v in data_file(path).items() if isinstance(v, list)}


@cache
def word_tables(path: Path) -> dict[str, dict[str, str]]:
    """The tables (word -> value) of a JSON data file."""
    return {k: dict(v) for k, v in data_file(path).items() if isinstance(v, dict)}


def alternation(phrases: Iterable[str]) -> str:
    """A word list as one regex group of its phrases, any spacing between their words, longest
    first so that a phrase is tried before its own beginning ("mis en œuvre" before "mis")."""
    ordered = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    return "(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered) + ")"


CONTEXT_FILE = Path(__file__).with_name("data") / "context-words.json"
FUNCTION_WORDS_FILE = Path(__file__).with_name("data") / "function-words.json"


def context_words(name: str) -> frozenset[str]:
    """One word list of `data/context-words.json`: words around a name that the entity rules
    read (scheme heads and cues, street nouns, participles of location…)."""
    return word_lists(CONTEXT_FILE)[name]


def function_words(name: str) -> frozenset[str]:
    """One word list of `data/function-words.json`: a closed class of French function words a
    rule reads before a name (the determiners of one thing, the indefinite articles)."""
    return word_lists(FUNCTION_WORDS_FILE)[name]


@cache
def day_names() -> frozenset[str]:
    """The French names of the days of the week (`data/months.json`)."""
    days: list[str] = data_file(Path(__file__).with_name("data") / "months.json")["days"]
    return frozenset(days)


@cache
def month_names(unaccented: bool = False) -> tuple[str, ...]:
    """The French month names in calendar order (`data/months.json`), read once; with
    `unaccented`, each accented name is followed by its spelling without accents ("février",
    "fevrier"), as free text writes both."""
    months: list[str] = data_file(Path(__file__).with_name("data") / "months.json")["months"]
    if not unaccented:
        return tuple(months)
    plain = ("".join(map(_strip_accent, month)) for month in months)
    return tuple(dict.fromkeys(x for pair in zip(months, plain, strict=True) for x in pair))
