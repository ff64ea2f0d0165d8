"""The lexicon of funding frames (`frames.csv`): the words of giving and receiving money, and which
role each of their syntactic slots fills.

A frame is a verb or a noun of money changing hands, or of owning what money finances. Its
columns say who is who:
- `subject`: the role of the active verb's subject (`funder` for "la Région octroie", `recipient`
  for "la commune a bénéficié");
- `object`: the role of the direct object (`amount` for "octroyer N euros", `recipient` for
  "financer l'ASBL");
- `to`: the role of the "à" complement (`recipient`: "alloué à X"; `purpose`: "consacré à la
  rénovation", unless the complement names an organisation);
- `by`: the role of the "par" agent of the passive (`funder`: "octroyé par le Forem";
  `recipient`: "le projet porté par X", whose owner receives what finances it);
- `of`: the role of the "de" complement (`amount` after "bénéficier d'une enveloppe de";
  `funder` after "une subvention de la Région", "reçu de l'Union européenne");
- `frame`: the kind of word: `give`, `dedicate` (its "à" names a purpose), `release` ("dégager",
  "débloquer", "investir": money made available), `finance` (the object is who is financed),
  `receive`, `carry` (a project "porté", "mené", "piloté" by its owner: no money changes hands
  in the verb itself; its stems are whole participles), `disburse` ("liquider", "engager": an
  administration pays or commits what was granted; its "par" agent is the funder, and so is
  the active subject of "liquider", whose subject column says so; "engager"'s active forms are
  read by `funder.py` only before an amount: "engage" also hires);
  for nouns, `grant` (money given),
  `share` (a part of a financing), `budget` (money set aside), `instrument` (money lent,
  backed, invested in a capital or advanced: "prêt", "garantie", "prise de participation",
  "avance récupérable"), `cost` (what something costs: "le coût se
  répartit comme suit" lists no grants), `income` (money a body earns, not given: "N de
  dividendes", "N de recettes"), `item` (what money finances: "les projets de X",
  "les travaux de X"; its "de" complement is its owner, who receives);
- `instrument`: how the money of a word that is no grant reaches its recipient (`loan`,
  `guarantee`, `equity`, `repayable_advance`, the record's `Funding.instrument`), for the
  `instrument` nouns and for the verbs of lending and borrowing ("prêter" gives, "emprunter"
  receives: the lender is the funder, the borrower the recipient); empty for a grant's words.
The rules read the frames from here and build their patterns from the stems, so a new word of
giving is a row of the table, not a change to the code.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from loaders.record import INSTRUMENTS, Instrument

TABLE = Path(__file__).with_name("frames.csv")


@dataclass(frozen=True)
class Frame:
    lemma: str
    stems: tuple[str, ...]
    pos: str
    frame: str
    subject: str
    object: str
    to: str
    by: str
    of: str
    instrument: str


@cache
def frames() -> tuple[Frame, ...]:
    with TABLE.open(encoding="utf-8", newline="") as handle:
        return tuple(
            Frame(
                row["lemma"],
                tuple(row["stems"].split("|")),
                row["pos"],
                row["frame"],
                row["subject"],
                row["object"],
                row["to"],
                row["by"],
                row["of"],
                row["instrument"] or "",
            )
            for row in csv.DictReader(handle)
        )


def listed(name: str) -> tuple[str, ...]:
    """The words or phrases of a word list beside this module (`name`), one a line, "#" lines
    being comments."""
    text = Path(__file__).with_name(name).read_text(encoding="utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def phrases(name: str, ending: str = "") -> re.Pattern[str]:
    """The phrases of word list `name`, as whole words, any spacing between their words; each
    word may take the `ending` (a regex): "s?" reads "pouvoirs subsidiants" for "pouvoir
    subsidiant", "e?s?" the feminine and plural of a participle ("citées" for "cité"), so a
    list holds one form of each word."""
    alternation = "|".join(
        r"\s+".join(re.escape(w) + ending for w in phrase.split()) for phrase in listed(name)
    )
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


def stems(wanted: Callable[[Frame], bool]) -> str:
    """A regex alternation of the stems of the frames `wanted` keeps, longest first."""
    found = {stem for frame in frames() if wanted(frame) for stem in frame.stems}
    return "(?:" + "|".join(re.escape(s) for s in sorted(found, key=lambda s: (-len(s), s))) + ")"


def words(wanted: Callable[[Frame], bool]) -> str:
    """The nouns `wanted` keeps, singular or plural, as a regex alternation."""
    return stems(wanted)[:-1] + ")(?:s|x)?"


def participle(alternation: str) -> str:
    """A past participle or a present form of one of the stems, the forms a complement in "à"
    follows: "octroyée", "versés", "consacrées", "alloue", "accordent", and the participles in
    "-i" and "-is" ("consenti", "promis", "promises")."""
    return rf"(?={alternation})\w*?(?:e|es|ent|é|ée|és|ées|i|ie|is|ies)(?!\w)"


def _gives(frame: Frame) -> bool:
    return frame.pos == "verb" and frame.subject == "funder"


def _to(frame: Frame) -> bool:
    return frame.pos == "verb" and bool(frame.to)


# A verb whose active subject gives: "octroie", "a dégagé", "finance".
GIVING_STEMS = stems(_gives)
# A verb of handing money over to someone: "octroie", "a versé", "accordera" (not "consacre"
# or "investit", whose money may stay with the one who spends it).
HANDING_STEMS = stems(lambda f: f.pos == "verb" and f.frame == "give")
# A verb whose participle then "à" names who receives or what for: "alloué à", "consacrés aux".
GIVEN_TO_STEMS = stems(_to)
# A verb whose "à" names a purpose unless it names a party: "destinés à", "consacre N à".
DEDICATING_STEMS = stems(lambda f: f.pos == "verb" and f.to == "purpose")
# A verb whose object is who is financed: "a cofinancé les actions de X", "soutient X".
FINANCING_STEMS = stems(lambda f: f.pos == "verb" and f.object == "recipient")
# A verb whose subject receives: "a bénéficié", "a reçu", "perçoit".
RECEIVING_STEMS = stems(lambda f: f.pos == "verb" and f.subject == "recipient")
# A noun of money given, whose "à" names who receives: "la subvention à X".
GRANT_NOUNS = words(lambda f: f.pos == "noun" and f.frame in ("grant", "share"))
# A noun of money given to someone (a list lead about grants rather than costs).
GIVEN_NOUNS = words(lambda f: f.pos == "noun" and f.frame == "grant")
# Every noun of money given or set aside: "ce budget", "cette enveloppe", "les crédits du plan".
MONEY_NOUNS = words(lambda f: f.pos == "noun" and f.frame not in ("instrument", "cost", "income"))
# What something costs, which no one gives: "le coût des travaux", "la dépense", "le devis".
COST_NOUNS = words(lambda f: f.frame == "cost")
# Money a body earns, which no one gives it: "N de dividendes", "N de recettes".
INCOME_NOUNS = words(lambda f: f.frame == "income")
# Money lent, backed, invested or advanced: "300 millions d'euros de prêts", "un prêt de
# 500.000 €", "une prise de participation de N".
INSTRUMENT_NOUNS = words(lambda f: f.frame == "instrument")
# A verb of lending or borrowing: "a prêté N à X", "N empruntés par X".
LENDING_STEMS = stems(lambda f: f.pos == "verb" and bool(f.instrument))
# A verb of borrowing, whose subject receives and whose "à" lends: "a emprunté N à la BEI".
BORROWING_STEMS = stems(
    lambda f: f.pos == "verb" and f.subject == "recipient" and f.instrument == "loan"
)


def instrument_of(found: str) -> Instrument:
    """The instrument of the lending word `found` (an `INSTRUMENT_NOUNS` or `LENDING_STEMS`
    match): its frame's whose stem begins it, the longest stem first ("prise de participation"
    before "prise"); `grant` for a word of no instrument."""
    lowered = " ".join(found.lower().split())
    for stem, instrument in _instrument_stems():
        if lowered.startswith(stem):
            return instrument
    return "grant"


@cache
def _instrument_stems() -> tuple[tuple[str, Instrument], ...]:
    known: dict[str, Instrument] = {i: i for i in INSTRUMENTS}
    found = {
        stem.lower(): known[frame.instrument]
        for frame in frames()
        if frame.instrument
        for stem in frame.stems
    }
    return tuple(sorted(found.items(), key=lambda item: -len(item[0])))


# A noun whose "de" complement may name the one who gives: "une subvention de la Région".
FUNDER_NOUNS = words(lambda f: f.pos == "noun" and f.of == "funder")
# A verb whose "par" agent in the passive is the one who gives: "octroyée par le Forem".
AGENT_STEMS = stems(lambda f: f.pos == "verb" and f.by == "funder")
# A participle whose "par" agent owns what is financed: "le projet porté par X", "menés par X".
OWNER_PARTICIPLES = stems(lambda f: f.pos == "verb" and f.by == "recipient")
# What money finances, whose "de" complement owns it and so receives: "pour les projets de X".
ITEM_NOUNS = words(lambda f: f.frame == "item")
# A verb whose "de" complement may name the one who gives: "a reçu de l'Union européenne".
RECEIVED_FROM_STEMS = stems(lambda f: f.pos == "verb" and f.of == "funder")
