"""A loan taken out under another body's guarantee is two facts: the loan, and the guarantee
that body gives the borrower on the same sum ("la SWCS a emprunté 280 millions d'euros sous la
garantie de la Région", "un emprunt de 80 millions d'euros, couvert par la garantie de la
Région", "75 millions d'euros levés avec la garantie de la Région"), as the development golds
read them (held-out 19, 29 and 30). A guarantee with a sum of its own ("garanti par la Région à
hauteur de 100 millions d'euros") is that sum's fact, not a second one on the loan's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from loaders.extract.funding.funder import Institutions, party_at
from loaders.extract.funding.sentences import FundingText
from loaders.record import Amount, Funding

# The guarantee named after the loan's sum, then its giver: "avec la garantie de", "sous la
# garantie de", "couvert par la garantie de", "garanti par".
_GUARANTEE = re.compile(
    r"(?<!\w)(?:(?:avec|sous|moyennant)\s+(?:la\s+)?garantie\s+"
    r"|(?:couverte?s?|assortie?s?)\s+(?:par|de)\s+(?:la\s+|une\s+)?garantie\s+"
    r"|garantie?s?\s+(?=par\s))"
    r"(?:de\s+la\s+|du\s+|de\s+l['’]\s*|de\s+|d['’]\s*|par\s+(?:la\s+|le\s+|l['’]\s*)?)",
    re.IGNORECASE,
)
# A sum of its own right after the guarantor: "à hauteur de 100 millions d'euros" (not a share:
# "à hauteur de 75 %").
_OWN_SUM = re.compile(
    r"[^,;.]{0,40}?à\s+(?:hauteur|concurrence)\s+(?:de\s+|d['’]\s*)[\d.,\s\u00a0]+"
    r"(?!\s*(?:%|pour\s*cent))",
    re.IGNORECASE,
)
# A relative clause of possession between the loan and the guarantee speaks of other debts: "un
# prêt de N à la société X, dont les crédits bancaires sont garantis par la Région" (the loan's
# own clause is no other: "un emprunt de N que le Port a contracté …, avec la garantie de").
_RELATIVE = re.compile(r"(?<!\w)dont(?!\w)", re.IGNORECASE)


def guaranteed_loans(
    doc: FundingText, facts: list[Funding], amounts: Sequence[Amount], known: Institutions
) -> list[Funding]:
    """`facts` with the guarantee facts of the loans their clause says another body guarantees
    (the same sum, borrower, programme and period, that body as the funder); the guarantor is
    no lender of the loan ("garanti par la Région" is no agent of the lending)."""
    kept, extra = [], []
    for fact in facts:
        guarantor = _guarantor(doc, amounts[fact.amount], known)
        if fact.instrument != "loan" or guarantor is None or guarantor == fact.recipient:
            kept.append(fact)
            continue
        kept.append(replace(fact, funder=None) if fact.funder == guarantor else fact)
        extra.append(replace(fact, instrument="guarantee", funder=guarantor, part_of=None))
    return kept + extra


def _guarantor(doc: FundingText, amount: Amount, known: Institutions) -> str | None:
    """Who guarantees the loan of `amount`, named in its clause after it (before the next sum)."""
    index = doc.sentence_of(amount.start)
    _, end = doc.sentences[index]
    clause_end = doc.text.find(";", amount.end, end)
    end = clause_end if clause_end >= 0 else end
    end = min([a.start for a in doc.amounts if amount.end <= a.start < end] + [end])
    cue = _GUARANTEE.search(doc.text, amount.end, end)
    if (
        cue is None
        or _OWN_SUM.match(doc.text, cue.end())
        or _RELATIVE.search(doc.text, amount.end, cue.start())
    ):
        return None
    return party_at(doc, index, cue.end(), known)
