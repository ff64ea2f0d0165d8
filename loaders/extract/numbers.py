"""French number literals, in digits or in words, read exactly (as `Decimal`).

Kept apart from the amount recogniser because the same literals appear in counts, periods and
project numbers: this module only says what number a piece of text writes, never whether it is
money. Exact decimals matter because "1,597 million" must become 1597000, not 1596999.9999.
"""

from __future__ import annotations

import re
from decimal import Decimal

# Thousands separators met in French texts: space, no-break space (U+00A0), narrow no-break
# space (U+202F), thin space (U+2009) and the dot of Belgian administrative writing.
THOUSANDS_SEPARATORS = " \u00a0\u202f\u2009."

# Digits: either grouped by three with one consistent separator, or a plain run of digits; then
# an optional decimal part (comma, or a dot not followed by exactly three digits).
DIGITS_PATTERN = (
    r"(?:\d{1,3}(?P<sep>[ \u00a0\u202f\u2009.])\d{3}(?:(?P=sep)\d{3})*(?:,\d+)?(?!(?P=sep)?\d)"
    r"|\d+(?:,\d+|\.(?!\d{3}(?!\d))\d+)?)"
)
# Not a piece of a date (02/02/2023), a range (2019-2023), a longer number or a road's code (one
# capital glued to its number: the motorway "E40", the road "N63"; a sum glued to its words,
# "de250.000 euros", "EUR150.000", stays one).
DIGITS_RE = re.compile(r"(?<![\d,./\-])(?<!\b[A-Z])" + DIGITS_PATTERN + r"(?![\d/]|[\-–]\d)")

# Number words, Belgian forms (septante, nonante, huitante, octante) included.
UNITS: dict[str, int] = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80,
    "octante": 80, "nonante": 90,
}  # fmt: skip
SCALES: dict[str, int] = {
    "mille": 1000,
    "million": 10**6,
    "millions": 10**6,
    "milliard": 10**9,
    "milliards": 10**9,
}
HUNDRED = ("cent", "cents")
_WORD = "|".join(sorted([*UNITS, *SCALES, *HUNDRED], key=len, reverse=True))
# A run of number words joined by spaces, hyphens or "et" ("vingt et un", "trente-et-un").
WORDS_PATTERN = rf"(?:{_WORD})(?:(?:[\s\-]+et[\s\-]+|[\s\-]+)(?:{_WORD}))*"
WORDS_RE = re.compile(rf"(?<![\w\-])(?:{WORDS_PATTERN})(?![\w\-])", re.IGNORECASE)


def parse_digits(literal: str) -> Decimal:
    """The value of a digit literal: '8.782.205' -> 8782205, '122.718,81' -> 122718.81.

    A dot followed by exactly three digits groups thousands (Belgian usage); any other dot, and
    every comma, marks decimals.
    """
    text = literal.strip()
    if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f\u2009.]\d{3})+(?:,\d+)?", text):
        text = re.sub(r"[ \u00a0\u202f\u2009.]", "", text)
    return Decimal(text.replace(",", "."))


def parse_words(literal: str) -> int | None:
    """The value of French number words ('deux cent cinquante mille' -> 250000), else None.

    Reads left to right: units and tens add up, 'cent' multiplies what precedes it, and each
    scale word (mille, million, milliard) closes a group, as the spoken number is built.
    """
    words = [w for w in re.split(r"[\s\-]+", literal.lower().strip()) if w and w != "et"]
    if not words or (words[0] in SCALES and words[0] != "mille"):
        return None  # "des millions", "milliards de …": a scale word alone counts nothing
    total = 0
    current = 0
    previous = ""
    for word in words:
        if word in UNITS:
            value = UNITS[word]
            if previous in UNITS and _side_by_side(UNITS[previous], value, previous, word):
                return None
            if value == 20 and previous == "quatre":
                current += 76  # quatre-vingt(s): 4 already counted, 80 in all
            else:
                current += value
        elif word in HUNDRED:
            if previous in ("un", "une") and current == 1:
                return None  # "cent" stands alone for 100: "une cent" is two words, not 100
            current = (current or 1) * 100
        elif word in SCALES:
            if word == "mille" and previous in ("un", "une") and current == 1:
                return None  # likewise "mille": "un million", but never "un mille"
            total += (current or 1) * SCALES[word]
            current = 0
        else:
            return None
        previous = word
    return total + current


def _side_by_side(before: int, value: int, previous: str, word: str) -> bool:
    """Whether two number words next to each other are two numbers, not one: within a number
    a unit only follows a larger ten ("vingt-trois", "soixante-dix"), and "quatre-vingt" is the
    one word pair where the smaller comes first ("deux trois", "une un", "une vingt" are two)."""
    if previous == "quatre" and word in ("vingt", "vingts"):
        return False
    return value >= before or (before < 10 and value < 20)
