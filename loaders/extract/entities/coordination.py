"""Names listed with bodies are bodies: "à l'égard de Natagora, AVES et RNOB".

A list joins things of one kind: an acronym or a capitalised name that no rule read, written in
a list ("," "et" "ou") right next to an organisation the text names, is an organisation too.
Only names are taken: an acronym of two letters or more, or a word with a capital inside
("InterMIRE"); never a place, a person, a party, nor a class of things (after a plural
determiner: "le FOREm et les CPAS"). Capitalised words alone are too often persons ("M.
Stéphane Moreau") or places to be read this way, unless a plural kind noun announces the list
("les deux sociétés de logement …, Logivesdre et Ourthe-Amblève Logement"): the noun says what
its items are.
"""

from __future__ import annotations

import re

from loaders.extract.entities.institutions import institution_words
from loaders.extract.entities.kinds import KIND_NOUNS, is_party
from loaders.extract.entities.lookup import PLURAL_DETERMINERS
from loaders.extract.entities.patterns import LEGAL_FORMS, organisation_at
from loaders.extract.entities.reader import PartReader, previous_word
from loaders.extract.text import alternation, sentence_at

# A capitalised word, the links of a list ("," "et" "ou") and the article an item may take:
# both readers below build their patterns from these.
_WORD = r"[A-ZÀ-Ý][\w&'’.-]*"
_SEPARATOR = r"\s*,\s*|\s+(?:et|ou)\s+"
_ARTICLE = r"(?:(?:le|la|les)\s+|l['’]\s*)?"
_LINK = rf"(?:{_SEPARATOR}){_ARTICLE}"
_AFTER = re.compile(rf"{_LINK}({_WORD})")
_BEFORE = re.compile(rf"({_WORD}){_LINK}$")
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
        or _of_a_person(text, start, end)
        or is_party(name)
    ):
        return False
    organisation_at(reader, start, end, None)
    return any(m.start == start and m.type == "organisation" for m in reader.mentions)


def _of_a_person(text: str, start: int, end: int) -> bool:
    """A title of person before the item or opening it ("M. Dupont", "Mme Martin")."""
    titles = institution_words("person_titles")
    first = text[start:end].split()[0].rstrip(".").lower()
    return first in titles or previous_word(text, start) in titles


# "les deux sociétés de logement … les plus touchées, Logivesdre et Ourthe-Amblève Logement,":
# a plural kind noun, its complements, then a colon or a comma and the names it announces.
_PLURAL_KIND = re.compile(
    rf"(?<![\w-]){alternation(k for k in KIND_NOUNS if ' ' not in k)}[sx]?(?![\w-])"
    r"[^,:;.()«»]{0,80}?\s*[,:]\s*"
)
_ARTICLE_AT = re.compile(_ARTICLE)
# Capitalised words joined by small words, never by "et" or "ou", which join the items.
_ITEM_AT = re.compile(rf"{_WORD}(?:[ \t]+(?:(?:de|du|des|d['’]|la|le|les|l['’])[ \t]*)?{_WORD})*")
_ITEM_LINK = re.compile(_SEPARATOR)


def read_announced_bodies(reader: PartReader) -> None:
    """The names a plural kind noun announces, in a list of two or more closed by "et" or "ou":
    each is a body of that kind, even a single capitalised word, since the noun says what they
    are. A place, a person or a party in the list ends it."""
    text = reader.text
    for kind in _PLURAL_KIND.finditer(text):
        noun = kind.group(0).split()[0].rstrip(",:")
        singular = noun[:-1] if noun[-1:] in ("s", "x") else ""
        if singular not in KIND_NOUNS:
            continue
        for start, end in _announced(reader, kind.end(), sentence_at(text, kind.start())[1]):
            found = [m for m in reader.mentions if m.start < end and start < m.end]
            if any(m.type != "organisation" for m in found) or is_party(text[start:end]):
                break
            if _of_a_person(text, start, end):
                break  # "M. Dupont et Mme Martin": persons
            if not found:
                organisation_at(reader, start, end, KIND_NOUNS[singular])


def _announced(reader: PartReader, position: int, sentence_end: int) -> list[tuple[int, int]]:
    """The spans of the list of names at `position`, when "et" or "ou" closes it (else none):
    each item is a name read there already or capitalised words, after an optional article."""
    text = reader.text
    items: list[tuple[int, int]] = []
    last = False
    while position < sentence_end:
        article = _ARTICLE_AT.match(text, position)
        start = article.end() if article else position
        read = [m.end for m in reader.mentions if m.start == start]
        item = _ITEM_AT.match(text, start)
        if read:
            items.append((start, max(read)))
        elif item is not None:
            items.append(item.span())
        else:
            return []
        if last:
            return items
        link = _ITEM_LINK.match(text, items[-1][1])
        if link is None:
            return []
        position = link.end()
        last = link.group(0).strip() in {"et", "ou"}
    return []
