"""Who gives the money: the funder a sentence names, by the frames of `frames.csv`.

- the "par" agent of a passive frame: "octroyée par le Forem", "cofinancé à 40 % par la Région",
  "financé par l'Union européenne";
- the subject of an active frame whose subject gives: "Le Forem a octroyé", "la Région a décidé
  d'allouer", "la Province s'est engagée à soutenir … à concurrence de" (`subjects.py` reads
  who that subject is);
- a loan's lender named around its amount: "a emprunté N à la BEI", "a conclu avec la BEI un
  prêt de N", "un emprunt contracté auprès de Belfius";
- the "de" complement of a noun of giving: "une subvention de la Région", "le soutien de
  l'Union européenne";
- the "de" complement of a verb of receiving: "a reçu 2 millions de la Région";
- the body a co-financing share names: "(40 % FEDER, 60 % Région wallonne)", "dont 60 % à
  charge de la Région" (a programme so named is the source, which `source` reads);
- the speaker's government: in an answer, the minister speaks for the government, so "j'ai pu
  dégager", "nous avons octroyé" name it; "le Gouvernement a décidé d'octroyer" names it in a
  question too; so does "la Région a octroyé", "octroyée par la Région" the parliament's region
  as a legal person (`governments.csv`).
Only organisations and places (a municipality, a province) fund; a programme named by "par" is
the source, which `source` reads. A sentence that names no giver has no funder: an agentless
passive ("ont été confiés à X") is not read as the government's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.funding.frames import (
    AGENT_STEMS,
    FUNDER_NOUNS,
    GIVING_STEMS,
    GRANT_NOUNS,
    phrases,
    stems,
)
from loaders.extract.funding.owners import grant_owner
from loaders.extract.funding.recipient import borrowed_from
from loaders.extract.funding.sentences import (
    AGENT,
    CLAUSE,
    DE,
    LENT_BY,
    RECEIVED_FROM,
    RECIPIENT_GAP,
    FundingText,
)
from loaders.extract.funding.subjects import (
    GIVES,
    SUBJECT_GAP,
    active_subject,
    pronoun_subject,
    shared_subject,
)

# "cofinancé à 40 % par le FEDER et à 60 % par la Région": each share's agent gives.
_AGENT = re.compile(AGENT, re.IGNORECASE)
# "une subvention de la Région", "une aide de 75.000 euros du Forem".
_NOUN_OF = re.compile(
    rf"(?<!\w){FUNDER_NOUNS}(?:\s+[^\W\d]+)?(?:\s+{DE}\s*\d{CLAUSE}{{0,40}}"
    rf"(?:euros?|€|EUR))?\s+{DE}",
    re.IGNORECASE,
)
# A co-financing share names who pays it: "(40 % FEDER, 60 % Région wallonne)", "dont 60 % à
# charge de la Région", "60 % de la Région".
_SHARE_OF = re.compile(
    rf"\d\s*(?:%|pour\s*cent)\s*(?:(?:à\s+charge\s+)?{DE}|par\s+)?", re.IGNORECASE
)
# Right after an amount, what names who pays it: "N euros à charge de la Région", "de N par la
# Région", "dont N souscrits par la Province", "un prêt de N consenti par Belfius" (not "N par
# an": a name must follow).
_OWN_GIVER = re.compile(rf"\s*(?:à\s+charge\s+{DE}|(?:{AGENT_STEMS}\w*\s+)?par\s+)", re.IGNORECASE)
# A noun of the giver's role, then the name apposed to it: "le pouvoir subsidiant, la Wallonie".
_ROLE_APPOSED = re.compile(
    phrases("funder-nouns.txt", ending="s?").pattern + r"\s*,", re.IGNORECASE
)
# "a conclu avec la BEI un prêt de N": the body named between, the lender of the amount.
_WITH = re.compile(
    r"(?<!\w)(?:conclu|signé|contracté)e?s?\s+avec\s+(?:la\s+|le\s+|l['’]\s*)?$", re.I
)
_LOAN_OF = re.compile(
    r"\s*(?:\([^()]{1,30}\))?\s+(?:un|une)\s+(?:prêt|emprunt|crédit)s?(?:\s+[^\W\d]+){0,3}?"
    r"\s+(?:de\s+|d['’]\s*)$",
    re.IGNORECASE,
)
_MARKS = (RECEIVED_FROM, _AGENT, _NOUN_OF, _SHARE_OF, _ROLE_APPOSED, LENT_BY)
# A verb of guaranteeing: its subject backs a loan, and lends nothing.
_GUARANTEEING = re.compile(
    rf"(?<!\w){stems(lambda f: f.pos == 'verb' and f.instrument == 'guarantee')}\w*",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"\d\s*(?:%|pour\s*cent)")
# A share whose money is the amount right after it: "à 60 % par la Région wallonne, soit N".
_SHARE_IS_AMOUNT = re.compile(
    r"\d\s*(?:%|pour\s*cent)[^,;.]{0,60},\s*soit\s+(?:(?:un|une)\s+(?:montant|somme)\s+"
    r"(?:de\s+|d['’]\s*))?$",
    re.IGNORECASE,
)
# "j'ai pu dégager", "j'ai décidé d'octroyer", "j'ai marqué mon accord sur l'octroi d'un subside".
_FIRST_PERSON = re.compile(
    rf"(?<!\w)(?:j['’]\s*(?:ai|avais|aurai)|je|nous\s+avons|nous)\s+[^,;.:]{{0,50}}?"
    rf"(?<![\w])(?:{GIVING_STEMS}|{GRANT_NOUNS})\w*",
    re.IGNORECASE,
)
# The region as a legal person by its common name, capitalised: "la Région a octroyé", "par la
# Région" ("la région du Centre", "la Région de Bruxelles-Capitale" are others).
_REGION = re.compile(
    r"\s*(?:(?i:la|notre)\s+)?Région(?!\s+(?:wallonne|flamande|bruxelloise|de|du|des)(?!\w))"
    r"(?![\w-])"
)
# The government by its common name: "le Gouvernement a décidé d'octroyer".
_GOVERNMENT = re.compile(
    r"(?<!\w)(?:le|notre|mon)\s+Gouvernement(?!\s+(?:fédéral|flamand|bruxellois|de\s+la))", re.I
)


@dataclass(frozen=True)
class Institutions:
    """Whom a text's common names stand for: "le Gouvernement" (and a minister's "je") is the
    government of the parliament, "la Région" its region as a legal person (IRIs)."""

    government: str | None = None
    region: str | None = None
    # The region's territory (a place IRI), which as a giver is the region itself.
    territory: str | None = None


def funder(
    doc: FundingText, index: int, known: Institutions, speaker: bool, near: int | None = None
) -> str | None:
    """The funder sentence `index` names, or None; the region's territory named as a giver
    ("subventionné par la Wallonie") is the region as a legal person. With `near` (an amount's
    start), the giver of the amount's own clause between semicolons comes first: "L'Union y
    contribue pour N ; le solde est préfinancé par X" gives the Union's money, not X's.

    `speaker` says whether the sentence's first person is a minister of the government (an
    answer) rather than a deputy (a question).
    """
    found = None
    start, end = doc.sentences[index]
    if near is not None:
        found = _own_giver(doc, index, known, near)
        if found is not None:
            return found
    if near is not None:
        before = doc.text.rfind(";", start, near)
        after = doc.text.find(";", near, end)
        if before >= 0 or after >= 0:
            clause = (start if before < 0 else before + 1, end if after < 0 else after)
            found = _named_funder(doc, index, known, speaker, clause, near)
    found = found or _named_funder(doc, index, known, speaker, (start, end), near)
    return known.region if found and found == known.territory else found


def _own_giver(doc: FundingText, index: int, known: Institutions, near: int) -> str | None:
    """The giver named right after the amount at `near`: "dont 1.168.400 euros à charge de la
    Région et 292.100 euros à charge de la Province de Liège", "financé à hauteur de 960.000
    euros par le FEDER et de 1.152.000 euros par la Région": each amount's own, over the giver
    the sentence names for another; so is a loan's lender named right around it ("a emprunté N
    à la BEI", "a conclu avec la BEI un prêt de N")."""
    amount = next((a for a in doc.amounts if a.start == near), None)
    if amount is None:
        return None
    start, end = doc.sentences[index]
    lender = borrowed_from(doc, index, near)
    if lender is not None:
        return lender.id  # "a emprunté N à la BEI"
    for mention in doc.within(doc.recipients, index):
        if (
            mention.end <= near
            and _WITH.search(doc.text, max(start, mention.start - 30), mention.start)
            and _LOAN_OF.fullmatch(doc.text, mention.end, near)
        ):
            return mention.id  # "a conclu avec la BEI un prêt de N"
    mark = _OWN_GIVER.match(doc.text, amount.end, end)
    return None if mark is None else party_at(doc, index, mark.end(), known)


def party_at(doc: FundingText, index: int, position: int, known: Institutions) -> str | None:
    """The body sentence `index` names at `position`, after a mark of who gives ("à charge de",
    "par", "garanti par"), only articles and titles between: a mention (the region's territory
    is the region as a legal person), or "la Région" by its common name."""
    for mention in doc.within(doc.recipients, index):
        if mention.start >= position and RECIPIENT_GAP.match(doc.text[position : mention.start]):
            return known.region if mention.id == known.territory else mention.id
    if known.region and _REGION.match(doc.text, position):
        return known.region
    return None


def _named_funder(
    doc: FundingText,
    index: int,
    known: Institutions,
    speaker: bool,
    span: tuple[int, int],
    near: int | None = None,
) -> str | None:
    start, end = span
    # A share's payer ("cofinancées à raison de 40 % par le FEDER et de 60 % par la Région")
    # gives only when the sentence names no giver of the whole ("le Gouvernement a octroyé les
    # subventions suivantes, cofinancées …": the Government).
    share_payer = None
    for mention in doc.within(doc.recipients, index):
        if not start <= mention.start < end or grant_owner(doc, index, mention):
            continue  # "La subvention de Pepinster": the grant Pepinster receives
        before = doc.text[max(start, mention.start - 80) : mention.start]
        marks = [
            m for p in _MARKS for m in p.finditer(before) if RECIPIENT_GAP.match(before[m.end() :])
        ]
        if mention.id and marks:
            if not all(_PERCENT.search(m.group(0)) for m in marks):
                return mention.id
            share_payer = share_payer or mention.id
    if known.region:
        # "octroyée par la Région", "une subvention de la Région", "60 % à charge de la Région"
        marks = [m for p in _MARKS for m in p.finditer(doc.text, start, end)]
        regions = [m for m in marks if _REGION.match(doc.text, m.end())]
        if any(not _PERCENT.search(m.group(0)) for m in regions):
            return known.region
        share_payer = share_payer or (known.region if regions else None)
    if share_payer and near is not None and _SHARE_IS_AMOUNT.search(doc.text, start, near):
        return share_payer  # "cofinancé à 60 % par la Région, soit N": the share is the amount
    return giver(doc, index, known, speaker, end, near) or share_payer


def giver(
    doc: FundingText,
    index: int,
    known: Institutions,
    speaker: bool,
    until: int,
    near: int | None = None,
) -> str | None:
    """The subject of a verb of giving that stands before position `until` in sentence
    `index`: "Le Forem a octroyé", "j'ai pu dégager", "le Gouvernement a décidé d'allouer",
    "la Région a octroyé". Money after such a verb is given, even when the sentence names no
    recipient."""
    start, _ = doc.sentences[index]
    sentence = doc.text[start:until]
    verbs = list(GIVES.finditer(sentence))
    # "la Ville de X a consacré N …, et la Région lui a octroyé M": the last verb before `near`
    # (the amount; else before `until`) has the institution as its subject, over a body named
    # as an earlier verb's subject
    before = [v for v in verbs if near is None or start + v.start() < near]
    nearest = _institution_subject(sentence, known, before[-1:])
    subject = (
        nearest
        or active_subject(doc, index, until, GIVES, near)
        or shared_subject(doc, index, until, near)
        or pronoun_subject(doc, index, until)
    )
    if subject is not None:
        return subject
    if known.government and speaker and _FIRST_PERSON.search(sentence):
        return known.government
    return _institution_subject(sentence, known, verbs)


def _institution_subject(
    sentence: str, known: Institutions, verbs: list[re.Match[str]]
) -> str | None:
    """The government or the region named by its common name as the subject of one of `verbs`
    ("le Gouvernement a alloué", "la Région lui a octroyé")."""
    for name, iri in ((_GOVERNMENT, known.government), (_REGION, known.region)):
        for match in name.finditer(sentence) if iri else ():
            verb = next((v for v in verbs if v.start() >= match.end()), None)
            if verb and SUBJECT_GAP.match(sentence[match.end() : verb.start()]):
                return iri
    return None


def guarantor(doc: FundingText, index: int) -> str | None:
    """The subject of a verb of guaranteeing in sentence `index` ("La Sowalfin a garanti un
    crédit bancaire de N accordé à X"): the giver of a guarantee, no lender of the loan it
    backs."""
    _, end = doc.sentences[index]
    return active_subject(doc, index, end, _GUARANTEEING)
