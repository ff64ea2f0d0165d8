"""What the money is for: a verb phrase or a noun phrase introduced by a cue of purpose.

Cues: "pour la formation …", "destinés à …", "consacrés à …", "a permis d'agrandir …", "afin
de …", "en vue de …", "visant à …", and the indirect object of a verb of dedicating, "consacre
35 millions d'euros à la connexion …". What follows a cue is not a purpose when it is:
- a recipient ("pour le CDC Technocité") or a period ("pour 2023", "pour la même période");
- a scope rather than an aim ("pour l'ensemble du réseau", "pour chaque commune");
- a prepositional locution ("consacrés au titre du plan", "à hauteur de", "au profit de"),
  which introduces a source, a share or a beneficiary;
- inside a name: "pour" in "Plan national pour la reprise et la résilience" is part of the
  programme's name, and its tail is no purpose.
"""

from __future__ import annotations

import re

from loaders.extract.funding.frames import DEDICATING_STEMS, participle
from loaders.extract.funding.sentences import DETERMINER, RECIPIENT_GAP, TO, FundingText

_PURPOSE_CUE = re.compile(
    r"(?<!\w)(?:pour(?!\w)(?!\s+(?:un|une)\s+(?:montant|total|somme|budget|enveloppe)"
    r"|\s+(?:la|cette)\s+(?:même\s+)?période|\s+l['’]\s*(?:année|exercice)"
    r"|\s+(?:l['’]\s*ensemble|la\s+totalité|chacune?|chaque|tou(?:te)?s\s+les)(?!\w))"
    rf"|{participle(DEDICATING_STEMS)}\s+(?:à|aux|au)(?!\w)"
    r"|(?:a|ont|aura|auront|va|vont)?\s*(?:permis|permet\w*|servi\w*)\s+(?=d)"
    r"|afin\s+(?=d)|en\s+vue\s+(?=d)|visant\s+à|vise\s+à)\s*",
    re.IGNORECASE,
)
# An active verb of dedicating before the amount: "consacre", "a affecté", "réservera".
_DEDICATING_VERB = re.compile(rf"(?<!\w){DEDICATING_STEMS}\w*", re.IGNORECASE)
# The body runs to a clause's end (a question's mark too), past a number's inner dots
# ("rénovation de 1.612 logements").
_PURPOSE_BODY = re.compile(
    r"(?:d['’]\s*|de\s+|du\s+|des\s+)?(?P<body>(?:[^,;:.()?!]|(?<=\d)[.,](?=\d)){3,200})"
)
# The rest of an enumeration of noun phrases the body opens: ", la formation et le soutien …".
_DETERMINED = r"(?:la|le|les|l['’]|des|du|de\s+la|de\s+l['’])\s*"
_ENUMERATION = re.compile(
    rf"(?:,\s*{_DETERMINED}[^,;:.()]{{2,60}}?)*\s*,?\s+(?:et|ainsi\s+que)\s+{_DETERMINED}"
    r"(?:[^,;:.()]|(?<=\d)[.,](?=\d)){2,80}",
    re.IGNORECASE,
)
# "au titre de", "à hauteur de", "au profit de": locutions, not the object of the cue.
_LOCUTION = re.compile(
    r"(?:titre|hauteur|profit|bénéfice|charge|concurrence|raison|travers|moyen|intention"
    r"|destination)\s+(?:de|d['’]|du|des)(?!\w)",
    re.IGNORECASE,
)
_YEARS = re.compile(r"\s+en\s+(?:19|20)\d\d(?:\s+et\s+(?:19|20)\d\d)?(?!\d)")
_AND = re.compile(r"\s*(?:,|et|ainsi\s+que)?\s*$")
_TAIL = re.compile(r"\s+(?:dont|sur\s+la\s+même\s+période)(?!\w)")


def purpose(doc: FundingText, index: int, after: int) -> str | None:
    """The purpose of sentence `index`, preferring one stated after position `after`."""
    purposes: list[tuple[int, str]] = []
    for cue_start, cue_end in _cues(doc, index):
        if any(m.start <= cue_start < m.end for m in doc.mentions):
            continue  # a word of a name, "Plan national pour la reprise"
        text = _object(doc, cue_end, doc.sentences[index][1])
        if text is not None:
            purposes.append((0 if cue_start >= after else 1, text))
    return min(purposes, key=lambda p: p[0])[1] if purposes else None


def _cues(doc: FundingText, index: int) -> list[tuple[int, int]]:
    """(start, end) of each cue of purpose in sentence `index`, in text order."""
    start, end = doc.sentences[index]
    cues = [m.span() for m in _PURPOSE_CUE.finditer(doc.text, start, end)]
    verb = _DEDICATING_VERB.search(doc.text, start, end)
    for amount in doc.amounts:
        to = TO.match(doc.text, amount.end, end)
        if verb and verb.start() < amount.start and start <= amount.start < end and to:
            cues.append((amount.end, to.end()))
    return sorted(cues)


def _object(doc: FundingText, position: int, end: int) -> str | None:
    """The phrase a cue introduces at `position`, trimmed; None when it is no purpose. It ends
    before the next amount ("pour le parc et 2 millions pour la voirie")."""
    cut = min([a.start for a in doc.amounts if position < a.start < end] + [end])
    end = position + len(_AND.sub("", doc.text[position:cut]))
    body = _PURPOSE_BODY.match(doc.text, position, end)
    if not body:
        return None
    b_start = body.start("body")
    # "pour la recherche, la formation et le soutien aux entreprises": the whole enumeration.
    listed = _ENUMERATION.match(doc.text, body.end(), end)
    stop = listed.end() if listed else body.end()
    if any(
        m.start >= b_start and RECIPIENT_GAP.match(doc.text[b_start : m.start])
        for m in (*doc.recipients, *doc.sources)
    ) or any(p.start <= b_start < p.end for p in doc.periods):
        return None  # "pour le CDC Technocité" is a recipient, "au Plan P" a source, "pour 2023"
    text = DETERMINER.sub("", doc.text[b_start:stop]).strip()
    if _LOCUTION.match(text):
        return None
    text = _TAIL.split(_YEARS.sub("", text))[0]
    return text if len(text) >= 3 else None
