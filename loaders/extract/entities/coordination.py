"""Names listed with bodies are bodies: "à l'égard de Natagora, AVES et RNOB".

A list joins things of one kind: an acronym or a capitalised name that no rule read, written in
a list ("," "et" "ou") right next to an organisation the text names, is an organisation too.
Only names are taken: an acronym of two letters or more, or a word with a capital inside
("InterMIRE"); never a place, a person, a party, nor a class of things (after a plural
determiner: "le FOREm et les CPAS"). Capitalised words alone are too often persons ("M.
Stéphane Moreau") or places to be read this way.
"""

from __future__ import annotations

import re

from loaders.extract.entities.institutions import institution_words
from loaders.extract.entities.kinds import LEGAL_FORMS, is_party
from loaders.extract.entities.lookup import PLURAL_DETERMINERS
from loaders.extract.entities.patterns import organisation_at
from loaders.extract.entities.reader import PartReader, previous_word

_ITEM = r"([A-ZÀ-Ý][\w&'’.-]*)"
_LINK = r"(?:\s*,\s*|\s+et\s+|\s+ou\s+)(?:(?:la|le)\s+|l['’]\s*)?"
_AFTER = re.compile(_LINK + _ITEM)
_BEFORE = re.compile(_ITEM + _LINK + r"$")
# An acronym ("AVES", "RNOB") or a name with a capital inside ("InterMIRE"): capitalised words
# alone may be persons ("M. Stéphane Moreau") or places.
_NAME = re.compile(r"[A-Z][A-Z0-9&-]+|[A-Z][a-zà-ÿ]+[A-Z][\w-]*")


def read_listed_bodies(reader: PartReader) -> None:
    """Names in a list beside a named organisation, on both sides, item by item."""
    for found in [m for m in reader.mentions if m.type == "organisation"]:
        position = found.end
        while (item := _AFTER.match(reader.text, position)) is not None:
            if not _take(reader, item.start(1), item.end(1)):
                break
            position = item.end(1)
        start = found.start
        while (item := _BEFORE.search(reader.text, max(0, start - 80), start)) is not None:
            if not _take(reader, item.start(1), item.end(1)):
                break
            start = item.start(1)


def _take(reader: PartReader, start: int, end: int) -> bool:
    """Read the item as a body if it is a name nobody read; whether the list goes on through it
    (it does through a body already known)."""
    text = reader.text
    covering = [m for m in reader.mentions if m.start < end and start < m.end]
    if covering:
        return all(m.type == "organisation" for m in covering)
    name = text[start:end]
    before = previous_word(text, start)
    if (
        not _NAME.fullmatch(name)
        or name in LEGAL_FORMS  # "X et l'ASBL Y": the legal form of the next name
        or before in PLURAL_DETERMINERS
        or before in institution_words("person_titles")
        or is_party(name)
    ):
        return False
    organisation_at(reader, start, end, None)
    return any(m.start == start and m.type == "organisation" for m in reader.mentions)
