"""Lower-case words that belong to a name: the adjectives that qualify its head and the tail a
body's own name may carry in lower case.

French names keep their adjectives in lower case ("l'Union wallonne des entreprises", "la
Biscuiterie mosane"); they are read by closed stems (`data/name-heads.json`), by the usual
endings of adjectives, and by the adjectives of origin and of Belgian towns and areas.
"""

from __future__ import annotations

import re
from pathlib import Path

from loaders.extract.text import (
    CELL_GAP,
    alternation,
    day_names,
    function_words,
    month_names,
    word_lists,
)

# Head nouns, kind nouns and the adjectives of names (`data/name-heads.json`).
HEADS_FILE = Path(__file__).resolve().parents[1] / "data" / "name-heads.json"
NAMING_STEMS = word_lists(HEADS_FILE)["naming_adjectives"]
_ADJECTIVE_STEMS = alternation(word_lists(HEADS_FILE)["head_adjectives"] | NAMING_STEMS)
_ADJECTIVE = re.compile(
    rf"{_ADJECTIVE_STEMS}(?:e|s|es|ne|nes|le|les|aux|ière|ières|iers|ier|ive|ives|if|ifs|que)?",
    re.IGNORECASE,
)
# Other adjectives by their ending ("complémentaire", "hospitalière"), minus verbs so written.
_ADJECTIVE_ENDING = re.compile(
    r"\w{3,}(?:aire|ique|al|el|if|ien|eux|ible|able|ier|ière|aux)(?:e|s|es|le|les|ne|nes)?|\w{3,}(?:ive|ives|euse|euses)"
)
_VERBS = word_lists(HEADS_FILE)["adjective_like_verbs"]
ORIGINS = word_lists(HEADS_FILE)["origin_adjectives"]
_PLACE_ADJECTIVES = word_lists(HEADS_FILE)["place_adjectives"]


def adjective(word: str) -> bool:
    """A lower-case adjective that may qualify a name's head or noun ("en Hesbaye
    brabançonne": an adjective of origin too)."""
    if _ADJECTIVE.fullmatch(word) or of_origin(word.lower()) or of_a_place(word):
        return True
    return word not in _VERBS and bool(_ADJECTIVE_ENDING.fullmatch(word))


def of_origin(word: str) -> bool:
    """An adjective of origin in any gender and number ("flamande", "néerlandaises")."""
    return _inflected(word, ORIGINS)


def of_a_place(word: str) -> bool:
    """ "le Relais social urbain namurois": an adjective of a Belgian town or area makes a head
    a proper name ("l'Administration française" stays a description)."""
    return _inflected(word.lower(), _PLACE_ADJECTIVES)


def _inflected(word: str, stems: frozenset[str]) -> bool:
    """`word` is one of `stems` with at most a gender and number ending ("-e", "-es", "-nes")."""
    return any(word.startswith(stem) and len(word) - len(stem) <= 3 for stem in stems)


# One more word of a name's lower-case tail: an adjective, or a noun after "de" (a proper one
# after any "de": "Les Ateliers numériques de Namur"; a common one only after a bare "de", as
# names take them: "Ateliers mosans de maintenance", where "du secteur", "de la région" leave
# the name).
_TAIL_STEP = re.compile(
    r"\s+(?:(?P<article>(?:de\s+la|du|des)\s+|de\s+l['’]\s*)|(?P<bare>de\s+|d['’]\s*))?"
    r"(?P<word>[^\W\d][\w-]*)(?![\w'’])"
)
# Where a name may end: a punctuation sign, a line's or a table cell's end.
_TAIL_END = re.compile(rf"\s*(?:[,;:.)(»\n]|{CELL_GAP}|$)")
_ROLES = word_lists(HEADS_FILE)["role_nouns"]
_LOCUTIONS = word_lists(HEADS_FILE)["locutions"]
# "sa revue Info de janvier dernier": a date is no complement of a name.
_NOT_COMPLEMENTS = function_words("singular_determiners") | {"qui", "que", "dont", "où"}
_NOT_COMPLEMENTS |= set(month_names(unaccented=True)) | day_names()
_MAX_TAIL = 6


def lower_case_tail(text: str, end: int) -> int:
    """Where a body's name introduced by its kind ends once its lower-case adjectives and
    complements are read ("la SRL Biscuiterie mosane,", "l'intercommunale IDELUX Projets
    publics,", "la société Ateliers mosans de maintenance, qui"): past them only when they run to
    the end of the phrase, as a name does; a verb, a preposition or a new clause ending the run
    keeps them out ("l'entreprise Dupont construit une usine")."""
    position = end
    for _ in range(_MAX_TAIL):
        step = _TAIL_STEP.match(text, position)
        if step is None:
            break
        word = step.group("word")
        if word in _ROLES or word in _LOCUTIONS or word in _NOT_COMPLEMENTS:
            break
        if step.group("article") and word.islower():
            break  # "l'ASBL X de la région": a description, no name's complement
        if not (step.group("article") or step.group("bare")) and not (
            word.islower() and adjective(word)
        ):
            break
        position = step.end()
    if position > end and _TAIL_END.match(text, position):
        return position
    return end
