"""Is a page whole? Signals that a saved page was cut before its end.

A page is saved whole or cut somewhere (a download stopped, a copy truncated). A cut page still
reads as a question, so it must be told from a complete one by what a whole page always has:
as many blocks as the "N élément(s) trouvé(s)" line announces, and a last block whose text ends
as written French ends. Only the last block can be cut: every earlier one is followed by a heading.

The text test is general, not fitted to pages seen here: a text ends on sentence-final punctuation
(or a closing quote or bracket, or a footnote call after them); a text that does not is cut when it
stops on a comma, a hyphen or an opening mark, on a word that needs another after it (an article,
a preposition, a conjunction: `unfinished-words.txt`), or in the middle of running prose. A short
final line that is not prose (a note in capitals, "QE RETIRÉE PAR SON AUTEUR") or a list item
ends a page legitimately.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from loaders.sources.walloon.page import BULLET

_WORDS_FILE = Path(__file__).with_name("unfinished-words.txt")
# Sentence-final punctuation and closing quotes or brackets; or a footnote call after a word's
# final period ("d'ici peu.32"; "15.000" is a number, not a footnote).
_ENDED = re.compile(r"[.!?…;:][\"'”’»)\]]*$|[^\W\d_][.!?…]\s*(?:\d{1,3}|\*{1,3})$")
# A number grouped in thousands whose last group is short: "52.572.0", "3.912.45".
_CUT_NUMBER = re.compile(r"\d{1,3}(?:[. \u00a0\u202f]\d{3})+[. \u00a0\u202f]\d{1,2}$")
_CLOSERS = frozenset(')]»"”')
_OPEN_ENDS = frozenset(",(«[-–—/'’&+")
_WORD = re.compile(r"[^\W\d_]+(?:['’]|\b)")
# Running prose has at least this many words and mostly lower-case letters.
_PROSE_WORDS = 3
# A list item of this many words of prose is a clause, not a name or a table cell: it ends as a
# sentence does ("1° une partie de la doctrine considère que …;").
_CLAUSE_WORDS = 10


@cache
def unfinished_words() -> frozenset[str]:
    lines = _WORDS_FILE.read_text(encoding="utf-8").splitlines()
    words = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    return frozenset(words | {word.replace("'", "’") for word in words})


def _is_list_item(lines: list[str]) -> bool:
    """The last line is an item of a list or a row of a table, which may end without a period:
    bulleted or numbered, the first line after one announcing a list (':'), a line right under
    a bulleted one (no blank line between), or a 'label : value' row under another."""
    last = lines[-1]
    previous = lines[-2] if len(lines) > 1 else ""
    return (
        bool(BULLET.match(last))
        or _previous_line(lines).endswith(":")
        or bool(previous and BULLET.match(previous))
        or (" : " in last and " : " in previous)
    )


def _is_lower_case(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return sum(c.islower() for c in letters) * 2 > len(letters)


def _is_prose(line: str) -> bool:
    return len(line.split()) >= _PROSE_WORDS and _is_lower_case(line)


def _previous_line(lines: list[str]) -> str:
    return next((line for line in reversed(lines[:-1]) if line), "")


def _why_list_item(lines: list[str]) -> str | None:
    """A list whose items end with ';' or ',' ends its last item with punctuation too."""
    previous = _previous_line(lines)
    if previous.endswith((";", ",")):
        return "its last list item has no end"
    return None


def _why_prose(lines: list[str]) -> str | None:
    last = lines[-1]
    if _is_prose(last):
        return "it stops mid-sentence"
    # A new paragraph of a word or two after a finished sentence or list item, or a text of a
    # word or two of prose: a sentence begun, then cut ("Faisons référen"; not a note in capitals).
    previous = _previous_line(lines)
    if len(last.split()) <= 2 and (
        previous.endswith((".", "?", "!", ";")) or (not previous and _is_lower_case(last))
    ):
        return "it stops at the start of a paragraph"
    return None


def why_unfinished(text: str) -> str | None:
    """Why `text` (a block's whole text) looks cut before its end, or None when it ends whole."""
    text = text.rstrip()
    if not text or _ENDED.search(text) or text[-1] in _CLOSERS:
        return None
    lines = [line.strip() for line in text.splitlines()]
    tail = lines[-1][-40:]
    words = _WORD.findall(lines[-1])
    if text[-1] in _OPEN_ENDS:
        why: str | None = f"it ends on {text[-1]!r}"
    elif words and words[-1].lower() in unfinished_words():
        why = f"it ends on the word {words[-1]!r}"
    elif words and len(words[-1]) == 1 and text[-1].isalpha():
        why = f"it ends on a lone letter {words[-1]!r}"
    elif _CUT_NUMBER.search(text):
        why = "it ends inside a number"
    elif _is_list_item(lines) and not (
        _is_prose(lines[-1]) and len(lines[-1].split()) >= _CLAUSE_WORDS
    ):
        why = _why_list_item(lines)
    else:
        why = _why_prose(lines)
    return f"{why} ('…{tail}')" if why else None
