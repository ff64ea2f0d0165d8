"""Place readings the gazetteer look-up cannot make alone.

- "l'axe Charleroi-Liège", "la liaison Namur-Arlon": after a noun of link (data), two known
  municipalities joined by a hyphen, where the whole is no known name, name both places;
- "les Provinces de Liège et du Hainaut", "le Hainaut, Liège et Bruxelles": a plural
  "provinces" before a list, or a province in it, makes every name of the list a province, not
  the city of the same name;
- a name right after a title ("le Ministre Marcourt", "Monsieur Furlan", "la députée
  Reuter") is a person, not the village of the same name; the titles are data
  (`data/institution-words.json`);
- "la Ville de Namur", "la commune de Wavre", "l'administration communale de Mons" name the
  municipality itself: the place, never a body beside it (the titles are data);
- "les sites mondialement connus comme Waterloo": a name given as an example of a class of
  places is a place, also one that needs a cue (`given_as_example`, read by the look-up);
- "les villages de Dreye et de Vieux-Waleffes", "à Schirm, commune de Burg-Reuland", "Namur
  (Salzinnes)": villages and quarters the reference lacks, read from what the sentence says
  they are (`read_localities`; the words are `data/place-words.json`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from loaders.extract.entities.institutions import institution_words
from loaders.extract.entities.reader import PartReader, key, previous_word
from loaders.extract.text import alternation, sentence_at, word_lists
from loaders.ids import mint, slug
from loaders.record import Entity, Mention
from loaders.reference.gazetteer import PLACE_WORDS_FILE

_PAIR = re.compile(
    r"(?<![\w\-])([A-ZÀ-Ý][\w'’]+(?:-[a-zà-ÿ]+-[A-ZÀ-Ý][\w'’]+)?)-([A-ZÀ-Ý][\w'’]+(?:-[a-zà-ÿ]+-[A-ZÀ-Ý][\w'’]+)?)(?![\w\-])"
)
_PROVINCES = re.compile(r"\b[Pp]rovinces\s+(?:de\s+|du\s+|d['’])$")
_TOWNS_AND_PROVINCES = {"municipality", "former_municipality", "locality", "province"}
_LIST_LINK = re.compile(r"^\s*(?:,|et)\s*(?:de\s+la\s+|de\s+|du\s+|d['’])?\s*$")


def place_words(name: str) -> frozenset[str]:
    """A word list of `extract/data/place-words.json`."""
    return word_lists(PLACE_WORDS_FILE)[name]


@cache
def _example() -> re.Pattern[str]:
    """ "les sites mondialement connus comme ", "des villes telles que ": a plural noun of places,
    at most a few words, then a cue of examples, right before a name."""
    nouns = alternation(place_words("place_class_nouns"))
    cues = alternation(place_words("example_cues"))
    return re.compile(rf"\b(?i:{nouns})\b(?:\s+[^\W\d]+){{0,4}}?,?\s+(?i:{cues})\s+$")


def given_as_example(text: str, start: int) -> bool:
    """Whether the name at `start` is an example of a class of places ("les sites mondialement
    connus comme Waterloo"): a place, even where its name is also a word and needs a cue."""
    return bool(_example().search(text[max(0, start - 80) : start]))


def _municipality(reader: PartReader, name: str) -> str | None:
    for entity in reader.gazetteer.lookup(name):
        if entity.type == "place" and entity.classification == "municipality":
            return entity.id
    return None


def read_place_pairs(reader: PartReader) -> None:
    """Both towns of a hyphenated pair the gazetteer does not know as one name."""
    taken = {(m.start, m.end) for m in reader.mentions if m.type == "place"}
    links = institution_words("pair_link_nouns")
    for pair in _PAIR.finditer(reader.text):
        before = re.findall(r"[^\W\d]+", reader.text[max(0, pair.start() - 25) : pair.start()])
        if not before or before[-1].lower() not in links or reader.gazetteer.lookup(pair.group(0)):
            continue
        ends = [(pair.start(1), pair.end(1)), (pair.start(2), pair.end(2))]
        ids = [_municipality(reader, reader.text[s:e]) for s, e in ends]
        if None in ids or any(span in taken for span in ends):
            continue
        for (start, end), iri in zip(ends, ids, strict=True):
            entity = reader.entity(iri)
            if entity is not None:
                reader.mention(entity, start, end, "gazetteer", 0.8)


def _province(reader: PartReader, found: Mention) -> Mention | None:
    for entity in reader.gazetteer.lookup(f"province de {found.text}"):
        if entity.type == "place" and entity.classification == "province":
            return Mention(
                "place",
                entity.label,
                entity.id,
                found.part,
                found.start,
                found.end,
                found.text,
                "gazetteer",
                0.9,
            )
    return None


def _is_province(reader: PartReader, found: Mention) -> bool:
    entity = reader.entity(found.id)
    return entity is not None and entity.classification == "province"


def read_plural_provinces(reader: PartReader) -> None:
    """ "les Provinces de Liège et du Hainaut", "le Hainaut, Liège et Bruxelles": a name of a
    list that opens with the plural "provinces" or holds a province is the province of that
    name, not the city."""
    places = sorted((m for m in reader.mentions if m.type == "place"), key=lambda m: m.start)
    lists: list[list[Mention]] = []
    for found in places:
        gap = reader.text[lists[-1][-1].end : found.start] if lists else ""
        if lists and _LIST_LINK.match(gap) and not _PROVINCES.search(gap):
            lists[-1].append(found)
        else:
            lists.append([found])
    for group in lists:
        opens = _PROVINCES.search(reader.text[max(0, group[0].start - 30) : group[0].start])
        if not opens and not any(_is_province(reader, found) for found in group):
            continue
        for found in group:
            province = _province(reader, found)
            if province is not None and province.id != found.id:
                reader.mentions[reader.mentions.index(found)] = province


# The word right before a name, its dot and the spaces of one line between them ("M. ").
_TITLE_WORD = re.compile(r"(?<!\w)([^\W\d]+)(?:\.[ \t\u00a0]*|[ \t\u00a0]+)$")


def drop_persons_read_as_places(reader: PartReader) -> None:
    """A place name right after a title of person is that person's name: the title stands
    just before it on its line ("M. Mons", "le Ministre Marcourt"), so the "M" of an amount
    that ends the line before ("31,4 M€" then "Mons : 14,2 M€") is no title."""
    titles = institution_words("person_titles")
    kept = []
    for found in reader.mentions:
        before = _TITLE_WORD.search(reader.text, max(0, found.start - 25), found.start)
        if found.type == "place" and before and before.group(1).lower() in titles:
            continue
        kept.append(found)
    reader.mentions[:] = kept


def drop_countries_inside_names(reader: PartReader) -> None:
    """A country inside a body's name ("la Fédération … de Belgique") is part of the name, not a
    place the text speaks of; so is any place written inside a name without a preposition
    before it ("la Fabrique d'église Saint-Martin": a saint; "Ardenne Panneaux SRL"), while the
    seat a name gives after "de" stays a place ("le CPAS de Chimay")."""
    names = [(m.start, m.end) for m in reader.mentions if m.type == "organisation"]
    kept = []
    for found in reader.mentions:
        entity = reader.entity(found.id) if found.type == "place" else None
        inside = any(s <= found.start and found.end <= e for s, e in names)
        if entity is not None and inside:
            bare = previous_word(reader.text, found.start) not in _SEAT_PREPOSITIONS
            if entity.classification == "country" or bare:
                continue
        kept.append(found)
    reader.mentions[:] = kept


# Words before a place that make it the seat or the area of the body named ("le CPAS de X").
_SEAT_PREPOSITIONS = {"de", "du", "des", "d", "à", "au", "en", "sur", "lez", "la", "l"}


_PLACE_AT_END = re.compile(r"(?:\bde\s+|\bdu\s+|\bd['’])((?:[A-ZÀ-Ý][\w'’-]*[\s-]*){1,4})$")


def read_places_in_names(reader: PartReader) -> None:
    """The municipality or province that ends a facility's name is a place the text names:
    "l'aéroport de Charleroi", "la gare de Namur" (the nouns are data); a body named after its
    seat ("l'Université de Liège") is not about that town."""
    taken = [(m.start, m.end) for m in reader.mentions if m.type == "place"]
    facilities = institution_words("facility_nouns")
    for found in list(reader.mentions):
        match = _PLACE_AT_END.search(found.text) if found.type == "organisation" else None
        if match is None or found.text.split()[0].lower() not in facilities:
            continue
        start = found.start + match.start(1)
        end = found.start + match.start(1) + len(match.group(1).rstrip(" -"))
        if any(s < end and start < e for s, e in taken):
            continue
        for entity in reader.gazetteer.lookup(reader.text[start:end]):
            if entity.type == "place" and entity.classification in _TOWNS_AND_PROVINCES:
                reader.mention(entity, start, end, "gazetteer", 0.8)
                taken.append((start, end))
                break


_OF = re.compile(r"\s+(?:de\s+|d['’]\s*)$")
_TOWN_KINDS = {"municipality", "former_municipality"}


def _town_title_start(reader: PartReader, place: Mention) -> int | None:
    """Where a title naming the town itself starts before `place` ("Ville de", "commune d'",
    "administration communale de"), if one does."""
    before = reader.text[max(0, place.start - 40) : place.start]
    of = _OF.search(before)
    if of is None:
        return None
    head = before[: of.start()]
    titles = institution_words("town_titles")
    spans = [m.span() for m in re.finditer(r"[^\W\d]+", head)]
    for count in (2, 1):
        if len(spans) >= count:
            start = spans[-count][0]
            if " ".join(head[start:].split()).lower() in titles:
                return place.start - len(before) + start
    return None


def drop_towns_read_as_bodies(reader: PartReader) -> None:
    """ "la Ville de Namur", "la commune de Wavre", "l'administration communale de Mons": the
    phrase names the municipality, which every text means as the place; a body read over the
    exact phrase goes, while a body of the town ("le Collège communal de la Ville de Mons", "le
    CPAS de la Ville de Namur") starts before the title and stays."""
    towns = set()
    for place in reader.mentions:
        entity = reader.entity(place.id) if place.type == "place" else None
        if entity is None or entity.classification not in _TOWN_KINDS:
            continue
        start = _town_title_start(reader, place)
        if start is not None:
            towns.add((start, place.end))
    reader.mentions[:] = [
        m for m in reader.mentions if m.type != "organisation" or (m.start, m.end) not in towns
    ]


_WORD = re.compile(r"(?<![\w'’-])([A-ZÀ-Ý][\w'’]{3,})(?![\w'’-])")


def read_short_sections(reader: PartReader) -> None:
    """ "la voirie reliant Barvaux à Bomal", in a text about Durbuy: a former municipality named
    by the first word of its name ("Barvaux-sur-Ourthe", "Bomal-sur-Ourthe") is the one whose
    municipality the text names, also over a homonym elsewhere ("Bomal", a section of
    Ramillies) whose municipality it does not name. Only that context decides: a municipality
    of that name stays itself, and words that are also common nouns are never read so
    (`not_short_names`)."""
    gazetteer = reader.gazetteer
    for match in _WORD.finditer(reader.text):
        short = match.group(1)
        start, end = match.span(1)
        sections = gazetteer.short_sections.get(short)
        if not sections or short in institution_words("not_short_names"):
            continue
        exact = [e for e in gazetteer.lookup(short) if e.type == "place"]
        if any(e.classification == "municipality" for e in exact):
            continue
        here = [m for m in reader.mentions if m.start < end and start < m.end]
        if any(m.type != "place" or (m.start, m.end) != (start, end) for m in here):
            continue  # a word of a longer name
        named = _towns_named(reader, start)
        candidates = [e for e in [*exact, *map(gazetteer.by_id, sections)] if e is not None]
        fitting = {e.id: e for e in candidates if e.part_of in named}
        if len(fitting) != 1:
            continue
        [section] = fitting.values()
        if any(m.id == section.id for m in here):
            continue  # the look-up read it so already
        reader.mentions[:] = [m for m in reader.mentions if m not in here]
        written = reader.make(replace(section, aliases=sorted({*section.aliases, short})))
        reader.mention(written, start, end, "gazetteer", 0.75)


def _towns_named(reader: PartReader, besides: int) -> set[str]:
    """The municipalities the text names elsewhere than at `besides`, by themselves or by one
    of their sections."""
    named = set()
    for found in reader.mentions:
        entity = reader.entity(found.id) if found.type == "place" else None
        if entity is None or found.start == besides:
            continue
        if entity.classification == "municipality":
            named.add(entity.id)
        elif entity.classification in _TOWN_KINDS and entity.part_of:
            named.add(entity.part_of)
    return named


# A name of a village or quarter: capitalised words joined by hyphens ("Vieux-Waleffes").
_NAME = r"[A-ZÀ-Ý][a-zà-ÿœ'’]+(?:-[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿœ'’]*)*(?![\w'’-])"
_OF_NAME = rf"(?:de\s+|d['’]\s*)({_NAME})"
_MORE = re.compile(rf"(?:\s*,\s*|\s+et\s+|\s+ou\s+){_OF_NAME}")
_APPOSED = re.compile(
    rf"\bà\s+({_NAME})\s*(?:,\s*|\(\s*)(?i:commune|ville|entité)\s+(?:de\s+|d['’]\s*)$"
)


@cache
def _after_locality_noun() -> re.Pattern[str]:
    nouns = alternation(place_words("locality_nouns"))
    return re.compile(rf"\b{nouns}\s+{_OF_NAME}")


def read_localities(reader: PartReader) -> None:
    """Villages and quarters the reference lacks, named where the sentence says what they are:
    after a noun of locality and "de" ("les villages de Dreye et de Vieux-Waleffes", "la
    traversée de Melreux"), after "à" and before an apposed municipality ("à Schirm, Commune
    de Burg Reuland"), or in brackets after their municipality ("Namur (Salzinnes)"). Each is
    a locality of the municipality that apposition or bracket names, else of the one
    municipality its sentence names, else of none the text says."""
    for cue in _after_locality_noun().finditer(reader.text):
        spans = [cue.span(1)]
        for more in _iterate(_MORE, reader.text, cue.end()):
            spans.append(more.span(1))
        for start, end in spans:
            _locality(reader, start, end, None)
    for place in [m for m in reader.mentions if _is_town(reader, m)]:
        bracket = re.match(rf"\s*\(({_NAME})\)", reader.text[place.end :])
        if bracket is not None:
            start = place.end + bracket.start(1)
            _locality(reader, start, start + len(bracket.group(1)), place.id)
        apposed = _APPOSED.search(reader.text, max(0, place.start - 60), place.start)
        if apposed is not None:
            _locality(reader, apposed.start(1), apposed.end(1), place.id)


def _iterate(pattern: re.Pattern[str], text: str, position: int) -> list[re.Match[str]]:
    """The matches of `pattern` one right after the other from `position` (a list's items)."""
    found = []
    while (match := pattern.match(text, position)) is not None:
        found.append(match)
        position = match.end()
    return found


def _is_town(reader: PartReader, found: Mention) -> bool:
    entity = reader.entity(found.id) if found.type == "place" else None
    return entity is not None and entity.classification == "municipality"


def _locality(reader: PartReader, start: int, end: int, town: str | None) -> None:
    """The locality named at `start`..`end`, unless a name is read there already or the
    reference knows the name (the look-up reads it where its cue allows)."""
    name = reader.text[start:end]
    if (
        name in place_words("not_locality_names")
        or any(m.start < end and start < m.end for m in reader.mentions)
        or reader.gazetteer.lookup(name)
    ):
        return
    if town is None:
        first, last = sentence_at(reader.text, start)
        towns = {m.id for m in reader.mentions if first <= m.start < last and _is_town(reader, m)}
        town = next(iter(towns)) if len(towns) == 1 else None
    keys = [slug(name), *([key(town)] if town else [])]
    entity = reader.make(
        Entity(
            id=mint("place", slug(" ".join(keys))),
            type="place",
            label=name,
            classification="locality",
            part_of=town,
        )
    )
    reader.mention(entity, start, end, "pattern", 0.7)
