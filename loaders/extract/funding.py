"""Funding facts: an amount tied to its recipient, its programme, its period and its purpose.

Each part of a fact is read from what the sentence says, by French linguistic cues, and left None
when the sentence does not say it; nothing is filled from mere proximity:
- recipient: an organisation (or a municipality, province, country) after a cue of giving
  ("confiés à", "alloué à", "en faveur de", "au profit de"), or the subject of a verb of
  receiving ("le CDC Technocité a bénéficié de", "a reçu", "se voit octroyer"); a pronoun or a
  definite description as that subject ("il", "le centre") is the organisation last named; a
  sentence whose receiving subject is not an organisation ("les activités … ont bénéficié") names
  what the money is for, and the recipient is the previous fact's, when that fact is in the
  sentence just before;
- programme: a programme or project mention after a cue of source ("dans le cadre du", "au titre
  de", "financé par", "via") or as the subject of the sentence;
- period: a period of the sentence, except a programme's own ("financé par l'Union européenne
  (2021-2027)": a period in parentheses after a named thing, or right after a programme's name);
  "sur la même période" is the previous fact's period;
- purpose: "pour la formation …", "destinés à …", "a permis d'agrandir …", "afin de …".
A sentence that refers back to money the previous sentence introduced ("ce budget", "cette
enveloppe", or "ainsi" after a sentence with no amount of its own) takes from that sentence what it
does not say itself. The fact's span is the amount's sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from loaders.extract.amounts import sentence_spans
from loaders.extract.periods import PeriodSpan, find_periods
from loaders.record import Amount, Entity, Funding, Mention, Part, Period

RECIPIENT_TYPES = ("organisation", "place")
SOURCE_TYPES = ("programme", "project")

_DE = r"d(?:e\s+|['’]\s*|u\s+|es\s+)"
_GIVEN = (
    r"(?:confi|allou|octroy|attribu|vers|accord|destin|affect|réserv|consacr|dédi|transf[ée]r"
    r"|rétrocéd|pay|distribu)[ée]e?s?"
)
# A cue that the organisation named right after it receives the money.
_RECIPIENT_CUE = re.compile(
    rf"(?<!\w)(?:{_GIVEN}\s+(?:à|aux|au)(?!\w)|en\s+faveur\s+{_DE}|au\s+profit\s+{_DE}"
    rf"|au\s+bénéfice\s+{_DE}|à\s+destination\s+{_DE}|à\s+l['’]intention\s+{_DE}|pour(?!\w)"
    r"|(?:subventionn|subsidi|financ|soutenu|soutien)\w*)(?!\w)",
    re.IGNORECASE,
)
# What may stand between a cue and the organisation: determiners and a short title ("la commune
# de", "le CDC", "l'ASBL"), never a preposition such as "par" that would make it the funder.
_RECIPIENT_GAP = re.compile(
    r"^(?:\s*(?:la|le|les|l['’]|de|d['’]|du|des|commune|ville|province|centre|opérateur"
    r"|organisme|société|intercommunale|asbl|(?-i:[A-Z]{2,6}))(?!\w))*\s*$",
    re.IGNORECASE,
)
_RECEIVE = (
    r"(?:bénéfici\w*|re[çc]u\w*|re[çc]oi\w*|recev\w*|per[çc]u\w*|per[çc]oi\w*|percev\w*"
    r"|obt\w*|touch\w*|dispos\w*|se\s+voi\w*\s+\w+|s['’]est\s+vu\w*\s+\w+|se\s+verra\s+\w+)"
)
# After a subject: optional auxiliary, an adverb or an incise, then a verb of receiving.
_RECEIVE_TAIL = (
    r"\s*(?:,[^,.;:]{0,40},)?\s*(?:(?:a|ont|avait|avaient|aura|auront|va|vont|pourra|pourront)\s*)?"
    rf"(?:,[^,.;:]{{0,40}},\s*|(?:\w+\s+){{0,2}})?{_RECEIVE}(?!\w)"
)
_RECEIVE_AFTER_SUBJECT = re.compile("^" + _RECEIVE_TAIL, re.IGNORECASE)
_PRONOUN = (
    r"(?<!\w)(?:il|elle|ils|elles|celui-ci|celle-ci|ce\s+dernier|cette\s+dernière"
    r"|(?:le|la|l['’])\s*(?:centre|opérateur|organisme|société|commune|ville|asbl|intercommunale"
    r"|agence|office|institut|association))"
)
_PRONOUN_SUBJECT = re.compile(_PRONOUN + "$", re.IGNORECASE)
_PRONOUN_RECEIVES = re.compile(_PRONOUN + _RECEIVE_TAIL, re.IGNORECASE)
_DATIVE = re.compile(
    r"(?<!\w)(?:lui|leur)\s+(?:(?:a|ont|sera|seront|avait|avaient|est|sont)(?!\w)"
    r"|(?:confi|allou|octroi|octroy|attribu|vers|accord|consacr|transf[èée]r|pa[iy])\w*)",
    re.IGNORECASE,
)
# "Les activités … ont, quant à elles, bénéficié de …": the subject before a verb of receiving.
_SUBJECT_RECEIVES = re.compile(
    r"^(?:[A-ZÀ-Ý][\w ]{0,25},\s*)?(?P<subject>[^,;:]{3,120}?)\s+" + _RECEIVE_TAIL,
    re.IGNORECASE,
)
_SOURCE_CUE = re.compile(
    rf"(?:dans\s+le\s+cadre\s+{_DE}|au\s+titre\s+{_DE}|(?:co)?financ[ée]e?s?\s+par\s+|via\s+"
    rf"|grâce\s+(?:à|au|aux)\s+|issue?s?\s+{_DE}|(?:en\s+)?provena\w*\s+{_DE}|provien\w*\s+{_DE}|bénéfici\w*\s+{_DE}|à\s+charge\s+{_DE}"
    rf"|sur\s+(?:les\s+)?(?:fonds|crédits|moyens)\s+{_DE}|(?:enveloppes?|budgets?|montants?"
    rf"|crédits|moyens|fonds|dotations?|subsides?|subventions?)(?:\s+\w+)?\s+{_DE}"
    rf"|programme\s+|part\s+{_DE})\s*(?:la\s+|le\s+|les\s+|l['’]\s*)?$",
    re.IGNORECASE,
)
# A programme as the subject: "Le FTJ alloue", "La programmation du FEDER … comprend".
_SUBJECT_START = re.compile(
    r"^(?:(?:[A-ZÀ-Ý][\w ]{0,25}|Dans\s+ce\s+cadre|À\s+ce\s+titre),\s*)?"
    r"(?:(?:le|la|les|l['’])\s*)?(?:(?:programme|programmation|plan|fonds|volet|enveloppe|budget)"
    r"(?:\s+\w+)?\s+(?:du\s+|de\s+la\s+|de\s+l['’]|des\s+|d['’])?)?$",
    re.IGNORECASE,
)
# "au titre de ce fonds", "du même programme": the programme last named before.
_SOURCE_ANAPHOR = re.compile(
    r"(?<!\w)(?:ce|cet|cette|ces|même|ledit|ladite)\s+"
    r"(?P<noun>fonds|plans?|programmes?|programmation|dispositifs?|projets?|mesures?)(?!\w)",
    re.IGNORECASE,
)
# A place named as a complement ("une PME de Herstal") is not a subject; a title is ("la commune
# de Pepinster").
_COMPLEMENT = re.compile(
    r"(?<!commune)(?<!ville)(?<!province)(?<!région)\s+(?:de|d['’]|du|des)\s*$", re.IGNORECASE
)
_SAME_PERIOD = re.compile(
    r"(?:sur|pendant|durant|pour|au\s+cours\s+de|dans)\s+(?:la\s+même\s+période"
    r"|cette\s+(?:même\s+)?période|la\s+période(?!\s+(?:de\s+|d['’])?\d))",
    re.IGNORECASE,
)
_BACK_REFERENCE = re.compile(
    r"(?<!\w)(?:ce|cet|cette|ces)\s+(?:même\s+)?(?:budgets?|enveloppes?|montants?|financements?|moyens"
    r"|crédits|aides?|subsides?|subventions?|sommes?|soutiens?|dotations?|fonds)(?!\w)",
    re.IGNORECASE,
)
_ELABORATION = re.compile(r"(?<!\w)(?:ainsi|à\s+ce\s+titre|dans\s+ce\s+cadre)(?!\w)", re.I)
_PURPOSE_CUE = re.compile(
    r"(?<!\w)(?:pour(?!\w)(?!\s+(?:un|une)\s+(?:montant|total|somme|budget|enveloppe)"
    r"|\s+(?:la|cette)\s+(?:même\s+)?période|\s+l['’]\s*(?:année|exercice))"
    r"|(?:destin|consacr|affect|réserv|dédi)[ée]e?s?\s+(?:à|aux|au)(?!\w)"
    r"|(?:a|ont|aura|auront|va|vont)?\s*(?:permis|permet\w*|servi\w*)\s+(?=d)"
    r"|afin\s+(?=d)|en\s+vue\s+(?=d)|visant\s+à|vise\s+à)\s*",
    re.IGNORECASE,
)
_PURPOSE_BODY = re.compile(r"(?:d['’]\s*|de\s+|du\s+|des\s+)?(?P<body>[^,;:.()]{3,200})")
_DETERMINER = re.compile(
    r"^(?:(?:la|les|le|aux|au|une|un|des|du|ses|son|sa|leurs|leur|à\s+la)(?!\w)|l['’]|à\s+l['’])\s*",
    re.IGNORECASE,
)
_GIVING_VERB = re.compile(
    r"(?<!\w)(?:confi|allou|octroi|octroy|attribu|vers|accord|consacr|dégag|débloqu|transf[èée]r"
    r"|pa[iy]|subventionn|subsidi|financ)\w*",
    re.IGNORECASE,
)
_GIVING_SENTENCE = re.compile(
    r"(?<!\w)(?:budg[eé]t\w*|enveloppes?|montants?|financ\w*|cofinanc\w*|subsid\w*|subvention\w*"
    r"|cr[ée]dits?|dotations?|moyens|fonds|aides?|primes?|allou\w*|octroy\w*|attribu\w*|confi\w*"
    r"|consacr\w*|investi\w*|dégag\w*|débloqu\w*|bénéfici\w*|re[çc]u)(?!\w)",
    re.IGNORECASE,
)


@dataclass
class _Facts:
    """What one sentence says about money; the amount's own facts or its antecedent's."""

    recipient: str | None = None
    programme: str | None = None
    period: Period | None = None
    purpose: str | None = None

    def filled_from(self, other: _Facts) -> _Facts:
        return _Facts(
            self.recipient or other.recipient,
            self.programme or other.programme,
            self.period or other.period,
            self.purpose or other.purpose,
        )


class _Reader:
    """One part's text, its mentions and periods, read sentence by sentence."""

    def __init__(
        self, text: str, part: Part, mentions: Sequence[Mention], amounts: Sequence[Amount]
    ) -> None:
        self.text = text
        self.sentences = sentence_spans(text)
        self.mentions = sorted((m for m in mentions if m.part == part), key=lambda m: m.start)
        self.amounts = [a for a in amounts if a.part == part]
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
        self.recipients = [
            m
            for m in self.mentions
            if m.type in RECIPIENT_TYPES
            and m.id
            and (m.start, m.end) not in sites
            and id(m) not in nested
        ]
        self.sources = [m for m in self.mentions if m.type in SOURCE_TYPES and m.id]

    def sentence_of(self, position: int) -> int:
        for index, (start, end) in enumerate(self.sentences):
            if start <= position < end:
                return index
        return len(self.sentences) - 1

    def within(self, mentions: list[Mention], index: int) -> list[Mention]:
        start, end = self.sentences[index]
        return [m for m in mentions if start <= m.start and m.end <= end]

    def last_recipient_before(self, position: int, index: int) -> str | None:
        """The organisation a pronoun or "le centre" stands for: the last one named before it."""
        floor = self.sentences[max(0, index - 1)][0]
        named = [m for m in self.recipients if floor <= m.start and m.end <= position]
        return named[-1].id if named else None

    # recipient ---------------------------------------------------------------------------
    def recipient(self, index: int, near: int) -> str | None:
        start, _ = self.sentences[index]
        candidates: list[tuple[int, str]] = []
        for mention in self.within(self.recipients, index):
            before = self.text[max(start, mention.start - 60) : mention.start]
            cue = any(
                _RECIPIENT_GAP.match(before[m.end() :]) for m in _RECIPIENT_CUE.finditer(before)
            )
            after = self.text[mention.end : self.sentences[index][1]]
            subject = _RECEIVE_AFTER_SUBJECT.match(after) and not _COMPLEMENT.search(before)
            if (cue or subject or self.given_after_amount(index, mention)) and mention.id:
                candidates.append((abs(mention.start - near), mention.id))
        if candidates:
            return min(candidates)[1]
        return self.pronoun_recipient(index)

    def given_after_amount(self, index: int, mention: Mention) -> bool:
        """ "a accordé 710 000 euros à l'IFAPME": the amount, then "à" and the recipient."""
        start, end = self.sentences[index]
        if not _GIVING_VERB.search(self.text, start, end):
            return False
        for amount in self.amounts:
            if start <= amount.end <= mention.start:
                gap = self.text[amount.end : mention.start]
                head = re.match(r"\s*(?:à|aux|au)(?!\w)", gap)
                if head and _RECIPIENT_GAP.match(gap[head.end() :]):
                    return True
        return False

    def pronoun_recipient(self, index: int) -> str | None:
        start, end = self.sentences[index]
        sentence = self.text[start:end]
        subject = _PRONOUN_RECEIVES.search(sentence)
        if subject:
            return self.last_recipient_before(start + subject.start(), index)
        if _DATIVE.search(sentence):
            # "lui versera": the one given to is not this sentence's subject, who gives.
            return self.last_recipient_before(start, index)
        return None

    def receiving_subject(self, index: int) -> str | None:
        """A non-organisation subject of a verb of receiving: what the money is for."""
        start, end = self.sentences[index]
        match = _SUBJECT_RECEIVES.match(self.text[start:end])
        if not match:
            return None
        s, e = (start + offset for offset in match.span("subject"))
        if any(s <= m.start < e for m in self.mentions) or _PRONOUN_SUBJECT.search(
            match.group("subject")
        ):
            return None
        return _DETERMINER.sub("", match.group("subject")).strip()

    # programme -------------------------------------------------------------------------
    def programme(self, index: int) -> str | None:
        start, _ = self.sentences[index]
        found: list[Mention] = []
        for mention in self.within(self.sources, index):
            before = self.text[max(start, mention.start - 60) : mention.start]
            after_amount = any(
                re.fullmatch(
                    r"\s*(?:du|de\s+la|de\s+l['’]|des|d['’])\s*", self.text[a.end : mention.start]
                )
                for a in self.amounts
                if a.end <= mention.start
            )
            if (
                _SOURCE_CUE.search(before)
                or _SUBJECT_START.match(self.text[start : mention.start])
                or after_amount
            ):
                found.append(mention)
        projects = [m for m in found if m.type == "project"]
        chosen = projects or found
        if chosen:
            return chosen[0].id
        return self.programme_named_before(index)

    def programme_named_before(self, index: int) -> str | None:
        """ "au titre de ce fonds", "du même programme": the programme last named before."""
        start, end = self.sentences[index]
        for match in _SOURCE_ANAPHOR.finditer(self.text, start, end):
            if not _SOURCE_CUE.search(self.text[max(start, match.start() - 40) : match.start()]):
                continue
            wanted = "project" if match.group("noun").lower().startswith("projet") else "programme"
            floor = self.sentences[max(0, index - 3)][0]
            named = [
                m for m in self.sources if m.type == wanted and floor <= m.start < match.start()
            ]
            if named:
                return named[-1].id
        return None

    # period ----------------------------------------------------------------------------
    def period(self, index: int, near: int) -> Period | None:
        start, end = self.sentences[index]
        usable = [
            p
            for p in self.periods
            if start <= p.start
            and p.end <= end
            and p.start_year
            and p.end_year
            and not self.belongs_to_a_name(p, start)
        ]
        if not usable:
            return None
        chosen = min(usable, key=lambda p: abs(p.start - near))
        return Period(chosen.start_year or "", chosen.end_year or "")

    def belongs_to_a_name(self, period: PeriodSpan, sentence_start: int) -> bool:
        """A programme's own period: right after its name, or in parentheses after a name in a
        clause that names a programme ("du Plan … financé par l'Union européenne (2021-2027)")."""
        bare = period.text[:1].isdigit()  # "entre 2023 et 2027" is the clause's, not a name's
        for mention in self.mentions:
            gap = self.text[mention.end : period.start]
            if bare and mention.end <= period.start and re.fullmatch(r"[\s()]*", gap):
                return mention.type in SOURCE_TYPES or period.bracketed
        if not period.bracketed:
            return False
        clause_start = max(sentence_start, self.text.rfind(",", sentence_start, period.start) + 1)
        return any(clause_start <= m.start < period.start for m in self.sources)

    # purpose ---------------------------------------------------------------------------
    def purpose(self, index: int, after: int) -> str | None:
        start, end = self.sentences[index]
        purposes: list[tuple[int, str]] = []
        for cue in _PURPOSE_CUE.finditer(self.text, start, end):
            body = _PURPOSE_BODY.match(self.text, cue.end(), end)
            if not body:
                continue
            b_start = body.start("body")
            if any(
                m.start >= b_start and _RECIPIENT_GAP.match(self.text[b_start : m.start])
                for m in self.recipients
            ) or any(p.start <= b_start < p.end for p in self.periods):
                continue  # "pour le CDC Technocité" is a recipient; "pour 2023" a period
            text = _DETERMINER.sub("", body.group("body")).strip()
            text = re.sub(r"\s+en\s+(?:19|20)\d\d(?:\s+et\s+(?:19|20)\d\d)?(?!\d)", "", text)
            text = re.split(r"\s+(?:dont|sur\s+la\s+même\s+période)(?!\w)", text)[0]
            if len(text) >= 3:
                purposes.append((0 if cue.start() >= after else 1, text))
        return min(purposes, key=lambda p: p[0])[1] if purposes else None

    # a sentence --------------------------------------------------------------------------
    def facts(self, index: int, near: int) -> _Facts:
        return _Facts(
            self.recipient(index, near),
            self.programme(index),
            self.period(index, near),
            self.purpose(index, near),
        )


def find_funding(
    text: str,
    part: Part,
    amounts: Sequence[Amount],
    mentions: Sequence[Mention],
    entities: Sequence[Entity] = (),
) -> list[Funding]:
    """Funding facts for the amounts of `part` whose sentence speaks of giving or receiving money.

    `amounts` is the record's whole list: `Funding.amount` is an index into it. `entities` is
    accepted so that callers pass the record as it is; the rules need only the mentions' types.
    """
    del entities  # the mentions carry the types the rules use
    reader = _Reader(text, part, mentions, amounts)
    if not reader.sentences:
        return []
    facts: list[Funding] = []
    previous: tuple[int, _Facts] | None = None
    for number, amount in enumerate(amounts):
        if amount.part != part:
            continue
        index = reader.sentence_of(amount.start)
        start, end = reader.sentences[index]
        sentence = text[start:end]
        found = reader.facts(index, amount.start)
        subject_purpose = reader.receiving_subject(index)
        if found.purpose is None and subject_purpose:
            found = replace(found, purpose=subject_purpose)
        if index > 0 and _refers_back(reader, index, amounts, part):
            found = found.filled_from(reader.facts(index - 1, reader.sentences[index - 1][1]))
        if previous is not None:
            if found.period is None and _SAME_PERIOD.search(sentence):
                found = replace(found, period=previous[1].period)
            adjacent = previous[0] in (index, index - 1)
            if found.recipient is None and subject_purpose and adjacent:
                found = replace(found, recipient=previous[1].recipient)
        if found.recipient is None and found.programme is None:
            continue  # a grant has a party: without one, the amount is a cost, a price, a total
        facts.append(
            Funding(
                amount=number,
                recipient=found.recipient,
                programme=found.programme,
                period=found.period,
                purpose=found.purpose,
                part=part,
                start=start,
                end=end,
                text=sentence,
            )
        )
        previous = (index, found)
    return facts


def _refers_back(reader: _Reader, index: int, amounts: Sequence[Amount], part: Part) -> bool:
    """Whether the sentence continues the previous one's money ("ce budget", "ainsi" after a
    sentence that introduced money without an amount)."""
    start, end = reader.sentences[index]
    p_start, p_end = reader.sentences[index - 1]
    previous_has_amount = any(a.part == part and p_start <= a.start < p_end for a in amounts)
    if previous_has_amount or not _GIVING_SENTENCE.search(reader.text, p_start, p_end):
        return False
    sentence = reader.text[start:end]
    return bool(_BACK_REFERENCE.search(sentence) or _ELABORATION.search(sentence))
