"""Acronym definitions, "Plan de relance de la Wallonie (PRW)": the acronym becomes an alias of
the entity its long form names, for the rest of the document.

The long form is the shortest run of words before the parentheses whose initials spell the
acronym. A long form the gazetteer does not know but whose head noun says what it is ("Agence …",
"Plan …") becomes a new entity; any other is left alone, since an unknown acronym of unknown kind
would only add noise.
"""

from __future__ import annotations

import re
from functools import cache

from loaders.extract.entities.adjectives import HEADS_FILE
from loaders.extract.entities.heads import ORGANISATION_HEADS, is_body
from loaders.extract.entities.patterns import level_of
from loaders.extract.entities.reader import PartReader, previous_word
from loaders.extract.text import (
    ends_dotted_acronym,
    exact_key,
    function_words,
    loose_key,
    sentence_at,
    word_lists,
    word_tables,
    words,
)
from loaders.ids import mint, slug
from loaders.record import Entity, MentionType

STOPWORDS = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "pour", "à", "au", "aux"}
ORG_HEADS = word_lists(HEADS_FILE)["defined_organisation_heads"]
PROGRAMME_HEADS = word_lists(HEADS_FILE)["defined_programme_heads"]
_CLASS_OPENERS = function_words("class_openers")
# Lower-case nouns of kind ("l'asbl", "la société") that may stand before an acronym.
KIND_NOUNS = word_tables(HEADS_FILE)["kind_nouns"].keys()

# Two capitals at least ("AWEX", "PwDR"), or one when the reference knows it ("Awex").
_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z0-9&.+]*[A-Z][A-Za-z0-9&.+]*|[A-Z][a-z]{2,7})\s*\)")


def initials_fit(letters: str, initials: list[tuple[str, bool]]) -> bool:
    """Whether acronym letters are the initials in order: every content word gives its initial,
    stopwords may give theirs or not ("Agence du Numérique" is AdN, "Plan de relance" is PR)."""
    if not initials:
        return not letters
    (initial, is_stop), rest = initials[0], initials[1:]
    if letters and initial == letters[0] and initials_fit(letters[1:], rest):
        return True
    return is_stop and initials_fit(letters, rest)


def prefixes_fit(letters: str, parts: list[str], skip: bool) -> bool:
    """Whether acronym letters are taken, in order, from the beginnings of the words' parts:
    "POLLEC" from "POLitique Locale Energie Climat", "SRPA" from "Société royale protectrice
    des animaux"; the first part always gives its initial. Without `skip` every content word
    gives at least its initial; with it, a word may give none ("HCR" for "Haut-Commissariat des
    Nations unies pour les réfugiés": only for a long form that starts with a head noun)."""
    folded = [loose_key(p) for p in parts]
    stops = [p.lower() in STOPWORDS for p in parts]

    @cache
    def fit(i: int, j: int) -> bool:
        if j == len(folded):
            return i == len(letters)
        part = folded[j]
        for k in range(min(len(part), len(letters) - i), 0, -1):
            if part[:k] == letters[i : i + k] and fit(i + k, j + 1):
                return True
        may_skip = j > 0 and (skip or stops[j])
        return may_skip and fit(i, j + 1)

    return bool(letters) and fit(0, 0)


def _parts(text: str) -> list[str]:
    """Words and the parts of hyphenated ones ("Haut-Commissariat": Haut, Commissariat)."""
    return [part for word in text.split() for part in re.split(r"[-'’]", word) if part]


def read_acronyms(reader: PartReader) -> None:
    """Every "(ACRONYM)" whose long form precedes it in the same sentence: the shortest run of
    words whose initials spell it; else the shortest whose word beginnings spell it; else, for a
    long form opened by a head noun, one whose beginnings hold its letters in order."""
    text = reader.text
    for match in _ACRONYM.finditer(text):
        acronym = match.group(1)
        # "(Mirelux)": a word with one capital is an acronym the reference knows, or one a
        # body's long form opened by its head noun contracts; never a place's name ("(Namur)")
        contracted = sum(c.isupper() for c in acronym) < 2 and not _known_name(reader, acronym)
        if contracted and reader.gazetteer.lookup(acronym):
            continue
        letters = "".join(c.lower() for c in acronym if c.isalpha())
        start, _ = sentence_at(text, match.start())
        spans = words(text[start : match.start()])
        runs = []
        for size in range(1, min(len(spans), 2 * len(letters) + 4) + 1):
            chosen = spans[-size:]
            first = text[start + chosen[0][0] : start + chosen[0][1]]
            if first.lower() in STOPWORDS:
                continue
            spanned = text[start + chosen[0][0] : match.start()]
            if re.search(r"[;:()«»]", spanned) or ("," in spanned and not _LISTED.match(spanned)):
                break  # a long form spans no bracket, and a comma only inside a list of names
            # a period or edition before the brackets is the scheme's, not its name's
            named = [w for w in chosen if not text[start + w[0]].isdigit()] or chosen
            end = start + named[-1][1]
            if text[end : end + 1] == "." and ends_dotted_acronym(text[start:end]):
                end += 1  # "… et des P.M.E. (SDI)": the acronym's last dot is the name's
            runs.append((start + chosen[0][0], end))
        for fits in (_organisation_headed,) if contracted else (_initials, _beginnings, _headed):
            # a list inside a long form is read only where every initial fits
            tried = runs if fits is _initials else [r for r in runs if "," not in text[r[0] : r[1]]]
            found = next((r for r in tried if fits(letters, text[r[0] : r[1]])), None)
            if found is not None:
                _define(reader, acronym, *found)
                reader.definitions.append(match.span(1))
                break


# "Commission royale des Monuments, Sites et Fouilles (CRMSF)": capitalised nouns listed inside
# a long form, each after a comma, the last after "et".
_LISTED = re.compile(
    r"[^,]+(?:,\s+[A-ZÀ-Ý][^,]*)+\s+et\s+(?:(?:l['’]|la|le|les|des|de|du)\s*)?[A-ZÀ-Ý][^,]*$"
)


def _initials(letters: str, long_form: str) -> bool:
    return initials_fit(
        letters, [(w[0].lower(), w.lower() in STOPWORDS) for w in long_form.split()]
    )


def _beginnings(letters: str, long_form: str) -> bool:
    return prefixes_fit(letters, _parts(long_form), skip=False)


def _headed(letters: str, long_form: str) -> bool:
    """A head noun opens the long form: a body's in any case ("du syndicat des indépendants et
    des P.M.E. (SDI)": a defined body is named by its acronym whatever the case of its long
    form), a scheme's only capitalised (a lower-case "plan d'action … (PAEDC)" is a common noun,
    every town's plan)."""
    head = long_form.split()[0]
    headed = head.lower() in ORG_HEADS or (head[:1].isupper() and head.lower() in PROGRAMME_HEADS)
    return headed and prefixes_fit(letters, _parts(long_form), skip=True)


def _organisation_headed(letters: str, long_form: str) -> bool:
    """A contraction ("Mirelux" for "Mission régionale pour l'emploi de la province de
    Luxembourg"): only a body's capitalised head noun opens its long form."""
    head = long_form.split()[0]
    return head[:1].isupper() and head.lower() in ORG_HEADS and _headed(letters, long_form)


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
        if not spans or reader.known.get(exact_key(acronym)):
            continue
        known = reader.gazetteer.lookup(acronym)
        if known:
            _another_name(reader, known[0], start, end)
            continue  # a known acronym: the reference's reading stands
        if not (initials_fit(letters, initials) or _beginnings(letters, match.group(2))):
            continue
        _define(reader, acronym, start, end, previous_word(text, match.start()))
        reader.definitions.append((start, end))


def _known_name(reader: PartReader, acronym: str) -> Entity | None:
    """The organisation or programme the reference knows by this acronym, if any."""
    kinds = {"organisation", "programme"}
    found = reader.gazetteer.lookup(acronym) or reader.gazetteer.lookup(acronym.upper())
    return next((e for e in found if e.type in kinds), None)


def _another_name(reader: PartReader, entity: Entity, start: int, end: int) -> None:
    """ "l'ADEPS (Administration générale du Sport)": a long form in brackets after a known
    acronym, opened by a capitalised head noun of the same kind, is another name of that body,
    not a new one (whether or not its initials fit: names change, acronyms stay)."""
    head = reader.text[start:end].split()[0]
    heads = ORG_HEADS if entity.type == "organisation" else PROGRAMME_HEADS
    if head[:1].isupper() and head.lower() in heads:
        reader.mention(entity, start, end, "acronym-definition", 0.7)
        reader.definitions.append((start, end))


def _define(reader: PartReader, acronym: str, start: int, end: int, before: str = "") -> None:
    """The entity the long form names: known, else new when its head noun, or the kind noun
    written before the acronym ("le programme POLLEC (Politique Locale …)"), says its kind."""
    long_form = reader.text[start:end]
    head, *rest = long_form.split(maxsplit=1)
    plural = f"{head}s {rest[0]}" if rest else f"{head}s"
    found = reader.gazetteer.lookup(long_form) or reader.gazetteer.lookup(plural)
    if found:
        reader.known[exact_key(acronym)] = found[0]
        return
    known = _known_name(reader, acronym)
    if known is not None:
        # "l'Agence wallonne à l'exportation (Awex)": a shorter long form of a known body
        reader.mention(known, start, end, "acronym-definition", 0.7)
        return
    if long_form[:1].islower() and previous_word(reader.text, start) in _CLASS_OPENERS:
        return  # "un groupe d'action locale (GAL)": any body of that kind, not one body
    kind: MentionType
    head = head.split(".")[0]  # "féd.sportive": an abbreviated head
    fund_as_body = head.lower() == "fonds" and is_body(reader.text, start, end)
    if head.lower() in ORG_HEADS or (head[:1].isupper() and before in KIND_NOUNS) or fund_as_body:
        kind = "organisation"
    elif head.lower() in PROGRAMME_HEADS or (head[:1].isupper() and before in PROGRAMME_HEADS):
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
