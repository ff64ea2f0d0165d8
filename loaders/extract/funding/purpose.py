"""What the money is for: the phrase after a cue of purpose ("pour la formation …", "destinés
à …", "a permis d'agrandir …", "afin de …", "en vue de …").

"pour le CDC Technocité" names a recipient and "pour 2023" a period: neither is a purpose.
"""

from __future__ import annotations

import re

from loaders.extract.funding.sentences import DETERMINER, RECIPIENT_GAP, FundingText

_PURPOSE_CUE = re.compile(
    r"(?<!\w)(?:pour(?!\w)(?!\s+(?:un|une)\s+(?:montant|total|somme|budget|enveloppe)"
    r"|\s+(?:la|cette)\s+(?:même\s+)?période|\s+l['’]\s*(?:année|exercice))"
    r"|(?:destin|consacr|affect|réserv|dédi)[ée]e?s?\s+(?:à|aux|au)(?!\w)"
    r"|(?:a|ont|aura|auront|va|vont)?\s*(?:permis|permet\w*|servi\w*)\s+(?=d)"
    r"|afin\s+(?=d)|en\s+vue\s+(?=d)|visant\s+à|vise\s+à)\s*",
    re.IGNORECASE,
)
_PURPOSE_BODY = re.compile(r"(?:d['’]\s*|de\s+|du\s+|des\s+)?(?P<body>[^,;:.()]{3,200})")
_YEARS = re.compile(r"\s+en\s+(?:19|20)\d\d(?:\s+et\s+(?:19|20)\d\d)?(?!\d)")
_TAIL = re.compile(r"\s+(?:dont|sur\s+la\s+même\s+période)(?!\w)")


def purpose(doc: FundingText, index: int, after: int) -> str | None:
    """The purpose of sentence `index`, preferring one stated after position `after`."""
    start, end = doc.sentences[index]
    purposes: list[tuple[int, str]] = []
    for cue in _PURPOSE_CUE.finditer(doc.text, start, end):
        body = _PURPOSE_BODY.match(doc.text, cue.end(), end)
        if not body:
            continue
        b_start = body.start("body")
        if any(
            m.start >= b_start and RECIPIENT_GAP.match(doc.text[b_start : m.start])
            for m in doc.recipients
        ) or any(p.start <= b_start < p.end for p in doc.periods):
            continue  # "pour le CDC Technocité" is a recipient; "pour 2023" a period
        text = DETERMINER.sub("", body.group("body")).strip()
        text = _TAIL.split(_YEARS.sub("", text))[0]
        if len(text) >= 3:
            purposes.append((0 if cue.start() >= after else 1, text))
    return min(purposes, key=lambda p: p[0])[1] if purposes else None
