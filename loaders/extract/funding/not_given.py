"""Amounts a sentence states that are no money given: a rule's ceiling, the size or cost of
what money finances, an estimate, a goal, income, an amount the sentence denies, a rate. Each
is read from the words right before or after the amount (`not_given`), and a "dont" part of
income is none either (`part_of_income`), nor money set aside then taken back (`withdrawn`);
`find_funding` skips them before reading roles.
"""

from __future__ import annotations

import re
from pathlib import Path

from loaders.extract.funding.frames import (
    COST_NOUNS,
    GRANT_NOUNS,
    INCOME_NOUNS,
    INSTRUMENT_NOUNS,
    MONEY_NOUNS,
    phrases,
)
from loaders.extract.funding.lists import item
from loaders.extract.funding.measures import ESTIMATING, measured
from loaders.extract.funding.other_money import other_money
from loaders.extract.funding.recipient import given_after_amount
from loaders.extract.funding.sentences import (
    CONTRASTS,
    GIVING_VERB,
    GIVING_VERB_FORM,
    HANDING_VERB,
    RECEIVING_VERB,
    FundingText,
)
from loaders.record import Amount

# An amount the sentence denies before the one it gives: "non de N, mais de M", "non pas N",
# "s'est élevée à N, et non à M",
# or a negated copula: "La subvention n'est donc pas de N", "ne s'élève pas à N", "Il n'est pas
# doté de N mais de M", or no such money: "n'a reçu aucune subvention régionale de N".
_DENIED = re.compile(
    r"(?<!\w)(?:non\s+(?:pas\s+)?|n['’]\s*(?:est|était|sera|a\s+été)\s+(?:[^\W\d]+\s+)?pas\s+"
    r"(?:[^\W\d]+\s+(?=de\s|d['’]))?"
    r"|ne\s+s['’]\s*élève(?:ra|nt)?\s+(?:[^\W\d]+\s+)?pas\s+à\s+"
    # "n'a reçu aucune subvention régionale de N": no such money
    rf"|(?<!\w)aucune?\s+{MONEY_NOUNS}(?:\s+[^\W\d]+)?\s+)(?:de\s+|d['’]\s*|à\s+)?$",
    re.IGNORECASE,
)
# "soit N": the amount restates a share just named ("cofinancé à 40 % par le FEDER, soit un
# montant maximal de N"), which a ceiling's words qualify without making it a rule's cap.
_EQUALS = re.compile(r"(?<!\w)soit\s+(?:(?:un|une)\s+(?:montant|somme)\s+)?$", re.IGNORECASE)
# The words of a ceiling in an amount's qualifier: "plafond de", "au maximum", "ne peut dépasser".
_CAP = re.compile(r"plafon|maxim|dépasser|excéder", re.IGNORECASE)
# A goal's amount: "l'objectif de l'année pour la SWCS était de réaliser N de prêts" (a noun
# of `targets.txt`, then "de" and an infinitive right before the amount, in one clause).
_TARGET = re.compile(
    rf"{phrases('targets.txt', ending='s?').pattern}[^.;:]{{0,80}}?\s(?:de\s+|d['’]\s*)"
    r"[^\W\d]+(?:er|ir|re)\s+(?:[^\W\d]+\s+)?$",
    re.IGNORECASE,
)
# Money asked for: "un montant sollicité de N", "un montant total demandé de N", "La demande de
# N introduite par la Ville", "La Ville aurait sollicité N" (`requested-participles.txt`).
_ASKED = phrases("requested-participles.txt", ending="e?s?").pattern
_REQUESTED = re.compile(
    rf"(?:{MONEY_NOUNS}(?:\s+total)?\s+{_ASKED}\s+(?:de\s+|d['’]\s*)"
    r"|(?<!\w)(?:la|une|sa|leur|cette)\s+demande\s+(?:de\s+|d['’]\s*)"
    r"|(?<!\w)(?:a|ont|avait|avaient|aurait|auraient|aura|auront)\s+(?:[^\W\d]+ment\s+)?"
    rf"{_ASKED}\s+)$",
    re.IGNORECASE,
)
# An average: "le prêt moyen accordé s'élève à N", "la subvention moyenne est de N".
_AVERAGE = re.compile(
    rf"(?:{MONEY_NOUNS}|{INSTRUMENT_NOUNS})\s+moyen(?:ne)?s?(?!\w)[^.;:]{{0,40}}?"
    r"(?:s['’]\s*élève\w*\s+à|est\s+de|atteint|de|d['’])\s*$",
    re.IGNORECASE,
)
# A ceiling by its verb: "Le prêt peut aller jusqu'à N", "pouvant atteindre N".
_CAPPED = re.compile(
    r"(?<!\w)(?:peut|peuvent|pourra|pourront|pouvant)\s+(?:aller(?:\s+jusqu['’]\s*à)?|atteindre)\s*$",
    re.IGNORECASE,
)
# A figure spoken of, not money given: "Le chiffre de N cité par la presse inclut …", "le chiffre
# de N avancé par l'UVCW" (the money it counts is told elsewhere, if at all).
_FIGURE = re.compile(r"(?<!\w)(?:le|ce|du|au)\s+chiffre\s+(?:de\s+|d['’]\s*)$", re.IGNORECASE)
# Someone's estimate or claim, its participle right after the amount: "bien loin des N
# estimés par l'honorable membre", "les N avancés par la presse" (the stems of
# `cost-participles.txt` and "avancé").
_ESTIMATED_BY = re.compile(rf"\s*(?:{ESTIMATING}|avanc)(?:é|ée|és|ées)\s+par(?!\w)", re.IGNORECASE)
# What something costs by its verb: "Ces travaux ont coûté N", "L'opération coûtera N".
_COSTS = re.compile(
    r"(?<!\w)(?:a|ont|avait|avaient|aura|auront)?\s*coût(?:é|e|ent|era|eront|ait|aient)"
    r"(?:\s+(?:au\s+total|environ|globalement|finalement))?\s+$",
    re.IGNORECASE,
)
# A purchase's price, by the verb's participle: "la SRWT a commandé 20 nouveaux trams pour N", "a
# acquis le terrain pour N" (not the noun: "pour l'acquisition d'un simulateur pour N").
_BOUGHT = re.compile(
    r"(?<!\w)(?:(?:command|achet)(?:é|ée|és|ées)|acquise?s?)\s+"
    r"(?:[^\W\d]+\s+|\d+\s+|[^\W\d]+['’]\s*){0,5}pour\s+$",
    re.IGNORECASE,
)
# Money a body earns, the noun right after the amount: "N euros de dividendes", "N de recettes"
# (`income` frames of `frames.csv`).
_INCOME_AFTER = re.compile(rf"\s*(?:de|d['’])\s*{INCOME_NOUNS}(?!\w)", re.IGNORECASE)
# "a obtenu une commande de N", "un chiffre d'affaires annuel de N", "une redevance de concession
# de N": what the noun measures is earned (one adjective may stand between).
_INCOME_BEFORE = re.compile(
    rf"(?<!\w){INCOME_NOUNS}(?:\s+[^\W\d]+)?\s+(?:de|d['’])\s*$", re.IGNORECASE
)
# Units of time: money "par an" or "par mois" is a recurring grant, not a rate.
_TIME_UNITS = frozenset(
    Path(__file__).with_name("time-units.txt").read_text(encoding="utf-8").split()
)


def not_given(text: str, amount: Amount) -> bool:
    """Whether the amount, by its own words or those right before it, is no money given nor
    lent (a loan's amount is a fact of its own instrument, `read_instrument`)."""
    return bool(
        # "plafonné à 10.000 euros": a rule's ceiling, not money given
        (
            amount.approximation == "up_to"
            and _CAP.search(amount.text)
            and not _EQUALS.search(text, max(0, amount.start - 25), amount.start)
        )
        # the size, budget, cost or estimate of what money finances
        or measured(text, amount)
        # "l'objectif … était de réaliser 300 millions d'euros de prêts": a goal
        or _TARGET.search(text, max(0, amount.start - 140), amount.start)
        # "auraient perçu 42 millions d'euros de dividendes": income, not a grant
        or _INCOME_AFTER.match(text, amount.end)
        or _INCOME_BEFORE.search(text, max(0, amount.start - 60), amount.start)
        # "un montant sollicité de N", "le prêt moyen accordé s'élève à N", "peut aller jusqu'à N"
        or _REQUESTED.search(text, max(0, amount.start - 60), amount.start)
        or _AVERAGE.search(text, max(0, amount.start - 70), amount.start)
        or _CAPPED.search(text, max(0, amount.start - 30), amount.start)
        # "les N estimés par l'honorable membre": someone's estimate, not money given
        or _ESTIMATED_BY.match(text, amount.end)
        # money asked for, quoted, recovered, lost, unallocated; a body's own investment
        or other_money(text, amount)
        # "Le chiffre de N cité par la presse", "ont coûté N", "a commandé … pour N"
        or _FIGURE.search(text, max(0, amount.start - 20), amount.start)
        or _COSTS.search(text, max(0, amount.start - 40), amount.start)
        or _BOUGHT.search(text, max(0, amount.start - 80), amount.start)
        # "pour un montant non de 42 milliards, mais de 26": not the money given
        or _DENIED.search(text, max(0, amount.start - 40), amount.start)
        # "150 euros par ménage": a rate, not a grant ("par mois" is a grant)
        or (amount.per is not None and amount.per.lower() not in _TIME_UNITS)
    )


# A public contract ("le marché de raccordement … a été attribué à X"), not the labour market.
_CONTRACT = re.compile(
    rf"(?<!\w)(?:le|ce|un|les|ces|du|au|des)\s+{phrases('contracts.txt', ending='s?').pattern}"
    r"(?!\s+(?:du\s+travail|de\s+l['’]\s*emploi))",
    re.IGNORECASE,
)
_AWARDED = phrases("awarding-participles.txt", ending="e?s?")
_OWN_MONEY = phrases("own-money.txt")


# An amount set against the one before it: "atteint N en 2023, contre M en 2018".
_AGAINST = re.compile(r"(?<!\w)contre\s+(?:(?:plus|moins)\s+de\s+|près\s+de\s+|environ\s+)?$")


def compared_to_no_grant(doc: FundingText, index: int, amount: Amount) -> bool:
    """Whether the amount is set against one before it in its sentence that is no money given
    ("dont les charges de pension atteignent N au budget 2024, contre M en 2019", "197 euros et
    259 euros par habitant, contre 273 euros pour Tournai"): the two measure the same thing."""
    start = doc.sentences[index][0]
    if not _AGAINST.search(doc.text, max(start, amount.start - 25), amount.start):
        return False
    before = [a for a in doc.amounts if start <= a.end <= amount.start]
    return bool(before) and not_given(doc.text, before[-1])


def contract_price(doc: FundingText, index: int, amount: Amount) -> bool:
    """Whether the amount is a public contract's price ("le marché de raccordement, d'un
    montant de N, a été attribué à Belgacom SA"): the contract noun right before the amount and
    its award in the sentence, which names no grant nor other verb of giving or receiving ("la
    subvention de N couvre le marché attribué à X", "Le marché ayant été attribué, la Région a
    liquidé N à X" stay grants). A price paid for work, not a grant to the contractor."""
    start, end = doc.sentences[index]
    awarded = [m.span() for m in _AWARDED.finditer(doc.text, start, end)]
    return bool(
        _CONTRACT.search(doc.text, max(start, amount.start - 60), amount.start)
        and awarded
        and not _GRANT.search(doc.text, start, end)
        and not RECEIVING_VERB.search(doc.text, start, end)
        # "Le marché ayant été attribué, la Région a liquidé N à X": another verb gives
        and all(v.span() in awarded for v in GIVING_VERB.finditer(doc.text, start, end))
    )


# Where a coordinated clause with a subject of its own starts: "…, et la Région lui a octroyé",
# "; ", "…, tandis que" (`contrasts.txt`; not "…, et les a octroyés", whose subject is the first
# clause's).
_COORDINATE = re.compile(
    rf",\s+(?:et(?!\w)|{CONTRASTS.pattern})"
    r"(?!\s+(?:(?:les|l['’]|en|lui|leur|y)\s*)?(?:a|ont|avait|avaient|aura|auront)(?!\w))|;"
)
# A body the money goes into, right after the amount's words: "a apporté N de fonds propres à
# la société X", "a injecté N de fonds propres dans la société X" (a stake, not own spending).
_INTO_BODY = re.compile(
    r"[^,;.]{0,40}?(?:à|au|aux|dans)\s+(?:la\s+|le\s+|les\s+|l['’]\s*)?"
    r"(?:(?:société|entreprise|asbl)\s+)?$",
    re.IGNORECASE,
)


def own_spending(doc: FundingText, index: int, amount: Amount) -> bool:
    """Whether the amount is what a body spends of its own means, the words saying so right
    beside it ("l'IPW y consacre N sur son budget propre", "la SA X, sur ses fonds propres :
    N", "a consacré N de fonds propres à l'opération", `own-money.txt`), in a clause that names
    no grant, no verb of handing money over ("a octroyé N de son budget à X") nor anyone the
    money goes to after it ("… N à Arville", "a apporté N de fonds propres à la société X"):
    what a body does with its means, not money given. The clause: "La Ville a consacré N de
    fonds propres à l'opération, et la Région lui a octroyé M" gives in its second clause."""
    sentence_start, sentence_end = doc.sentences[index]
    start = max(
        (c.end() for c in _COORDINATE.finditer(doc.text, sentence_start, amount.start)),
        default=sentence_start,
    )
    after = _COORDINATE.search(doc.text, amount.end, sentence_end)
    end = after.start() if after else sentence_end
    beside = _OWN_MONEY.search(doc.text, max(start, amount.start - 30), amount.start) or (
        _OWN_MONEY.match(doc.text, amount.end + 1, min(end, amount.end + 30))
    )
    named = [m for m in doc.within(doc.recipients, index) if start <= m.start < end]
    return bool(
        beside
        and not _GRANT.search(doc.text, start, end)
        # "La Province a octroyé N de son budget à l'asbl X": a verb of handing over gives
        and not HANDING_VERB.search(doc.text, start, end)
        and not any(given_after_amount(doc, index, m) for m in named)
        and not any(
            m.start > amount.end and _INTO_BODY.fullmatch(doc.text, amount.end, m.start)
            for m in named
        )
    )


# The amount taken back, after it in its sentence, by a passive whose subject is the amount:
# "N pour X, mais ont été réaffectés", "mais ils ont été réaffectés", "N, qui ont depuis été
# annulés", "Une tranche de N, d'abord réservée à X, a été réaffectée", "; faute de permis, ce
# montant a été réaffecté" (`withdrawn-participles.txt`; not "la
# gare, qui avait été abandonnée", "dont l'emploi a été supprimé": another subject).
_WITHDRAWN = re.compile(
    r"(?:\s*,\s*qui\s+|\s*,[^.;]{0,100},\s*|[^.;]*?(?<!\w)mais\s+(?:ils\s+|elles\s+)?"
    rf"|[^.]*?(?<!\w)(?:ce|cet|cette|ces)\s+{MONEY_NOUNS}\s+)"
    r"(?:ont|a|avaient|avait|auraient|aurait|sont|est)\s+(?:[^\W\d]+\s+){0,2}?été\s+"
    r"(?:[^\W\d]+\s+){0,2}?" + phrases("withdrawn-participles.txt", ending="e?s?").pattern,
    re.IGNORECASE,
)


def withdrawn(doc: FundingText, index: int, amount: Amount) -> bool:
    """Whether the sentence says the amount, once set aside, was taken back ("avait prévu 20
    millions d'euros pour la rénovation des stades, mais ont été réaffectés"): money no one
    received, in a sentence that names no one it went to after all."""
    _, end = doc.sentences[index]
    return bool(
        _WITHDRAWN.match(doc.text, amount.end, end)
        and not RECEIVING_VERB.search(doc.text, amount.end, end)
    )


# A sentence whose subject is what a body spends or earns, measured by its verb before the
# sentence's first amount: "Les investissements réalisés par la SOWAER en 2010 ont atteint N :
# M à Liège, …", "Le chiffre d'affaires de BSCA a atteint N", "Les travaux s'élèvent à N"
# (works, investments, costs, income; not "les projets", whose total may be of grants).
_SPENT_SUBJECT = re.compile(
    r"\s*(?:[^,;:]{0,30},\s*)?(?:les|le|la|l['’]|ces|ce|cet|cette)\s*"
    rf"(?:investissements?|{phrases('works-nouns.txt', ending='s?').pattern}|{COST_NOUNS}"
    rf"|{INCOME_NOUNS})(?!\w)[^;:]{{0,120}}?"
    r"(?:ont|a|avaient|avait)?\s*(?:atteint|atteignent|atteindront|s['’]\s*élève\w*\s+à"
    r"|s['’]\s*est\s+élevée?s?\s+à|se\s+sont\s+élevée?s\s+à|se\s+monte\w*\s+à)\s*$",
    re.IGNORECASE,
)


_FOR_SOMEONE = re.compile(
    r"(?<!\w)(?:en\s+faveur|au\s+profit|au\s+bénéfice|à\s+destination)\s+(?:de|d['’]|du|des)",
    re.IGNORECASE,
)


def measured_spending(doc: FundingText, index: int, amount: Amount) -> bool:
    """Whether sentence `index` measures what a body spends or earns before its first amount,
    for no one it names, and its clause (up to a semicolon) names no grant, verb of giving nor
    body after that amount: the amounts of that clause (the total and the parts it lists by
    place) are that body's spending or income, not money given."""
    start, end = doc.sentences[index]
    first = next((a.start for a in doc.amounts if start <= a.start < end), None)
    semicolon = doc.text.find(";", first or start, end)
    end = end if semicolon < 0 else semicolon
    return bool(
        first is not None
        and amount.start < end
        and _SPENT_SUBJECT.fullmatch(doc.text, start, first)
        # "Les dépenses de la Région en faveur des aéroports ont atteint N : M pour Liège
        # Airport": spent for others, whom the clause names
        and not _FOR_SOMEONE.search(doc.text, start, first)
        and not any(
            m.type == "organisation" and first < m.start < end
            for m in doc.within(doc.recipients, index)
        )
        and not _GRANT.search(doc.text, start, end)
        # a verb of giving, not the noun its stem also begins ("investissements")
        and not GIVING_VERB_FORM.search(doc.text, start, end)
        and not RECEIVING_VERB.search(doc.text, start, end)
    )


def part_of_income(doc: FundingText, index: int) -> bool:
    """Whether sentence `index` is a "dont" part of money a body earns ("42 millions d'euros de
    dividendes, dont 6,3 millions pour X"): a part of income is no grant either. (Not a part
    of any amount that is no grant: "un investissement de N, dont M empruntés par X" is a
    loan.)"""
    total = doc.totals.get(index)
    if total is None:
        return False
    start, end = doc.sentences[total]
    whole = [a for a in doc.amounts if start <= a.start < end]
    return bool(whole) and _INCOME_AFTER.match(doc.text, whole[-1].end) is not None


# What is built, and what it costs: a sentence about them that no verb of giving or receiving,
# nor a noun of a grant, turns into money given measures a cost.
_COSTED = re.compile(
    rf"(?<!\w)(?:{COST_NOUNS})|{phrases('works-nouns.txt', ending='s?').pattern}", re.IGNORECASE
)
_GRANT = re.compile(rf"(?<!\w){GRANT_NOUNS}(?!\w)", re.IGNORECASE)


def costed(doc: FundingText, index: int, amount: Amount) -> bool:
    """Whether the amount's sentence, the lead of its list or the total it is a part of speaks
    of a cost or of works and none of them of giving, receiving or a grant ("Le projet a coûté
    N, dont M de frais d'études", "Le coût des travaux se répartit comme suit : - études : N"):
    an amount the rules find no party for is then a cost, whatever words a model weighs."""
    row = item(doc, index, amount.start)
    around = {index, doc.totals.get(index), None if row is None else row.lead} - {None}
    spans = [doc.sentence(i) for i in sorted(i for i in around if i is not None)]
    return any(_COSTED.search(span) for span in spans) and not any(
        GIVING_VERB.search(span) or RECEIVING_VERB.search(span) or _GRANT.search(span)
        for span in spans
    )
