"""Sums of money written in French, with their qualifier ("près de", "plus de", …) and their span.

A number is money only when the text says so: a currency next to it ("9 millions d'euros",
"€ 15.000", "2,5 M€"), or, for a bare "54,1 millions", a sentence about money (budget, enveloppe,
montant, …) and no counted noun after it ("1,2 million de personnes" is a count), or, for a bare
"15.000", a money noun governing it directly ("un subside de 15.000"). Everything else (counts of
people, percentages, units, years, dates, article or project numbers, phone numbers) is left out
by construction rather than by a list of exceptions, so unseen pages fail safe: a missed amount,
never an invented one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from loaders.extract.money_rows import list_currency
from loaders.extract.numbers import DIGITS_RE, WORDS_RE, parse_digits, parse_words
from loaders.extract.qualifiers import DE as _DE
from loaders.extract.qualifiers import QUALIFIERS_AFTER, qualifier
from loaders.extract.ranges import amount_words, refine
from loaders.extract.text import alternation, sentence_index, sentences
from loaders.record import Amount, Approximation, Part

# Currency written after the number, and the ISO code it stands for. "livres" alone is left out
# (books), as are cents; amounts keep their currency, nothing is converted.
_CURRENCY_AFTER: list[tuple[str, str]] = [
    (r"(?i:euros?)(?!\w)|EUR(?![A-Za-z])|€", "EUR"),
    (r"(?i:dollars?)(?:\s+(?i:américains|US))?(?!\w)|USD(?![A-Za-z])|US\s?\$|\$", "USD"),
    (r"(?i:livres?\s+sterling)(?!\w)|GBP(?![A-Za-z])|£", "GBP"),
    (r"(?i:francs?\s+suisses)(?!\w)|CHF(?![A-Za-z])", "CHF"),
]
_CURRENCY_BEFORE = r"(?:€|EUR|US\s?\$|USD|\$|£|GBP|CHF)"
_CURRENCY_RE = re.compile("|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(_CURRENCY_AFTER)))

# Scale words and the abbreviations used before a currency sign ("2,5 M€", "15 k€", "3 Mio EUR").
_SCALE_WORDS = {"mille": 1000, "million": 10**6, "millions": 10**6}
_SCALE_WORDS |= {"milliard": 10**9, "milliards": 10**9}
_SCALE_ABBREVIATIONS = {"k": 10**3, "K": 10**3, "M": 10**6, "Mio": 10**6, "Mios": 10**6}
_SCALE_ABBREVIATIONS |= {"Md": 10**9, "Mds": 10**9, "Mrd": 10**9, "Mrds": 10**9, "Mia": 10**9}
_SCALE_WORD_RE = re.compile(r"\s*(?P<w>mille|millions?|milliards?)(?!\w)", re.IGNORECASE)
_SCALE_ABBR_RE = re.compile(
    r"\s?(?P<a>Mios?|Mrds?|Mds?|Mia|M|k|K)(?=\s?(?:€|EUR|USD|\$|£|GBP|CHF|(?i:euros?)(?!\w)))"
)
# "50 autres millions": a word the list in data/amount-words.json allows between number and scale.
_SCALE_AFTER_WORD_RE = re.compile(r"\s+(?P<between>[^\W\d]+)" + _SCALE_WORD_RE.pattern)
_DE_RE = re.compile(r"\s*" + _DE)
_SPACE_RE = re.compile(r"\s*")

# Words that make a sentence about money, so that a bare "54,1 millions" in it is a sum
# (`money_stems` with any ending, `money_nouns` with a plural "s", `money_words` as written).
_MONEY_STEMS = alternation(amount_words("money_stems"))
_MONEY_NOUNS = alternation(amount_words("money_nouns"))
_MONEY_WORDS = alternation(amount_words("money_words"))
MONEY_WORDS_RE = re.compile(
    rf"(?<!\w)(?:{_MONEY_STEMS}\w*|{_MONEY_NOUNS}s?|{_MONEY_WORDS})(?!\w)", re.IGNORECASE
)
# A money noun governing the number right after it ("un subside de 15.000", "le coût s'élève
# à 300 000", "montant total : 12.500"): the only way a bare number without scale is a sum.
# Up to two adjectives between ("le budget annuel total de"; `money_head_adjectives`).
_HEAD_NOUNS = alternation(amount_words("money_head_nouns"))
_HEAD_WORDS = alternation(amount_words("money_head_words"))
_HEAD_ADJECTIVES = alternation(amount_words("money_head_adjectives"))
_MONEY_HEAD_RE = re.compile(
    rf"(?<!\w)(?:{_HEAD_NOUNS}s?|{_HEAD_WORDS})(?:\s+{_HEAD_ADJECTIVES}){{0,2}}"
    r"\s*(?:"
    + _DE
    + r"|:|=|à\s+hauteur\s+"
    + _DE
    + r"|(?:s['’]\s*)?(?:él[eè]v\w*|chiffr\w*)\s+à\s+"
    r"|atteint\s+|atteignant\s+|est\s+de\s+|sera\s+de\s+)$",
    re.IGNORECASE,
)
# What may follow a bare number that is money: punctuation, the end, or a function word.
_BARE_FOLLOW_RE = re.compile(
    r"\s*(?:$|[.,;:!?)\]»]|(?:et|ou|pour|sur|en|à|au|aux|dans|par|hors|htva|tvac|ttc|ht)(?!\w))",
    re.IGNORECASE,
)
# A list of numbers: "61,2, 48 et 54,8 millions".
_LIST_COMMA_RE = re.compile(r"\s*,\s*")
_LIST_AND_RE = re.compile(r"\s*,?\s+(?:et|ou)\s+")
_RANGE_BEFORE_RE = re.compile(r"(?<!\w)entre\s+$", re.IGNORECASE)
_RANGE_AFTER_RE = re.compile(r"\s*(?:à|-|–)\s*\d")
_PERCENT_RE = re.compile(r"\s*(?:%|‰|pour\s*cent|p\.\s?c\.)", re.IGNORECASE)
# "million(s) de X": a count of X, unless X is a currency or a money noun ("54,1 millions de
# garanties", "de subsides", "de crédits").
_COUNTED_NOUN_RE = re.compile(
    r"\s*" + _DE + r"(?!(?:" + _CURRENCY_RE.pattern + r"|" + MONEY_WORDS_RE.pattern + r"))\w",
    re.IGNORECASE,
)


def _currency_at(text: str, position: int) -> tuple[str, int] | None:
    """The currency written at `position` (its code and end offset), if any."""
    match = _CURRENCY_RE.match(text, position)
    if not match or match.lastgroup is None:
        return None
    return _CURRENCY_AFTER[int(match.lastgroup[1:])][1], match.end()


def _context_currency(text: str, spans: Sequence[tuple[int, int]], index: int, default: str) -> str:
    """The currency the surrounding sentences talk about (this one, then the one before)."""
    for i in (index, index - 1):
        if 0 <= i < len(spans):
            match = _CURRENCY_RE.search(text, spans[i][0], spans[i][1])
            if match and match.lastgroup:
                return _CURRENCY_AFTER[int(match.lastgroup[1:])][1]
    return default


def _core_spans(text: str) -> list[tuple[int, int, Decimal]]:
    """Every number literal (digits or words) with its value, leftmost-longest, no overlaps."""
    found: list[tuple[int, int, Decimal]] = []
    for match in DIGITS_RE.finditer(text):
        literal = match.group()
        if len(literal) > 1 and literal[0] == "0" and literal[1].isdigit():
            continue  # phone numbers, codes: amounts never start with a zero
        found.append((match.start(), match.end(), parse_digits(literal)))
    position = 0
    while words := WORDS_RE.search(text, position):
        value = parse_words(words.group())
        if value is not None:
            found.append((words.start(), words.end(), Decimal(value)))
            position = words.end()
        else:  # not one number as a whole: read again from its second word
            position = words.start() + len(re.split(r"[\s\-]", words.group(), maxsplit=1)[0])
    found.sort(key=lambda item: (item[0], -item[1]))
    result: list[tuple[int, int, Decimal]] = []
    for item in found:
        if not result or item[0] >= result[-1][1]:
            result.append(item)
    return result


def find_amounts(text: str, part: Part, default_currency: str = "EUR") -> list[Amount]:
    """All sums of money in `text`, in order, with offsets into `text` (end exclusive).

    `default_currency` is used only for a bare "54,1 millions" in a money sentence that names
    no currency at all (the Walloon texts this was written for speak euros).
    """
    spans = sentences(text)
    cores = _core_spans(text)
    read = [
        _read_amount(text, core, spans, sentence_index(spans, core[0]), default_currency)
        for core in cores
    ]
    money = [(r[0], r[1], r[3]) for r in read if r is not None]
    amounts: list[Amount] = []
    for position in range(len(cores)):
        found = (
            read[position]
            or _shared_scale(text, cores, read, position, spans)
            or _list_row(text, cores[position], money, spans)
        )
        if found is None:
            continue
        start, end, total, currency, approximation = found
        if amounts and start < amounts[-1].end:
            continue
        amounts.append(
            Amount(
                text=text[start:end],
                value=float(total),
                currency=currency,
                approximation=approximation,
                part=part,
                start=start,
                end=end,
            )
        )
    return refine(text, amounts)


def _read_amount(
    text: str,
    core: tuple[int, int, Decimal],
    spans: Sequence[tuple[int, int]],
    index: int,
    default_currency: str,
) -> tuple[int, int, Decimal, str, Approximation] | None:
    """Read scale, currency and qualifier around one number literal (its start, end and value,
    in sentence `index` of `spans`); None when it is not money."""
    core_start, core_end, value = core
    sentence = spans[index] if spans else (0, len(text))
    literal = text[core_start:core_end]
    is_words = not literal[0].isdigit()
    position = core_end
    scale = 1
    scale_word = ""
    match = _SCALE_WORD_RE.match(text, position) if not is_words else None
    if not is_words and not match:
        between = _SCALE_AFTER_WORD_RE.match(text, position)
        if between and between.group("between").lower() in amount_words("between_number_and_scale"):
            match = between
    if match:
        scale_word = match.group("w").lower()
        scale = _SCALE_WORDS[scale_word]
        position = match.end()
    elif not is_words and (abbr := _SCALE_ABBR_RE.match(text, position)):
        scale = _SCALE_ABBREVIATIONS[abbr.group("a")]
        position = abbr.end()
    if is_words:
        scale_word = literal.lower().split()[-1]
    # "1.597 million": a singular scale word says the number is below two, so the dot is decimal.
    if scale_word in ("million", "milliard") and value >= 2 and re.fullmatch(r"\d\.\d{3}", literal):
        value = Decimal(literal)
    has_scale_word = scale_word in ("million", "millions", "milliard", "milliards")

    currency: str | None = None
    end = position
    space = _SPACE_RE.match(text, position)
    after = space.end() if space else position
    # "9 millions d'euros", and the long-hand "2.000.000 d'euros"
    long_hand = not is_words and value * scale >= 10**6
    if (has_scale_word or long_hand) and (de := _DE_RE.match(text, position)):
        after_de = _currency_at(text, de.end())
        if after_de:
            currency, end = after_de
    direct = _currency_at(text, after) if currency is None else None
    # "€ 1 000" after a word: the sign opens the next number, it does not close this one.
    if direct and not re.match(r"[ \u00a0\u202f]?\d", text[direct[1] : direct[1] + 2]):
        currency, end = direct
    start = core_start
    if currency is None:
        before = re.search(_CURRENCY_BEFORE + r"\s?$", text[max(0, core_start - 5) : core_start])
        prefixed = _currency_at(text, core_start - len(before.group())) if before else None
        if before and prefixed:
            currency, start = prefixed[0], core_start - len(before.group())
    if _PERCENT_RE.match(text, end):
        return None
    if currency is None:
        previous = spans[index - 1] if index > 0 else (0, 0)
        if not _money_without_currency(
            text, core_start, end, value, has_scale_word, sentence, previous
        ):
            return None
        if is_words and not has_scale_word:
            return None
        currency = _context_currency(text, spans, index, default_currency)
    approximation, qualifier_start = qualifier(text, start, sentence[0])
    if approximation == "exact":
        for pattern, candidate in QUALIFIERS_AFTER:
            trailing = pattern.match(text, end)
            if trailing:
                approximation, end = candidate, trailing.end()
                break
    return qualifier_start, end, value * scale, currency, approximation


def _shared_scale(
    text: str,
    cores: Sequence[tuple[int, int, Decimal]],
    read: Sequence[tuple[int, int, Decimal, str, Approximation] | None],
    position: int,
    spans: Sequence[tuple[int, int]],
) -> tuple[int, int, Decimal, str, Approximation] | None:
    """ "respectivement 61,2 et 54,8 millions d'euros", "3, 4 et 5 millions d'euros": a bare
    number in a list whose last number is money shares its scale word and its currency. The list
    is joined by commas and ends with "et" or "ou"; a range ("entre 2 et 3 millions") is not one."""
    start, end, value = cores[position]
    if not text[start].isdigit() or re.fullmatch(r"(?:1[89]|20|21)\d\d", text[start:end]):
        return None  # words, or a year
    if _RANGE_BEFORE_RE.search(text, max(0, start - 12), start):
        return None
    for later in range(position + 1, min(len(cores), position + 6)):
        gap = text[cores[later - 1][1] : cores[later][0]]
        last = read[later]
        if _LIST_AND_RE.fullmatch(gap):
            if last is None or not text[cores[later][0]].isdigit():
                return None
            scale = _SCALE_WORD_RE.match(text, cores[later][1])
            multiplier = _SCALE_WORDS[scale.group("w").lower()] if scale else 1
            approximation, q_start = qualifier(text, start, _sentence_start(spans, start))
            return q_start, end, value * multiplier, last[3], approximation
        if not _LIST_COMMA_RE.fullmatch(gap) or read[later] is not None:
            return None
    return None


def _list_row(
    text: str,
    core: tuple[int, int, Decimal],
    money: Sequence[tuple[int, int, str]],
    spans: Sequence[tuple[int, int]],
) -> tuple[int, int, Decimal, str, Approximation] | None:
    """ "- à la commune X, pour … : 645.000 ;": a bare number that closes a row of a list whose
    lead, following sentence or other rows say it is money (`money_rows`)."""
    start, end, value = core
    unit = list_currency(text, (start, end), money, _named_unit)
    if unit is None:
        return None
    currency, multiplier = unit
    approximation, q_start = qualifier(text, start, _sentence_start(spans, start))
    return q_start, end, value * multiplier, currency, approximation


# The scale a list's unit puts before its currency: "en milliers d'euros", "(k€)", "en M€"; a
# unit, not a sum's own scale ("une enveloppe de 12 millions d'euros se répartit comme suit").
_UNIT_SCALE_RE = re.compile(
    r"(?:(?<!\w)en\s+|\(\s*)"
    r"(?:(?P<w>(?i:milliers?|millions?|milliards?))\s+d['’]\s*|(?P<a>Mios?|M|k|K)\s?)$"
)
_UNIT_WORDS = {"millier": 10**3, "milliers": 10**3} | _SCALE_WORDS


def _named_unit(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The currency written in text[start:end], if any ("exprimés en euros"), and the
    multiplier of a scale written before it ("en milliers d'euros": 1,000)."""
    match = _CURRENCY_RE.search(text, start, end)
    if not match or not match.lastgroup:
        return None
    scale = _UNIT_SCALE_RE.search(text, max(start, match.start() - 20), match.start())
    multiplier = 1
    if scale and scale.group("w"):
        multiplier = _UNIT_WORDS[scale.group("w").lower()]
    elif scale and scale.group("a"):
        multiplier = _SCALE_ABBREVIATIONS[scale.group("a")]
    return _CURRENCY_AFTER[int(match.lastgroup[1:])][1], multiplier


def _sentence_start(spans: Sequence[tuple[int, int]], position: int) -> int:
    """Where the sentence holding `position` starts (0 without sentences)."""
    return spans[sentence_index(spans, position)][0] if spans else 0


def _money_without_currency(
    text: str,
    start: int,
    end: int,
    value: Decimal,
    has_scale_word: bool,
    sentence: tuple[int, int],
    previous: tuple[int, int],
) -> bool:
    """Whether a number with no currency written next to it is still a sum, from its context:
    for "100 millions", a sentence about money or one right after a sentence naming a currency
    ("Le budget atteint 500 millions d'euros. La Région en apporte 100 millions.")."""
    if has_scale_word:
        if _COUNTED_NOUN_RE.match(text, end):
            return False
        if _RANGE_AFTER_RE.match(text, end):
            return False
        return bool(
            MONEY_WORDS_RE.search(text, sentence[0], sentence[1])
            or _CURRENCY_RE.search(text, previous[0], previous[1])
            or scaled_neighbour_is_money(text, start, end)
        )
    literal = text[start:end]
    if re.fullmatch(r"(?:1[89]|20|21)\d\d", literal):
        return False  # a year
    if _RANGE_AFTER_RE.match(text, end):
        return False  # "7 à 9 ans", "2 à 3 millions": the far end says what the range is
    if not _BARE_FOLLOW_RE.match(text, end):
        return False  # a unit or a counted noun follows
    _, qualifier_start = qualifier(text, start, sentence[0])
    head = text[max(sentence[0], qualifier_start - 80) : qualifier_start]
    return bool(_MONEY_HEAD_RE.search(head))


def scaled_neighbour_is_money(text: str, start: int, end: int) -> bool:
    """Whether a bare "120 millions" stands for money because the nearest scaled number before it
    in the text (else the next one after it) names a currency: the writer dropped the
    noun they had just written ("… 60 millions d'euros. … près de 120 millions."). A nearest
    one that counts something ("3,5 millions de jeunes") makes it a count."""
    before = list(_SCALE_WORD_RE.finditer(text, 0, start))
    after = _SCALE_WORD_RE.finditer(text, end)
    for scale in [*reversed(before), *after]:
        de = _DE_RE.match(text, scale.end())
        skip = _SPACE_RE.match(text, scale.end())
        if _currency_at(text, de.end() if de else skip.end() if skip else scale.end()):
            return True
        if _COUNTED_NOUN_RE.match(text, scale.end()):
            return False
    return False


def parse_amount(s: str) -> tuple[float, str, Approximation] | None:
    """Value, currency and qualifier of the first sum of money written in `s`, else None."""
    found = find_amounts(s, "answer")
    if not found:
        return None
    return found[0].value, found[0].currency, found[0].approximation
