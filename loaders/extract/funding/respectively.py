""" "respectivement": amounts paired in order with the parties or years it refers to.

"Liège et Namur ont reçu respectivement 61,2 et 54,8 millions d'euros": the first amount is
Liège's, the second Namur's. "En 2019 et 2020, elle a perçu respectivement 3 et 4 millions":
each amount has its year (unless the word pairs parties: "Pour 2021 et 2022, X et Y reçoivent
respectivement N et M" gives both years to each). "3 et 4 millions d'euros ont été attribués
respectivement à X et à Y": the amounts come first, the parties after the word. The parties are
the coordinated group nearest the word on the other side from the amounts ("Le Forem a octroyé à
X et à Y respectivement …": X and Y, not the Forem), past a lone party to a group of as many
parties as amounts ("X et Y ont reçu de l'AWEX respectivement …"); one party given to ("…, et à
Y respectivement N et M") has them all; or, when that side counts them without naming them ("Les
aides accordées à ces trois partenaires s'élèvent respectivement à …"), the last group of that
many parties in the three sentences before, or in the question when the answer says it named
them ("aux trois communes citées par l'honorable membre"). The pairing holds only when the
counts agree; when several parties cannot be paired, no amount gets any of them, since a wrong
pair is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.funding.coordination import groups
from loaders.extract.funding.frames import phrases
from loaders.extract.funding.sentences import TO_THE, FundingText
from loaders.extract.numbers import UNITS
from loaders.record import Amount, Mention, Period

_RESPECTIVELY = re.compile(r"(?<!\w)respectivement(?!\w)", re.IGNORECASE)
# Parties counted, not named: "ces trois partenaires", "aux quatre communes", "les 3 lauréats".
_COUNTED = re.compile(
    r"(?<!\w)(?:ces|les|aux|des)\s+(?P<count>\d{1,2}|[^\W\d]+)\s+[^\W\d]{3,}", re.IGNORECASE
)
# Parties the question named: "citées par l'honorable membre", "mentionnées dans la question"
# (`asked-participles.txt`).
_ASKED = phrases("asked-participles.txt", ending="e?s?")
# What stands between two amounts of one coordinated run: "3, 4 et 5 millions", "de N et de
# M", "à N et à M".
_COORDINATED = re.compile(
    r"\s*(?:,\s*)?(?:(?:et|ou)(?!\w)\s*)?(?:(?:de|à)(?!\w)\s*|d['’]\s*)?", re.IGNORECASE
)
# "à", "au", "aux" (and an article) right before a party: the one the money is given to.
_TO_PARTY = re.compile(rf"(?<!\w){TO_THE}$", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d/])(?<![\d][.,])(?:19|20)\d\d(?![\d/]|[.,]\d)")


@dataclass(frozen=True)
class Share:
    """What "respectivement" gives one amount: its party and its year, when named. `keeps_own`:
    the word pairs no party (one party or none stands on its side: "X a perçu respectivement
    3 et 4 millions en 2019 et 2020"), so the fact keeps the recipient it reads itself."""

    recipient: str | None
    period: Period | None
    keeps_own: bool


def shares(doc: FundingText, index: int) -> dict[int, Share]:
    """Each amount "respectivement" distributes in sentence `index` (by start offset), and its
    share."""
    start, end = doc.sentences[index]
    word = _RESPECTIVELY.search(doc.text, start, end)
    if word is None:
        return {}
    after = _run([a for a in doc.amounts if word.end() <= a.start < end], doc.text)
    before = _run([a for a in doc.amounts if start <= a.start < word.start()][::-1], doc.text)[::-1]
    named = groups(doc, index)
    if len(after) >= 2:
        amounts, side = after, (start, word.start())
        near = [g for g in reversed(named) if g[-1].end <= word.start()]
    elif len(before) >= 2:
        amounts, side = before, (word.end(), end)
        near = [g for g in named if g[0].start >= word.end()]
    else:
        return {}
    group = near[0] if near else []
    if len(group) == 1:
        # past a lone party to a group of as many as the amounts: "X et Y ont reçu de l'AWEX
        # respectivement N et M" (the giver stands between)
        group = next((g for g in near if len(g) == len(amounts)), group)
    if not group:
        group = _counted_before(doc, index, side, len(amounts))
    years = [m.group() for m in _YEAR.finditer(doc.text, *side)]
    paired = len(group) == len(amounts)
    parties = [m.id for m in group] if paired else [None] * len(amounts)
    keeps_own = len(group) < 2
    if len(group) == 1 and _TO_PARTY.search(
        doc.text, max(start, group[0].start - 12), group[0].start
    ):
        # "…, et à Liège Airport SA respectivement N et M": the one party given to has both
        parties, keeps_own = [group[0].id] * len(amounts), False
    # the word pairs one list: parties it pairs leave the years to the whole sentence ("Pour
    # 2021 et 2022, X et Y reçoivent respectivement N et M": both years are each one's period)
    by_year = len(years) == len(amounts) and not paired
    found_years = years if by_year else [None] * len(amounts)
    return {
        amount: Share(party, Period(year, year) if year else None, keeps_own)
        for amount, party, year in zip(amounts, parties, found_years, strict=True)
    }


def _run(amounts: list[Amount], text: str) -> list[int]:
    """The starts of the amounts the word distributes: the first of `amounts` (those nearest the
    word) and those coordinated with it ("9,6 et 7,1 millions d'euros, et X 3,2 millions": the
    first two, not X's own)."""
    run = amounts[:1]
    for amount in amounts[1:]:
        low, high = sorted((run[-1], amount), key=lambda a: a.start)
        if not _COORDINATED.fullmatch(text, low.end, high.start):
            break
        run.append(amount)
    return [a.start for a in run]


def _counted_before(
    doc: FundingText, index: int, side: tuple[int, int], count: int
) -> list[Mention]:
    """The parties a side counts without naming them ("ces trois partenaires"): the last group
    of exactly that many in the three sentences before `index`; none when the count differs."""
    counted = False
    for match in _COUNTED.finditer(doc.text, *side):
        word = match.group("count").lower()
        counted = counted or (int(word) if word.isdigit() else UNITS.get(word)) == count
    if not counted:
        return []
    for before in range(index - 1, max(-1, index - 4), -1):
        found = [g for g in groups(doc, before) if len(g) == count]
        if found:
            return found[-1]
    asked = doc.asked
    if asked is None or not _ASKED.search(doc.text, *side):
        return []
    # "aux trois communes citées par l'honorable membre": the group the question names.
    found = [g for i in range(len(asked.sentences)) for g in groups(asked, i) if len(g) == count]
    return found[-1] if found else []
