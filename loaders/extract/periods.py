"""Periods written in French: "2019-2023", "entre 2019 et 2022", "de 2019 à 2023", "en 2023".

Two consecutive years ("en 2022 et 2023", "pour les années 2022 et 2023") are a period too.
Only years are kept (the record's period is a pair of `xsd:gYear`), but the span covers the whole
phrase so that a funding fact can cite it. Open periods are kept open rather than closed by a
guess: "depuis 2019" has no end year (`end_year` None) and "jusqu'en 2023" no start year
(`start_year` None); the caller decides what an open period means for its fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.text import month_names


@dataclass(frozen=True)
class PeriodSpan:
    """A period found in a text; offsets into that text, end exclusive.

    `bracketed` says the period stood in parentheses ("la législature (2019- 2023)"): such a
    period is an apposition to the noun phrase before it, which the funding rules need to know.
    """

    start_year: str | None
    end_year: str | None
    start: int
    end: int
    text: str
    bracketed: bool = False


_MONTHS = "|".join(month_names(unaccented=True))
_YEAR = r"(?:19|20)\d{2}"
# A point in time that ends in a year: "2019", "mars 2019", "1er janvier 2019", "01/01/2019".
_POINT = (
    rf"(?:(?:(?:1er|\d{{1,2}})\s+)?(?:{_MONTHS})\s+|\d{{1,2}}/\d{{1,2}}/|(?<![\d/.,]))"
    rf"(?P<GROUP>{_YEAR})(?![\d/])"
)
_A = _POINT.replace("GROUP", "a")
_B = _POINT.replace("GROUP", "b")
_DASH = r"\s*[-–—/]\s*"
_B_SHORT = rf"(?:{_B}|(?P<b2>\d{{2}})(?!\d))"
_DURING = r"(?:pour|sur|durant|pendant|au\s+cours\s+de|dans)"
_DE = r"d(?:e\s+|['’]\s*)"

# Patterns in the order of preference when two start at the same place (longest wins anyway).
_PATTERNS: list[tuple[str, str]] = [
    (rf"(?i:entre)\s+{_A}\s+(?i:et)\s+{_B}", "closed"),
    (rf"(?i:entre)\s+{_A}{_DASH}{_B_SHORT}", "closed"),
    (rf"(?i:de|du|d['’])\s*{_A}\s+(?i:à|au|jusqu['’]\s*(?:en|à|au))\s+{_B}", "closed"),
    # "étalé sur les exercices 2021 à 2024", "pour les années 2022 à 2025"
    (rf"(?i:(?:{_DURING}\s+)?(?:les\s+)?(?:exercices|années)\s+){_A}\s+(?i:à|au)\s+{_B}", "closed"),
    (rf"(?i:{_DURING}\s+la\s+(?:période|programmation|législature)\s+(?:{_DE})?){_A}{_DASH}{_B_SHORT}",
     "closed"),
    (rf"(?i:(?:la|cette)\s+(?:période|programmation)\s+(?:{_DE})?){_A}{_DASH}{_B_SHORT}", "closed"),
    (rf"{_A}{_DASH}{_B_SHORT}", "closed"),
    (rf"(?i:(?:en|pour|(?:pour\s+|sur\s+)?(?:les|des)\s+années))\s+{_A}\s+(?i:et)\s+(?:(?i:en|pour)\s+)?{_B}",
     "pair"),
    (rf"(?i:depuis|à\s+partir\s+d['’e]\s*|dès)\s*(?i:(?:le\s+)?(?:début\s+)?(?:de\s+)?l['’]\s*année\s+)?{_A}",
     "open_end"),
    (rf"(?i:jusqu['’]\s*(?:en|à|au))\s+{_B}", "open_start"),
    # "pour 2019-2021" is the closed period, not the year 2019
    # "pour l'édition 2018" of a yearly event is its year; "l'édition 2022 de l'appel X" is the
    # call's own edition, no period
    (rf"(?i:(?:en|{_DURING})\s+(?:l['’]\s*(?:année|exercice|édition)\s+)?){_A}(?!{_DASH}\d)",
     "single"),
    (rf"(?i:l['’]\s*(?:année|exercice)\s+){_A}", "single"),
    # "le budget initial 2025", "au budget ajusté 2024": the budget year
    (rf"(?i:(?:le|du|au)\s+budget\s+(?:(?:initial|ajusté|régional)\s+)?){_A}(?!{_DASH}\d)",
     "single"),
]  # fmt: skip
_REGEXES = [(re.compile(rf"(?<![\w'’]){pattern}"), kind) for pattern, kind in _PATTERNS]


def _end_year(match: re.Match[str]) -> str | None:
    """The end year, completing a two-digit end ("2021-27") from the start's century."""
    if match.groupdict().get("b"):
        return match.group("b")
    short = match.groupdict().get("b2")
    start = match.groupdict().get("a")
    if short and start:
        return start[:2] + short
    return None


def _read(match: re.Match[str], kind: str) -> tuple[str | None, str | None] | None:
    """Start and end years of one match, or None when they do not make a period."""
    start = match.groupdict().get("a")
    end = _end_year(match)
    if kind == "single":
        return start, start
    if kind == "open_end":
        return start, None
    if kind == "open_start":
        return None, end
    if start is None or end is None or not 0 < int(end) - int(start) <= 50:
        return None
    if kind == "pair" and int(end) - int(start) != 1:
        return None  # "en 2019 et 2022" names two years, not the time between them
    return start, end


def find_periods(text: str) -> list[PeriodSpan]:
    """All periods in `text`, in order, without overlaps (the longest phrase wins)."""
    candidates: list[tuple[int, int, str | None, str | None]] = []
    for regex, kind in _REGEXES:
        for match in regex.finditer(text):
            years = _read(match, kind)
            if years is not None:
                candidates.append((match.start(), match.end(), *years))
    candidates.sort(key=lambda c: (c[0], -c[1]))
    periods: list[PeriodSpan] = []
    for start, end, first, last in candidates:
        if periods and start < periods[-1].end:
            continue
        bracketed = bool(re.search(r"\(\s*$", text[:start])) and bool(
            re.match(r"\s*\)", text[end:])
        )
        periods.append(PeriodSpan(first, last, start, end, text[start:end], bracketed))
    return periods
