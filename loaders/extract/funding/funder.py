"""Who gives the money: the funder a sentence names, by the frames of `frames.csv`.

- the "par" agent of a passive frame: "octroyée par le Forem", "cofinancé à 40 % par la Région",
  "financé par l'Union européenne";
- the subject of an active frame whose subject gives: "Le Forem a octroyé", "la Région a décidé
  d'allouer", "la Province s'est engagée à soutenir … à concurrence de";
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
    BORROWING_STEMS,
    FUNDER_NOUNS,
    GIVING_STEMS,
    GRANT_NOUNS,
    RECEIVED_FROM_STEMS,
    phrases,
    stems,
)
from loaders.extract.funding.sentences import (
    AGENT,
    CLAUSE,
    DE,
    GIVING_VERB,
    MEANWHILE,
    RECIPIENT_GAP,
    TOPIC,
    FundingText,
)
from loaders.record import Mention

# "cofinancé à 40 % par le FEDER et à 60 % par la Région": each share's agent gives.
_AGENT = re.compile(AGENT, re.IGNORECASE)
# "une subvention de la Région", "une aide de 75.000 euros du Forem".
_NOUN_OF = re.compile(
    rf"(?<!\w){FUNDER_NOUNS}(?:\s+[^\W\d]+)?(?:\s+{DE}\s*\d{CLAUSE}{{0,40}}"
    rf"(?:euros?|€|EUR))?\s+{DE}",
    re.IGNORECASE,
)
# "a reçu 2 millions d'euros de la Région", "a reçu de la Région": the "de" right after the
# verb (or an adverb: "a reçu à ce jour de la Région") or after the money ("N euros
# supplémentaires de la Région"), not one further on ("pour l'équipement de la zone de X").
_RECEIVED_FROM = re.compile(
    rf"(?<!\w){RECEIVED_FROM_STEMS}\w*{MEANWHILE}"
    rf"(?:{CLAUSE}{{0,60}}?(?:euros?|€|EUR|millions?|milliards?)(?:\s+supplémentaires)?)?"
    rf"\s{DE}(?!euros?(?!\w))",
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
# The lender of a loan taken out: "un emprunt … contracté auprès de la BEI", "a contracté
# auprès de Belfius un emprunt", "emprunté auprès du CRAC", "a emprunté N à la BEI".
_LENT_BY = re.compile(
    rf"(?<!\w)(?:(?:contract|conclu|emprunt)\w*\s+auprès\s+{DE}"
    rf"|{BORROWING_STEMS}\w*\s{CLAUSE}{{0,80}}?\s(?:à|aux|au)(?!\w))",
    re.IGNORECASE,
)
_MARKS = (_RECEIVED_FROM, _AGENT, _NOUN_OF, _SHARE_OF, _ROLE_APPOSED, _LENT_BY)
# Between a subject and its verb of giving: auxiliaries, modals, adverbs, an incise, and the
# verbs that take the giving verb as their complement ("a décidé d'octroyer", "s'est engagée à
# soutenir", "a pu dégager"), a question's inverted pronoun ("a-t-il octroyé"), never a
# preposition that would make the name a complement.
_SUBJECT_GAP = re.compile(
    r"^(?:\s+|,[^,;.:]{0,60},|\([^()]{1,30}\)|\)|(?:par\s+ailleurs|dès\s+lors|en\s+outre|donc|enfin"
    r"|a|ont|avait|avaient|aura|auront|aurait|auraient|avons|va|vont|peut|peuvent"
    r"|pourra|pourront|doit|devra|s['’]\s*est|se\s+sont|également|aussi|déjà|ainsi|encore"
    r"|notamment|récemment|décidé|choisi|pu|accepté|prévu|engagée?s?|lui|leur|y|en|ne|n['’]"
    r"|(?-i:SA|SRL|SPRL|SCRL|SC|ASBL|asbl)"
    r"|pas|d['’]|de|à|-t-(?:il|elle)s?|-(?:il|elle)s?)(?=[\s,'’-]|$))*$",
    re.IGNORECASE,
)
# A verb of guaranteeing: its subject backs a loan, and lends nothing.
_GUARANTEEING = re.compile(
    rf"(?<!\w){stems(lambda f: f.pos == 'verb' and f.instrument == 'guarantee')}\w*",
    re.IGNORECASE,
)
# A word right before a name that makes it a complement rather than a subject ("et" after a
# comma opens a clause of its own: "…, et le CRAC a accordé").
_COMPLEMENT = re.compile(
    r"(?<!\w)(?:à|au|aux|de|du|des|d['’]|par|pour|en|avec|sur|dans|chez|entre|vers|via"
    r"|contre|selon|(?<![,;]\s)et)\s*(?:(?:la|le|les|l['’])\s*)?$",
    re.IGNORECASE,
)
# A subject pronoun opening its sentence, after a short phrase: "Au 31 décembre 2012, elle avait
# accordé", "Il a en outre octroyé".
_SUBJECT_PRONOUN = re.compile(r"\s*(?:[^,;.:]{0,60},\s*)?(?:il|elle)(?!\w)", re.IGNORECASE)
# The article of a name, which tells its gender: "Le Forem", "La SOWALFIN".
_ARTICLE_BEFORE = re.compile(r"(?<!\w)(le|la)\s+$", re.IGNORECASE)
_PERCENT = re.compile(r"\d\s*(?:%|pour\s*cent)")
# An organ of a body, then "de": "le comité de gestion de l'", "le conseil d'administration de la".
_ORGAN_OF = re.compile(
    phrases("organ-nouns.txt", ending="s?").pattern + rf"\s+{DE}(?:la\s+|l['’]\s*)?$",
    re.IGNORECASE,
)
# A town or a province named by its council's common noun: "la Ville de Namur a octroyé", "la
# commune d'Orp-Jauche a versé", "la Province du Brabant wallon a octroyé" (the place gives, as
# the reference reads "la Ville de X" as X).
_TOWN_OF = re.compile(
    r"(?<!\w)(?:ville|commune|province)\s+(?:de\s+|du\s+|d['’]\s*)$", re.IGNORECASE
)
# Between a body and another it belongs to, named after it: "le Département du patrimoine de
# la DGO4 a liquidé", "l'Administration générale du Sport (ADEPS) de la Fédération" (the first
# acts; the second only says whose it is).
_PART_OF = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:de|du|des|d['’])\s*(?:la\s+|l['’]\s*)?$", re.I)
_PASSIVE = re.compile(r"(?:été|est|sont|sera|seront|était|étaient|voi\w*|vu\w*)\s+$", re.I)
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
    the sentence names for another."""
    amount = next((a for a in doc.amounts if a.start == near), None)
    if amount is None:
        return None
    _, end = doc.sentences[index]
    mark = _OWN_GIVER.match(doc.text, amount.end, end)
    if mark is None:
        return None
    for mention in doc.within(doc.recipients, index):
        if mention.start >= mark.end() and RECIPIENT_GAP.match(
            doc.text[mark.end() : mention.start]
        ):
            return known.region if mention.id == known.territory else mention.id
    if known.region and _REGION.match(doc.text, mark.end()):
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
        if not start <= mention.start < end:
            continue
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
    subject = _active_subject(doc, index, until, near=near) or _pronoun_subject(doc, index, until)
    if subject is not None:
        return subject
    sentence = doc.text[start:until]
    if known.government and speaker and _FIRST_PERSON.search(sentence):
        return known.government
    for name, iri in ((_GOVERNMENT, known.government), (_REGION, known.region)):
        for match in name.finditer(sentence) if iri else ():
            verb = GIVING_VERB.search(sentence, match.end())
            if verb and _SUBJECT_GAP.match(sentence[match.end() : verb.start()]):
                return iri
    return None


def guarantor(doc: FundingText, index: int) -> str | None:
    """The subject of a verb of guaranteeing in sentence `index` ("La Sowalfin a garanti un
    crédit bancaire de N accordé à X"): the giver of a guarantee, no lender of the loan it
    backs."""
    _, end = doc.sentences[index]
    return _active_subject(doc, index, end, _GUARANTEEING)


def _active_subject(
    doc: FundingText,
    index: int,
    until: int,
    verbs: re.Pattern[str] = GIVING_VERB,
    near: int | None = None,
) -> str | None:
    """The organisation whose verb of giving follows it in the active voice; with `near` (an
    amount's start), the verb nearest before the amount first ("Le Gouvernement a approuvé le
    plan, et le CRAC a accordé N": the CRAC)."""
    start, _ = doc.sentences[index]
    found = list(verbs.finditer(doc.text, start, until))
    if near is not None:
        found = [v for v in reversed(found) if v.start() < near] + [
            v for v in found if v.start() >= near
        ]
    for verb in found:
        if _PASSIVE.search(doc.text, max(start, verb.start() - 30), verb.start()):
            continue  # "a été financé": who is financed, not who finances
        named = [m for m in doc.within(doc.recipients, index) if m.end <= verb.start()]
        # the last name, or one before an incise that holds others ("la SRIW, au travers de sa
        # filiale Novallia, a pris des participations")
        subject = next(
            (
                m
                for m in reversed(named[-3:])
                if _is_subject(
                    doc, m, start, _past_owner(doc, m, named, verb.start()), verb.start()
                )
            ),
            None,
        )
        if subject is not None:
            return subject.id
    return None


def _pronoun_subject(doc: FundingText, index: int, until: int) -> str | None:
    """The body a subject pronoun of a verb of giving stands for: "Novallia a été créée en
    2009. Au 31 décembre 2012, elle avait accordé 83 prêts": the body the sentence before opens
    with (an organisation; "il est prévu", "il a été octroyé" are impersonal)."""
    start, _ = doc.sentences[index]
    for verb in GIVING_VERB.finditer(doc.text, start, until):
        if _PASSIVE.search(doc.text, max(start, verb.start() - 30), verb.start()):
            continue
        topic = TOPIC.match(doc.text, start, verb.start())
        if topic is not None:
            # "Quant à W.Alter, l'outil financier de …, il est intervenu": the topic's body
            pronoun = _SUBJECT_PRONOUN.match(doc.text, topic.end(), verb.start())
            if pronoun and _SUBJECT_GAP.match(doc.text[pronoun.end() : verb.start()]):
                return _topic_body(doc, index)
        if not index:
            return None
        pronoun = _SUBJECT_PRONOUN.match(doc.text, start, verb.start())
        if pronoun and _SUBJECT_GAP.match(doc.text[pronoun.end() : verb.start()]):
            opening = doc.opening(index - 1)
            if opening is None or opening.type != "organisation":
                # "Quant à X, il est intervenu … Il a en outre souscrit": the topic's body
                return _topic_body(doc, index - 1) if opening is None else None
            # "Le Forem a transmis le dossier à la Région. Elle a octroyé …": "elle" is no
            # masculine subject, "il" no feminine one
            article = _ARTICLE_BEFORE.search(doc.text, max(0, opening.start - 4), opening.start)
            said = pronoun.group(0).strip().split()[-1].lower()
            gender = {"le": "il", "la": "elle"}.get(article.group(1).lower()) if article else None
            return opening.id if gender in (None, said) else None
    return None


def _past_owner(doc: FundingText, mention: Mention, named: list[Mention], verb: int) -> int:
    """Where the subject `mention` ends once the body it belongs to, named right after it, is
    passed ("le Département du patrimoine de la DGO4"): that end, else the mention's own."""
    after = [m for m in named if m.start >= mention.end][:2]  # the owner, or its acronym first
    owner = next((m for m in after if _PART_OF.fullmatch(doc.text, mention.end, m.start)), None)
    return mention.end if owner is None else min(owner.end, verb)


def _topic_body(doc: FundingText, index: int) -> str | None:
    """The organisation sentence `index` opens with as its topic ("Quant à W.Alter, …", "En ce
    qui concerne la SOWAER, …"), else None."""
    start, _ = doc.sentences[index]
    topic = TOPIC.match(doc.text, start)
    if topic is None:
        return None
    return next(
        (
            m.id
            for m in doc.within(doc.recipients, index)
            if m.type == "organisation" and m.end <= topic.end()
        ),
        None,
    )


def _is_subject(doc: FundingText, mention: Mention, start: int, end: int, verb: int) -> bool:
    """Whether the name is the verb's subject: only what may stand between its `end` and the
    verb does, and no preposition before it, but "de" after an organ of the body ("le comité
    de gestion de l'AWIPH a approuvé": the body acts through it) or after a town's common noun
    ("la Ville de Namur a octroyé")."""
    before = doc.text[max(start, mention.start - 20) : mention.start]
    gap = doc.text[end:verb]
    organ = _ORGAN_OF.search(doc.text, max(start, mention.start - 45), mention.start)
    noun = _TOWN_OF.search(before) if mention.type == "place" else None
    town = noun is not None and not _COMPLEMENT.search(before[: noun.start()])
    return bool(_SUBJECT_GAP.match(gap)) and (
        organ is not None or town or not _COMPLEMENT.search(before)
    )
