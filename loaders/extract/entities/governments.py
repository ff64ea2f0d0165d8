"""The government a page's "le Gouvernement" names: its parliament's own.

A Walloon answer's "le Gouvernement a décidé", "soumis au Gouvernement" name the Walloon
Government, as every annotator of the blind corpora read it (tests/corpus/README.md, ruling of
session 14); "le Gouvernement fédéral", "le Gouvernement de la Communauté française", "le
Gouvernement Di Rupo" name another or are left to the other rules. Which government is the
parliament's is reference data (`funding/governments.csv`), so the rule runs once the record's
parliament is known (`extract_facts`), not inside the recogniser, which reads a text alone.
"""

from __future__ import annotations

import re

from loaders.extract.entities.adjectives import of_origin
from loaders.record import Entity, Mention, Part

# "le Gouvernement", "du Gouvernement", "au Gouvernement" with neither a complement ("de la
# Communauté …") nor a capitalised name ("Gouvernement Di Rupo") after it; the word after it
# is checked for an adjective of origin or "fédéral" (`_another`).
_BARE_GOVERNMENT = re.compile(
    r"(?<![\w-])(?:[Ll]e|[Dd]u|[Aa]u)\s+(Gouvernement)(?![\w-])"
    r"(?!\s+(?:de|du|des|d['’])(?![\w-]))(?!\s+[A-ZÀ-Ý])\s*([^\W\d]*)"
)


def _another(adjective: str) -> bool:
    """ "fédéral", "flamand", "bruxellois": the word after "Gouvernement" names another one."""
    word = adjective.lower()
    return word.startswith("fédéra") or of_origin(word)


def bare_governments(
    text: str, part: Part, government: Entity, taken: list[Mention]
) -> list[Mention]:
    """A mention of `government` (the parliament's own) for each "le Gouvernement" of `text`
    that names no other government and no mention already covers."""
    found = []
    for match in _BARE_GOVERNMENT.finditer(text):
        start, end = match.span(1)
        if _another(match.group(2)) or any(
            m.part == part and m.start < end and start < m.end for m in taken
        ):
            continue
        found.append(
            Mention(
                "organisation",
                government.label,
                government.id,
                part,
                start,
                end,
                text[start:end],
                "gazetteer",
                0.75,
            )
        )
    return found
