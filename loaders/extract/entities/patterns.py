"""Organisations and programmes the gazetteer does not know, read from how French names them.

A name the reference data lacks is still recognisable by the noun that introduces it:
- organisations: "le CPAS de Chimay", "la Maison du Tourisme du Pays de Herve", "la Maison de
  l'emploi de Mons", "la Mission régionale pour l'emploi de Charleroi", "l'ASBL « Les Amis du
  Parc »", "l'ASBL Natur'Actions", "l'association Interface3.Namur", "la société Ampacimon";
- programmes: "l'appel à projets « Communes pilotes »", "le plan « Wallonie en fleurs »",
  "le programme Interreg Meuse-Rhin", "le dispositif Airbag", "le Plan Canopée".
These are weaker than a gazetteer name (method "pattern", lower confidence), and each needs the
introducing noun: a capitalised word alone, or an acronym nobody defined, is never taken.
A programme's level comes from its name ("wallon" is regional, "européen" eu, "fédéral"
national) when the name says it.
"""

from __future__ import annotations

import re
from pathlib import Path

from loaders.extract.entities.adjectives import lower_case_tail
from loaders.extract.entities.reader import PartReader
from loaders.extract.text import CELL_GAP, alternation, loose_key, word_lists, word_tables
from loaders.ids import mint, slug
from loaders.record import Entity, MentionType

_APOS = r"['’]"
_HEADS_FILE = Path(__file__).resolve().parents[1] / "data" / "name-heads.json"
LEGAL_FORMS = word_lists(_HEADS_FILE)["legal_forms"]
QUOTED = r"[«“\"]\s*([^»”\"]{2,80}?)\s*[»”\"]"
_QUOTATION_MARKS = re.compile(r"[«»“”\"]")
# A proper name: capitalised words, with the small words French puts inside names.
# ("Air/Climat": a slash before a capital joins two words of one name)
_WORD = r"[A-ZÀ-ÖØ-Þ0-9](?:[\w’'&+-]|\.(?=\w)|/(?=[A-ZÀ-ÖØ-Þ]))*"
_SMALL = r"(?:de|du|des|d['’]|la|le|les|l['’]|et|&|en|à|au|sur)"
# A name starts with a letter: "le CPAS du 20 mars" names no CPAS "20" (names stop at dates).
# An amount ("le CPAS de Liège 486.000 euros") ends a name: a number with a separator is none of it.
AMOUNT = r"\d[\d.]*[.,]\d"
# One space between the words of a name: a tab or a run of spaces separates a table's cells.
# (a group, so that "{SPACE}?" makes the whole space optional: "du Ry d'Argent SCRL")
SPACE = rf"(?:(?!{CELL_GAP})[ \u00a0])"
# "de la", "de l'" between two words: "Les Toits de l'Escaut", "Maison de la Laïcité"; not
# before an acronym, the owner the name is of ("les prêts Ricochet de la SOWALFIN").
_SMALLS = rf"(?:de{SPACE}(?:la{SPACE}|l{_APOS}{SPACE}?)(?![A-Z]{{2}})|{_SMALL}{SPACE}?)"
NAME = rf"((?=[^\W\d]){_WORD}(?:{SPACE}{_SMALLS}?(?!{AMOUNT}){_WORD})*)"
_OF_PLACE = rf"(?:de\s+la\s+|de\s+l{_APOS}|du\s+|des\s+|de\s+|d{_APOS})"

# Organisations whose name is "<kind> de <place or name>" (`local_body_heads`): acronyms with
# their case, the other heads in any case ("la régie communale autonome de Dison").
LOCAL_HEADS = word_tables(_HEADS_FILE)["local_body_heads"]
_LOCAL_CLASSES = {loose_key(head): kind for head, kind in LOCAL_HEADS.items()}
_LOCAL_ACRONYMS = alternation(h for h in LOCAL_HEADS if h.isupper())
_LOCAL_NAMES = alternation(h for h in LOCAL_HEADS if not h.isupper()).replace("'", _APOS)
_LOCAL_BODIES = re.compile(rf"\b({_LOCAL_ACRONYMS}|(?i:{_LOCAL_NAMES}))\s+{_OF_PLACE}?{NAME}")
_ASBL = re.compile(
    rf"\b(?:l{_APOS}|une\s+|l['’]\s*)?(?:ASBL|asbl|A\.S\.B\.L\.)\s+(?:{QUOTED}|{NAME})"
)
# "l'association Interface3.Namur", "la fondation Terre Vive": a common noun of kind, then a name.
_ASSOCIATION = re.compile(
    rf"\b(?:l{_APOS}|une\s+|cette\s+|la\s+|de\s+l{_APOS})\s*"
    rf"(?:association|fondation|coopérative|ASBL\s+de\s+fait)\s+{NAME}"
)
_COMPANY = re.compile(rf"\b(?:la|une|cette)\s+(?:société|entreprise|start-up|firme)\s+{NAME}")

# Programmes introduced by what they are.
# The scheme noun, with up to two words that qualify it ("le programme opérationnel FEDER
# « … »"), then the quoted name.
_PROGRAMME_QUOTED = re.compile(
    rf"\b(?P<head>(?:appels?\s+à\s+(?:projets|candidatures|manifestation\s+d{_APOS}intérêt)"
    rf"|plan|programme|dispositif|fonds|mesure|stratégie|initiative|prime)"
    rf"(?P<qualifier>\s+(?:opérationnel|wallon|régional|européen|stratégique|FEDER|FSE|FEADER)){{0,2}})"
    rf"\s+{QUOTED}",
    re.IGNORECASE,
)
# The quoted name's group in `_PROGRAMME_QUOTED`: QUOTED's own, after "head" and "qualifier".
_QUOTED_NAME = 3
_PROGRAMME_NAMED = re.compile(
    rf"\b(?:(?:[Ll]e|[Dd]u|[Aa]u|[Cc]e|[Uu]n)\s+(?:programme|dispositif)|(?<![.!?]\s)Plan)\s+{NAME}"
)
# "le projet de plan Air/Climat": "plan" in lower case right before a capitalised name of
# three letters or more heads the name ("Plan Air/Climat"), as the capitalised "Plan" does.
_PLAN_NAMED = re.compile(rf"\b(?:le|du|au|ce|un|de)\s+(plan\s+(?=[A-ZÀ-ÖØ-Þ][^\W\d]{{2}}){NAME})")
_LEVELS = (
    ("regional", re.compile(r"\b(?:wallon\w*|Wallonie|régional\w*)\b", re.IGNORECASE)),
    ("eu", re.compile(r"\b(?:europ\w*|UE|EU)\b", re.IGNORECASE)),
    ("national", re.compile(r"\b(?:fédéra\w*|national\w*|belge)\b", re.IGNORECASE)),
)
# Words that start a sentence or a clause rather than a name ("le programme Le Gouvernement…").
NOT_NAMES = {"Le", "La", "Les", "Un", "Une", "Ce", "Cette", "Il", "Elle", "En", "Dans", "Pour"}
NOT_NAMES |= {"À", "Au", "Aux", "Par", "Selon", "Depuis", "Avec", "Chez", "Sur", "Si", "Et"}


def named_with_article(name: str) -> bool:
    """ "l'asbl Les Amis du Moulin": after a kind noun, a capitalised article followed by a
    capitalised word opens the name (it starts no clause there)."""
    words = name.split()
    return len(words) > 1 and words[0] in {"Le", "La", "Les"} and words[1][:1].isupper()


def level_of(name: str) -> str | None:
    """The level a programme's own name states ("Plan wallon …" is regional), else none."""
    for level, pattern in _LEVELS:
        if pattern.search(name):
            return level
    return None


def read_patterns(reader: PartReader) -> None:
    """Organisations and programmes introduced by their kind, where no gazetteer name is."""
    text = reader.text
    for match in _LOCAL_BODIES.finditer(text):
        classification = _LOCAL_CLASSES[loose_key(match.group(1))]
        # "CPAS de Gembloux Maison de repos …" (a flattened table row): the town after "de"
        # ends the name; one right after the kind opens it ("la Régie communale autonome
        # Mouscron Sports")
        of_place = match.end(1) < match.start(2) and text[match.end(1) : match.start(2)].strip()
        town = reader.place_from(match.start(2)) if of_place else None
        end = min(match.end(), town.end) if town is not None else match.end()
        organisation_at(reader, match.start(), end, classification)
    for match in _ASBL.finditer(text):
        group = 1 if match.group(1) else 2
        whole = group == 1 or named_with_article(match.group(group))
        end = match.end(group) if group == 1 else lower_case_tail(text, match.end(group))
        organisation_at(reader, match.start(group), end, "non_profit", quoted=whole)
    for match in _ASSOCIATION.finditer(text):
        organisation_at(reader, match.start(1), lower_case_tail(text, match.end(1)), "non_profit")
    for match in _COMPANY.finditer(text):
        organisation_at(reader, match.start(1), lower_case_tail(text, match.end(1)), "company")
    for match in _PROGRAMME_QUOTED.finditer(text):
        # "le programme opérationnel « Convergence »" is the reference's "Programme
        # opérationnel Convergence" when it knows it so, qualified as written (a bare
        # "programme « Convergence »" may be another fund's); else the quoted name, its own.
        quoted = match.span(_QUOTED_NAME)
        if match.group("qualifier"):
            written = f"{match.group('head')} {match.group(_QUOTED_NAME)}"
            known = [e for e in reader.gazetteer.lookup(written) if e.type == "programme"]
            if known and _free(reader, match.start(), match.end(), "programme"):
                reader.mention(known[0], match.start(), match.end(), "gazetteer", 0.9)
                continue
        programme_at(reader, *quoted, match.group(0), quoted=True)
    for match in _PROGRAMME_NAMED.finditer(text):
        start = match.start(1) if not match.group(0).startswith("Plan") else match.start()
        programme_at(reader, start, match.end(1), match.group(0))
    for match in _PLAN_NAMED.finditer(text):
        programme_at(reader, match.start(1), match.end(1), match.group(1))


def _free(reader: PartReader, start: int, end: int, kind: MentionType) -> bool:
    """No mention of that kind (nor an organisation/programme read otherwise) over the span."""
    taken = {kind, "organisation", "programme", "project"}
    return not any(m.start < end and start < m.end and m.type in taken for m in reader.mentions)


def _name_at(
    reader: PartReader, start: int, end: int, kind: MentionType, quoted: bool
) -> tuple[int, int, str] | None:
    """The span a pattern matched, trimmed, and the name it writes (spacing folded, a capital
    first), if that name is long enough, free, and (unless quoted) not a clause that starts with
    an article."""
    start, end = _trim(reader.text, start, end)
    end = reader.through_place(end)
    located = _LOCATED.search(reader.text, start, end)
    if located is not None and located.end() == end and reader.names_a_place(located.group(1)):
        end = located.start()  # "la Fondation Les Pléiades à Mouscron": where it stands
    name = " ".join(reader.text[start:end].split())
    name = name[:1].upper() + name[1:]
    if len(name) < 3 or not _free(reader, start, end, kind):
        return None
    return (start, end, name) if quoted or name.split()[0] not in NOT_NAMES else None


# "… à Mouscron" ending a name: the town the body stands in, when the reference knows it.
_LOCATED = re.compile(r" (?:à|au|aux) ([A-ZÀ-Ý][\w'’-]*)$")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop trailing dots and connectors that the name pattern may have swallowed."""
    surface = text[start:end]
    trimmed = re.sub(r"(?:[\s.,]+|\s+(?:de|du|des|la|le|les|et|en|à|au|sur))+$", "", surface)
    return start, start + len(trimmed)


def organisation_at(
    reader: PartReader, start: int, end: int, classification: str | None, quoted: bool = False
) -> None:
    named = _name_at(reader, start, end, "organisation", quoted)
    if named is None:
        return
    start, end, name = named
    bare = without_legal_form(name)
    found = reader.gazetteer.lookup(name) or reader.gazetteer.lookup(bare)
    entity = next((e for e in found if e.type == "organisation"), None)
    entity = (
        entity
        or bracketed_owner(reader, start, end)
        or reader.make(
            Entity(
                mint("organisation", slug(bare)),
                "organisation",
                name,
                aliases=[bare] if bare != name else [],
                classification=classification,
                source="text",
            )
        )
    )
    reader.mention(entity, start, end, "pattern", 0.6)


_OPENING = re.compile(r"\(\s*$")
_CLOSING = re.compile(r"\s*\)")


def bracketed_owner(reader: PartReader, start: int, end: int) -> Entity | None:
    """The body named right before the brackets that hold this whole name: "le Centre
    d'Economie rurale (CER Groupe)" names one body twice, as "X (acronym)" does."""
    text = reader.text
    opening = _OPENING.search(text, max(0, start - 3), start)
    if opening is None or not _CLOSING.match(text, end):
        return None
    before = text[: opening.start()].rstrip()
    return next(
        (
            reader.entity(m.id)
            for m in reader.mentions
            if m.type == "organisation" and m.end == len(before) and reader.entity(m.id)
        ),
        None,
    )


def without_legal_form(name: str) -> str:
    """ "Comet Traitements SA" is the company "Comet Traitements" the text may name without its
    legal form: both are keyed by the name without it, so they are one entity."""
    head, _, last = name.rpartition(" ")
    return head if head and last in LEGAL_FORMS else name


def programme_at(
    reader: PartReader, start: int, end: int, written: str, quoted: bool = False
) -> None:
    # "le plan « CPAS Inondations »": a body a pattern read inside a scheme's quoted title is
    # words of the title, when the title is free otherwise (a body the reference knows stays:
    # "le dispositif « Centres de compétence »" names the centres)
    inside = [
        m
        for m in reader.mentions
        if quoted
        and m.type == "organisation"
        and m.method != "gazetteer"
        and start <= m.start
        and m.end <= end
    ]
    reader.mentions[:] = [m for m in reader.mentions if m not in inside]
    named = _name_at(reader, start, end, "programme", quoted)
    if named is None:
        reader.mentions += inside
        return
    start, end, name = named
    # the name as written, without its quotation marks: "plan « X »" is also "plan X"
    written = " ".join(_QUOTATION_MARKS.sub(" ", written).split())
    found = reader.gazetteer.lookup(name)
    entity = next((e for e in found if e.type == "programme"), None) or reader.make(
        Entity(
            mint("programme", slug(name)),
            "programme",
            name,
            aliases=sorted({written} - {name}),
            level=level_of(name),
            source="text",
        )
    )
    reader.mention(entity, start, end, "pattern", 0.6)
