"""Gazetteer lookup: the longest known name first, never two mentions of one type over the same
text, then the acronyms the document defined.

Acronyms and place names are case-sensitive; place names that are also common words ("Spa",
"Ans") need a locative cue before them; a place glued to a hyphen ("Mons-Borinage") or named in
a street ("rue de Namur") is not the place. An area followed by an adjective of position
("le Hainaut occidental", "la Flandre orientale") names another area than the one in the
gazetteer, and is left out rather than read as its larger namesake.

Organisation names are proper names: a plural short form of one ("Centres de compétence" for
"Réseau des Centres de compétence") after a plural or demonstrative determiner ("les centres de
compétence", "des", "aux", "ces") is the common noun, things of that kind, not the organisation.
"""

from __future__ import annotations

import re
from functools import cache

from loaders.extract.entities.institutions import institution_words
from loaders.extract.entities.places import given_as_example
from loaders.extract.entities.reader import PartReader, previous_word
from loaders.extract.text import CELL_GAP, alternation, context_words, exact_key, words
from loaders.record import Entity

CUES = {"à", "a", "de", "d", "du", "sur", "vers", "entre", "commune", "ville", "entité", "localité"}
SINGULAR = {"le", "du", "au", "ce", "cet", "son", "notre", "leur"}
# Determiners before a plural noun: what follows is a class of things, not a proper name.
PLURAL_DETERMINERS = {"les", "des", "aux", "ces", "ses", "nos", "vos", "leurs", "plusieurs"}
PLURAL_DETERMINERS |= {"certains", "certaines", "quelques", "divers", "diverses", "différents"}
PLURAL_DETERMINERS |= {"tous", "toutes", "deux", "trois", "quatre", "cinq", "six", "dix"}
# Places that are areas: a qualifying adjective after one makes it a different area.
AREAS = {"province", "region", "country"}
_POSITION = re.compile(
    rf"\s+{alternation(context_words('position_adjectives'))}(?:e|es|aux)?(?!\w)", re.IGNORECASE
)

_STREET = re.compile(
    rf"\b{alternation(context_words('street_nouns'))}\s+(?:de\s+|d'|d’|du\s+)$", re.IGNORECASE
)
_STREET_OF = re.compile(
    rf"\b{alternation(context_words('street_nouns'))}\s+(?:de\s+la\s+|de\s+l['’]\s*|des\s+)$",
    re.IGNORECASE,
)


def _village_square(street: str, entity: Entity) -> bool:
    """ "la place de Taintignies": a square named after a former municipality is that
    village's square, in it, where "la rue de Namur" leads to Namur (`square_nouns`)."""
    noun = street.split()[0].lower()
    return noun in context_words("square_nouns") and entity.classification == "former_municipality"


def in_a_street(text: str, start: int) -> bool:
    """Whether the name at `start` ends a street's name ("rue de Namur", "la rue du Centre à
    Baillonville", "place de la Gare"): the street, neither the place nor a body."""
    before = text[max(0, start - 25) : start]
    return bool(_STREET.search(before) or _STREET_OF.search(before))


# A hyphen and a letter right after a name of several words: the last word goes on.
_HYPHEN_GOES_ON = re.compile(r"-[^\W\d]")


def read_names(reader: PartReader) -> None:
    """Walk the words, taking at each the longest name that fits."""
    spans = words(reader.text)
    index = 0
    while index < len(spans):
        index += _match_at(reader, spans, index) or 1


def _match_at(reader: PartReader, spans: list[tuple[int, int]], index: int) -> int:
    """Longest gazetteer name first; then an acronym the document defined; then one word."""
    start, first_end = spans[index]
    first = reader.text[start:first_end]
    gazetteer = reader.gazetteer
    longest = 0
    for _, end in spans[index : index + gazetteer.max_words]:
        if not gazetteer.may_start(reader.text[start:end]):
            break
        longest += 1
    for size in range(longest, 1, -1):
        if _gazetteer_match(reader, start, spans[index + size - 1][1], size):
            return size
    defined = reader.known.get(exact_key(first))
    if defined is not None:
        if not any(s <= start < e for s, e in reader.definitions):
            _defined_mention(reader, defined, start, first_end)
        return 1
    return 1 if _gazetteer_match(reader, start, first_end, 1) else 0


def _gazetteer_match(reader: PartReader, start: int, end: int, size: int) -> bool:
    if size > 1 and _HYPHEN_GOES_ON.match(reader.text, end):
        return False  # "l'Université de Mons-Hainaut" is not the "Université de Mons"
    for entity in reader.gazetteer.lookup(reader.text[start:end]):
        if _inside_a_definition(reader, entity, start, end):
            return True  # "le Plan X et Y (PXY)": the defined long form, not the known "Plan X"
        if _acceptable(reader, entity, start, end):
            confidence = 1.0 if size > 1 else 0.9
            if reader.gazetteer.needs_cue(entity.id):
                confidence = 0.75
            reader.mention(entity, start, end, "gazetteer", confidence)
            return True
    return False


def _inside_a_definition(reader: PartReader, entity: Entity, start: int, end: int) -> bool:
    """A name of the same kind inside a long form an acronym defined (read before this)."""
    return any(
        m.type == entity.type
        and m.start <= start
        and end <= m.end
        and (m.start, m.end) != (start, end)
        for m in reader.mentions
    )


def _defined_mention(reader: PartReader, entity: Entity, start: int, end: int) -> None:
    """A defined acronym; a class name after a singular determiner ("le CDC") is the
    competence centre the text is about, not the whole network; after a plural determiner ("les
    CDC", "aux CDC") it is things of that kind, no one organisation."""
    if (
        previous_word(reader.text, start) in PLURAL_DETERMINERS
        and entity.classification == "network"
    ):
        return
    if entity.classification == "network" and previous_word(reader.text, start) in SINGULAR:
        centre = reader.last(start, "centre")
        if centre is not None:
            reader.mention(centre, start, end, "acronym-definition", 0.7)
            return
    reader.mention(entity, start, end, "acronym-definition", 0.85)


def _acceptable(reader: PartReader, entity: Entity, start: int, end: int) -> bool:
    if entity.type == "organisation":
        return not _common_noun(reader, entity, start, end)
    if entity.type != "place":
        return True
    text = reader.text
    if entity.classification in AREAS and _POSITION.match(text, end):
        return False
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum():
        return False
    if end + 1 < len(text) and text[end] == "-" and text[end + 1].isalnum():
        return False
    street = _STREET.search(text[max(0, start - 20) : start])
    if street is not None and not _village_square(street.group(0), entity):
        return False
    if _inside_a_non_place(text, start, end) or (
        text[start].isupper() and _named_feature(text, start)
    ):
        return False
    if not reader.gazetteer.needs_cue(entity.id) or previous_word(text, start) in CUES:
        return True
    return (
        _listed_with_a_place(reader, start)
        or _below_a_place(reader, entity, start)
        or given_as_example(text, start)
    )


_LIST_LINK = re.compile(r"(?:\s*,\s*|\s+(?:et|ou)\s+)$")


def _listed_with_a_place(reader: PartReader, start: int) -> bool:
    """ "comme l'ont fait Dinant et Rochefort": a name listed right after a place shares its
    reading, as a list joins things of one kind; the place before has its cue or needs none."""
    link = _LIST_LINK.search(reader.text, max(0, start - 6), start)
    return link is not None and any(
        m.type == "place" and m.end == link.start() for m in reader.mentions
    )


_CELL_GAP = re.compile(CELL_GAP)


def _below_a_place(reader: PartReader, entity: Entity, start: int) -> bool:
    """A municipality as a table row's first cell under a row whose first cell is a place
    ("Trooz    1.030", then "Limbourg    780"): a column holds things of one kind, as a list
    does (a village's common word, "Lavoir", needs more than that)."""
    text = reader.text
    line_start = text.rfind("\n", 0, start)
    if entity.classification != "municipality" or line_start < 0 or text[line_start:start].strip():
        return False
    above = text.rfind("\n", 0, line_start)
    return any(
        m.type == "place"
        and above < m.start < line_start
        and not text[above + 1 : m.start].strip()
        and _CELL_GAP.match(text, m.end) is not None
        for m in reader.mentions
    )


_ARTICLE_OF = r"(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+)"
# "de" with or without its article, before a name: "de la", "du", "des", "de", "d'".
OF = rf"(?:{_ARTICLE_OF}|de\s+|d['’]\s*)"
_LISTED = rf"(?:[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*\s*(?:,|\bet\b)\s*{OF})*"


@cache
def _before_a_place() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Patterns of what precedes a place name that is part of another name: a building's
    dedication ("l'église Saint-Martin") and a natural feature's name, after an article ("le
    plateau des Tailles", "les vallées de la Vesdre, de l'Ourthe et de l'Amblève") or a
    capitalised noun ("la Forêt d'Anlier", "Landes des Tailles"); "la grotte de Han-sur-Lesse"
    says where the feature is, and the village stays a place."""
    nouns = institution_words("feature_nouns")
    dedications = alternation(institution_words("dedication_nouns"))
    capitalised = alternation(noun[:1].upper() + noun[1:] for noun in nouns)
    return (
        re.compile(rf"\b(?i:{dedications})\s+$"),
        re.compile(rf"\b(?i:{alternation(nouns)})\s+{_ARTICLE_OF}{_LISTED}$"),
        re.compile(rf"\b{capitalised}\s+{OF}{_LISTED}$"),
    )


def _named_feature(text: str, start: int) -> bool:
    before = text[max(0, start - 120) : start]
    dedication, feature, proper_feature = _before_a_place()
    return bool(
        dedication.search(before[-30:]) or feature.search(before) or proper_feature.search(before)
    )


def _inside_a_non_place(text: str, start: int, end: int) -> bool:
    """ "les lacs de l'Eau d'Heure": a river's name holds a village's; data lists such names."""
    window = text[max(0, start - 30) : end + 30]
    offset = max(0, start - 30)
    for name in institution_words("not_places"):
        for found in re.finditer(re.escape(name), window):
            if found.start() + offset <= start and end <= found.end() + offset:
                return True
    return False


def _common_noun(reader: PartReader, entity: Entity, start: int, end: int) -> bool:
    """A plural short form of an organisation's name after a plural determiner: "dans les
    centres de compétence" speaks of centres, not of the network named after them. A plural
    name with a proper noun after its head ("les Restaurants du Cœur") is that body's name."""
    surface = reader.text[start:end]
    head, *rest = surface.split()
    return (
        len(surface.split()) > 1
        and not any(word[:1].isupper() for word in rest)
        and head[-1] in "sx"
        and not head.isupper()
        and exact_key(surface).casefold() != exact_key(entity.label).casefold()
        and previous_word(reader.text, start) in PLURAL_DETERMINERS
    )
