"""French sums of money, generated: any amount written in a supported form, with any qualifier,
amid any words, is read back with its value; texts of numbers that are not money give none.

The words and forms here are invented for the tests.
"""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.extract.amounts import find_amounts

FILLER = [
    *("le", "centre", "les", "stagiaires", "une", "formation", "dans", "la", "région", "un"),
    *("site", "des", "entreprises", "ont", "été", "accueillis", "depuis", "cette", "année"),
    *("avec", "leurs", "partenaires", "au", "sein", "du", "réseau", "selon", "Ministre"),
]
QUALIFIERS = [
    ("", "exact"),
    ("près de ", "about"),
    ("environ ", "about"),
    ("de l'ordre de ", "about"),
    ("de l’ordre de ", "about"),
    ("approximativement ", "about"),
    ("quelque ", "about"),
    ("plus de ", "more_than"),
    ("au-delà de ", "more_than"),
    ("supérieur à ", "more_than"),
    ("moins de ", "less_than"),
    ("inférieur à ", "less_than"),
    ("jusqu'à ", "up_to"),
    ("jusqu’à ", "up_to"),
    ("au maximum ", "up_to"),
    ("plafonné à ", "up_to"),
]
UNITS_FR = "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze"
UNITS_FR += " seize"
TENS_FR = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def words_below_100(n: int) -> str:
    units = UNITS_FR.split()
    if n <= 16:
        return units[n - 1]
    if n < 20:
        return "dix-" + units[n - 11]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):
        return ("soixante" if tens == 7 else "quatre-vingt") + "-" + words_below_100(10 + unit)
    head = "quatre-vingt" if tens == 8 else TENS_FR[tens]
    if unit == 0:
        return head + ("s" if tens == 8 else "")
    return head + ("-et-un" if unit == 1 and tens != 8 else "-" + units[unit - 1])


def words_below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append("cent" if hundreds == 1 else words_below_100(hundreds) + " cent")
    if rest:
        parts.append(words_below_100(rest))
    return " ".join(parts)


def group(n: int, separator: str) -> str:
    digits = str(n)
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return separator.join(groups)


@st.composite
def written_amounts(draw: st.DrawFn) -> tuple[str, float, str]:
    """(written amount, its value, its currency) in one of the supported forms."""
    form = draw(st.sampled_from(["grouped", "scale", "abbreviation", "words", "prefix"]))
    if form in ("grouped", "prefix"):
        integer = draw(st.integers(min_value=1000, max_value=999_999_999))
        separator = draw(st.sampled_from([" ", "\u00a0", "\u202f", "."]))
        cents = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=99)))
        literal = group(integer, separator) + ("" if cents is None else f",{cents:02d}")
        value = integer + (cents or 0) / 100
        if form == "prefix":
            return draw(st.sampled_from(["€ ", "EUR ", "€"])) + literal, value, "EUR"
        currency, code = draw(
            st.sampled_from([(" euros", "EUR"), (" €", "EUR"), (" EUR", "EUR"), (" USD", "USD")])
        )
        return literal + currency, value, code
    if form == "words":
        n = draw(st.integers(min_value=1, max_value=999))
        scale, factor = draw(
            st.sampled_from([(" euros", 1), (" mille euros", 1000), (" millions d'euros", 10**6)])
        )
        if factor == 10**6 and n == 1:
            scale = " million d'euros"
        if factor == 1000 and n == 1:
            return "mille euros", 1000.0, "EUR"  # French writes "mille", never "un mille"
        return words_below_1000(n) + scale, float(n * factor), "EUR"
    mantissa = draw(st.integers(min_value=1, max_value=999))
    decimals = draw(st.sampled_from(["", "1", "25", "597"]))
    literal = str(mantissa) + ("," + decimals if decimals else "")
    value = float(f"{mantissa}.{decimals or 0}")
    if form == "abbreviation":
        unit, factor = draw(st.sampled_from([("M€", 10**6), (" M€", 10**6), ("k€", 10**3)]))
        return literal + unit, value * factor, "EUR"
    plural = "s" if value >= 2 else ""
    word, factor = draw(st.sampled_from([("million", 10**6), ("milliard", 10**9)]))
    apostrophe = draw(st.sampled_from(["'", "’"]))
    currency, code = draw(
        st.sampled_from([(f" d{apostrophe}euros", "EUR"), (" de dollars", "USD"), (" €", "EUR")])
    )
    return f"{literal} {word}{plural}{currency}", value * factor, code


fillers = st.lists(st.sampled_from(FILLER), min_size=0, max_size=8).map(" ".join)


@settings(max_examples=200, deadline=2000)
@given(written_amounts(), st.sampled_from(QUALIFIERS), fillers, fillers)
def test_any_written_amount_parses_back(
    amount: tuple[str, float, str], qualifier: tuple[str, str], before: str, after: str
) -> None:
    written, value, currency = amount
    quoted = qualifier[0] + written
    text = f"{before} {quoted} {after}.".strip()
    found = find_amounts(text, "answer")
    assert len(found) == 1, (text, found)
    assert found[0].text == quoted
    assert math.isclose(found[0].value, value, rel_tol=1e-9)
    assert (found[0].currency, found[0].approximation) == (currency, qualifier[1])


NOT_MONEY = [
    "15 000 personnes",
    "4.352 questions",
    "25 %",
    "12,5 %",
    "2019",
    "en 2021",
    "2019-2023",
    "le 02/02/2023",
    "l'article 12",
    "le projet 22",
    "3,5 km",
    "12 MW",
    "300 m³",
    "45 m²",
    "8 tonnes",
    "081 23 45 67",
    "3,6 millions d'habitants",
    "1,2 million de stagiaires",
    "cinq sites",
]
MONEY_WORDS = ["le budget", "une enveloppe de", "un montant de", "le financement", "un subside de"]


@settings(max_examples=200, deadline=2000)
@given(st.lists(st.sampled_from(FILLER + NOT_MONEY + MONEY_WORDS), min_size=1, max_size=15))
def test_texts_without_money_give_no_amount(words: list[str]) -> None:
    text = " ".join(words) + "."
    assert find_amounts(text, "question") == [], text
