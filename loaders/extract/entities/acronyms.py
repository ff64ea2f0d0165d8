"""Acronym definitions, "Plan de relance de la Wallonie (PRW)": the acronym becomes an alias of
the entity its long form names, for the rest of the document.

The long form is the shortest run of words before the parentheses whose initials spell the
acronym. A long form the gazetteer does not know but whose head noun says what it is ("Agence …",
"Plan …") becomes a new entity; any other is left alone, since an unknown acronym of unknown kind
would only add noise.
"""

from __future__ import annotations

import re

from loaders.extract.entities.heads import HEADS_FILE, ORGANISATION_HEADS
from loaders.extract.entities.patterns import level_of
from loaders.extract.entities.reader import PartReader
from loaders.extract.text import exact_key, sentence_at, word_lists, words
from loaders.ids import mint, slug
from loaders.record import Entity, MentionType

STOPWORDS = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "pour", "à", "au", "aux"}
ORG_HEADS = word_lists(HEADS_FILE)["defined_organisation_heads"]
PROGRAMME_HEADS = word_lists(HEADS_FILE)["defined_programme_heads"]

_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z0-9&.+]*[A-Z][A-Za-z0-9&.+]*)\s*\)")


def initials_fit(letters: str, initials: list[tuple[str, bool]]) -> bool:
    """Whether acronym letters are the initials in order: every content word gives its initial,
    stopwords may give theirs or not ("Agence du Numérique" is AdN, "Plan de relance" is PR)."""
    if not initials:
        return not letters
    (initial, is_stop), rest = initials[0], initials[1:]
    if letters and initial == letters[0] and initials_fit(letters[1:], rest):
        return True
    return is_stop and initials_fit(letters, rest)


def read_acronyms(reader: PartReader) -> None:
    """Every "(ACRONYM)" whose long form precedes it in the same sentence."""
    text = reader.text
    for match in _ACRONYM.finditer(text):
        acronym = match.group(1)
        letters = "".join(c.lower() for c in acronym if c.isalpha())
        start, _ = sentence_at(text, match.start())
        spans = words(text[start : match.start()])
        for size in range(1, min(len(spans), 2 * len(letters) + 4) + 1):
            chosen = spans[-size:]
            first = text[start + chosen[0][0] : start + chosen[0][1]]
            if first.lower() in STOPWORDS:
                continue
            initials = [
                (w[0].lower(), w.lower() in STOPWORDS)
                for w in (text[start + s : start + e] for s, e in chosen)
            ]
            if initials_fit(letters, initials):
                _define(reader, acronym, start + chosen[0][0], start + chosen[-1][1])
                reader.definitions.append(match.span(1))
                break


# "la MWP (maison wallonne de la pêche)": an acronym, then its long form in parentheses.
_ACRONYM_FIRST = re.compile(
    r"(?<![\w-])([A-Z][A-Za-z0-9&+]*[A-Z][A-Za-z0-9&+]*)\s*\(\s*([^()]{4,150}?)\s*\)"
)


def read_expansions(reader: PartReader) -> None:
    """Every "ACRONYM (long form)" whose long form's initials spell the acronym, in any case;
    the long form is a name of the kind its head noun says (kept as written, capitalised)."""
    text = reader.text
    for match in _ACRONYM_FIRST.finditer(text):
        acronym, start, end = match.group(1), match.start(2), match.end(2)
        letters = "".join(c.lower() for c in acronym if c.isalpha())
        spans = words(match.group(2))
        initials = [
            (match.group(2)[s].lower(), match.group(2)[s:e].lower() in STOPWORDS) for s, e in spans
        ]
        if not spans or reader.known.get(exact_key(acronym)) or not initials_fit(letters, initials):
            continue
        if reader.gazetteer.lookup(acronym):
            continue  # a known acronym: the reference's reading stands
        _define(reader, acronym, start, end)
        reader.definitions.append((start, end))


def _define(reader: PartReader, acronym: str, start: int, end: int) -> None:
    long_form = reader.text[start:end]
    head, *rest = long_form.split(maxsplit=1)
    plural = f"{head}s {rest[0]}" if rest else f"{head}s"
    found = reader.gazetteer.lookup(long_form) or reader.gazetteer.lookup(plural)
    if found:
        reader.known[exact_key(acronym)] = found[0]
        return
    kind: MentionType
    head = head.split(".")[0]  # "féd.sportive": an abbreviated head
    if head.lower() in ORG_HEADS:
        kind = "organisation"
    elif head.lower() in PROGRAMME_HEADS:
        kind = "programme"
    else:
        return
    entity = reader.make(
        Entity(
            mint(kind, slug(long_form)),
            kind,
            _capitalised(" ".join(long_form.split())),
            aliases=[acronym],
            classification=ORGANISATION_HEADS.get(head[:1].upper() + head[1:])
            if kind == "organisation"
            else None,
            level=level_of(long_form) if kind == "programme" else None,
            source="text",
        )
    )
    reader.known[exact_key(acronym)] = entity
    reader.mention(entity, start, end, "acronym-definition", 0.7)


def _capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]
