"""Schemes the reference knows by a common noun phrase, read where a cue makes them a scheme.

Walloon land and urban policies are written in lower case with no scheme head: "au titre de la
rénovation urbaine", "1,64 million d'euros … de subventions de revitalisation urbaine", "au titre
des sites à réaménager". By form alone each is a common noun phrase ("des projets de rénovation
urbaine cohérents", "en charge de la rénovation urbaine"), so the reference lists them with a
capital and case-sensitive ("=Rénovation urbaine", `programmes.csv`), and this rule reads the
lower-case phrase as the programme only right after a cue that places money or an operation
under a scheme: a source cue ("au titre de la", "dans le cadre des"), or a noun of money or of
an operation and "de" ("subventions de", "l'opération de"). The cue words are data
(`context-words.json`: `scheme_source_cues`, `policy_nouns`). Once a cue has made the phrase the
scheme, its other occurrences in the part name the scheme too.
"""

from __future__ import annotations

import re

from loaders.extract.entities.reader import PartReader
from loaders.extract.text import alternation, context_words, words
from loaders.record import Entity

_CUE = re.compile(
    rf"(?<!\w)(?:{alternation(context_words('scheme_source_cues'))}\s+"
    r"(?:de\s+la|de\s+l['’]|du|des|d['’]|de)"
    rf"|{alternation(context_words('policy_nouns'))}s?\s+(?:de\s+la|de\s+l['’]|du|des|d['’]|de))"
    r"\s*",
    re.IGNORECASE,
)
_LONGEST = 6  # words of the longest phrase tried


def read_cued_policies(reader: PartReader) -> None:
    """The longest lower-case phrase after a cue whose capitalised form is a programme of the
    reference, where no other rule read a name."""
    text = reader.text
    for cue in _CUE.finditer(text):
        start = cue.end()
        if start >= len(text) or not text[start].islower():
            continue
        spans = words(text[start : start + 120])[:_LONGEST]
        for _, end in reversed(spans):
            phrase = text[start : start + end]
            found = [
                e
                for e in reader.gazetteer.lookup(phrase[0].upper() + phrase[1:])
                if e.type == "programme"
            ]
            if found and not reader.named_over(start, start + end):
                reader.mention(found[0], start, start + end, "gazetteer", 0.8)
                _repeated(reader, phrase, found[0])
                break


def _repeated(reader: PartReader, phrase: str, scheme: Entity) -> None:
    """Every other occurrence in the part of a phrase a cue made a scheme, before or after it:
    once the text names its scheme so, the same words name it elsewhere too ("la part du plan
    grand froid destinée aux relais sociaux se répartit comme suit")."""
    for match in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", reader.text):
        if not reader.named_over(match.start(), match.end()):
            reader.mention(scheme, match.start(), match.end(), "gazetteer", 0.7)
