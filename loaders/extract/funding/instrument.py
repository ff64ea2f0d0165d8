"""How a funding fact's money reaches its recipient (`Funding.instrument`): given (a grant),
lent, guaranteed, invested in a capital or advanced to be repaid, read from the instrument
nouns and the verbs of lending of `frames.csv` around the amount; and the two parties only a
stake or a loan names its own way (the body a stake is taken in, the lender "auprès de" whom a
loan is taken). Everything else about such a fact is read as for a grant.
"""

from __future__ import annotations

import re

from loaders.extract.funding.frames import (
    GIVEN_NOUNS,
    INSTRUMENT_NOUNS,
    LENDING_STEMS,
    MONEY_NOUNS,
    instrument_of,
    phrases,
)
from loaders.extract.funding.sentences import DE, RECIPIENT_GAP, FundingText
from loaders.extract.text import sentence_at
from loaders.record import Amount, Instrument

# Right after the amount, the noun it measures or a lending participle: "N euros de prêts",
# "N empruntés par X".
_INSTRUMENT_AFTER = re.compile(
    rf"\s*(?:(?:de|d['’])\s*(?P<noun>{INSTRUMENT_NOUNS})(?!\w)|,?\s*(?P<verb>{LENDING_STEMS})\w*)",
    re.IGNORECASE,
)
# A verb of lending or borrowing right before the amount: "a prêté N", "ont emprunté N", "a pris
# des participations pour N", "a souscrit à hauteur de N", "a emprunté à cette fin N", "a prêté
# en 2012 N".
_LENDING_BEFORE = re.compile(
    rf"(?<!\w){LENDING_STEMS}\w*\s+(?:à\s+cette\s+fin\s+|en\s+(?:19|20)\d\d\s+)?"
    r"(?:(?:pour|de|à\s+(?:hauteur|concurrence)\s+de)\s+)?$",
    re.IGNORECASE,
)
# What finances the amount, right after it: "finance sa part, soit N, par un emprunt contracté
# auprès de X", "soit N, est financée par un emprunt" (not "N à X, le solde étant financé par un
# emprunt": the loan pays for other money).
_FINANCED_BY = re.compile(
    r"\s*,?\s*(?:(?:est|sont|sera|seront|a\s+été|ont\s+été)\s+financée?s?\s+)?"
    rf"par\s+(?:un|une|des)\s+(?P<noun>{INSTRUMENT_NOUNS})(?!\w)",
    re.IGNORECASE,
)
# An instrument whose extent the amount gives later in its clause: "est entrée au capital de la
# société à concurrence de N", "une garantie sur le crédit à hauteur de N" (not a bare
# "participation", which "la participation de la Région à hauteur de N" shares in a financing).
_EXTENT_WORDS = re.compile(r"à\s+(?:concurrence|hauteur)\s+(?:de\s+|d['’]\s*)", re.IGNORECASE)
_INSTRUMENT_EXTENT = re.compile(
    rf"(?<!\w)(?!participations?\s+(?!au\s|en\s))(?:{INSTRUMENT_NOUNS})(?!\w)"
    rf"[^.;:,\d]{{0,80}}?\s+{_EXTENT_WORDS.pattern}$",
    re.IGNORECASE,
)
# An amount that only totals or endows ("… pour un total de N", "…, doté de N") names no noun
# of its own: it measures the last noun of money before it in its sentence, a loan or a grant
# ("214 prêts ont été accordés au secteur … pour un total de N", "le prêt « X », doté de N").
_TOTALLING = re.compile(
    r"(?:pour\s+un\s+(?:montant\s+)?total|doté(?:e|s|es)?|d['’]un\s+montant(?:\s+total)?)"
    r"\s+(?:de\s+|d['’]\s*)$",
    re.IGNORECASE,
)
# A noun of money, lent (`lent`) or given: the one a totalling amount measures.
_MONEY_NOUN = re.compile(
    rf"(?<!\w)(?:(?P<lent>{INSTRUMENT_NOUNS})|{MONEY_NOUNS})(?!\w)", re.IGNORECASE
)
# The noun phrase the amount measures: "un prêt de N", "un prêt subordonné de N", "un prêt
# d'aide extraordinaire de N", "un prêt de trésorerie de N", "2.725 prêts pour un montant total
# de N", "des participations pour N", "des garanties pour un encours de N".
_INSTRUMENT_BEFORE = re.compile(
    rf"(?<!\w){INSTRUMENT_NOUNS}"
    r"(?:\s+[^\W\d]+|\s+d['’]\s*[^\W\d]+(?:\s+[^\W\d]+)?|\s+de\s+[^\W\d]+)?"
    r"\s+(?:(?:pour\s+)?(?:un|une|le|la)\s+"
    r"(?:montant|somme|total|encours)\s+(?:total\s+|global\s+)?(?:de|d['’])|de|d['’]|pour)\s*$",
    re.IGNORECASE,
)
# The instrument the clause says the money takes, after the amount: "respectivement N et M, sous
# la forme d'avances remboursables" (the first "sous forme de" only).
_IN_THE_FORM_OF = re.compile(
    r"(?:(?!sous\s+(?:la\s+)?forme)[^.;:]){0,120}?sous\s+(?:la\s+)?forme\s+(?:de\s+|d['’]\s*)"
    rf"(?:(?:un|une|des)\s+)?(?P<noun>{INSTRUMENT_NOUNS})(?!\w)",
    re.IGNORECASE,
)
# An advance the amount measures, repaid as the words after it say: "une avance de trésorerie de
# N, remboursable à partir de 2025".
_ADVANCE_BEFORE = re.compile(
    r"(?<!\w)avances?(?:\s+de\s+[^\W\d]+)?\s+(?:de\s+|d['’]\s*)$", re.IGNORECASE
)
_REPAID_AFTER = re.compile(r"\s*,?\s*(?:remboursables?|récupérables?)(?!\w)", re.IGNORECASE)
# A share of an instrument restated as an amount: "une garantie de 75 % sur un crédit de N, soit
# M" (M is the guarantee).
_SHARE_RESTATED = re.compile(
    rf"(?<!\w)(?P<noun>{INSTRUMENT_NOUNS})\s+(?:de\s+|d['’]\s*)\d{{1,3}}(?:[,.]\d+)?\s*%"
    r"[^.;]{0,80}?,\s*soit\s+$",
    re.IGNORECASE,
)
# A "participation" that is a share of a financing, not a stake: "une participation financière
# de N", "la participation régionale de N" (`contribution-adjectives.txt`).
_CONTRIBUTION = re.compile(
    rf"participations?\s+{phrases('contribution-adjectives.txt').pattern}", re.IGNORECASE
)
_CAPITAL = rf"capital\s+{DE}"
# Where a stake is taken, after its amount: "N dans la SA X", "N dans le capital de X" (the
# latter alone makes the money a stake: `_INTO_CAPITAL`).
_STAKE_IN = re.compile(rf"\s*dans\s+(?:le\s+{_CAPITAL})?", re.IGNORECASE)
_INTO_CAPITAL = re.compile(rf"\s*(?:dans\s+le\s+{_CAPITAL}|en\s+capital(?!\w))", re.IGNORECASE)
# Who lends, after the amount (and its borrower): "N empruntés par X auprès de la BEI".
_LENDER = re.compile(rf"[^.;:\d]{{0,60}}?\bauprès\s+{DE}", re.IGNORECASE)
# Whom other money is asked of or obtained from, after the amount: "N sollicités auprès de X".
_ASKED_FROM = re.compile(
    rf"[^.;:\d]{{0,60}}?(?<!\w)(?:sollicit|obten|obtenu|demand|emprunt|contract|lev|reçu|perçu)\w*"
    rf"\s+auprès\s+{DE}",
    re.IGNORECASE,
)
# A noun of money given: a lead that names one gives grants, whatever loans it mentions.
_GRANTS = re.compile(rf"(?<!\w){GIVEN_NOUNS}(?!\w)", re.IGNORECASE)
# The instrument words of a list's lead: its nouns and lending verbs.
_LEAD_WORDS = re.compile(rf"(?<!\w)(?:{INSTRUMENT_NOUNS}|{LENDING_STEMS})(?!\w)", re.IGNORECASE)
# Whose capital a stake is taken in, before its amount: "est entrée au capital de X …".
_CAPITAL_OF = re.compile(rf"(?<!\w)(?:au|dans\s+le)\s+{_CAPITAL}", re.IGNORECASE)


def lead_instrument(doc: FundingText, lead: int) -> Instrument:
    """The instrument a list's lead names for its rows ("Novallia a accordé des prêts aux
    entreprises suivantes :", "… a pris les participations suivantes :"), when it names one
    kind only and no grant ("une aide aux communes suivantes, qui avaient contracté un prêt");
    a grant otherwise."""
    start, end = doc.sentences[lead]
    if _GRANTS.search(doc.text, start, end):
        return "grant"  # "Les subventions suivantes … pour couvrir les charges de leurs emprunts"
    named = {
        instrument_of(m.group(0))
        for m in _LEAD_WORDS.finditer(doc.text, start, end)
        if not _CONTRIBUTION.match(doc.text, m.start())
    }
    return named.pop() if len(named) == 1 else "grant"


def stake_holder(doc: FundingText, index: int, amount: Amount) -> str | None:
    """The body a stake is taken in: named right after the amount ("une participation de N dans
    la SA X", "N dans le capital de X") or between "au capital de" and the amount ("est entrée
    au capital de la SA X à concurrence de N"). Its capital receives the money."""
    start, _ = doc.sentences[index]
    capital = list(_CAPITAL_OF.finditer(doc.text, start, amount.start))
    cue = _STAKE_IN.match(doc.text, amount.end) or (capital[-1] if capital else None)
    return _named_after(doc, index, cue)


def had_from(doc: FundingText, index: int, amount: Amount, instrument: Instrument) -> str | None:
    """Whom the money is had from, named after "auprès de" after the amount: a loan's lender
    ("N empruntés par la SWL auprès de la BEI"); for other money, only after a verb of asking or
    obtaining ("N sollicités auprès de la SRIW", "un emprunt contracté auprès de X"), since
    "auprès de" also says with whom one works ("pour son action auprès de la SA X")."""
    cue = _LENDER if instrument == "loan" else _ASKED_FROM
    return _named_after(doc, index, cue.match(doc.text, amount.end))


def borrower(doc: FundingText, index: int, amount: Amount) -> str | None:
    """Who borrows an amount that a loan finances right after it ("Dinant finance sa part, soit
    N, par un prêt du Forem"): the body or town the sentence opens with, its subject."""
    if not _FINANCED_BY.match(doc.text, amount.end):
        return None
    opening = doc.opening(index)
    if (
        opening is None
        or opening.type not in ("organisation", "place")
        or opening.end > amount.start
    ):
        return None
    return opening.id


def _named_after(doc: FundingText, index: int, cue: re.Match[str] | None) -> str | None:
    """The party of sentence `index` named right after `cue`, only articles and titles
    between."""
    if cue is None:
        return None
    after = [m for m in doc.within(doc.recipients, index) if m.start >= cue.end()]
    if after and RECIPIENT_GAP.match(doc.text[cue.end() : after[0].start]):
        return after[0].id
    return None


def read_instrument(text: str, amount: Amount) -> Instrument:
    """How the amount's money reaches its recipient, by the instrument words of `frames.csv`:
    the noun right after it ("N euros de prêts") or a lending participle ("N empruntés par X"),
    money put "dans le capital de X" (a stake), the noun phrase it measures ("un prêt de N",
    "une prise de participation de N", "2.725 prêts pour un montant total de N"), a lending verb
    right before it ("a prêté N"), an instrument whose extent it gives ("entrée au capital de X
    à concurrence de N"), or, for an amount that only totals or endows, the last noun of money
    before it in its sentence (a loan's or a grant's). A grant otherwise."""
    after = _INSTRUMENT_AFTER.match(text, amount.end)
    if after:
        return instrument_of(after.group("noun") or after.group("verb"))
    financed = _FINANCED_BY.match(text, amount.end)
    if financed and not _CONTRIBUTION.match(text, financed.start("noun")):
        return instrument_of(financed.group("noun"))
    if _INTO_CAPITAL.match(text, amount.end):
        return "equity"  # "a investi N dans le capital de la société X"
    if _ADVANCE_BEFORE.search(
        text, max(0, amount.start - 40), amount.start
    ) and _REPAID_AFTER.match(text, amount.end):
        return "repayable_advance"  # "une avance de trésorerie de N, remboursable à partir de"
    restated = _SHARE_RESTATED.search(text, max(0, amount.start - 160), amount.start)
    if restated:
        return instrument_of(restated.group("noun"))  # "une garantie de 75 % …, soit M"
    form = _IN_THE_FORM_OF.match(text, amount.end)
    if form:
        return instrument_of(form.group("noun"))  # "N et M, sous la forme d'avances remboursables"
    # The amount's own words may hold its extent's ("à concurrence de 3 millions d'euros").
    extent = _EXTENT_WORDS.match(amount.text)
    for pattern, reach, head in (
        (_INSTRUMENT_BEFORE, 60, amount.start),
        (_LENDING_BEFORE, 60, amount.start),
        (_INSTRUMENT_EXTENT, 120, amount.start + (extent.end() if extent else 0)),
    ):
        before = pattern.search(text, max(0, amount.start - reach), head)
        if before and not _CONTRIBUTION.match(text, before.start()):
            return instrument_of(before.group(0))
    if not _TOTALLING.search(text, max(0, amount.start - 40), amount.start):
        return "grant"
    sentence_start, _ = sentence_at(text, amount.start)
    nouns = list(_MONEY_NOUN.finditer(text, max(sentence_start, amount.start - 250), amount.start))
    return instrument_of(nouns[-1].group("lent")) if nouns and nouns[-1].group("lent") else "grant"
