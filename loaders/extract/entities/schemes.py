"""Schemes written in lower case where the sentence treats them as a scheme.

Most schemes are named with a capital ("le Plan Marshall", `heads.py`), but administrative French
also writes a scheme's name as a common noun phrase: "au titre du plan de reconstruction", "dans le
cadre du programme de développement rural", "au titre du fonds de compensation", "le plan de
rénovation énergétique du parc de logements publics, adopté par le Gouvernement", "un nouvel appel
à projets de solidarité internationale, doté de 750.000 euros". By form alone these are generic
nouns ("un plan de mobilité"); what makes them a scheme is the sentence: money or a project is
placed under it (a source cue before it: "au titre du", "dans le cadre du", "inscrit au") or it is
adopted, launched or endowed (a participle right after it). Only answers are read: a question
paraphrases. The name runs through its complements as for a capitalised head (`heads.name_end`),
never through a period after it (the scheme's own) nor to a name that is only generic words ("le
programme de travail"); a head whose only complement is a town ("le plan d'Aywaille, approuvé
le …") is that town's plan under some scheme, not a scheme's name.
"""

from __future__ import annotations

import re

from loaders.extract.entities.heads import add_name, generic, name_end
from loaders.extract.entities.reader import PartReader
from loaders.extract.text import alternation, context_words

_HEAD = re.compile(rf"(?<![\w-])({alternation(context_words('scheme_heads'))})(?![\w-])")
_SOURCE_BEFORE = re.compile(
    rf"{alternation(context_words('scheme_source_cues'))}\s+du\s+$"
    rf"|{alternation(context_words('scheme_listing_participles'))}e?s?\s+(?:au|dans\s+le)\s+$",
    re.IGNORECASE,
)
_MADE_AFTER = re.compile(
    rf"\s*,?\s*{alternation(context_words('scheme_making_participles'))}e?s?\b", re.IGNORECASE
)
# "du programme de travail et du plan …": a second noun phrase, not a complement
_SECOND_PHRASE = re.compile(r"\s+et\s+(?:du|des|de\s+la|de\s+l['’]|la|le|les|l['’])(?!\w)")
_PERIOD_AT_END = re.compile(r"\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?$")
_OF = re.compile(r"\s+(?:de\s+|d['’]\s*|du\s+)")


def _of_a_place(reader: PartReader, head_end: int, end: int) -> bool:
    """Whether the head's only complement is a place ("le plan d'Aywaille", "le programme de
    Namur"): each town has a plan of a scheme, and its own plan is no scheme's name."""
    glue = _OF.match(reader.text, head_end)
    return glue is not None and any(
        m.type == "place" and m.start == glue.end() and m.end == end for m in reader.mentions
    )


_QUOTE_AFTER = re.compile(r"\s*[«“\"]")


def _named_after(reader: PartReader, end: int) -> bool:
    """Whether the scheme's own name follows the noun phrase: quoted, or a programme the text
    names right after it ("le programme opérationnel « Convergence »", "le programme
    opérationnel FEDER")."""
    if _QUOTE_AFTER.match(reader.text, end):
        return True
    return any(
        m.type == "programme" and m.start >= end and not reader.text[end : m.start].strip()
        for m in reader.mentions
    )


def read_lower_case_schemes(reader: PartReader) -> None:
    """Every lower-case scheme noun phrase that a source cue or a participle of making marks,
    in an answer: the administration names its schemes there, while a question paraphrases
    ("repris dans le programme de rénovation du logement public ?")."""
    if reader.part != "answer":
        return
    text = reader.text
    for match in _HEAD.finditer(text):
        start = match.start()
        cued = _SOURCE_BEFORE.search(text[max(0, start - 40) : start])
        end, _ = name_end(reader, match.end(), True)
        if end is None:
            continue
        second = _SECOND_PHRASE.search(text, start, end)
        end = second.start() if second else end
        period = _PERIOD_AT_END.search(text, start, end)
        end = period.start() if period else end
        name = " ".join(text[start:end].split())
        if end <= match.end() or generic(name.replace("appel à projets", "appel")):
            continue
        if _of_a_place(reader, match.end(), end):
            continue  # "le plan d'Aywaille, approuvé le …": that town's plan, not a scheme
        if _named_after(reader, end):
            continue  # "du programme opérationnel « X »": the class of the name after it
        if cued or _MADE_AFTER.match(text, end):
            add_name(reader, start, end, name, "programme", None, None)
