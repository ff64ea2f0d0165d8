"""Bare numbers that close the rows of a list or a table of money: "- à la commune X, pour … :
645.000 ;", "Ville de Bouillon<TAB>Médiévales<TAB>7.500".

Administrative answers often write the currency once for a whole list, in its lead ("Les
montants, en euros, sont les suivants :"), in a sentence right after it ("Les montants sont
exprimés en euros.") or on one row only, and leave the other rows' numbers bare. Such a number
is money only when all of these hold, so that counts in a list (households, hectares, files)
stay counts:
- it closes a list row (a bullet line), after a colon, a comma or a dash, or a table row (a
  line whose cells a tab or a run of spaces separates), as its last cell: nothing but a row's
  end (";", ".", ",", "et") follows it on its line; in a table whose header names a column of
  sums ("Bénéficiaire<TAB>Subside<TAB>Logements"), a cell of that column is one wherever it
  stands, and a cell under a column of counts beside it is none (`amount-words.json`);
- it is written with thousands separators ("645.000", "1.043.512,60"): a short bare number is
  as often a count or a rank; or with a decimal comma ("23,8") in a list whose stated unit
  scales it ("(en millions d'euros)");
- the list says it is money: another row of the same list holds a sum of money, or its lead
  line, a table's header row ("Bénéficiaire<TAB>Montant (€)") or the first sentence after the
  list names a currency; its unit may scale the numbers ("en milliers d'euros", "(k€)").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from loaders.extract.ranges import amount_words
from loaders.extract.text import CELL_GAP, alternation

# A bullet line: its start and its bullet.
_ROW = re.compile(r"^[ \t]*(?:[-–—•*·▪◦]|\d{1,2}[.)])[ \t]+", re.MULTILINE)
# A table line: words, then a cell separator and more words.
_TABLE_ROW = re.compile(rf"^[ \t]*\S[^\n]*?{CELL_GAP}[ \t]*\S", re.MULTILINE)
# The cell separator right before a number that is its row's last cell.
_AFTER_CELL = re.compile(rf"\S{CELL_GAP}[ \t]*$")
# The number closes its row after a colon, a comma or a dash: "… : 645.000 ;", "- Namur,
# 645.000 ;", "• Namur – 645.000" (the end of its line after it).
_AFTER_COLON = re.compile(r"(?::|\S,|\s[–—-])[ \t]*$")
# Another cell after the number on its line.
_CELL_AFTER = re.compile(rf"{CELL_GAP}[ \t]*\S")
# A header cell of sums ("Montant", "Subside (€)"), by the words of `amount-words.json`; or a
# year, a column of a table of sums by year (sums when the table's unit says so).
_MONEY_HEADER = re.compile(
    rf"(?<![\w-])(?:{alternation(amount_words('money_headers'))})(?![\w-])"
    r"|^(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?$",
    re.IGNORECASE,
)
# A header cell of counts ("Logements", "Nombre"), by the words of `amount-words.json`.
_COUNT_HEADER = re.compile(
    rf"(?<![\w-])(?:{alternation(amount_words('count_headers'))})(?![\w-])", re.IGNORECASE
)
_ROW_END = re.compile(r"[ \t]*(?:[;.,]|(?:et|ou)(?!\w))?[ \t]*(?:\n|$)")
# Thousands separators (a dot, a space, a no-break space), an optional decimal part.
_GROUPED = re.compile(r"\d{1,3}(?:[.  \u202f]\d{3})+(?:,\d{1,2})?")
# A decimal number without thousands ("23,8", "0,75"): money in a list whose unit is scaled.
_DECIMAL = re.compile(r"\d{1,4},\d{1,3}")


# A currency and the multiplier its unit says the numbers are written in: ("EUR", 1000) for
# "en milliers d'euros", "(k€)".
Unit = tuple[str, int]


def list_currency(
    text: str,
    span: tuple[int, int],
    amounts: Sequence[tuple[int, int, str]],
    named: Callable[[str, int, int], Unit | None],
) -> Unit | None:
    """The currency of the bare number at `span`, with the multiplier of its unit, when it
    closes a row of a list of money: the one its list's lead line, a table's header row or the
    first sentence after the list names (`named` finds a unit written in a span of `text`),
    else a sibling row's sum's (`amounts`: start, end and currency of the sums read so far);
    None when it is no such row."""
    start, end = span
    grouped = _GROUPED.fullmatch(text, start, end)
    if not (grouped or _DECIMAL.fullmatch(text, start, end)):
        return None
    line_start = text.rfind("\n", 0, start) + 1
    listed = _ROW.match(text, line_start) and _AFTER_COLON.search(text, line_start, start)
    tabled = _AFTER_CELL.search(text, line_start, start)
    if not (listed or tabled):
        return None
    first, last = _list_lines(text, line_start, _ROW if listed else _TABLE_ROW)
    column = _money_column(text, start) if tabled else None
    if column is False:
        return None  # under a header of counts ("Logements"), where others are money
    if not _ROW_END.match(text, end) and not (column and _CELL_AFTER.match(text, end)):
        return None  # a cell before others is money only under a header of money
    stated = (
        named(text, _lead_line(text, first), first)
        or named(text, last, _sentence_end(text, last))
        # a table's header row: "Bénéficiaire<TAB>Montant (€)"
        or (
            named(text, first, first + len(_line(text, first)))
            if tabled and first < line_start
            else None
        )
    )
    if not grouped:
        # "23,8" under "(en millions d'euros)": a decimal number is money when the list's unit
        # scales it, written for the whole list
        return stated if stated and stated[1] >= 1000 else None
    if stated:
        return stated
    return next(((c, 1) for a_start, _, c in amounts if first <= a_start < last), None)


def _money_column(text: str, start: int) -> bool | None:
    """Whether the table cell starting at `start` lies under a header cell of sums (True) or
    of counts beside a column of sums (False: "Bénéficiaire<TAB>Subside<TAB>Logements"); None
    when the header (the table's first line, with as many cells as the row) says neither
    ("Part régionale", "Total"), which leaves a row's last cell money as any list's."""
    table = _header_cells(text, start)
    if table is None:
        return None
    header_cells, column = table
    if _MONEY_HEADER.search(header_cells[column]):
        return True
    if _COUNT_HEADER.search(header_cells[column]) and any(
        _MONEY_HEADER.search(cell) for cell in header_cells
    ):
        return False
    return None


def column_header(text: str, start: int) -> str | None:
    """The header cell above the table cell starting at `start` ("2019" in "Commune<TAB>2019
    <TAB>2020"), when its line is a row of a table whose first line has as many cells."""
    table = _header_cells(text, start)
    return table[0][table[1]] if table else None


def _header_cells(text: str, start: int) -> tuple[list[str], int] | None:
    """The cells of the header of the table whose row holds `start` (its first line, when it
    has as many cells as the row), and the column of `start`; None for no such table."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _TABLE_ROW.match(text, line_start):
        return None
    first, _ = _list_lines(text, line_start, _TABLE_ROW)
    if first >= line_start:
        return None
    header_cells = re.split(CELL_GAP, _line(text, first).strip())
    cells = re.split(CELL_GAP, _line(text, line_start).strip())
    before = text[line_start:start].strip()
    column = len(re.split(CELL_GAP, before)) if before else 0  # the first cell is column 0
    return (header_cells, column) if len(header_cells) == len(cells) > column else None


def _line(text: str, start: int) -> str:
    """The line that starts at `start`."""
    end = text.find("\n", start)
    return text[start : len(text) if end == -1 else end]


def _lead_line(text: str, first: int) -> int:
    """Where the last line with words before the list's first row (its lead) starts."""
    end = first
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        if text[start:end].strip():
            return start
        end = start
    return 0


def _list_lines(text: str, line_start: int, row: re.Pattern[str]) -> tuple[int, int]:
    """The start of the list's first row and the end of its last one, around the row at
    `line_start` (consecutive bullet lines, or table lines: a table's header is its first)."""
    first = line_start
    while first > 0:
        previous = text.rfind("\n", 0, first - 1) + 1
        if not row.match(text, previous) or previous == first:
            break
        first = previous
    last = text.find("\n", line_start)
    while last != -1 and row.match(text, last + 1):
        following = text.find("\n", last + 1)
        if following == -1:
            return first, len(text)
        last = following
    return first, len(text) if last == -1 else last


def _sentence_end(text: str, position: int) -> int:
    """Where the first sentence after `position` ends (its dot, else its paragraph)."""
    body = re.compile(r"\s*[^.\n]*[.\n]?").match(text, position)
    return body.end() if body else position
