"""What an amount measures rather than gives: the size, budget or worth of what money finances
("des projets de 25.000 à 250.000 euros", "Le projet … dispose d'un budget de N"), what something
costs by its noun or its verb ("le coût total de l'unité est de N"), an estimate ("estimé à N",
"estime le solde à N"). Each is read from the words right before the amount (`measured`, one of
the tests of `not_given.not_given`); a cost co-financed right after it ("…, cofinancé à 40 % par
le FEDER") is money given for it.
"""

from __future__ import annotations

import re

from loaders.extract.funding.frames import (
    COST_NOUNS,
    GIVING_STEMS,
    GRANT_NOUNS,
    ITEM_NOUNS,
    listed,
    phrases,
)
from loaders.extract.text import sentence_at
from loaders.record import Amount

# What money finances, measured by the amount: "des projets de 25.000 à 250.000 euros", "un
# chantier de N" (its size or cost, not money given).
_ITEM_MEASURED = re.compile(
    rf"(?<!\w)(?:des|un|une|les|ces|de)\s+{ITEM_NOUNS}\s+(?:de|d['’])\s*$", re.IGNORECASE
)
# Between a financed thing and its verb: its words, its title in guillemets, an incise ("Le
# portefeuille « X », retenu en 2015, représente").
_ITEM_GAP = r"(?:\s+[^\W\d,;.«»]+|\s*«[^»]{1,100}»|\s*,[^,;.]{1,120},){0,5}?"
# What a financed thing is worth, as its subject: "Ce projet représente un budget de N sur trois
# ans", "Les travaux représentent un investissement de N" (its size, not money given).
_ITEM_WORTH = re.compile(
    rf"(?<!\w)(?<!à\s){ITEM_NOUNS}{_ITEM_GAP}\s+représent\w*\s+(?:un|une)\s+"
    r"[^\W\d]+(?:\s+[^\W\d]+)?\s+(?:de|d['’])\s*$",
    re.IGNORECASE,
)
# What a financed thing's budget is, as its subject: "le projet LIFE « X », porté par le DNF,
# dispose d'un budget de N", "Le projet … est budgété à N" (its size, not money given: what the
# project receives is told by its shares, "dont N de contribution européenne"; not "l'appel à
# projets X dispose d'un budget de N", a scheme's endowment).
_ITEM_BUDGET = re.compile(
    rf"(?<!\w)(?<!à\s){ITEM_NOUNS}{_ITEM_GAP}\s+"
    r"(?:dispos\w*\s+d['’]un\s+budget(?:\s+[^\W\d]+)?\s+(?:de\s+|d['’]\s*)"
    r"|(?:est|sont|était|étaient)\s+budgétée?s?\s+à\s+)$",
    re.IGNORECASE,
)
# What something costs, measured by the amount: "le coût total estimé à N", "un coût de N",
# "la dépense est évaluée à N" (no one gives it; the words are `cost-adjectives.txt` and
# `cost-participles.txt`).
_COST_MEASURED = re.compile(
    rf"(?<!\w){COST_NOUNS}(?:\s+{phrases('cost-adjectives.txt').pattern})?"
    r"(?:\s+(?:est|sont|était|sera))?"
    rf"(?:\s+{phrases('cost-participles.txt', ending='e?s?').pattern})?"
    r"\s+(?:à|de|d['’])\s*$",
    re.IGNORECASE,
)
# What a financed thing is estimated to cost: "pour un investissement estimé à N", "des travaux
# évalués à N" (its size, not money given).
_ITEM_ESTIMATED = re.compile(
    rf"(?<!\w){ITEM_NOUNS}(?:\s+[^\W\d]+)?"
    rf"\s+{phrases('cost-participles.txt', ending='e?s?').pattern}\s+à\s*$",
    re.IGNORECASE,
)
# The same by its copula, an incise and an adverb between: "Le projet, porté par la Ville de X,
# propriétaire du stade, est aujourd'hui estimé à N".
_ITEM_IS_ESTIMATED = re.compile(
    rf"(?<!\w)(?<!à\s){ITEM_NOUNS}(?:\s*,[^;.]{{1,120}}?,)?\s+(?:est|sont|était|étaient|sera)\s+"
    rf"(?:[^\W\d]+\s+|[^\W\d]+['’]\s*[^\W\d]+\s+)?"
    rf"{phrases('cost-participles.txt', ending='e?s?').pattern}\s+à\s*$",
    re.IGNORECASE,
)
# An estimate in apposition, with no noun of money before it: "la rénovation de la place,
# estimée à N" (what something is worth or costs, not money given).
_ESTIMATED = re.compile(
    rf",\s*{phrases('cost-participles.txt', ending='e?s?').pattern}\s+à\s*$", re.IGNORECASE
)
# A cost noun with its complement and an adverb before the participle: "Le coût global de
# l'opération est pourtant évalué à N", "Son coût est aujourd'hui estimé à N".
_COST_ESTIMATED = re.compile(
    rf"(?<!\w){COST_NOUNS}(?:\s+[^\W\d]+|\s*['’]\s*[^\W\d]+|\s+(?:19|20)\d\d){{0,12}}?"
    r"\s+(?:est|sont|était|étaient|sera|seront|a\s+été|ont\s+été)"
    r"(?:\s+[^\W\d]+|\s*['’]\s*[^\W\d]+){0,2}"
    rf"\s+{phrases('cost-participles.txt', ending='e?s?').pattern}\s+à\s*$",
    re.IGNORECASE,
)
# A cost by its verb, the noun's complement between: "le coût total de l'unité est de N", "dont
# le coût total s'élève à N", "Le coût salarial d'un animateur à temps plein est d'environ N",
# "le coût total des travaux atteindrait N" (what something costs, not money given).
_COST_IS = re.compile(
    rf"(?<!\w){COST_NOUNS}(?:\s+[^\W\d]+|\s*['’]\s*[^\W\d]+){{0,8}}?\s+"
    r"(?:est|sont|était|étaient|sera|serait|s['’]\s*élève\w*|atteint|atteignent|atteindr\w+"
    r"|dépasse\w*)\s+(?:(?:à|de)\s+|d['’]\s*)?$",
    re.IGNORECASE,
)
# Right after an estimated cost, the money that finances it: "…, cofinancé à 40 % par le FEDER".
_FINANCED_AFTER = re.compile(r"\s*,\s*(?:co)?financ", re.IGNORECASE)
# The active verb of estimating: "(elle) estime le solde des travaux à N", "évalue les besoins
# à N", "une étude estime à N le coût de …" (an estimate of what something costs or needs;
# the stems of `cost-participles.txt`).
ESTIMATING = "|".join(re.escape(p.removesuffix("é")) for p in listed("cost-participles.txt"))
# What a body holds or runs on, measured by the amount: its operating budget ("la MIRENA dispose
# d'un budget de fonctionnement de N", "Le budget de fonctionnement de la CWaPE a été porté à
# N", "Le CSR dispose pour son fonctionnement d'un budget de N"), its own funds or what it may
# commit ("dispose de fonds propres de N et d'un budget d'intervention de M"): no money given
# (a "subvention de fonctionnement" is).
_OWN_BUDGET = re.compile(
    r"(?<!\w)(?:budgets?\s+(?:annuels?\s+)?de\s+fonctionnement[^.;:\d]{0,60}?"
    r"(?:\s(?:de|à|atteint|atteignait|atteindra)\s+|d['’]\s*)"
    r"|pour\s+son\s+fonctionnement\s+d['’]un\s+budget(?:\s+annuel)?\s+(?:de\s+|d['’]\s*)"
    r"|dispos\w*\s+(?:[^\s,.;:]+\s+)?de\s+fonds\s+propres\s+(?:de\s+|d['’]\s*)"
    r"|dispos\w*[^.;:]{0,80}?d['’]un\s+budget\s+d['’]intervention\s+(?:de\s+|d['’]\s*))$",
    re.IGNORECASE,
)
# A body's whole budget, measured by the amount: "Son budget total s'élève à N", "son budget
# atteindrait N", "Materia Nova dispose d'un budget annuel de N et Multitel d'un budget de M"
# (its size; not a budget for a purpose or one a scheme co-finances, `_SPENT_AFTER`).
_BODY_BUDGET = re.compile(
    r"(?<!\w)(?:(?:son|sa|leur)\s+budget(?:\s+(?:total|annuel|global))?\s+"
    r"(?:a\s+atteint|atteint|atteindrait|s['’]élève\s+à|s['’]élevait\s+à|est\s+de|était\s+de)"
    r"|dispos\w*[^.;:]{0,80}?d['’]un\s+budget(?:\s+(?:annuel|total|global))?\s+"
    r"(?:de\s+l['’]ordre\s+)?(?:de|d['’])?)\s*$",
    re.IGNORECASE,
)
# What a body owes or pays to run (`charges-nouns.txt`), measured by the amount: "dont les
# charges de pension atteignent N au budget 2024", "un encours de N", "la facture énergétique
# des communes a augmenté de N" (its burden, not money given to it).
_CHARGES = re.compile(
    rf"(?<!\w)(?:{phrases('charges-nouns.txt', ending='s?').pattern}|déficit)"
    r"(?:\s+[^\W\d]+|\s*['’]\s*[^\W\d]+|\s+(?:19|20)\d\d){0,6}?\s*,?\s+(?:qui\s+)?"
    r"(?:(?:a|ont|avait|avaient)\s+)?(?:atteint|atteignent|atteignait|atteindr\w+"
    r"|s['’]\s*él[eè]v\w*\s+à|s['’]\s*établi\w*\s+à|représent\w*|(?:est|sont|était|étaient)\s+de"
    r"|augmenté\s+de|diminué\s+de|de|d['’])\s*$",
    re.IGNORECASE,
)
# A grant's share of a body's charges: "l'intervention de la Région dans les charges de", "La
# Ville intervient pour sa part dans le déficit de son CPAS à hauteur de N".
_GRANT_IN = re.compile(
    rf"(?<!\w)(?:{GRANT_NOUNS}(?!\w)|(?:{GIVING_STEMS})\w*)[^.;:]{{0,40}}\s(?:dans|de|des|du|sur)\s+"
    r"(?:(?:les|la|le|ses|sa|son|leurs?)\s+|l['’]\s*)?$",
    re.IGNORECASE,
)
# The volume of debt guarantees cover: "des garanties pour un encours (garanti) de N".
_GUARANTEED = re.compile(r"garanti", re.IGNORECASE)
# A whole budget, of a body or of what money finances: "pour un budget total de N".
_TOTAL_BUDGET = re.compile(r"(?<!\w)budget\s+total\s+(?:de\s+|d['’]\s*)$", re.IGNORECASE)
# What makes a budget money given: a purpose or a scheme that co-finances it, right after.
_SPENT_AFTER = re.compile(
    r"[^.;:]{0,30}?(?:\s(?:pour|afin|destinée?s?|en\s+vue)\s|,\s*(?:co)?financ|\sà\s+charge\s"
    rf"|\s(?:a|ont|sera|seront)\s+été\s+(?:{GIVING_STEMS}))",
    re.IGNORECASE,
)
_SCHEME_NOUN = phrases("scheme-nouns.txt", ending="s?")
_ESTIMATES = re.compile(
    rf"(?<!\w)(?:{ESTIMATING})"
    r"(?:e|ent|ait|aient|era|eront)\s+(?:(?:[^\W\d]+\s+|[^\W\d]['’]\s*)){0,6}?à\s*$",
    re.IGNORECASE,
)


def measured(text: str, amount: Amount) -> bool:
    """Whether the words before the amount make it the size, budget, worth, cost or estimate of
    something, not money given."""
    return bool(
        # "qui finance des projets de 25.000 à 250.000 euros": a size, not a grant
        _ITEM_MEASURED.search(text, max(0, amount.start - 40), amount.start)
        # "Ce projet représente un budget de 3,9 millions d'euros": its size
        or _ITEM_WORTH.search(text, max(0, amount.start - 80), amount.start)
        or _ITEM_BUDGET.search(text, max(0, amount.start - 220), amount.start)
        # "soit 80 % du coût total estimé à 824.000 euros": a cost, not a grant
        or _COST_MEASURED.search(text, max(0, amount.start - 60), amount.start)
        # "pour un investissement estimé à 12 millions d'euros": what a thing costs
        or _ITEM_ESTIMATED.search(text, max(0, amount.start - 50), amount.start)
        # "Le projet, porté par X, est aujourd'hui estimé à N"
        or _ITEM_IS_ESTIMATED.search(text, max(0, amount.start - 200), amount.start)
        # "la rénovation de la place, estimée à 6 millions d'euros": an estimate
        or _ESTIMATED.search(text, max(0, amount.start - 30), amount.start)
        # "le coût global de l'opération est pourtant évalué à N", "le coût total de l'unité
        # est de N" (not "…, cofinancé à 40 % par le FEDER": money given for it)
        or (
            (
                _COST_ESTIMATED.search(text, max(0, amount.start - 100), amount.start)
                or _COST_IS.search(text, max(0, amount.start - 100), amount.start)
            )
            and not _FINANCED_AFTER.match(text, amount.end)
        )
        # "estime le solde des travaux à N"
        or _ESTIMATES.search(text, max(0, amount.start - 70), amount.start)
        # "la MIRENA dispose d'un budget de fonctionnement de N": what a body runs on
        or _OWN_BUDGET.search(text, max(0, amount.start - 120), amount.start)
        # "Son budget total s'élève à N": a body's size, not money given to it
        or _body_budget(text, amount)
        # "dont les charges de pension atteignent N": what a body owes or pays to run
        or _charges(text, amount)
    )


def _charges(text: str, amount: Amount) -> bool:
    """Whether the amount measures a body's charges or debts (`_CHARGES`): not a grant's share
    of them ("l'intervention de la Région dans les charges d'intérêt atteint N"), nor the volume
    guarantees cover ("des garanties pour un encours de N")."""
    charges = _CHARGES.search(text, max(0, amount.start - 120), amount.start)
    if charges is None:
        return False
    before = text[max(0, charges.start() - 60) : charges.start()]
    guaranteed = _GUARANTEED.search(text, max(0, charges.start() - 40), amount.start)
    return not (_GRANT_IN.search(before) or guaranteed)


def _body_budget(text: str, amount: Amount) -> bool:
    """Whether the amount is a whole budget (a body's, or of what money finances: "pour un budget
    total de N", a scheme's too, as the readable golds read it): not one for a purpose,
    co-financed, given ("a été octroyé"), paid by someone ("à charge de la Région"), nor a
    scheme's endowment (a scheme's noun before a body's budget in its sentence)."""
    if _SPENT_AFTER.match(text, amount.end):
        return False
    if _TOTAL_BUDGET.search(text, max(0, amount.start - 30), amount.start):
        return True  # "perçoit une subvention de N, pour un budget total de M"
    budget = _BODY_BUDGET.search(text, max(0, amount.start - 140), amount.start)
    if budget is None:
        return False
    # "Dans le cadre de l'appel à projets P, … pour un budget total de N": the scheme's money
    opening, _ = sentence_at(text, budget.start())
    return not _SCHEME_NOUN.search(text, opening, budget.start())
