"""Entity recogniser: organisations, places, programmes, projects and sites in a part's text.

Small rules run in order over one part (question or answer), each keeping exact spans:
1. acronym definitions, "Plan de relance de la Wallonie (PRW)": the acronym becomes an alias of
   the entity its long form names, for the rest of the document; a long form the gazetteer does
   not know but whose head noun says what it is ("Agence …", "Plan …") becomes a new entity;
2. gazetteer lookup, longest match first, never two mentions of one type over the same text;
   acronyms and place names are case-sensitive, place names that are also common words ("Spa",
   "Ans") need a locative cue before them, and a place glued to a hyphen ("Mons-Borinage") is not
   the place;
3. numbered projects, "le projet 22 « titre »", "le projet 2 du PRW": the programme is the one
   named right after the number, else the one last named before it;
4. named projects: a quoted proper name « Minecraft Education Academy » in a sentence that says
   "ce projet" is a project, part of the project last mentioned (not an organisation: the text
   presents it as what the project financed, and the graph keeps projects under programmes);
5. sites, "sur trois sites à Mons, Hornu et Tournai", "du site de Mons": each listed place is a
   site of the organisation the sentence is about (the one already known to have a site there,
   else the last organisation named that can have sites).

`known` carries what one part teaches the next (the question's acronyms and sites help read the
answer): acronyms under their own key, and the last programme, organisation, competence centre
and project, and sites by place, under keys starting with "@".
"""

from __future__ import annotations

import itertools
import re

from loaders.extract.text import exact_key, sentence_at, words
from loaders.ids import mint, slug
from loaders.record import Entity, Mention, MentionType, Part, Record
from loaders.reference.gazetteer import Gazetteer, load_gazetteer

CUES = {"à", "a", "de", "d", "du", "sur", "vers", "commune", "ville", "entité", "localité"}
SINGULAR = {"le", "du", "au", "ce", "cet", "son", "notre", "leur"}
STOPWORDS = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "pour", "à", "au", "aux"}
ORG_HEADS = {
    "agence",
    "office",
    "institut",
    "société",
    "centre",
    "commission",
    "conseil",
    "service",
    "association",
    "fédération",
    "union",
    "université",
    "observatoire",
    "fondation",
    "autorité",
    "direction",
    "département",
    "cellule",
    "régie",
}
PROGRAMME_HEADS = {"plan", "programme", "fonds", "dispositif", "stratégie"}
# Organisations that do not have sites of their own in the sense of the model.
OWNERLESS = {"eu_institution", "government", "parliament", "network", "community"}

_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z0-9&.+]*[A-Z][A-Za-z0-9&.+]*)\s*\)")
_PROJECT = re.compile(
    r"\bprojets?\s+(?:n°\s*)?(\d{1,3})((?:\s*(?:,|et)\s*(?:n°\s*)?\d{1,3})*)", re.IGNORECASE
)
_NUMBER = re.compile(r"\d{1,3}")
_TITLE = re.compile(r"\s*(?:[:,–-]\s*)?[«“\"]\s*([^»”\"]{3,300}?)\s*[»”\"]")
_OF = re.compile(r"\s+(?:du|de la|de l'|de l’|des)\s+")
_QUOTED = re.compile(r"[«“]\s*([^»”]{3,80}?)\s*[»”]")
_PROJECT_NAME = re.compile(r"\bprojet\s+(?:[^\W\d]+\s+){0,3}?[«“]\s*([^»”\d]{2,80}?)\s*[»”]")
_LOCAL_AUTHORITY = re.compile(r"\b(?:Ville|Commune)\s+(?:de\s+|d'|d’)$")
_THIS_PROJECT = re.compile(r"\b(?:ce|ces|le même|ledit) projets?\b", re.IGNORECASE)
_SITE = re.compile(r"\b(?:sites?|sièges?|antennes?|implantations?|campus)\b", re.IGNORECASE)
_SETTLED = r"(?:situé|installé|établi|implanté|basé|localisé)e?s?"
# "Cefochim, à Seneffe", "le bureau du Forem situé à Jemappes": an organisation and its place.
_APPOSITION = re.compile(rf"^\s*,?\s*(?:{_SETTLED}\s+)?(?:à|a|sur)\s+$")
# "le centre IFAPME de Libramont": a facility noun, the organisation, "de" and the place.
_FACILITY = re.compile(
    r"\b(?:centre|bureau|antenne|siège|site|campus|implantation)s?\s+(?:du\s+|de\s+la\s+|de\s+l'|"
    r"de\s+l’|d'|d’|de\s+)?$",
    re.IGNORECASE,
)
_STREET = re.compile(
    r"\b(?:rue|avenue|chaussée|boulevard|quai|drève|route|chemin|place)\s+(?:de\s+|d'|d’|du\s+)$",
    re.IGNORECASE,
)
_SITE_GAP = re.compile(r"^[^.;()«»\d]{0,40}$")
_LIST_GAP = re.compile(r"^\s*,?\s*(?:et|ainsi que)?\s*(?:à|a|de|d'|d’|en)?\s*$")


def _key(iri: str) -> str:
    return iri.rsplit("/", 1)[1]


def _previous_word(text: str, start: int) -> str:
    before = re.findall(r"\w+", text[max(0, start - 30) : start])
    return before[-1].lower() if before else ""


def _initials_fit(letters: str, initials: list[tuple[str, bool]]) -> bool:
    """Whether acronym letters are the initials in order: every content word gives its initial,
    stopwords may give theirs or not ("Agence du Numérique" is AdN, "Plan de relance" is PR)."""
    if not initials:
        return not letters
    (initial, is_stop), rest = initials[0], initials[1:]
    if letters and initial == letters[0] and _initials_fit(letters[1:], rest):
        return True
    return is_stop and _initials_fit(letters, rest)


class _Reader:
    """One pass over one part: the mentions found so far and the entities they use."""

    def __init__(self, text: str, part: Part, gazetteer: Gazetteer, known: dict[str, Entity]):
        self.text, self.part, self.gazetteer, self.known = text, part, gazetteer, known
        self.mentions: list[Mention] = []
        self.made: dict[str, Entity] = {}
        self.definitions: list[tuple[int, int]] = []

    def mention(self, entity: Entity, start: int, end: int, method: str, confidence: float) -> None:
        self.mentions.append(
            Mention(
                entity.type,
                entity.label,
                entity.id,
                self.part,
                start,
                end,
                self.text[start:end],
                method,
                confidence,
            )
        )

    def last(self, before: int, test: str) -> Entity | None:
        """The entity of the last mention before `before` passing `test`, else the remembered."""
        for found in sorted(self.mentions, key=lambda m: m.start, reverse=True):
            entity = self.entity(found.id)
            if found.start < before and entity is not None and _passes(entity, test):
                return entity
        return self.known.get(f"@{test}")

    def entity(self, iri: str | None) -> Entity | None:
        if iri is None:
            return None
        return self.made.get(iri) or self.gazetteer.by_id(iri)

    # 1. acronym definitions
    def acronyms(self) -> None:
        for match in _ACRONYM.finditer(self.text):
            acronym = match.group(1)
            letters = "".join(c.lower() for c in acronym if c.isalpha())
            start, _ = sentence_at(self.text, match.start())
            spans = words(self.text[start : match.start()])
            for size in range(1, min(len(spans), 2 * len(letters) + 4) + 1):
                chosen = spans[-size:]
                first = self.text[start + chosen[0][0] : start + chosen[0][1]]
                if first.lower() in STOPWORDS:
                    continue
                initials = [
                    (w[0].lower(), w.lower() in STOPWORDS)
                    for w in (self.text[start + s : start + e] for s, e in chosen)
                ]
                if _initials_fit(letters, initials):
                    self.define(acronym, start + chosen[0][0], start + chosen[-1][1])
                    self.definitions.append(match.span(1))
                    break

    def define(self, acronym: str, start: int, end: int) -> None:
        long_form = self.text[start:end]
        head, *rest = long_form.split(maxsplit=1)
        plural = f"{head}s {rest[0]}" if rest else f"{head}s"
        found = self.gazetteer.lookup(long_form) or self.gazetteer.lookup(plural)
        if found:
            self.known[exact_key(acronym)] = found[0]
            return
        kind: MentionType
        if head.lower() in ORG_HEADS:
            kind = "organisation"
        elif head.lower() in PROGRAMME_HEADS:
            kind = "programme"
        else:
            return
        entity = Entity(
            mint(kind, slug(long_form)),
            kind,
            " ".join(long_form.split()),
            aliases=[acronym],
            source="text",
        )
        self.made[entity.id] = entity
        self.known[exact_key(acronym)] = entity
        self.mention(entity, start, end, "acronym-definition", 0.7)

    # 2. gazetteer
    def lookup(self) -> None:
        spans = words(self.text)
        index = 0
        while index < len(spans):
            index += self.match_at(spans, index) or 1

    def match_at(self, spans: list[tuple[int, int]], index: int) -> int:
        """Longest gazetteer name first; then an acronym the document defined; then one word."""
        start, first_end = spans[index]
        first = self.text[start:first_end]
        if self.gazetteer.may_start(first):
            for size in range(min(self.gazetteer.max_words, len(spans) - index), 1, -1):
                if self.gazetteer_match(start, spans[index + size - 1][1], size):
                    return size
        defined = self.known.get(exact_key(first))
        if defined is not None:
            if not any(s <= start < e for s, e in self.definitions):
                self.defined_mention(defined, start, first_end)
            return 1
        return 1 if self.gazetteer_match(start, first_end, 1) else 0

    def gazetteer_match(self, start: int, end: int, size: int) -> bool:
        for entity in self.gazetteer.lookup(self.text[start:end]):
            if self.acceptable(entity, start, end):
                confidence = 1.0 if size > 1 else 0.9
                if self.gazetteer.needs_cue(entity.id):
                    confidence = 0.75
                self.mention(entity, start, end, "gazetteer", confidence)
                return True
        return False

    def defined_mention(self, entity: Entity, start: int, end: int) -> None:
        """A defined acronym; a class name after a singular determiner ("le CDC") is the
        competence centre the text is about, not the whole network."""
        if entity.classification == "network" and _previous_word(self.text, start) in SINGULAR:
            centre = self.last(start, "centre")
            if centre is not None:
                self.mention(centre, start, end, "acronym-definition", 0.7)
                return
        self.mention(entity, start, end, "acronym-definition", 0.85)

    def acceptable(self, entity: Entity, start: int, end: int) -> bool:
        if entity.type != "place":
            return True
        text = self.text
        if start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum():
            return False
        if end + 1 < len(text) and text[end] == "-" and text[end + 1].isalnum():
            return False
        if _STREET.search(text[max(0, start - 20) : start]):
            return False
        return not self.gazetteer.needs_cue(entity.id) or _previous_word(text, start) in CUES

    # 3. numbered projects
    def projects(self) -> None:
        for match in _PROJECT.finditer(self.text):
            numbers = [match.group(1), *_NUMBER.findall(match.group(2))]
            title_match = _TITLE.match(self.text, match.end()) if len(numbers) == 1 else None
            after = title_match.end() if title_match else match.end()
            programme = self.programme_after(after) or self.programme_before(match.start())
            if programme is None:
                continue
            for position, number in enumerate(numbers):
                if position == 0:
                    span = (match.start(), title_match.end() if title_match else match.end(1))
                else:
                    offset = match.start(2) + match.group(2).index(number)
                    span = (offset, offset + len(number))
                title = " ".join(title_match.group(1).split()) if title_match else None
                self.project(programme, number, title, span)

    def programme_before(self, position: int) -> Entity | None:
        """The programme last named before `position`, not counting names inside the titles of
        projects already read (a title may name another scheme: "Soutenir le dispositif …")."""
        titles = [(m.start, m.end) for m in self.mentions if m.type == "project"]
        candidates = [
            m
            for m in self.mentions
            if m.type == "programme"
            and m.start < position
            and not any(s <= m.start < e for s, e in titles)
        ]
        if candidates:
            return self.entity(max(candidates, key=lambda m: m.start).id)
        return self.known.get("@programme")

    def programme_after(self, position: int) -> Entity | None:
        glue = _OF.match(self.text, position)
        if glue is None:
            return None
        for found in self.mentions:
            if found.start == glue.end() and found.type == "programme":
                return self.entity(found.id)
        return None

    def project(
        self, programme: Entity, number: str, title: str | None, span: tuple[int, int]
    ) -> None:
        iri = mint("project", _key(programme.id), number)
        previous = self.made.get(iri) or self.known.get(f"@project {iri}")
        entity = Entity(
            iri,
            "project",
            f"{programme.label} – projet {number}",
            part_of=programme.id,
            number=number,
            title=title or (previous.title if previous else None),
            source="text",
        )
        self.made[iri] = entity
        self.known[f"@project {iri}"] = entity
        self.mention(entity, *span, "project-pattern", 0.95)

    # 4. named projects
    def project_names(self) -> None:
        """ "le projet européen LIFE « Dyle humide »", "le projet « Escaut vivant »": a project
        under the programme named between "projet" and the name, else the next one named in
        the sentence or the one after, else the last one named before."""
        for match in _PROJECT_NAME.finditer(self.text):
            name = " ".join(match.group(1).split())
            if any(
                m.type == "project" and m.start <= match.start(1) < m.end for m in self.mentions
            ):
                continue
            _, sentence_end = sentence_at(self.text, match.start())
            _, next_end = sentence_at(self.text, min(sentence_end + 2, len(self.text)))
            following = [
                m
                for m in sorted(self.mentions, key=lambda m: m.start)
                if m.type == "programme" and match.start() < m.start < max(sentence_end, next_end)
            ]
            programme = self.entity(following[0].id) if following else None
            programme = programme or self.programme_before(match.start())
            keys = [_key(programme.id), slug(name)] if programme else [slug(name)]
            entity = Entity(
                mint("project", *keys),
                "project",
                name,
                part_of=programme.id if programme else None,
                source="text",
            )
            self.made[entity.id] = entity
            self.mention(entity, match.start(1), match.end(1), "project-pattern", 0.8)

    def local_authorities(self) -> None:
        """ "la Ville de Dinant": the municipality as a body, beside the place itself."""
        for place in [m for m in self.mentions if m.type == "place"]:
            entity = self.entity(place.id)
            before = _LOCAL_AUTHORITY.search(self.text[max(0, place.start - 12) : place.start])
            if entity is None or entity.classification != "municipality" or before is None:
                continue
            start = place.start - (len(before.group(0)))
            name = " ".join(self.text[start : place.end].split())
            body = Entity(
                mint("organisation", slug(name)),
                "organisation",
                name,
                classification="local_authority",
                located_in=entity.id,
                source="text",
            )
            self.made[body.id] = body
            self.mention(body, start, place.end, "gazetteer", 0.9)

    def named_projects(self) -> None:
        for match in _QUOTED.finditer(self.text):
            name = match.group(1)
            names = name.split()
            if len(names) < 2 or not all(w[0].isupper() for w in names):
                continue
            if self.gazetteer.lookup(name) or any(
                m.start <= match.start(1) < m.end for m in self.mentions
            ):
                continue
            start, end = sentence_at(self.text, match.start())
            if not _THIS_PROJECT.search(self.text, start, end):
                continue
            parent = self.last(match.start(), "project")
            if parent is None or parent.part_of is None:
                continue
            iri = mint("project", _key(parent.part_of), slug(name))
            entity = Entity(iri, "project", name, part_of=parent.id, source="text")
            self.made[iri] = entity
            self.mention(entity, match.start(1), match.end(1), "project-pattern", 0.75)

    # 5. sites
    def sites(self) -> None:
        places = sorted((m for m in self.mentions if m.type == "place"), key=lambda m: m.start)
        for trigger in _SITE.finditer(self.text):
            _, sentence_end = sentence_at(self.text, trigger.start())
            listed: list[Mention] = []
            cursor, gap_rule = trigger.end(), _SITE_GAP
            for place in places:
                if place.start < cursor or place.start > sentence_end:
                    continue
                if not gap_rule.match(self.text[cursor : place.start]):
                    break
                listed.append(place)
                cursor, gap_rule = place.end, _LIST_GAP
            for place in listed:
                owner = self.owner(trigger.start(), place)
                if owner is not None and place.id is not None:
                    self.site(owner, place)

    def appositions(self) -> None:
        """Sites written next to their organisation, without the word "site"."""
        ordered = sorted(self.mentions, key=lambda m: m.start)
        for previous, place in itertools.pairwise(ordered):
            owner = self.entity(previous.id)
            if place.type != "place" or owner is None or not _passes(owner, "owner"):
                continue
            gap = self.text[previous.end : place.start]
            before = self.text[max(0, previous.start - 40) : previous.start]
            if _APPOSITION.match(gap) or (
                re.fullmatch(r"\s+(?:de\s+|d'|d’)", gap) and _FACILITY.search(before)
            ):
                self.site(owner, place)

    def owner(self, before: int, place: Mention) -> Entity | None:
        existing = self.known.get(f"@site {place.id}")
        if existing is not None:
            return self.entity(existing.part_of)
        return self.last(before, "owner")

    def site(self, owner: Entity, place: Mention) -> None:
        label = self.text[place.start : place.end]
        iri = mint("site", f"{_key(owner.id)}-{_key(place.id or '')}")
        entity = Entity(
            iri,
            "site",
            f"{owner.label} – {place.label}",
            part_of=owner.id,
            located_in=place.id,
            source="text",
        )
        self.made[iri] = entity
        self.known[f"@site {place.id}"] = entity
        self.mentions.append(
            Mention(
                "site",
                entity.label,
                iri,
                self.part,
                place.start,
                place.end,
                label,
                "site-list",
                0.85,
            )
        )

    def remember(self) -> None:
        """What the next part may refer back to."""
        for test in ("programme", "owner", "centre", "project"):
            entity = self.last(len(self.text) + 1, test)
            if entity is not None:
                self.known[f"@{test}"] = entity


def _passes(entity: Entity, test: str) -> bool:
    if test == "owner":
        return entity.type == "organisation" and entity.classification not in OWNERLESS
    if test == "centre":
        return entity.classification == "competence_centre"
    if test == "project":
        return entity.type == "project" and entity.number is not None
    return entity.type == test


def find_entities(
    text: str, part: Part, gazetteer: Gazetteer, known: dict[str, Entity] | None = None
) -> tuple[list[Mention], list[Entity]]:
    """Mentions in one part's text and every entity they need (with what those point to)."""
    reader = _Reader(text, part, gazetteer, {} if known is None else known)
    reader.acronyms()
    reader.lookup()
    reader.projects()
    reader.project_names()
    reader.named_projects()
    reader.local_authorities()
    reader.sites()
    reader.appositions()
    reader.remember()
    pointed = {m.id for m in reader.mentions if m.id}
    for entity in reader.made.values():
        pointed.update(x for x in (entity.part_of, entity.located_in) if x)
    entities = {e.id: e for e in gazetteer.closure(pointed)}
    entities.update({iri: e for iri, e in reader.made.items() if iri in pointed})
    mentions = sorted(reader.mentions, key=lambda m: (m.start, m.end, m.type))
    return mentions, list(entities.values())


def extract_entities(record: Record, gazetteer: Gazetteer | None = None) -> None:
    """Fill `record.mentions` and `record.entities` from the question and the answer texts,
    keeping what is already there (persons from the page header, for instance)."""
    gazetteer = gazetteer or load_gazetteer()
    known: dict[str, Entity] = {}
    seen = {(m.type, m.part, m.start, m.end) for m in record.mentions}
    entities = {e.id: e for e in record.entities}
    parts: list[Part] = ["question", "answer"]
    for part in parts:
        text = record.text_of(part)
        if not text:
            continue
        mentions, found = find_entities(text, part, gazetteer, known)
        for mention in mentions:
            if (mention.type, mention.part, mention.start, mention.end) not in seen:
                record.mentions.append(mention)
                seen.add((mention.type, mention.part, mention.start, mention.end))
        for entity in found:
            current = entities.get(entity.id)
            if current is None or (entity.title and not current.title):
                entities[entity.id] = entity
    record.entities = list(entities.values())
