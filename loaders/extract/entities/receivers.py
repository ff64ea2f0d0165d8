"""Bodies named only by what they do with money: the subject of a verb of receiving.

"Les Ardentes ont en outre reçu 25.000 euros", "le Préhistomuseum, à Flémalle, se voit attribuer
145.000 euros", "les Nuits du Bois et Les Gibiers en perçoivent respectivement N et M": a proper
name no reference list, head noun or kind noun announces is still a party when it is the subject
of a verb of receiving (the frames lexicon's `receive` verbs, "se voit attribuer", "a été
subventionné") in a clause that names an amount. People, places, institutions by their common
noun ("la Région", "les Provinces"), kinds in the plural ("les CPAS"), inhabitants ("les
Namurois") and the words that open sentences ("Chaque", "Celle-ci") are not such names, and a
name right after a preposition is a complement, not a subject.
"""

from __future__ import annotations

import re

from loaders.extract.entities.adjectives import HEADS_FILE, adjective, of_a_place, of_origin
from loaders.extract.entities.heads import ORGANISATION_HEADS
from loaders.extract.entities.institutions import institution_words
from loaders.extract.entities.kinds import KIND_NOUNS, is_party
from loaders.extract.entities.patterns import LOCAL_HEADS, NAME, organisation_at
from loaders.extract.entities.reader import PartReader
from loaders.extract.funding.frames import GIVING_STEMS, RECEIVING_STEMS
from loaders.extract.numbers import WORDS_RE
from loaders.extract.text import function_words, sentence_at, word_lists

_ARTICLE = r"(?:(?:les|le|la|l['’])\s*)"
# A name, and up to two lower-case adjectives of its own ("La Lanterne magique").
_SUBJECT = rf"(?<![\w'’-])({_ARTICLE}?{NAME}(?:\s+[a-zà-ÿ][\w-]*){{0,2}})"
# Between the subject and its verb: an apposition, auxiliaries, pronouns, adverbs.
_GAP = (
    r"(?:\s*,[^,;.:\n]{1,80},|\s*\([^()\n]{1,40}\))?"
    r"(?:\s+(?:a|ont|avait|avaient|aura|auront|aurait|auraient|n['’]\s*a|ne|n['’]|en|y|lui|leur"
    r"|également|aussi|déjà|ainsi|encore|notamment|chacune?|pour\s+sa\s+part|en\s+outre"
    r"|quant\s+à\s+(?:elle|lui)|s['’]\s*est|se|été))*"
)
# The verbs that make their subject a receiver: "reçoit", "bénéficie", "se voit attribuer", "a
# été subventionnée".
_RECEIVING = (
    rf"\s+(?:{RECEIVING_STEMS}|voi\w*\s+{GIVING_STEMS}"
    r"|(?<=été\s)(?:financ|subventionn|subsidi|soutenu|aidé|cofinanc))\w*"
)
# Two names joined by "et" before an article: "Les Nuits du Bois et Les Gibiers" (a name's own
# "et" joins bare words: "Ourthe et Amblève").
_JOINED = re.compile(r"\s+et\s+(?=(?:Les|Le|La|L['’])\s*[A-ZÀ-Ý])")
_AND_BEFORE = re.compile(rf"{_SUBJECT}\s+et\s+$")
_COORDINATED = re.compile(rf"{_SUBJECT}\s*,\s*$")
_RECEIVER = re.compile(rf"{_SUBJECT}(?={_GAP}{_RECEIVING})")
# An amount in the rest of the clause: a number with a currency or a scale word after it.
_AMOUNT = re.compile(r"\d[\d .,\u00a0]*(?:euros?|EUR|€|millions?|milliards?)(?!\w)", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;:\n]")
_LOWER_WORD = re.compile(r"(?<=\s)([a-zà-ÿ][\w-]*)")
_CAPITAL_WORD = re.compile(r"[A-ZÀ-Ý0-9][\w'’&+-]*")
# Words a sentence opens with that are no name: quantifiers, pronouns, demonstratives, adverbs.
_OPENERS = word_lists(HEADS_FILE)["sentence_openers"]
_INSTITUTIONS = word_lists(HEADS_FILE)["institution_nouns"]
_PREPOSITIONS = function_words("complement_openers") - {"et"} | {"par", "avec", "chez", "entre"}
# What stands right before a subject: the start of a sentence, a clause or a line, a definite
# article, "et". Not a preposition (a complement: "les travaux de la Citadelle"), a title (a
# person), an indefinite article or a number (a description: "une PME de Herstal a obtenu"),
# nor a noun ("le projet BATREC").
_OPENS_A_SUBJECT = re.compile(
    r"(?:^|[.;:,(!?»\n•–-]|(?<![\w'’])(?:le|la|les|l['’]|et))\s*$", re.IGNORECASE
)
_COMPLEMENT = re.compile(
    rf"(?<![\w'’])(?:{'|'.join(sorted(_PREPOSITIONS))})['’]?\s*(?:la|le|les|l['’])?\s*$",
    re.IGNORECASE,
)
# "J'ai reçu", "Qu'il a perçu": an elided pronoun, no name.
_ELIDED = re.compile(r"[A-ZÀ-Ý]['’][a-zà-ÿ]")
_TITLES = institution_words("person_titles") | {"mlle", "me"}


def read_receiving_subjects(reader: PartReader) -> None:
    """Proper names the subject of a verb of receiving in a clause with an amount, and the names
    coordinated with them."""
    text = reader.text
    for match in _RECEIVER.finditer(text):
        clause_end = _CLAUSE_END.search(text, match.end())
        sentence_end = sentence_at(text, match.end())[1]
        end = min(sentence_end, clause_end.start() if clause_end else sentence_end)
        if not _AMOUNT.search(text, match.end(), end):
            continue
        # "les Nuits du Bois et Les Gibiers en perçoivent": every coordinated subject
        position = match.start(1)
        for joint in [*_JOINED.finditer(text, position, match.end(1)), None]:
            _receiver(reader, position, joint.start() if joint else match.end(1))
            position = joint.end() if joint else match.start(1)
        # "X, Y et Z ont reçu": a list ends with "et" before its last name; a comma alone
        # ("Toutefois, Ethias a perçu") opens the clause, it lists nothing
        joined = _AND_BEFORE.search(text, max(0, position - 120), position)
        while joined is not None:
            _receiver(reader, joined.start(1), joined.end(1))
            position = joined.start(1)
            joined = _COORDINATED.search(text, max(0, position - 120), position)


def _receiver(reader: PartReader, start: int, end: int) -> None:
    """An organisation at the name, unless something else is named there or it names no body."""
    text = reader.text
    article = re.match(_ARTICLE, text[start:end], re.IGNORECASE)
    opening = sentence_at(text, start)[0] == start
    # "le Préhistomuseum": the article is the sentence's; "Les Ardentes": the plural article in
    # capitals before a capital is the name's, at a sentence's start too
    if article and (text[start].islower() or (opening and text[start : start + 3] != "Les")):
        start += article.end()
        opening = False
    # "Mosaland en a reçu", "la Ville est propriétaire": the lower-case words the name took
    # end at the first that is no adjective
    capitals = [w.end() for w in _CAPITAL_WORD.finditer(text, start, end)]
    for word in _LOWER_WORD.finditer(text, capitals[-1] if capitals else start, end):
        if not adjective(word.group(1)):
            end = word.start()
            break
    name = text[start:end]
    words = name.split()
    if not words:
        return
    named = " ".join(words[1:]) if words[0] in {"Le", "La", "Les"} else name
    if not named[:1].isupper() or named[:1].isdigit():
        return  # "Les attractions ont été aidées", "Les 153 CISP": the article's capital
    if (
        not _OPENS_A_SUBJECT.search(text, max(0, start - 40), start)
        or _COMPLEMENT.search(text, max(0, start - 40), start)
        or _ELIDED.match(words[0])
        or words[0].lower().rstrip(".") in _TITLES
        or (opening and words[0] in _OPENERS)
        or WORDS_RE.fullmatch(words[0])
        or any(
            m.type == "place" and start <= m.start <= start + len(name) - len(named)
            for m in reader.mentions
        )
        or any(m.start < end and start < m.end and m.type != "place" for m in reader.mentions)
        or any(m.start <= start and end <= m.end for m in reader.mentions)
        or _common(named.split()[0])
        or is_party(name)
    ):
        return
    organisation_at(reader, start, end, None, quoted=name.split()[0] in {"Le", "La", "Les"})


def _common(word: str) -> bool:
    """A word that names a kind, an institution or inhabitants, not one body ("les CPAS", "les
    Provinces", "les Namurois")."""
    singular = word[:-1] if word.endswith(("s", "x")) and len(word) > 3 else word
    return (
        any(w in _INSTITUTIONS or w in ORGANISATION_HEADS for w in (word, singular))
        or singular in KIND_NOUNS
        or singular.lower() in KIND_NOUNS
        or singular in LOCAL_HEADS
        or of_origin(word.lower())
        or of_a_place(word.lower())
    )
