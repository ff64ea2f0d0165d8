"""What a sum says beyond its number: a range's two ends, a rate's unit, a shared ceiling.

`amounts.py` reads each number on its own; this second pass reads the words that join sums:
- a range is one amount with a low and a high end: "entre 5,5 et 6 euros", "de 2 à 3 millions
  d'euros", "2,75 milliards à 3 milliards d'euros", "150 ou 180 euros"; the near end takes the
  far end's scale and currency;
- a change is two amounts, not a range: "une baisse de 52 à 39 euros" (before and after);
- a rate names its unit: "€/kW", "240 000 euros par start-up", "10.000 euros par an et par
  logement", "6 euros le MWh"; a sum per year alone is a rate per year;
- a ceiling or a "voire" carries to the sums listed after it: "plafonnée à 5.000 euros, voire
  7.500 euros", "un plafond de 1,65 euro par mètre, 350 euros par abreuvoir et 700 euros".
The words these rules read are data (`data/amount-words.json`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from loaders.extract.numbers import DIGITS_PATTERN, WORDS_PATTERN, parse_digits, parse_words
from loaders.extract.text import word_lists
from loaders.record import Amount

WORDS_FILE = Path(__file__).parent / "data" / "amount-words.json"
_SCALE = r"(?:millions?|milliards?|mille|M|Mio|Mrds?|Mds?)"
_SCALE_VALUES = {"mille": 1000, "m": 10**6, "mio": 10**6, "million": 10**6, "millions": 10**6}
_SCALE_VALUES |= {"milliard": 10**9, "milliards": 10**9, "mrd": 10**9, "mrds": 10**9}
_SCALE_VALUES |= {"md": 10**9, "mds": 10**9}
_CURRENCY = r"(?:euros?|EUR|€|dollars?|USD|\$)"
# The near end of a range, right before the far end's number: "[entre|de] X [scale] [cur] à|et".
_NEAR_END = re.compile(
    r"(?:(?P<lead>(?<!\w)(?:entre|de|d['’]|du)\s*))?"
    rf"(?P<x>{DIGITS_PATTERN}|(?i:{WORDS_PATTERN}))"
    rf"(?P<scale>\s*(?i:{_SCALE})(?!\w))?(?:\s*(?i:{_CURRENCY})(?!\w))?"
    r"\s*(?P<conn>à|et|ou|-|–)\s*$"
)
# A preposition of time right before a year: the year dates the sum after it.
_DATED = re.compile(r"(?<!\w)(?:en|pour|dès|depuis|fin|début)\s+$", re.I)
_FAR_SCALE = re.compile(
    r"(?i:milliards?|millions?)(?!\w)|(?<=\d)\s?(?:M|Mio|Mrds?|Mds?)(?=\s?€|\s)"
)
_WORD = r"[^\W\d][\w'’\-]*"
_PER_SLASH = re.compile(rf"\s*/\s*(?P<unit>{_WORD}|[kMGT]?W[hc]?)")
_PER_PAR = re.compile(rf"\s+par\s+(?P<unit>{_WORD})(?:\s+(?:et\s+)?par\s+(?P<then>{_WORD}))?", re.I)
_PER_ARTICLE = re.compile(r"\s+(?:le|la|l['’])\s*(?P<unit>[^\s,.;:!?)]+)")
_MAX_RATIO = 1000  # the two ends of a range are of one order of magnitude, give or take
_VOIRE = re.compile(r"\s*,?\s*voire\s*$", re.I)
_LIST_GAP = re.compile(r"^(?:\s+(?:par|le|la|l['’])\s[^,;.:!?]{0,60})?\s*(?:,|et|ou)\s*$", re.I)


def amount_words(name: str) -> frozenset[str]:
    """One word list of `data/amount-words.json`."""
    return word_lists(WORDS_FILE)[name]


def _value(literal: str) -> Decimal | None:
    literal = literal.strip()
    if literal[:1].isdigit():
        return parse_digits(literal)
    words = parse_words(literal)
    return Decimal(words) if words is not None else None


def _far_scale(amount: Amount) -> Decimal:
    """The scale the far end is written with (1, a thousand, a million, …), from its own words."""
    match = _FAR_SCALE.search(amount.text)
    if match is None:
        return Decimal(1)
    return Decimal(_SCALE_VALUES[match.group().strip().lower().rstrip("€").strip()])


def _is_change(text: str, lead_start: int) -> bool:
    """A "de X à Y" after a word of change ("une baisse de 52 à 39 euros"), or after "et" in a
    sentence that has one ("une baisse de 52 à 39 euros …, et de 85 à 65 euros")."""
    sentence_start = max(text.rfind(".", 0, lead_start), text.rfind("\n", 0, lead_start)) + 1
    before = [w.lower() for w in re.findall(r"[^\W\d]+", text[sentence_start:lead_start])]
    change = word_lists(WORDS_FILE)["change_words"]
    if not before:
        return False
    return before[-1] in change or (
        before[-1] in ("et", "ou") and bool(change.intersection(before))
    )


def _ranges(text: str, amounts: list[Amount]) -> list[Amount]:
    """Join each amount with the number written right before it as a range (or a change)."""
    result: list[Amount] = []
    for amount in amounts:
        window_start = max(0, amount.start - 60)
        near = _NEAR_END.search(text, window_start, amount.start)
        x_value = _value(near.group("x")) if near else None
        if near is None or x_value is None or not amount.text[:1].isalnum():
            result.append(amount)
            continue
        lead = (near.group("lead") or "").strip().lower()
        conn = near.group("conn")
        if (conn == "et") != (lead == "entre"):  # "entre X et Y" only, and never "X et Y"
            result.append(amount)
            continue
        year = re.fullmatch(r"(?:19|20)\d\d", near.group("x"))
        if conn in ("-", "–") and year:
            result.append(amount)  # "2019-2 millions" never; a year before a dash is a period
            continue
        if not lead and year and _DATED.search(text, window_start, near.start("x")):
            result.append(amount)  # "fixée pour 2016 à 3.003,25 euros": a year, then the sum
            continue
        scale_word = (near.group("scale") or "").strip().lower()
        if scale_word:
            scale = Decimal(_SCALE_VALUES[scale_word])
        else:  # "2 à 3 millions": the far end's scale; "500 000 à 2 millions" has its own
            scale = _far_scale(amount) if x_value < 1000 else Decimal(1)
        low = float(x_value * scale)
        change = lead in ("de", "d'", "d’", "du") and conn == "à" and _is_change(text, near.start())
        ends = sorted((low, amount.value))
        if not 0 < ends[0] < ends[1] <= ends[0] * _MAX_RATIO or (low > amount.value and not change):
            result.append(amount)  # "de 10 à 2 millions", "en 2012 à 88.723.900 euros": no range
            continue
        x_start = near.start("x")
        while result and result[-1].end > (near.start() if lead else x_start):
            result.pop()  # the near end was read as a sum of its own: it is part of this one
        if change:  # before and after: two sums
            near_end = near.end("scale") if near.group("scale") else near.end("x")
            before = replace(amount, text=text[x_start:near_end], value=low, start=x_start)
            result += [replace(before, end=near_end), amount]
            continue
        start = near.start() if lead == "entre" else x_start
        result.append(
            replace(
                amount, text=text[start : amount.end], value=low, high=amount.value, start=start
            )
        )
    return result


def _rate(text: str, amount: Amount) -> Amount:
    """The unit a sum is per, read right after it."""
    words = word_lists(WORDS_FILE)
    slash = _PER_SLASH.match(text, amount.end)
    if slash:
        return replace(amount, per=slash.group("unit"))
    par = _PER_PAR.match(text, amount.end)
    if par:
        unit, then = par.group("unit"), par.group("then")
        if unit.lower() in words["not_a_unit_after_par"]:
            return amount
        if unit.lower() in words["time_units"] and then:
            return (
                amount
                if then.lower() in words["not_a_unit_after_par"]
                else replace(amount, per=then)
            )
        return replace(amount, per=unit)
    article = _PER_ARTICLE.match(text, amount.end)
    if article and article.group("unit") in words["measure_units_after_article"]:
        return replace(amount, per=article.group("unit"))
    return amount


def _shared_qualifiers(text: str, amounts: list[Amount]) -> list[Amount]:
    """A ceiling listed over several sums, or "X, voire Y", qualifies each sum of the list."""
    result: list[Amount] = []
    for amount in amounts:
        if result and amount.approximation == "exact":
            previous = result[-1]
            gap = text[previous.end : amount.start]
            listed = previous.approximation == "up_to" and _LIST_GAP.match(gap)
            if previous.approximation != "exact" and (listed or _VOIRE.match(gap)):
                amount = replace(amount, approximation=previous.approximation)
        result.append(amount)
    return result


def refine(text: str, amounts: list[Amount]) -> list[Amount]:
    """Ranges, changes, rates and shared qualifiers over the sums `amounts.py` read in `text`."""
    rated = [_rate(text, amount) for amount in amounts]
    return _shared_qualifiers(text, _ranges(text, rated))
