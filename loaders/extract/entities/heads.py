"""Bodies and programmes named by a capitalised head noun and its complements.

French administrative writing capitalises the first noun of a body's or a scheme's proper name
and keeps its complements in lower case: "l'Office wallon de la formation professionnelle et de
l'emploi", "l'Union des Villes et Communes de Wallonie", "la Stratégie wallonne de rénovation",
"le Pacte pour un Enseignement d'excellence". The name runs from the head noun through its
complements (prepositions and the nouns they introduce, adjectives, capitalised words) and stops
at punctuation, a verb, a lower-case word that is neither a complement nor an adjective, another
capitalised head noun ("le Conseil d'administration | de l'Agence …") or a name already found.

A head noun alone says too little ("le Conseil d'administration", "le Contrat de gestion" are
common nouns written with a capital): the name is kept only when it carries a capitalised word
after its head or an adjective that makes it a proper name (wallon, fédéral, européen, régional,
autonome, universitaire, …).

"Fonds" names either a scheme that finances (a programme: "le Fonds européen …", "le Fonds X
octroie …") or a body (an organisation): it is read as a body only when the words around it
speak of one (its staff, its board, its seat, "au sein du", "auprès du", "qui emploie").
A body named right after the name through "du/de la/de l'" ("la Direction générale … du SPW")
is the body the new one is part of.
"""

from __future__ import annotations

import re

from loaders.extract.entities.adjectives import HEADS_FILE, NAMING_STEMS, adjective, of_a_place
from loaders.extract.entities.institutions import institution_words
from loaders.extract.entities.lookup import OF, in_a_street
from loaders.extract.entities.patterns import level_of, without_legal_form
from loaders.extract.entities.reader import PartReader, previous_word
from loaders.extract.text import (
    CELL_GAP,
    alternation,
    exact_key,
    function_words,
    loose_key,
    sentence_at,
    word_lists,
    word_tables,
)
from loaders.ids import mint, slug
from loaders.record import Entity, MentionType

# Head nouns of bodies (with the classification a new body of that kind gets) and of schemes.
ORGANISATION_HEADS = word_tables(HEADS_FILE)["organisation_heads"]
PROGRAMME_HEADS = word_lists(HEADS_FILE)["programme_heads"]

_HEADS = alternation(ORGANISATION_HEADS.keys() | PROGRAMME_HEADS)
_HEAD = re.compile(rf"(?<![\w-])({_HEADS})(?![\w-])")
# Words, with an elided article or preposition kept whole ("l'", "d'"), or one punctuation sign.
# A line break or a table's cell separator: a name never runs across one.
_CELL_BREAK = re.compile(rf"\n|{CELL_GAP}")
_TOKEN = re.compile(r"[\w-]+(?:['’](?=\w))?|\S")
_CONNECTORS = {"de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "un", "une"}
_CONNECTORS |= {"pour", "en", "et", "à", "au", "aux", "sur"}
# After these a complement must be capitalised ("Commissariat général au Tourisme").
_CAPITAL_ONLY = {"à", "au", "aux", "sur"}
_ARTICLES = {"la", "le", "les", "l'", "l’", "un", "une"}
# "en matière de", "en charge de", "pour le compte de": phrases that leave the name.
_LOCUTIONS = word_lists(HEADS_FILE)["locutions"]
# Adjectives that make a head noun a proper name on their own.
_NAMING = re.compile(rf"{alternation(NAMING_STEMS)}\w*", re.IGNORECASE)
_MAX_TOKENS = 16
# A number in a name is a year or a short edition ("Stratégie Numérique 2030", "Agenda 21").
_EDITION = re.compile(r"(?:19|20)\d\d|\d{1,2}")
# A series of capitalised complements after a comma, closed by "et": "…, de la Recherche et de
# l'Energie" continues the name it follows.
_CAPITAL_COMPLEMENT = rf"{OF}[A-ZÀ-Ý][\w'’-]*(?:\s+[a-zà-ÿ-]+)?"
_SERIES = re.compile(
    rf",\s*(?:{_CAPITAL_COMPLEMENT}\s*,\s*)*{_CAPITAL_COMPLEMENT}\s+et\s+{OF}[A-ZÀ-Ý][\w'’-]*"
)
_AUXILIARIES = {"a", "ont", "est", "sont", "sera", "seront", "avait", "avaient", "était"}
# A possessive or demonstrative determiner belongs to a clause, never to a proper name.
_POSSESSIVES = {"sa", "son", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "ce", "cette"}
_POSSESSIVES |= {"ces", "cet", "mon", "ma", "mes"}
_AMOUNT_AFTER = re.compile(r"[,.]\d|\s*(?:millions?|milliards?|euros?|EUR|€|%)(?!\w)")
# Determiners of one thing before a head noun inside a sentence; "un"/"une" before a scheme's.
_DETERMINERS = function_words("singular_determiners")
_INDEFINITE = function_words("indefinite_articles")
# Heads that writers capitalise as common nouns ("le Contrat de gestion").
_COMMON_HEADS = word_lists(HEADS_FILE)["common_heads"]
# Complements that make a common noun of any head ("le Conseil d'administration").
_GENERIC = word_lists(HEADS_FILE)["generic_complements"]
# Institutions a name's complement points to rather than names: "la Commission X | du Parlement".
_OWNERS = {"Parlement", "Gouvernement", "Ministre", "Région"}
_BODY_BEFORE = re.compile(
    r"(?:au\s+sein|auprès|personnel|direction|directeur|directrice|administrat\w+|agents?|siège|"
    r"conseil\s+d['’]administration|travailleurs)\s+(?:du|de\s+ce)\s+$",
    re.IGNORECASE,
)
# After the name (and its acronym in brackets): what a body does, or its kind as predicate or
# apposition ("le Fonds de formation de la construction (FFC), organisme sectoriel …").
_BODY_AFTER = re.compile(
    r"^\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:qui\s+)?(?:emploie|engage|recrute|a\s+son\s+siège|"
    r"(?:est\s+(?:un|une)\s+|(?<=,)\s*(?:un|une|l['’]|le|la)?\s*)"
    r"(?:organisme|institution|société|association|établissement|entreprise|asbl|agence)\b)",
    re.IGNORECASE,
)


def read_headed_names(reader: PartReader) -> None:
    """Every capitalised head noun whose complements make a proper name nobody found yet."""
    text = reader.text
    for match in _HEAD.finditer(text):
        head = " ".join(match.group(1).split())  # a head of two words split over a line
        if in_a_street(text, match.start()):
            continue  # "rue du Centre à Baillonville": a street, no body
        mid = head not in _COMMON_HEADS and _after_determiner(text, match.start(), head)
        end, parent = name_end(reader, match.end(), mid, head in PROGRAMME_HEADS)
        if end is None:
            continue
        start, end = match.start(), reader.through_place(end)
        name = " ".join(text[start:end].split())
        if generic(name):
            continue
        if head in PROGRAMME_HEADS and not (head == "Fonds" and is_body(text, start, end)):
            add_name(reader, start, end, name, "programme", None, parent)
        else:
            add_name(reader, start, end, name, "organisation", ORGANISATION_HEADS.get(head), parent)


def generic(name: str) -> bool:
    """Every word after the head is a common one: "le Programme de Législature"."""
    content = [w.lower() for w in re.findall(r"\w+", name)[1:] if w.lower() not in _CONNECTORS]
    return all(w in _GENERIC or w in {"d", "l", "école"} for w in content)


def _after_determiner(text: str, start: int, head: str) -> bool:
    """A head written with a capital inside a sentence, after its definite determiner: a proper
    name ("un Centre de formation comme X" is a kind; "un Fonds de …" is a scheme being made)."""
    determiners = _DETERMINERS | (_INDEFINITE if head in PROGRAMME_HEADS else frozenset())
    return sentence_at(text, start)[0] != start and previous_word(text, start) in determiners


def name_end(
    reader: PartReader, position: int, mid: bool, scheme: bool = False
) -> tuple[int | None, Entity | None]:
    """Where the name that starts with a head ending at `position` ends, if it is a name, and the
    known body written right after it ("… du SPW"). A head capitalised mid-sentence (`mid`) is
    a name as soon as a complement that is not generic follows it."""
    text = reader.text
    _, sentence_end = sentence_at(text, position)
    end, proper = position, False
    pending: list[str] = []
    purpose_at: int | None = None  # where the name ended before its first "pour"
    after_adjective = False  # the last word taken was an adjective
    parent = None
    previous_end = position
    for count, token in enumerate(_TOKEN.finditer(text, position, sentence_end)):
        word = token.group(0)
        gap, previous_end = text[previous_end : token.start()], token.end()
        if _CELL_BREAK.search(gap):
            break  # a tab, a line break or a run of spaces: a table's next cell
        lower = word.lower()
        taken = _taken(reader, token.start())
        if count >= _MAX_TOKENS or taken is not None:
            if taken is not None and not pending:
                return None, None  # "le Centre de compétence Epicuris": the kind of a known name
            if taken is not None and pending[0] in {"du", "de", "d'", "d’"}:
                parent = taken
                if scheme and taken.type == "programme" and proper:
                    # "le Plan stratégique wallon de la PAC": a plan of that programme, named so
                    end = max(
                        (m.end for m in reader.mentions if m.id == taken.id and m.end > end),
                        default=end,
                    )
            break
        if word == "," and proper and not pending and _series(reader, token.start()):
            continue  # "la Direction générale des Technologies, de la Recherche et de l'Energie"
        if not word[0].isalnum():
            break
        if len(word) == 1 and word.isupper() and text[token.end() : token.end() + 1] == ".":
            break  # "de la S.L.S.P.": an initialism the tokens cut, not a word of the name
        if pending and lower in institution_words("clause_starts"):
            break  # "chargé le Conseil … de se pencher": a clause, not a complement
        if lower in _POSSESSIVES:
            # "le Centre de prévention du suicide pour le renforcement de sa …": a purpose
            end = purpose_at if purpose_at is not None else end
            break
        if lower in _CONNECTORS and word[0].islower():
            if pending and pending[-1] == "et" and lower in _ARTICLES:
                break
            if lower == "pour" and purpose_at is None:
                purpose_at = end
            pending.append(lower)
            continue
        if word[0].isdigit():
            if pending or not _EDITION.fullmatch(word) or _AMOUNT_AFTER.match(text, token.end()):
                break  # "du 19 septembre": a date; "X 2,1 millions": an amount; a table's cell
            end = token.end()  # "Stratégie Numérique 2030"
            continue
        if lower in _AUXILIARIES:
            break  # "… et Logivesdre en ont reçu": a verb ends the name
        if word[0].isupper():
            if pending and (
                word in ORGANISATION_HEADS or word in PROGRAMME_HEADS or word in _OWNERS
            ):
                break
            if pending and pending[-1] in _CAPITAL_ONLY and reader.names_a_place(word):
                break  # "le Centre hospitalier de l'Ardenne à Libramont": where it stands
            if pending == ["et"] and after_adjective:
                break  # "le Foyer verviétois et Logivesdre": a second name
            end, proper, pending, after_adjective = token.end(), True, [], False
            continue
        if not pending:
            if not adjective(word):
                break
            proper = proper or bool(_NAMING.fullmatch(word)) or of_a_place(word)
            end, after_adjective = token.end(), True
            continue
        if not _complement(pending, word):
            break
        end, pending, after_adjective = token.end(), [], False
        proper = proper or (mid and word not in _GENERIC)
    return (end if proper and end > position else None), (parent if proper else None)


def _series(reader: PartReader, comma: int) -> bool:
    """Whether a series of capitalised complements closed by "et" follows the comma, none of
    them a name already read ("la Fédération des Brasseurs, de l'AWEX et de la SRIW" names
    three bodies)."""
    series = _SERIES.match(reader.text, comma)
    return series is not None and not reader.named_over(comma, series.end())


def _complement(pending: list[str], word: str) -> bool:
    """A lower-case noun after connectors: part of the name after "de", "pour", "en", but not
    after an article alone (a new noun phrase), nor an infinitive, nor a locution."""
    first = pending[0]
    if first in _ARTICLES or (first == "et" and len(pending) == 1):
        return False
    if first in _CAPITAL_ONLY or word in _LOCUTIONS:
        return False
    if word.endswith(("er", "ir")) and pending[-1] in {"de", "d'", "d’", "pour", "à"}:
        return False
    return not (first == "en" and word.endswith("ant"))


def _taken(reader: PartReader, position: int) -> Entity | None:
    """The organisation, programme or project mentioned from `position`, if any."""
    for found in reader.mentions:
        if found.start <= position < found.end and found.type in {
            "organisation",
            "programme",
            "project",
        }:
            return reader.entity(found.id) or Entity(found.id or "", found.type, found.label)
    return None


def is_body(text: str, start: int, end: int) -> bool:
    """A "Fonds" spoken of as a body: its staff, its board, its seat, "qui emploie"."""
    return bool(
        _BODY_BEFORE.search(text[max(0, start - 40) : start])
        or _BODY_AFTER.match(text[end : end + 60])
    )


# An acronym in brackets after a name, or a word with one capital that names a known entity of
# the same kind ("la Direction des Infrastructures sportives (Infrasports)").
_ALIAS = re.compile(r"\s*\(\s*([A-Z][\w.&+-]*[A-Z][\w.&+-]*|[A-Z][a-zà-ÿ-]{2,})\s*\)")


def add_name(
    reader: PartReader,
    start: int,
    end: int,
    name: str,
    kind: MentionType,
    classification: str | None,
    parent: Entity | None,
) -> None:
    """Mention the name as a known entity of that kind (by its name or by the acronym written
    right after it in parentheses), else as a new one whose alias is that acronym. A shorter
    reading by a cue pattern inside it gives way ("l'ASBL Maison | liégeoise de …")."""
    overlapping = [
        m
        for m in reader.mentions
        if m.start < end and start < m.end and m.type in {kind, "project"}
    ]
    inner = {parent.id if parent is not None and parent.type == kind else None}
    if any(
        m.start < start
        or m.end > end
        or (m.method != "pattern" and m.id not in inner)
        or (m.end == end and m.id not in inner)
        for m in overlapping
    ):
        return
    reader.mentions[:] = [m for m in reader.mentions if m not in overlapping]
    alias = _ALIAS.match(reader.text, end)
    acronym = alias.group(1) if alias else None
    known = [e for e in reader.gazetteer.lookup(acronym or "") if e.type == kind]
    if acronym and sum(c.isupper() for c in acronym) < 2 and not known:
        acronym = None  # "(Namur)", "(Gosselies)": a place, not another name of the body
    # "le Comité de défense … ASBL": a body named with its legal form is the body without it
    bare = without_legal_form(name) if kind == "organisation" else name
    found = [
        e
        for e in [*reader.gazetteer.lookup(name), *reader.gazetteer.lookup(bare), *known]
        if e.type == kind
    ] or _shortened(reader, name, kind)
    entity = (
        found[0]
        if found
        else reader.make(
            Entity(
                mint(kind, slug(bare)),
                kind,
                name,
                aliases=sorted({a for a in (acronym, bare) if a and a != name}),
                classification=classification,
                level=_level(reader.text, end, name) if kind == "programme" else None,
                part_of=parent.id if parent is not None and parent.type == kind else None,
                source="text",
            )
        )
    )
    reader.mention(entity, start, end, "pattern", 0.6)
    if acronym and not found:
        _mention_acronym(reader, entity, acronym, alias.end() if alias else end)


def _shortened(reader: PartReader, name: str, kind: MentionType) -> list[Entity]:
    """The one entity of that kind whose full name starts with `name`: "le Plan de relance" is
    the "Plan de relance de la Wallonie" the document or the reference data knows. The document's
    entities come first; several readings leave the name as it is."""
    prefix = loose_key(name) + " "
    for pool in (
        [e for e in (reader.entity(m.id) for m in reader.mentions) if e is not None],
        [e for e in reader.known.values()],
        list(reader.gazetteer.entities.values()),
    ):
        fitting = {
            e.id: e for e in pool if e.type == kind and loose_key(e.label).startswith(prefix)
        }
        if len(fitting) == 1:
            return list(fitting.values())
        if fitting:
            return []
    return []


def _mention_acronym(reader: PartReader, entity: Entity, acronym: str, after: int) -> None:
    """The acronym a new name defined, wherever the text uses it (the definition included)."""
    reader.known[exact_key(acronym)] = entity
    for match in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", reader.text):
        if match.start() >= after and not any(
            m.start < match.end() and match.start() < m.end for m in reader.mentions
        ):
            reader.mention(entity, match.start(), match.end(), "acronym-definition", 0.7)


_FINANCED_BY = re.compile(
    r"\s*,?\s*(?:financ|cofinanc|soutenu|subventionn)\w*\s+par\s+([^,.;]{3,60})"
)


# On a Walloon page "le Gouvernement" unqualified is the Walloon Government.
_REGION_CREATES = re.compile(
    r"\b(?:Gouvernement(?:\s+wallon)?|Région(?:\s+wallonne)?)\s+(?:a|avait|va|vient\s+d['’]|a\s+décidé\s+de)"
    r"\s*(?:\w+\s+)?(?:créé|créer|lancé|lancer|adopté|adopter|instauré|instaurer|mis\s+en\s+place)\b"
)


def _level(text: str, end: int, name: str) -> str | None:
    """From the name ("Plan wallon …"), else from who the words right after it say finance it
    ("le Fonds X, financé par l'Union européenne"), else regional when the Walloon Government or
    Region created it in that sentence ("le Gouvernement a créé un Fonds …")."""
    level = level_of(name)
    if level is not None:
        return level
    financer = _FINANCED_BY.match(text, end, min(len(text), end + 80))
    if financer is not None:
        return level_of(financer.group(1))
    sentence_start, _ = sentence_at(text, end - 1)
    return "regional" if _REGION_CREATES.search(text, sentence_start, end) else None
