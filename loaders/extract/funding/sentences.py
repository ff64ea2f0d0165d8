"""One part's text as the funding rules read it: sentences, the parties its mentions name, its
amounts and periods, and the French phrase pieces the rules share.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from pathlib import Path

from loaders.extract.funding.frames import (
    AGENT_STEMS,
    BORROWING_STEMS,
    GIVING_STEMS,
    HANDING_STEMS,
    ITEM_NOUNS,
    RECEIVED_FROM_STEMS,
    RECEIVING_STEMS,
    participle,
    phrases,
)
from loaders.extract.periods import find_periods
from loaders.extract.text import loose_key, sentence_index, sentences
from loaders.record import Amount, Entity, Mention, Part

RECIPIENT_TYPES = ("organisation", "place")
SOURCE_TYPES = ("programme", "project")

# A topic the sentence opens with: "En ce qui concerne X,", "Quant à X,", "S'agissant de X,".
TOPIC = re.compile(
    r"(?:en\s+ce\s+qui\s+concerne|quant\s+(?:à|au|aux)|concernant|s['’]agissant\s+d\S*)"
    r"[^,;:]{1,120},",
    re.IGNORECASE,
)
# "de ", "d'", "du ", "des ": the preposition that ties a noun to its complement.
DE = r"d(?:e\s+|['’]\s*|u\s+|es\s+)"
# A character of one clause, a number's inner dots and commas included ("7,5 millions",
# "150.000 euros").
CLAUSE = r"(?:[^,;.:]|(?<=\d)[.,](?=\d))"
# "à", "au", "aux" with the spaces around: what ties money to whom or what it goes to.
TO = re.compile(r"\s*(?:à|aux|au)(?!\w)\s*", re.IGNORECASE)
# A time or an adverb between a verb and its complement: "a octroyé en 2020 à", "a versé le 3
# mars 2021 à", "accordées pour 2012 par X à", "a également accordé à", "a reçu à ce jour de";
# after an amount, its rhythm too: "verse N par an à X".
MEANWHILE = (
    r"(?:\s+(?:(?:en|pour)\s+(?:19|20)\d\d|le\s+\d{1,2}(?:er)?\s+[^\W\d]+\s+(?:19|20)\d\d"
    r"|à\s+ce\s+jour|en\s+outre|également|aussi|ainsi|déjà|notamment"
    r"|par\s+an|par\s+année|par\s+mois|chaque\s+année|annuellement))?"
)
# The same with the article a name may take after it: "à la", "au", "à l'".
TO_THE = r"(?:à|aux|au)(?!\w)\s*(?:la\s+|le\s+|les\s+|l['’]\s*)?"
# A verb of borrowing right before an amount, whose "à" right after the amount names the
# lender: "a emprunté (à cette fin) N à la BEI".
BORROWED_BEFORE = re.compile(
    rf"(?<!\w){BORROWING_STEMS}\w*\s+(?:à\s+cette\s+fin\s+|en\s+(?:19|20)\d\d\s+)?$",
    re.IGNORECASE,
)
LENDER_AFTER = re.compile(rf"\s*{TO_THE}", re.IGNORECASE)
# The common nouns of bodies ("le centre", "la commune", "l'entreprise") and the kinds of body
# each may stand for: data (`descriptions.csv`). Before a name they are its title ("la commune
# de Dinant", "l'entreprise John Cockerill"); alone, a definite description of a body named
# before ("au centre").
with Path(__file__).with_name("descriptions.csv").open(encoding="utf-8", newline="") as _handle:
    BODY_NOUNS = {
        row["noun"]: frozenset(filter(None, row["classifications"].split("|")))
        for row in csv.DictReader(_handle)
    }
# An establishment a body runs, before its own name (`establishments.txt`): "le service de santé
# mentale La Passerelle".
ESTABLISHMENT = phrases("establishments.txt", ending="s?").pattern
# A title before a name: one of those nouns, singular or plural, an establishment, or an acronym
# ("le CDC").
TITLE = (
    "(?:"
    + "|".join(re.escape(n) + "s?" for n in sorted(BODY_NOUNS, key=len, reverse=True))
    + f"|{ESTABLISHMENT}|(?-i:[A-Z]{{2,6}}))"
)
# What may stand between a cue and the organisation: determiners and a short title ("la commune
# de", "le CDC", "l'ASBL", "aux communes de" before a group), never a preposition such as "par"
# that would make it the funder.
RECIPIENT_GAP = re.compile(
    rf"^(?:\s*(?:l['’]|d['’]|(?:la|le|les|de|du|des|{TITLE})(?!\w)))*\s*$", re.IGNORECASE
)
# The same, or the financed thing its party owns first: "pour les projets de la Région X",
# "aux travaux de la commune de X" (the owner of what is financed receives); or the receiver's
# role, its name apposed after a comma: "versée au bénéficiaire coordinateur, l'asbl X"
# (`role-nouns.txt`).
ROLE = phrases("role-nouns.txt", ending="s?").pattern
OWNER_GAP = re.compile(
    rf"^(?:\s*(?:(?:les|la|le|ses|son|sa|leurs?)\s+|l['’]\s*)?{ITEM_NOUNS}\s+{DE}"
    rf"|\s*{ROLE}(?:\s+[^\W\d,]+){{0,2}}\s*,)?" + RECIPIENT_GAP.pattern[1:],
    re.IGNORECASE,
)
DETERMINER = re.compile(
    r"^(?:(?:la|les|le|aux|au|une|un|des|du|ses|son|sa|leurs|leur|à\s+la)(?!\w)|l['’]|à\s+l['’])\s*",
    re.IGNORECASE,
)
# A verb of giving right after a party, its acronym between: "le Commissariat général au
# Tourisme (CGT) octroie", "la SOWALFIN garantit", "Sambrinvest a en outre pris une
# participation": the party gives.
GIVES_AFTER = re.compile(
    rf"\s*(?:\([^()]{{1,20}}\)\s*)?(?:(?:a|ont|avait|avaient|aura|auront)\s+)?"
    rf"(?:(?:en\s+outre|également|aussi|ainsi|par\s+ailleurs)\s+)?(?:{GIVING_STEMS})"
)
# "a reçu 2 millions d'euros de la Région", "a reçu de la Région": the "de" right after the
# verb (or an adverb: "a reçu à ce jour de la Région") or after the money ("N euros
# supplémentaires de la Région"), not one further on ("pour l'équipement de la zone de X").
RECEIVED_FROM = re.compile(
    rf"(?<!\w){RECEIVED_FROM_STEMS}\w*{MEANWHILE}"
    rf"(?:{CLAUSE}{{0,60}}?(?:euros?|€|EUR|millions?|milliards?)(?:\s+supplémentaires)?)?"
    rf"\s{DE}(?!euros?(?!\w))",
    re.IGNORECASE,
)
# The lender of a loan taken out: "un emprunt … contracté auprès de la BEI", "a contracté
# auprès de Belfius un emprunt", "emprunté auprès du CRAC" ("un prêt du CRAC": `frames.csv`).
LENT_BY = re.compile(rf"(?<!\w)(?:contract|conclu|emprunt)\w*\s+auprès\s+{DE}", re.IGNORECASE)
# A blank line: paragraphs part there, and a new paragraph is often a new topic.
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# Words that turn a sentence to another matter: at its start (`turns.txt`: "Par ailleurs,",
# "Quant à") or anywhere in it (`asides.txt`: "X a en outre reçu", "en revanche").
_TURNS = phrases("turns.txt")
_ASIDES = phrases("asides.txt")
# A list line starts with a bullet, a dash, an ordinal ("1°", "2)"), or a letter ("a)").
BULLET = re.compile(r"[ \t]*(?:[-•*–·▪]|\d{1,2}\s*[°º)]|[a-z]\))\s*")
# The label of a list item: a short phrase before a colon, with something after the colon.
# A flattened table row separates its cells by tabs or "|": "Wavre<TAB>1.102.000 €".
LABEL = re.compile(
    r"(?P<label>(?:[^:\n.;\t|]|(?<=\d)\.(?=\d)){1,90}?)(?:\s*:[ \t\u00a0]*|\t+\s*|\s+\|\s+)(?=\S)"
)
_DONT = re.compile(r"\s*,?\s*(?P<word>(?<!\w)dont)\s+", re.IGNORECASE)
GIVING_VERB = re.compile(rf"(?<!\w){GIVING_STEMS}\w*", re.IGNORECASE)
# A verb of handing money over, not its noun ("le versement", "le paiement de la taxe"), in lower
# case as verbs are written ("la Paix-Dieu" is no "paie").
# The ending of a noun a verb's stem also begins ("investissement", "financement",
# "attribution"): what makes the word no verb form.
_NOUN_ENDING = r"(?!\w*(?:ment|tion)s?(?!\w))"
HANDING_VERB = re.compile(rf"(?<!\w){HANDING_STEMS}{_NOUN_ENDING}\w*")
# A verb of giving as a verb, not its noun ("Les investissements … ont atteint N" has none).
GIVING_VERB_FORM = re.compile(rf"(?<!\w){GIVING_STEMS}{_NOUN_ENDING}\w*", re.IGNORECASE)
RECEIVING_VERB = re.compile(rf"(?<!\w){RECEIVING_STEMS}\w*", re.IGNORECASE)
# A co-financing share before its agent: "cofinancé à 40 % par", "à hauteur de 60 % par".
SHARE = r"(?:(?:à\s+hauteur\s+d['’e]\s*|à\s+|pour\s+)\d{1,3}(?:[,.]\d+)?\s*(?:%|pour\s*cent)\s+)?"
# The "par" of a passive frame's agent ("octroyée par", "cofinancé à 40 % par", "et à 60 % par"):
# an organisation after it gives (`funder`), a programme is the money's source (`source`).
# A date between the participle and its agent: "octroyées en 2016 par", "notifiée le 11 juin
# par", "accordée en janvier 2023 par", "accordées pour 2012 par".
_WHEN = (
    r"(?:\s+(?:(?:en|le|dès)\s+(?:\d{1,2}(?:er)?\s+)?[^\W\d]*\s*(?:\d{4})?"
    r"|pour\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?)(?=\s))?"
)
# "s'est vu accorder par": the infinitive after "se voir" is passive too.
_SEEN = rf"vue?s?\s+(?={AGENT_STEMS})\w*er"
AGENT = (
    rf"(?:(?:{participle(AGENT_STEMS)}|{_SEEN}){_WHEN}|(?:,|\set)(?=\s+à\s+\d))\s+{SHARE}"
    r"par(?!\w)"
)


# What may open a sentence before its subject's name: a short phrase and its comma ("En 2021,"),
# determiners, lower-case kind nouns, an acronym title and an opening quote.
_OPENING = re.compile(
    r"(?:[A-ZÀ-Ý][^,;:]{0,40},\s*)?(?:(?:Le|La|Les|Un|Une|Ce|Cet|Cette|Ces)\s+(?=[a-zà-ÿ]))?"
    r"(?:(?:[a-zà-ÿ]+|[A-Z]{2,6})\s+|[LlDd]['’]\s*|[«“\"]\s*)*"
    r"(?:[A-ZÀ-Ý][a-zà-ÿ]*['’]\s*|(?:Le|La|Les)\s+)?"
)
# A short opening phrase of place and its comma: "À Frasnes-lez-Anvaing, ", "En Wallonie, " (not
# a topic: "En ce qui concerne la commune de X, ").
_SCENE = re.compile(r"(?:À|A|Au|Aux|En|Dans)\s(?!ce\s+qui)[^,;:]{0,40},\s*")
# A province by its common noun after a preposition of place: "pour la province de", "en
# province de", "dans la province du".
_IN_THE = r"(?<!\w)(?:en|pour\s+la|dans\s+la|de\s+la)\s+"
_TERRITORY_BEFORE = re.compile(rf"{_IN_THE}$", re.IGNORECASE)
_TERRITORY_OF = re.compile(
    rf"{_IN_THE}(?-i:province)\s+(?:de\s+|du\s+|des\s+|d['’]\s*)$", re.IGNORECASE
)
# A place in apposition that locates what stands before it: "les fraisiéristes de Wépion, à
# Namur, …" (the town is where they are, not a party).
LOCATING = re.compile(r",\s*(?:à|en)\s+$", re.IGNORECASE)
# A conjunction that sets two clauses against each other (`contrasts.txt`): "alors que",
# "tandis que", "mais".
CONTRASTS = phrases("contrasts.txt")
# A title in guillemets: "« Charleroi District Créatif »".
_QUOTED_TITLE = re.compile(r"«[^«»]{1,150}»")
# A sentence opening with a determiner and a capitalised word: a name ("Le Département de …").
_UNKNOWN_OPENING = re.compile(r"(?:(?:Le|La|Les)\s+|L['’]\s*)[A-ZÀ-Ý]")


class FundingText:
    """One part's text, its mentions, amounts and periods, read sentence by sentence."""

    def __init__(
        self,
        text: str,
        part: Part,
        mentions: Sequence[Mention],
        amounts: Sequence[Amount],
        entities: Sequence[Entity] = (),
    ) -> None:
        self.text = text
        # The question an answer replies to, whose parties the answer may count without naming.
        self.asked: FundingText | None = None
        # Each entity's label and kind of body, which a definite description may name.
        self.kinds = {e.id: (e.label, e.classification) for e in entities}
        # The funds each programme is financed by ("Interreg V A …" by the FEDER).
        self.funds = {e.id: frozenset(e.financed_by) for e in entities if e.financed_by}
        self.amounts = [a for a in amounts if a.part == part]
        lines = _lines(text, sentences(text), self.amounts)
        # Where each list line or table row starts: the pieces a sentence was split into.
        self.rows = frozenset(start for start, _ in lines) - {s for s, _ in sentences(text)}
        self.sentences, self.totals, self.rests = _parts(text, lines, self.amounts)
        self.mentions = sorted((m for m in mentions if m.part == part), key=lambda m: m.start)
        self.periods = find_periods(text)
        sites = {(m.start, m.end) for m in self.mentions if m.type == "site"}
        # A name inside a longer one (a project's title) is not a party to the sentence.
        nested = {
            id(m)
            for m in self.mentions
            for outer in self.mentions
            if outer.start <= m.start
            and m.end <= outer.end
            and outer.end - outer.start > m.end - m.start
        }
        # An informal area ("le Borinage", "la Wallonie picarde") is no legal person: money is
        # spent there, not given to it.
        areas = {e.id for e in entities if e.type == "place" and e.classification == "area"}
        # A province's territory, written with the common noun: "Pour la province de
        # Luxembourg, le FIA a liquidé N", "en province de Namur" (its council is "la Province
        # de Namur").
        nested |= {
            id(m)
            for m in self.mentions
            if m.type == "place"
            and (
                _TERRITORY_OF.search(text, max(0, m.start - 30), m.start)
                or (
                    m.text.startswith("province ")
                    and _TERRITORY_BEFORE.search(text, max(0, m.start - 20), m.start)
                )
            )
        }
        # A place inside a quoted title ("le portefeuille « Charleroi District Créatif »") is a
        # word of the title, not a party.
        titles = [(q.start(), q.end()) for q in _QUOTED_TITLE.finditer(text)]
        nested |= {
            id(m)
            for m in self.mentions
            if m.type == "place"
            and any(s < m.start and m.end < e and e - s > m.end - m.start + 4 for s, e in titles)
        }
        self.recipients = [
            m
            for m in self.mentions
            if m.type in RECIPIENT_TYPES
            and m.id
            and m.id not in areas
            and (m.start, m.end) not in sites
            and id(m) not in nested
        ]
        self.sources = [m for m in self.mentions if m.type in SOURCE_TYPES and m.id]

    def sentence_of(self, position: int) -> int:
        return sentence_index(self.sentences, position)

    def sentence(self, index: int) -> str:
        start, end = self.sentences[index]
        return self.text[start:end]

    def within(self, mentions: list[Mention], index: int) -> list[Mention]:
        start, end = self.sentences[index]
        return [m for m in mentions if start <= m.start and m.end <= end]

    def is_row(self, index: int) -> bool:
        """Whether sentence `index` is a line of a list or a table, split from a longer one."""
        return self.sentences[index][0] in self.rows

    def amounts_in(self, index: int) -> list[Amount]:
        """The amounts of sentence `index`, in text order."""
        start, end = self.sentences[index]
        return [a for a in self.amounts if start <= a.start < end]

    def has_amount(self, index: int) -> bool:
        return bool(self.amounts_in(index))

    def kind_of(self, party: str | None) -> str | None:
        """The kind of body or place a party is (its classification), None when unknown."""
        return self.kinds.get(party or "", ("", None))[1]

    def turns_away(self, index: int, near: int | None = None) -> bool:
        """Whether sentence `index` turns to another matter than the sentences before it: what
        they said (a scheme, a funder, a period) does not govern it. For the money at `near`,
        an aside counts in its own clause only ("Pour X, le montant s'élève à N ; la ville y
        consacre en outre M sur fonds propres": the aside is M's)."""
        start, end = self.sentences[index]
        if _TURNS.match(self.text, start, end):
            return True
        if near is not None:
            start = max(start, self.text.rfind(";", start, near) + 1)
            semicolon = self.text.find(";", near, end)
            end = end if semicolon < 0 else semicolon
        return bool(_ASIDES.search(self.text, start, end))

    def described(self, noun: str, kinds: frozenset[str], position: int) -> str | None:
        """The body "le centre" or "à la commune" stands for: the last organisation or place
        named before `position` whose name, the title written before it ("la commune de
        Dinant") or its label holds the noun, or whose kind of body is one the noun names
        (Technifutur for "le centre": a competence centre), in an answer else the question's;
        None when none does (no guess)."""
        wanted = " ".join(re.findall(r"\w+", loose_key(noun)))
        for mention in reversed(self.recipients):
            if mention.end <= position and mention.id and not self._lent_by(mention):
                titled = self.text[max(0, mention.start - 15) : mention.end]
                label, kind = self.kinds.get(mention.id, ("", None))
                words = " ".join(re.findall(r"\w+", loose_key(f"{titled} {label}")))
                if f" {wanted} " in f" {words} " or kind in kinds:
                    return mention.id
        if self.asked is not None:
            # "la Région octroie à la fabrique d'église N": the body the question is about
            return self.asked.described(noun, kinds, len(self.asked.text))
        return None

    def _lent_by(self, mention: Mention) -> bool:
        """Whether the body is named as the one money came from ("X a obtenu de Sambrinvest un
        prêt", "un crédit contracté auprès de Belfius", "Sambrinvest a pris une participation"):
        the giver, whom "l'entreprise" after it does not stand for."""
        start = self.sentences[self.sentence_of(mention.start)][0]
        before = self.text[max(start, mention.start - 80) : mention.start]
        return GIVES_AFTER.match(self.text, mention.end) is not None or any(
            RECIPIENT_GAP.match(before[mark.end() :])
            for pattern in (RECEIVED_FROM, LENT_BY)
            for mark in pattern.finditer(before)
        )

    def opening(self, index: int) -> Mention | None:
        """The party or programme sentence `index` opens with, its subject: "L'appel à projets
        « X » a été lancé", "Le CDC Technocité propose", "En 2021, la commune de Y a reçu"
        (after determiners, lower-case kind nouns and a short opening phrase; a place that
        phrase sets the scene with is not the subject: "À X, la société Y construira")."""
        start, end = self.sentences[index]
        scene = _SCENE.match(self.text, start, end)
        for mention in self.mentions:
            if scene and mention.type == "place" and mention.start < scene.end():
                continue  # "À Frasnes-lez-Anvaing, la société X construira": where, not who
            if start <= mention.start < end and mention.id and mention.type != "site":
                head = self.text[start : mention.start]
                return mention if _OPENING.fullmatch(head) else None
        return None

    def opens_with_unknown_name(self, index: int) -> bool:
        """Whether sentence `index` opens with a name no mention covers ("Le Département de la
        Nature (DNF) … est le bénéficiaire"): a subject the recogniser missed."""
        start, end = self.sentences[index]
        head = _UNKNOWN_OPENING.match(self.text, start, end)
        if head is None:
            return False
        return not any(start <= m.start < head.end() for m in self.mentions)

    def last_recipient_before(self, position: int, index: int) -> str | None:
        """The organisation a pronoun or "le centre" stands for: the last one named before it."""
        floor = self.sentences[max(0, index - 1)][0]
        named = [m for m in self.recipients if floor <= m.start and m.end <= position]
        return named[-1].id if named else None


def _parts(
    text: str, spans: Sequence[tuple[int, int]], amounts: Sequence[Amount]
) -> tuple[tuple[tuple[int, int], ...], dict[int, int], dict[int, int]]:
    """Sentences with each "dont" clause of a total apart: "N euros, dont M pour Y et P pour Z,
    sont prévus pour X" is the total's clause, the parts' clause, and the rest of the total's
    clause. Also, for each parts' clause the index of its total's clause, and for each total's
    clause the index of its rest."""
    result: list[tuple[int, int]] = []
    totals: dict[int, int] = {}
    rests: dict[int, int] = {}
    for start, end in spans:
        for match in _DONT.finditer(text, start, end):
            total = any(start <= a.start < match.start() for a in amounts)
            part = any(match.end() <= a.start <= match.end() + 30 for a in amounts)
            if total and part:
                result.append((start, match.start()))
                clause_end = _clause_end(text, match.end(), end, amounts)
                result.append((match.start("word"), clause_end))
                totals[len(result) - 1] = len(result) - 2
                if clause_end < end:
                    rests[len(result) - 2] = len(result)
                start = clause_end
                break
        if start < end:
            result.append((start, end))
    return tuple(result), totals, rests


def _clause_end(text: str, start: int, end: int, amounts: Sequence[Amount]) -> int:
    """Where a "dont" clause ends: the first comma or semicolon that is no amount's decimal comma
    ("dont 1,78 milliard") and is not followed by another part ("dont 3 millions pour Y,
    2 millions pour Z, sont …"), else the sentence's end."""
    for position in range(start, end):
        if text[position] in ",;" and not any(
            a.start <= position < a.end or position < a.start <= position + 25 for a in amounts
        ):
            return position
    return end


def _lines(
    text: str, spans: Sequence[tuple[int, int]], amounts: Sequence[Amount]
) -> tuple[tuple[int, int], ...]:
    """Sentences, with the lines of a list apart: a line break after a colon or a semicolon, or
    before a line that opens with a bullet or a label and a colon, ends a sentence too; so does
    a line break on either side of a line that ends with an amount (a table's row: "Ville de
    Namur<space>Hall omnisports<space>1.312.400 €", whose cells no tab separates)."""
    result: list[tuple[int, int]] = []
    for start, end in spans:
        piece = start
        for newline in _breaks(text, start, end):
            before = text[piece:newline].rstrip()
            after = text[newline + 1 : end].lstrip(" ")
            next_line = text.find("\n", newline + 1, end)
            if before and (
                before.endswith((":", ";"))
                or BULLET.match(after)
                or LABEL.match(after)
                or _ends_with_amount(text, piece, newline, amounts)
                or _ends_with_amount(
                    text, newline + 1, end if next_line < 0 else next_line, amounts
                )
            ):
                result.append((piece, piece + len(before)))
                piece = newline + 1
        result.append((piece, end))
    return tuple(result)


def _ends_with_amount(text: str, start: int, end: int, amounts: Sequence[Amount]) -> bool:
    """Whether the line text[start:end] ends with one of the amounts (then a stop at most)."""
    return any(
        start <= a.start and a.end <= end and not text[a.end : end].strip(" \t.;,") for a in amounts
    )


def _breaks(text: str, start: int, end: int) -> list[int]:
    """Where a sentence may break into list lines: its line breaks, and in a one-line list ("La
    répartition est la suivante : Liège : 1,2 million ; Namur : 0,8 million.") the space after
    its first colon and after each semicolon."""
    breaks = [i for i in range(start, end) if text[i] == "\n"]
    colon = text.find(":", start, end)
    inner = text.find(";", colon, end) if colon >= 0 else -1
    if not breaks and inner >= 0 and text[inner + 1 : end].strip(" .;"):
        breaks = [colon + 1] + [i + 1 for i in range(colon, end) if text[i] == ";"]
    return [i for i in breaks if i < end and text[i].isspace()]
