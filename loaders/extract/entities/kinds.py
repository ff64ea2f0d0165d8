"""Bodies and schemes the reference data lacks, named next to the kind of thing they are.

French introduces an unknown body by what it is, and the words for that are a closed class
(`data/name-heads.json`):
- a lower-case kind noun, its adjectives and complements, then the name: "l'organisation
  flamande de classes moyennes Unizo", "la fédération halieutique Sambre et Oise", "la revue
  « … »". Where the kind noun heads names itself (fédération, union, association…) and only
  adjectives stand between it and the name, they are one name ("Fédération halieutique …");
  otherwise the name is what follows ("Unizo"). A capital right after "de" is a complement
  ("l'association des pêcheurs de Namur"), not a name;
- a noun of support scheme, then the scheme's name: "les prêts Ricochet", "la prime « … »" (the
  noun stays an alias: "prêts Ricochet");
- a legal form or a company word ending a run of capitalised words: "Isis Consult", "Dupont SA";
  a name opened by its article may end with lower-case adjectives before a legal form in
  capitals ("Les Heures claires SCRL");
- a name followed by its kind in apposition or as a predicate: "InterMIRE, le service
  d'appui …", "Ampli est une association …".
Names the reference data or an earlier rule knows, places and persons are left to them.
"""

from __future__ import annotations

import re
from functools import cache

from loaders.extract.entities.adjectives import HEADS_FILE, adjective, lower_case_tail
from loaders.extract.entities.editions import singular
from loaders.extract.entities.heads import ORGANISATION_HEADS
from loaders.extract.entities.institutions import institution_words
from loaders.extract.entities.patterns import (
    AMOUNT,
    LEGAL_FORMS,
    NAME,
    NOT_NAMES,
    QUOTED,
    SPACE,
    named_with_article,
    organisation_at,
    programme_at,
)
from loaders.extract.entities.reader import PartReader, previous_word
from loaders.extract.text import (
    alternation,
    function_words,
    loose_key,
    sentence_at,
    word_lists,
    word_tables,
)
from loaders.reference.persons import load_persons

KIND_NOUNS = word_tables(HEADS_FILE)["kind_nouns"]
NAMING_KINDS = word_lists(HEADS_FILE)["naming_kind_nouns"]
COMPANY_WORDS = word_lists(HEADS_FILE)["company_words"]
SCHEME_NOUNS = word_lists(HEADS_FILE)["programme_kind_nouns"]
APPOSED_KINDS = KIND_NOUNS | word_tables(HEADS_FILE)["apposed_kind_nouns"]
TITLED_KINDS = word_lists(HEADS_FILE)["titled_kind_nouns"]

# A kind noun written as an acronym is also written dotted ("la S.L.S.P. « Logivesdre »").
_DOTTED = {".".join(noun) + ".": noun for noun in KIND_NOUNS if noun.isupper() and len(noun) > 1}
_KIND = re.compile(
    rf"(?<![\w-])({alternation(KIND_NOUNS.keys() | SCHEME_NOUNS | _DOTTED.keys())})(?![\w-])"
)
_TOKEN = re.compile(r"[\w-]+(?:['’](?=\w))?|[«“\"]|\S")
_CONNECTORS = {"de", "des", "du", "d'", "d’", "pour", "en"}
# An acronym of kind that is no legal form names a body only after a determiner of one thing or
# an indefinite article ("la SLSP X", "une SLSP X"; not "aux SLSP", nor a table's "SLSP Logements").
_DETERMINERS = function_words("singular_determiners") | function_words("indefinite_articles")
# Words that end the description of a kind: a clause or another phrase starts.
_STOPS = {"qui", "que", "dont", "où", "et", "ou", "a", "ont", "est", "sont", "avec", "dans"}
_STOPS |= {"par", "sur", "à", "au", "aux", "le", "la", "les", "l'", "l’", "un", "une", "ce"}
_MAX_WORDS = 6
_NAME_AT = re.compile(NAME)
_WHERE = re.compile(r"\s+(?:à|au|aux|en)\s+")
_AMOUNT = re.compile(rf"\s+(?:\w+\s+)?{AMOUNT}")
_QUOTED_AT = re.compile(QUOTED)
_OWNER_TIE = re.compile(r"\s+(?:du|des|de|d['’])\s*(?:la\s+|l['’]\s*)?$")
_CALL_YEAR = re.compile(r"\s+(?:19|20)\d\d$")
# Up to four capitalised words, joined by "&" or "de/du/des/d'", after an optional capitalised
# article ("Le Tiroir des Saveurs SA", "Scierie Lambotte & Fils SA"), then the company word.
_COMPANY = re.compile(
    rf"(?<![\w-])((?:(?:Les|Le|La|L['’]){SPACE}?)?[A-ZÀ-Ý][\w'’.-]*"
    rf"(?:{SPACE}(?:&{SPACE}|(?:de|du|des|d['’]){SPACE}?)?[A-ZÀ-Ý][\w'’.-]*){{0,3}}){SPACE}("
    + alternation(COMPANY_WORDS)
    + r")(?![\w-])"
)
# A name opened by its article, a capitalised word and one or two lower-case adjectives, then a
# legal form in capitals: "Les Heures claires SCRL", "Le Logis montagnard SCRL" (not "Namur
# compte trois asbl": no article, and "asbl" in lower case is a common noun).
_SMALL_WORDS = function_words("complement_openers") | function_words("singular_determiners")
_NAMED_WITH_FORM = re.compile(
    rf"(?<![\w-])((?:Les|Le|La|L['’]){SPACE}?[A-ZÀ-Ý][\w'’-]*"
    rf"(?:{SPACE}(?!(?:{alternation(_SMALL_WORDS)})(?:['’]|(?![\w-])))[a-zà-ÿ][\w'’-]*){{1,2}})"
    rf"{SPACE}({alternation(form for form in LEGAL_FORMS if form.isupper())})(?![\w-])"
)
# The words that end the names of non-profits ("Gaume Jazz Festival"); other company words a firm's.
_NON_PROFIT_ENDINGS = {"ASBL", "AISBL", "VZW", "FESTIVAL"}
_ARTICLE = re.compile(r"(?:Les|Le|La|L['’])\s*(?=[A-ZÀ-Ý])")
_APPOSED = re.compile(
    r"(?<![\w-])([A-ZÀ-Ý][\w&'’.-]*(?:\s+[A-ZÀ-Ý][\w&'’.-]*){0,3})"
    r"(?:\s*,\s*(?:le|la|l['’])\s*|\s+(?:,\s*)?(?:qui\s+)?est\s+(?:un|une)\s+)"
    rf"({alternation(APPOSED_KINDS)})(?![\w-])"
)


# "Selon l'Interfédé, …", "d'après le SDI.": one capitalised word a source is quoted by, whole
# before its punctuation, is who speaks; a person would have a first name, a place no article.
_SOURCE = re.compile(
    r"\b(?:[Ss]elon|[Dd]['’]après)\s+(?:l['’]|le\s+|la\s+)([A-ZÀ-Ý][\w-]+)(?=\s*[,.;:)])"
)

# Capitalised words that name no one body alone: sentence openers, institutions by their noun.
_COMMON = NOT_NAMES | word_lists(HEADS_FILE)["institution_nouns"]
# "un représentant de Federgon", "les membres de Natagora": one capitalised word, alone, after a
# noun of who belongs to or speaks for a body (`member_nouns`), is that body.
_MEMBER = re.compile(
    rf"\b(?i:{alternation(word_lists(HEADS_FILE)['member_nouns'])})\s+"
    r"(?:de\s+l['’]|de\s+la\s+|du\s+|de\s+|d['’])([A-ZÀ-Ý][\w-]+)(?![\w'’-])(?!\s+[A-ZÀ-Ý0-9])"
)


def read_kind_names(reader: PartReader) -> None:
    """Names after a kind noun, names ending with a company word, names with their kind apposed,
    the body a source is quoted by or a member speaks for."""
    text = reader.text
    for match in [*_SOURCE.finditer(text), *_MEMBER.finditer(text)]:
        word = match.group(1)
        common = word.lower() in KIND_NOUNS or word in ORGANISATION_HEADS or word in _COMMON
        title = word.lower() in institution_words("person_titles")
        if not (common or title or is_party(word) or _known(reader, *match.span(1))):
            organisation_at(reader, match.start(1), match.end(1), None)
    for match in _KIND.finditer(text):
        # the noun as listed: its words may be split over a line
        kind = " ".join(match.group(1).split())
        kind = _DOTTED.get(kind, kind)
        if (
            kind.isupper()
            and kind not in LEGAL_FORMS
            and previous_word(text, match.start()) not in _DETERMINERS
        ):
            continue  # "SLSP  Logements  Montant": an acronym of kind heads a table, not a name
        _after_kind(reader, kind, match.start(), match.end())
    for match in [*_COMPANY.finditer(text), *_NAMED_WITH_FORM.finditer(text)]:
        _company(reader, match.start(1), match.end(2))
    for match in _APPOSED.finditer(text):
        start, end = match.span(1)
        initial = sentence_at(text, start)[0] == start and "est" not in match.group(0)
        if initial and sum(c.isupper() for c in match.group(1)) < 2:
            continue  # a capital that starts a sentence says nothing before a comma
        if match.group(1).split()[0] not in NOT_NAMES and not _known(reader, start, end):
            kind = APPOSED_KINDS[" ".join(match.group(2).split())]
            organisation_at(reader, start, end, kind)


def _company(reader: PartReader, start: int, end: int) -> None:
    """A company name ending with its company word or legal form. A capitalised article inside
    a sentence is part of the name ("Au 31 mai, Le Tiroir des Saveurs SA"); at a sentence start
    it is the sentence's. A place inside is part of the name ("Ardenne Panneaux SRL")."""
    text = reader.text
    article = _ARTICLE.match(text, start)
    if article and sentence_at(text, start)[0] == start:
        start = article.end()
    with_article = article is not None and start != article.end()
    if not with_article and text[start:end].split()[0] in NOT_NAMES:
        return
    if reader.named_over(start, end):
        return
    # a name with its article is delimited like a quoted one: the article is no clause start
    kind = "non_profit" if text[start:end].split()[-1].upper() in _NON_PROFIT_ENDINGS else "company"
    organisation_at(reader, start, end, kind, quoted=with_article)
    if any(m.start == start and m.end == end for m in reader.mentions):
        reader.drop_places_inside(start, end)


@cache
def _parties() -> frozenset[str]:
    parties = load_persons().parties.values()
    return frozenset(loose_key(n) for p in parties for n in (p.short, p.label, *p.aliases))


def is_party(name: str) -> bool:
    """A party's name ("le groupe Ecolo" is a party's group, not a body to extract)."""
    return loose_key(name) in _parties()


def _known(reader: PartReader, start: int, end: int | None = None) -> bool:
    """A mention (a place, a person, a known body) already covers part of this span."""
    end = start + 1 if end is None else end
    return any(m.start < end and start < m.end for m in reader.mentions)


def _after_kind(reader: PartReader, kind: str, start: int, position: int) -> None:
    """The name a kind noun introduces, through its adjectives and complements."""
    text = reader.text
    _, sentence_end = sentence_at(text, position)
    pending, complement = False, False
    for words, token in enumerate(_TOKEN.finditer(text, position, sentence_end)):
        word = token.group(0)
        if word in '«“"':
            quoted = _QUOTED_AT.match(text, token.start())
            if quoted and not complement and kind in SCHEME_NOUNS:
                # "le prêt « ricochet »", "des prêts « Inondations »": also "prêt ricochet"
                head, *rest = kind.split()
                written = " ".join([singular(head), *rest, quoted.group(1)])
                programme_at(reader, quoted.start(1), quoted.end(1), written, True)
            elif quoted and not complement:
                organisation_at(reader, quoted.start(1), quoted.end(1), KIND_NOUNS[kind], True)
            return
        if word[0].isupper():
            if not pending:
                _name(reader, kind, start, token.start(), words > 0 and not complement)
            return
        lower = word.lower()
        if words >= _MAX_WORDS or lower in _STOPS or not word[0].isalpha():
            return
        if lower in _CONNECTORS:
            pending, complement = True, True
        elif pending:
            pending = False  # the noun of a complement ("de classes")
        elif not (adjective(word) or complement):
            return


def _name(reader: PartReader, kind: str, start: int, position: int, with_kind: bool) -> None:
    """The capitalised name at `position`; with its kind noun when they form one name."""
    found = _NAME_AT.match(reader.text, position)
    # a legal form before a name ("la SPRL Ardenne Composites") makes all of it a company's
    # name, a place inside included; after other kind nouns a known place keeps its reading
    legal = kind in LEGAL_FORMS
    if found is None or (not legal and _known(reader, position)):
        return
    if legal and reader.named_over(position, position + len(found.group(1))):
        return
    whole = named_with_article(found.group(1))
    if found.group(1).split()[0] in NOT_NAMES and not whole:
        return
    if is_party(found.group(1)):
        return
    # "l'entreprise X à Seraing": where it is, not its name
    end = position + len(_WHERE.split(found.group(1))[0])
    if kind not in SCHEME_NOUNS and end == position + len(found.group(1)):
        end = lower_case_tail(reader.text, end)
    # "la zone de police X et 298.100 euros": an amount ends the name, with the word joining it
    amount = _AMOUNT.search(reader.text, position, end)
    end = amount.start() if amount else end
    # "la maison de repos Les Aubépines du CPAS de Fleurus": the body it belongs to ends it (a
    # place does not: "l'entreprise Bois Durable des Fagnes SCRL")
    owner = min(
        (m.start for m in reader.mentions if position < m.start < end and m.type == "organisation"),
        default=None,
    )
    tie = _OWNER_TIE.search(reader.text, position, owner) if owner is not None else None
    end = tie.start() if tie else end
    if kind in SCHEME_NOUNS:
        if kind in institution_words("call_nouns"):
            # "l'appel à projets X 2021": the name stops before the year, which the second
            # pass of editions.py reads as the call's edition, part of the call X
            end = position + len(_CALL_YEAR.sub("", reader.text[position:end]))
        programme_at(reader, position, end, reader.text[start:end])
        return
    if (with_kind and kind in NAMING_KINDS) or kind in TITLED_KINDS:
        position = start
    organisation_at(reader, position, end, KIND_NOUNS[kind], quoted=whole)
    if legal and any(m.start == position and m.end == end for m in reader.mentions):
        reader.drop_places_inside(position, end)
