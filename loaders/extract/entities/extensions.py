"""Known names that a longer proper name continues: a branch, a subsidiary, a sub-programme.

A name the reference data knows is often the first words of a longer name that the text writes
whole: "IDELUX Développement", "Belfius Banque", "le Service
public de Wallonie Energie", "le programme LIFE Nature et biodiversité", "Interreg Euregio
Meuse-Rhin", "le Plan Infrastructures et Mobilité pour tous". Reading only the known words
makes two errors at once (the parent is not what the text speaks of, and the real body is
missed). The longer name is its own entity, part of the known one, of the same kind.

The continuation is read as French writes a name's complements: capitalised words, joined by
"de", "et", "pour"…; a connector may bring one lower-case noun only where no article follows it
("pour tous"), or a last "et" coordinate ending the phrase ("Nature et biodiversité."). It stops
at punctuation, digits (an edition or a period is `institutions.py`'s), a word that starts a
clause or a sentence ("Le", "Il"), a title of person ("Monsieur"), and a name another rule found
(an organisation, a programme or a person: "la SOWAER Liège Airport" is two bodies), and, after
a body, a place: "Caterpillar Gosselies" is the firm's site in Gosselies; a legal form is no
continuation ("Liege Airport SA" is Liege Airport, named with its form); a region or a country
after a body, bare or after "de", names its branch ("Solidaris Wallonie", "les Restos du Cœur de
Belgique"), where a town names its site, unless a capitalised word follows the town ("Duferco
Clabecq Développement" is one name). A short form
in brackets right after the longer name ("(SPW Energie)") is its alias, so that the short form
written later is the same entity.
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.extract.entities.adjectives import adjective
from loaders.extract.entities.institutions import institution_words
from loaders.extract.entities.patterns import LEGAL_FORMS, NOT_NAMES
from loaders.extract.entities.reader import PartReader, previous_word
from loaders.extract.text import day_names, exact_key, loose_key, month_names, sentence_at
from loaders.ids import mint, slug
from loaders.record import Entity, Mention

_TOKEN = re.compile(r"[\w-]+(?:['’](?=\w))?|\S")
_CONNECTORS = {"de", "du", "des", "d'", "d’", "et", "pour", "en", "sur"}
_ARTICLES = {"la", "le", "les", "l'", "l’"}
# A lower-case noun is a complement only straight after one of these (no article between).
_BARE = {"de", "d'", "d’", "pour", "en"}
_OF = {"de", "d'", "d’"}
_MONTHS = frozenset(month_names())
_DAYS = day_names()
_ALIAS = re.compile(r"\s*\(\s*([A-ZÀ-Ý][^()\n]{1,40}?)\s*\)")
_SPACE = re.compile(r"[ \u00a0]")
_PROJECT = {"projet", "projets"}


def read_continued_names(reader: PartReader) -> None:
    """Every reference name of a body or a scheme that a longer proper name continues."""
    for found in list(reader.mentions):
        if found.type not in {"organisation", "programme"} or found.method != "gazetteer":
            continue
        if found not in reader.mentions:
            continue
        end = _continuation_end(reader, found)
        if end is None:
            continue
        if found.type == "programme" and previous_word(reader.text, found.start) in _PROJECT:
            # "le projet LIFE Tourbières ardennaises": the project's name, not the programme
            reader.mentions.remove(found)
        else:
            _replace(reader, found, end)


# "FEOGA-Orientation", "FEDER-FTJ": a programme's component or a joint programme, glued.
_GLUED = re.compile(r"-[A-ZÀ-Ý][\w]*(?![\w-])")


def _continuation_end(reader: PartReader, found: Mention) -> int | None:
    """Where the longer name that continues `found` ends, if a proper name continues it. A
    programme's name glued by a hyphen to a capitalised word ("le FEOGA-Orientation", "le
    programme FEDER-FTJ Wallonie") is a component or a joint programme of its own, whatever the
    word after the hyphen names."""
    text = reader.text
    end, added = found.end, 0
    glued = _GLUED.match(text, found.end) if found.type == "programme" else None
    if glued is not None:
        end, added = glued.end(), 1
    if not _SPACE.match(text, end):
        return end if added else None
    _, sentence_end = sentence_at(text, end)
    pending: list[str] = []
    tokens = list(_TOKEN.finditer(text, end, sentence_end))
    body = found.type == "organisation"
    for index, token in enumerate(tokens):
        word = token.group(0)
        lower = word.lower()
        if not word.isalpha() and not word.replace("-", "").isalpha():
            break  # punctuation, an edition, a code ("Natura 2000 BE33035")
        if reader.named_over(token.start(), token.end()):
            break
        if lower in _CONNECTORS or (pending and lower in _ARTICLES):
            if body and not added and not (lower in _OF and _branch_after(reader, tokens, index)):
                break  # "l'IFAPME de Libramont", "Akzo Nobel en Wallonie": where it is
            pending.append(lower)
            continue
        if word[0].isupper():
            if _ends_a_name(word):
                break  # "Liege Airport SA": the company with its legal form, the same body
            if pending[:1] == ["et"] and len(pending) > 1:
                break  # "le SPW et des OIP": a second noun phrase, not the name's complement
            place = reader.place_from(token.start())
            if (
                body
                and place is not None
                and (added or not _branch(reader, place))
                and not _named_on(reader, tokens, index, place)
            ):
                break  # "Caterpillar Gosselies", "Belfius Banque de Liège": a site, not a name
            end, added, pending = token.end(), added + 1, []
            continue
        if added and pending in (["et"], *[[w] for w in _BARE]) and _last(tokens, index, pending):
            end = token.end()
        break
    return end if added else None


def _last(tokens: list[re.Match[str]], index: int, pending: list[str]) -> bool:
    """A lower-case word may end the name after a bare connector ("pour tous"); after "et" only
    when the phrase ends with it ("Nature et biodiversité.")."""
    if pending != ["et"]:
        return True
    return index + 1 == len(tokens) or not tokens[index + 1].group(0)[0].isalnum()


def _named_on(reader: PartReader, tokens: list[re.Match[str]], index: int, place: Mention) -> bool:
    """Whether a capitalised word that is no place follows the place right after a body's
    name: the place is a word of a longer name ("Duferco Clabecq Développement"), not a site."""
    after = next((t for t in tokens[index + 1 :] if t.start() >= place.end), None)
    return (
        after is not None
        and _SPACE.fullmatch(reader.text, place.end, after.start()) is not None
        and after.group(0)[:1].isupper()
        and after.group(0).isalpha()
        and not _ends_a_name(after.group(0))
        and reader.place_from(after.start()) is None
        and not reader.named_over(after.start(), after.end())
    )


def _ends_a_name(word: str) -> bool:
    """A capitalised word that is no word of a name going on: a clause's first word, a title of
    person, a month or a day, a legal form."""
    lower = word.lower()
    return (
        word in NOT_NAMES
        or lower in institution_words("person_titles")
        or lower in _MONTHS
        or lower in _DAYS
        or word in LEGAL_FORMS
    )


def _branch_after(reader: PartReader, tokens: list[re.Match[str]], index: int) -> bool:
    """Whether the "de" at `index` brings a region or a country that names the body's branch
    ("les Restos du Cœur de Belgique"), not where it stands ("l'IFAPME de Libramont")."""
    if index + 1 == len(tokens):
        return False
    place = reader.place_from(tokens[index + 1].start())
    return place is not None and _branch(reader, place)


def _branch(reader: PartReader, place: Mention) -> bool:
    """Whether a region or a country right after a body's name names its branch there
    ("Solidaris Wallonie", "Engie Belgique"), as a town after it names a site."""
    entity = reader.entity(place.id)
    return (
        entity is not None
        and entity.classification in _BRANCH_AREAS
        and place.text not in _CAPITAL_CITIES
    )


_BRANCH_AREAS = {"region", "country"}
# A region written as its capital city's name is where a body sits, as a town is.
_CAPITAL_CITIES = {"Bruxelles"}


def _replace(reader: PartReader, found: Mention, end: int) -> None:
    """Mention the longer name (known, made earlier, or new and part of the known entity)
    instead of the known one, and drop the places inside it."""
    parent = reader.entity(found.id)
    if parent is None:
        return
    text = reader.text
    # "programme LIFE …" (the reference's alias holds the kind noun): the name starts at its capital
    start = found.start + next((i for i, c in enumerate(found.text) if c.isupper()), 0)
    classification = parent.classification
    if parent.classification == "network":
        # "le Centre de compétence Construform": the kind of a member, whose name follows
        start, classification = found.end + 1, "competence_centre"
    name = " ".join(text[start:end].split())
    alias = _ALIAS.match(text, end)
    entity = _existing(reader, name, found.type) or reader.make(
        Entity(
            mint(found.type, slug(name)),
            found.type,
            name,
            aliases=[alias.group(1)] if alias else [],
            classification=classification if found.type == "organisation" else None,
            level=parent.level if found.type == "programme" else None,
            part_of=parent.id,
            source="text",
        )
    )
    if alias:
        reader.known[exact_key(alias.group(1))] = entity
    # the known name, and one glued to it by a hyphen ("FEDER-FTJ"), are words of the longer one
    reader.mentions[:] = [
        m
        for m in reader.mentions
        if m is not found and not (m.type == found.type and found.end <= m.start < end)
    ]
    reader.drop_places_inside(found.start, end)
    reader.mention(entity, start, end, "pattern", 0.7)


def _existing(reader: PartReader, name: str, kind: str) -> Entity | None:
    """The reference entity of that name, else one the document made under that name or alias
    ("SPW Energie" after "le Service public de Wallonie Energie (SPW Energie)")."""
    known = [e for e in reader.gazetteer.lookup(name) if e.type == kind]
    if known:
        return known[0]
    key = loose_key(name)
    for entity in [*reader.made.values(), *reader.known.values()]:
        if entity.type == kind and key in {loose_key(n) for n in [entity.label, *entity.aliases]}:
            return entity
    return None


def read_short_forms(reader: PartReader) -> None:
    """A body the text made from a shorter name is the one the document names in full: the full
    name with a kind acronym before it ("le GAL Pays de Herve-Futur", then "l'asbl Pays de
    Herve-Futur") or with one adjective after its head ("le Comité européen des droits
    sociaux", then "le Comité des droits sociaux"), in either order."""
    named = [reader.entity(m.id) for m in reader.mentions if m.type == "organisation"]
    pool = {e.id: e for e in [*named, *reader.known.values()] if e and e.type == "organisation"}
    for index, found in enumerate(reader.mentions):
        entity = reader.entity(found.id) if found.type == "organisation" else None
        if entity is None or entity.source != "text":
            continue
        full = next(
            (e for e in pool.values() if e.id != entity.id and _shortens(entity.label, e)), None
        )
        if full is not None:
            reader.mentions[index] = replace(found, id=full.id, label=full.label)


def _shortens(short: str, entity: Entity) -> bool:
    """Whether `short` is one of the entity's names less a kind acronym before it, or less one
    lower-case adjective right after its head."""
    words = short.split()
    for name in [entity.label, *entity.aliases]:
        full = name.split()
        if len(full) != len(words) + 1 or len(words) < 2:
            continue
        prefixed = full[0].isupper() and len(full[0]) > 1
        if prefixed and loose_key(" ".join(full[1:])) == loose_key(short):
            return True
        qualified = full[0] == words[0] and full[1].islower() and adjective(full[1])
        if (
            qualified
            and len(words) > 2
            and loose_key(" ".join([full[0], *full[2:]])) == loose_key(short)
        ):
            return True
    return False
