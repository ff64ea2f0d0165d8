"""Money a sentence speaks of that no one gives: money asked for, a figure quoted from someone
else, money recovered, lost or left unallocated, a body's own investment in things, a unit's
value, a part nobody funds. Each is read from the words right before or after the amount, in
its clause (`other_money`, one of the tests of `not_given.not_given`); money asked for stays a
grant when its clause goes on to give or receive it ("a sollicité une subvention de N, qui lui
a été octroyée").
"""

from __future__ import annotations

import re

from loaders.extract.funding.frames import (
    COST_NOUNS,
    FINANCING_STEMS,
    INSTRUMENT_NOUNS,
    MONEY_NOUNS,
    phrases,
    stems,
)
from loaders.extract.funding.sentences import (
    BODY_NOUNS,
    CONTRASTS,
    GIVING_VERB_FORM,
    RECEIVING_VERB,
)
from loaders.record import Amount

# Money asked for by an active verb, the noun of money right after it: "la Ville a sollicité
# auprès de la BEI un prêt de N", "aurait en outre sollicité une aide de N"
# (`requested-participles.txt`; not "a sollicité l'intervention régionale …, et une subvention
# de N a été engagée").
_ASKING = re.compile(
    r"(?<!\w)(?:a|ont|avait|avaient|aura|auront|aurait|auraient)\s+(?:[^\W\d]+\s+){0,2}?"
    + phrases("requested-participles.txt").pattern
    + r"(?:\s+auprès\s+(?:de|du|des|d['’])\s*[^,;.]{1,60}?)?"
    + rf"\s+(?:un|une)\s+(?:{MONEY_NOUNS}|{INSTRUMENT_NOUNS})\s+(?:de\s+|d['’]\s*)$",
    re.IGNORECASE,
)
# A figure quoted from someone else, its participle right after the amount: "le montant de N
# cité par l'honorable membre", "le montant de N évoqué": the answer says what the question's
# figure was (the question holds the fact, once), not money it gives (`quoted-participles.txt`;
# "mentionné" only with its "par": "la subvention de N mentionnée dans l'arrêté" is the decree's).
_QUOTED_AFTER = re.compile(
    rf"\s*,?\s*(?:{phrases('quoted-participles.txt', ending='e?s?').pattern}"
    r"|mentionnée?s?\s+par(?!\w))",
    re.IGNORECASE,
)
# The amount as the subject of "correspondre", then a cost or a request: "1,8 million d'euros
# correspond au coût total de l'opération", "… correspondait à la demande initiale" (not the
# participle: "une subvention de N correspondant aux dépenses éligibles"; `corresponds-to.txt`
# besides the cost nouns).
_CORRESPONDS_TO_COST = re.compile(
    r"\s*(?:[^\W\d]+\s+){0,2}?correspond(?:ait|aient|ent|ra|raient)?\s+"
    r"(?:[^\W\d]+\s+)?(?:au|aux|à\s+la|à\s+l['’])\s*"
    rf"(?:[^\W\d]+\s+)?(?:{COST_NOUNS}|{phrases('corresponds-to.txt', ending='s?').pattern})",
    re.IGNORECASE,
)
# The kinds of bodies money may be invested into ("sociétés", "entreprises").
_BODIES = "|".join(re.escape(noun) for noun in sorted(BODY_NOUNS, key=len, reverse=True))
# A body's own investment in things, by the verb before the amount and "dans" after it: "la
# société X, qui investit N dans 46 logements", "Belgocontrol investira N dans un nouveau
# système" (not a stake, "dans le capital de X"; not a body, "dans la société X"; not projects
# others carry, "dans des projets portés par les communes").
_INVESTS_BEFORE = re.compile(
    rf"(?<!\w){stems(lambda f: f.lemma == 'investir')}\w*\s+(?:[^\W\d]+\s+){{0,2}}?$",
    re.IGNORECASE,
)
_IN_THINGS_AFTER = re.compile(
    r"\s+dans\s+(?!(?:le|son|leur|son\s+propre)\s+capital)"
    r"(?:(?:des|un|une|les|le|la|l['’]|ses|son|sa|leurs?)\s*|\d+\s+)"
    # not bodies: "dans des sociétés de production" is a stake
    rf"(?!(?:{_BODIES})s?(?!\w))"
    # lower-case words to the clause's end: no name of a body or town it would go to
    r"(?-i:[a-zà-ÿ])(?-i:[^,;:.A-ZÀ-Ý]|\d[.,]\d)*(?:[,;:.]|$)",
    re.IGNORECASE,
)
# Who may invest in things as money given: the government or the region ("la Région investit
# N dans la rénovation des piscines communales"), or things others carry ("portés par").
_PUBLIC_INVESTOR = re.compile(
    r"(?<!\w)(?:la\s+Région|la\s+Wallonie|le\s+Gouvernement)(?!\w)", re.IGNORECASE
)
_CARRIED_BY = re.compile(r"(?<!\w)(?:porté|mené|introduit)e?s?\s+par(?!\w)", re.IGNORECASE)
# What one of a kind is worth: "chaque point APE valant N" (a unit's value, not money given).
_WORTH_BEFORE = re.compile(
    r"(?<!\w)(?:vaut|valent|valait|valaient|valant|vaudra|vaudront)\s+(?:environ\s+)?$",
    re.IGNORECASE,
)
# A part the sentence says nobody funds, right after the amount: "une partie d'égouttage de N,
# qui n'est pas subsidiée par la Région" (a verb of financing; not "qui n'est pas encore
# liquidée": granted, not yet paid).
_NOT_FUNDED_AFTER = re.compile(
    r"\s*,?\s*qui\s+n['’]\s*(?:est|sont|était|étaient|sera|seront)\s+pas\s+(?!encore)"
    rf"(?:[^\W\d]+\s+)?(?:{FINANCING_STEMS}\w*|pris\w*\s+en\s+charge)",
    re.IGNORECASE,
)
# Money taken back from those who had it: "N ont été récupérés auprès de neuf exploitants"
# (`recovered-participles.txt`).
_RECOVERED_AFTER = re.compile(
    r"\s+(?:ont|a|avaient|avait|auraient|aurait)\s+(?:[^\W\d]+\s+)?été\s+"
    + phrases("recovered-participles.txt", ending="e?s?").pattern,
    re.IGNORECASE,
)
# Money no one was given, a negated participle of giving right before it: "le solde non
# attribué, soit N", "les crédits non engagés, soit N".
_NOT_GIVEN_BEFORE = re.compile(
    rf"(?<!\w)non\s+(?:{GIVING_VERB_FORM.pattern}|utilisée?s?|consommée?s?|dépensée?s?)"
    r"(?:\s*,\s*soit|\s+de)?\s*$",
    re.IGNORECASE,
)
# Money lost: "la Maison de jeunes aurait ainsi perdu N par rapport à 2019".
_LOST_BEFORE = re.compile(
    r"(?<!\w)(?:a|ont|avait|avaient|aurait|auraient)\s+(?:[^\W\d]+\s+)?perdu\s+$",
    re.IGNORECASE,
)
# The end of the amount's clause.
_CLAUSE_END = re.compile(rf"[;.:]|,\s+{CONTRASTS.pattern}", re.IGNORECASE)
# An infinitive of purpose before a verb: "pour financer", "afin de".
_PURPOSE_BEFORE = re.compile(r"(?<!\w)(?:pour|afin\s+de|de)\s+$", re.IGNORECASE)


def other_money(text: str, amount: Amount) -> bool:
    """Whether the amount is money asked for, quoted, recovered, lost or left unallocated, a
    body's own investment in things, a unit's value or a part nobody funds."""
    before = max(0, amount.start - 40)
    end = _clause_end(text, amount.end)
    return bool(
        (
            _ASKING.search(text, max(0, amount.start - 160), amount.start)
            and not _given_after(text, amount.end, end)
        )
        or _QUOTED_AFTER.match(text, amount.end)
        or _CORRESPONDS_TO_COST.match(text, amount.end)
        or _invested_in_things(text, amount, end)
        or _WORTH_BEFORE.search(text, max(0, amount.start - 30), amount.start)
        or _NOT_FUNDED_AFTER.match(text, amount.end)
        or _RECOVERED_AFTER.match(text, amount.end)
        or _NOT_GIVEN_BEFORE.search(text, before, amount.start)
        or _LOST_BEFORE.search(text, before, amount.start)
    )


def _invested_in_things(text: str, amount: Amount, end: int) -> bool:
    """ "La société X, qui investit N dans 46 logements": what a body spends on its own things,
    not what the region or the government invests, nor money for what others carry."""
    invests = _INVESTS_BEFORE.search(text, max(0, amount.start - 40), amount.start)
    start = text.rfind(".", 0, amount.start) + 1
    return bool(
        invests
        and _IN_THINGS_AFTER.match(text, amount.end)
        and not _PUBLIC_INVESTOR.search(text, start, invests.start())
        and not _CARRIED_BY.search(text, amount.end, end)
    )


def _given_after(text: str, start: int, end: int) -> bool:
    """Whether a verb of giving or receiving follows in the clause ("a sollicité une subvention
    de N, qui lui a été octroyée"), not an infinitive of purpose ("un prêt de N pour financer sa
    part des travaux")."""
    return any(
        not _PURPOSE_BEFORE.search(text, max(start, verb.start() - 12), verb.start())
        for pattern in (GIVING_VERB_FORM, RECEIVING_VERB)
        for verb in pattern.finditer(text, start, end)
    )


def _clause_end(text: str, position: int) -> int:
    """Where the clause holding `position` ends: the next semicolon, colon or full stop that is
    no decimal point, or a clause set against it (", tandis que", ", alors que", ", mais")."""
    for match in _CLAUSE_END.finditer(text, position):
        if not (match.group() == "." and text[match.start() + 1 : match.start() + 2].isdigit()):
            return match.start()
    return len(text)
