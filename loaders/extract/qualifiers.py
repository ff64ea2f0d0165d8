"""The words that qualify a sum of money: "près de" (about), "plus de" (more than), "moins de"
(less than), "jusqu'à" / "plafonné à" (up to), before it or after it ("1 million environ").

Kept apart from `amounts.py`, which decides what is money; this module only says how exact a sum
the text gives is. The longest qualifier ending right before the sum wins ("pas plus de" over
"plus de", "ne peut dépasser" over "dépasser").
"""

from __future__ import annotations

import re

from loaders.record import Approximation

DE = r"d(?:e\s+|['’]\s*)"  # "de " or the elided "d'", with either apostrophe

# "ne peut dépasser", "ne pourront pas excéder": a cap.
_MODAL = r"ne\s+(?:peu[tv]\w*|pourr\w*|doi[tv]\w*|sauraient?)\s+"
# Qualifiers before the amount; the longest one that ends right before it wins ("pas plus de"
# over "plus de").
_QUALIFIERS_BEFORE: list[tuple[str, Approximation]] = [
    (r"pr[eè]s\s+" + DE, "about"),
    (r"environ\s+", "about"),
    (r"de\s+l['’]\s*ordre\s+" + DE, "about"),
    (r"approximativement\s+", "about"),
    (r"avoisin(?:e|ent|ant|ait|era|ant)\s+(?:les?\s+|l['’]\s*)?", "about"),
    (r"approximati(?:f|ve|fs|ves)\s+" + DE, "about"),
    (r"quelque\s+", "about"),
    (r"(?:aux\s+alentours|autour)\s+" + DE, "about"),
    (r"à\s+peu\s+près\s+", "about"),
    (r"plus\s+ou\s+moins\s+", "about"),
    (r"presque\s+", "about"),
    (r"±\s*", "about"),
    (r"plus\s+" + DE, "more_than"),
    (r"au[\s\-]+del[àa]\s+" + DE, "more_than"),
    (r"sup[ée]rieure?s?\s+à\s+", "more_than"),
    (r"(?:au\s+moins\s+|pas\s+moins\s+" + DE + r"|(?:un\s+)?minimum\s+" + DE + ")", "more_than"),
    (r"moins\s+" + DE, "less_than"),
    (r"inf[ée]rieure?s?\s+à\s+", "less_than"),
    (r"jusqu['’]\s*(?:à\s+|au\s+montant\s+" + DE + ")", "up_to"),
    (r"(?:au\s+|un\s+)?maximum\s+(?:" + DE + ")?", "up_to"),
    (r"plafonn[ée]e?s?\s+à\s+", "up_to"),
    (r"plafond\s+(?:fix[ée]\s+à\s+|" + DE + ")", "up_to"),
    (r"maxima(?:l|le|ux|les)\s+" + DE, "up_to"),
    (_MODAL + r"(?:pas\s+)?(?:dépasser|excéder)\s+(?:les?\s+|l['’]\s*)?", "up_to"),
    (r"sans\s+(?:dépasser|excéder)\s+(?:les?\s+|l['’]\s*)?", "up_to"),
    (
        # any form of dépasser / excéder, a few words of adverb allowed before the sum:
        # "dépassent 300 millions", "dépasserait dans un premier temps les 3 milliards"
        r"(?:dépass|excéd)(?:e|es|ent|ant|é|ée|és|ées|er|era|eront|erait|eraient|ait|aient)"
        r"(?:\s+[^\W\d]+){0,4}?\s+(?:les?\s+|l['’]\s*)?",
        "more_than",
    ),
    (r"à\s+concurrence\s+" + DE, "up_to"),
    (r"au\s+plus\s+|pas\s+plus\s+" + DE, "up_to"),
]
_QUALIFIER_RES = [(re.compile(r"(?<!\w)(?i:" + p + r")$"), a) for p, a in _QUALIFIERS_BEFORE]
QUALIFIERS_AFTER: list[tuple[re.Pattern[str], Approximation]] = [
    (re.compile(r"\s+environ(?!\w)", re.IGNORECASE), "about"),
    (re.compile(r"\s+(?:au\s+)?maximum(?!\w)", re.IGNORECASE), "up_to"),
    (re.compile(r"\s+au\s+(?:moins|minimum)(?!\w)", re.IGNORECASE), "more_than"),
    (
        re.compile(r"\s+(?:(?:est|sont|a\s+été|ont\s+été)\s+)?dépassée?s?(?!\w)", re.I),
        "more_than",
    ),
]


def qualifier(text: str, start: int, floor: int) -> tuple[Approximation, int]:
    """The qualifier ending at `start` (longest wins) and where it begins; else exact."""
    window = text[max(floor, start - 40) : start]
    best: tuple[Approximation, int] = ("exact", start)
    for pattern, approximation in _QUALIFIER_RES:
        match = pattern.search(window)
        if match and start - len(match.group()) < best[1]:
            best = (approximation, start - len(match.group()))
    return best
