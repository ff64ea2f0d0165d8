"""Institutions the way texts name them: the Walloon Region as an actor, the Commission alone.

- "Région wallonne" names the legal person where the words around it make it act or own ("la
  Région wallonne a décidé", "désigné par la Région wallonne", "le décret de la Région
  wallonne") or where it is coordinated with another institution ("(Région wallonne et FWB)"):
  there it is an actor, an organisation; elsewhere ("en Région wallonne", "relevant
  de la Région wallonne") the territory stays a place. The cue words are data
  (`data/institution-words.json`).
Numbered editions of programmes are `editions.py`'s.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from pathlib import Path

from loaders.extract.entities.reader import PartReader
from loaders.extract.text import alternation, sentence_at, word_lists
from loaders.ids import mint
from loaders.record import Mention

WORDS_FILE = Path(__file__).resolve().parents[1] / "data" / "institution-words.json"
REGION_PLACE = "wallonie"
REGION_BODY = "region-wallonne"
_REGION_NAME = re.compile(r"R[ée]gion\s+wallonne$", re.IGNORECASE)


def institution_words(name: str) -> frozenset[str]:
    """One word list of `data/institution-words.json`."""
    return word_lists(WORDS_FILE)[name]


# A verb with its subject repeated after it, as questions are written ("entend-elle",
# "a-t-elle"): what comes right before is the verb's subject.
_INVERTED = re.compile(r"\s+(?:ne\s+|n['’]\s*)?[^\W\d]+(?:-t)?-(?:elle|il)s?\b")


def _is_actor(text: str, start: int, end: int) -> bool:
    """Whether "Région wallonne" between `start` and `end` names the legal person: after "par la",
    "à la", "que la" …, after "de la" that follows a noun of action or ownership ("le décret de
    la Région wallonne", "les projets de la Région wallonne"), or before a verb ("la Région
    wallonne a décidé", "… se contente"). Elsewhere it is the territory ("en Région wallonne",
    "les aérodromes relevant de la Région wallonne")."""
    before = [w.lower() for w in re.findall(r"[^\W\d]+", text[max(0, start - 60) : start])]
    after = re.findall(r"[^\W\d]+", text[end : end + 30])
    words = word_lists(WORDS_FILE)
    if after and after[0].lower() in words["region_subject_followers"]:
        return True
    if _INVERTED.match(text, end):
        return True  # "la Région wallonne envisage-t-elle …": the subject of a question
    if len(before) < 2 or before[-1] != "la":
        return False
    if before[-2] in words["region_actor_before"] or _coordinated_actor(text, start, end):
        return True
    return len(before) >= 3 and before[-2] == "de" and before[-3] in words["region_actor_nouns"]


@cache
def _second_party() -> re.Pattern[str]:
    """ "la convention passée entre la Ville de Liège et la Région wallonne": the second party
    of "entre" after a noun of agreement (`agreement_nouns`), up to two words before it."""
    nouns = alternation(institution_words("agreement_nouns"))
    return re.compile(
        rf"\b{nouns}(?:\s+[^\W\d]+){{0,2}}\s+entre\s+[^.;:!?()]{{2,60}}?\s+et\s+la\s+$",
        re.IGNORECASE,
    )


@cache
def _first_subject() -> re.Pattern[str]:
    """ "la Région wallonne et la commune de Gesves ont lancé": another party after "et", then a
    plural verb (`region_plural_followers`)."""
    verbs = alternation(institution_words("region_plural_followers"))
    return re.compile(rf"\s+et\s+(?:la|le|les|l['’])\s*[^.;:!?(),]{{2,50}}?\s+{verbs}(?![\w-])")


def _coordinated_actor(text: str, start: int, end: int) -> bool:
    """ "la Région wallonne" as the second party of an agreement, or as one of the subjects of a
    plural verb: a party, not a territory ("la frontière entre la France et la Région wallonne"
    stays the territory)."""
    if _second_party().search(text, max(0, start - 110), start):
        return True
    return _first_subject().match(text, end) is not None


# Institutions a "Région wallonne" coordinated with is an institution too: "(Région wallonne et
# FWB)", "l'État fédéral et la Région wallonne" are two bound parties, not a body and a territory.
_INSTITUTIONS = {"government", "community", "federated_region", "parliament"}
_COORDINATION = re.compile(r"\s*(?:,|et|ou|ni)\s*(?:(?:la|le|les)\s+|l['’]\s*)?", re.IGNORECASE)


def _coordinated(reader: PartReader, found: Mention) -> bool:
    """Whether an institution is written right before or after the mention, joined by "et",
    "ou" or a comma."""
    for other in reader.mentions:
        entity = reader.entity(other.id) if other.type == "organisation" else None
        if entity is None or entity.classification not in _INSTITUTIONS:
            continue
        if other.start >= found.end:
            gap = reader.text[found.end : other.start]
        elif other.end <= found.start:
            gap = reader.text[other.end : found.start]
        else:
            continue
        if _COORDINATION.fullmatch(gap):
            return True
    return False


def read_region_as_body(reader: PartReader) -> None:
    """The Walloon Region named as an actor, or coordinated with another institution, becomes
    the organisation, not the place."""
    body = reader.gazetteer.by_id(mint("organisation", REGION_BODY))
    place = mint("place", REGION_PLACE)
    if body is None:
        return
    kept: list[Mention] = []
    for found in reader.mentions:
        is_region = found.id == place and _REGION_NAME.match(found.text)
        if is_region and (
            _is_actor(reader.text, found.start, found.end) or _coordinated(reader, found)
        ):
            kept.append(replace(found, type="organisation", label=body.label, id=body.id))
        else:
            kept.append(found)
    reader.mentions[:] = kept


COMMISSION = "commission-europeenne"
# "la Commission" alone: no complement ("la Commission de l'Environnement"), capitalised word
# or adjective by its ending ("la Commission consultative", "… parlementaire") after it.
_BARE_COMMISSION = re.compile(
    r"\b(?:la|de\s+la|à\s+la|par\s+la)\s+(Commission)(?![\w-])(?!\s+(?:de|du|des|d['’])\b)"
    r"(?!\s+[A-ZÀ-Ý])(?!\s+\w+(?:ale|aire|ienne|ique|elle|ive|ée|ante)s?\b)"
)


def read_bare_commission(reader: PartReader) -> None:
    """ "la Commission" alone, in a sentence that names the European Union or one of its
    institutions ("le Parlement européen et la Commission", "L'Union européenne rembourse …
    au titre de la décision de la Commission"), is the European Commission; elsewhere it may be
    a parliamentary committee, and is left alone."""
    commission = reader.gazetteer.by_id(mint("organisation", COMMISSION))
    if commission is None:
        return
    text = reader.text
    for match in _BARE_COMMISSION.finditer(text):
        start, end = match.span(1)
        if any(m.start < end and start < m.end for m in reader.mentions):
            continue
        sentence_start, sentence_end = sentence_at(text, start)
        if any(
            sentence_start <= m.start < sentence_end
            and m.type == "organisation"
            and (entity := reader.entity(m.id)) is not None
            and entity.classification == "eu_institution"
            for m in reader.mentions
        ):
            reader.mention(commission, start, end, "gazetteer", 0.75)
