"""Who the subject of a verb of giving is: a body named before the verb in the active voice
(`active_subject`: "Le Forem a octroyé", "le Département du patrimoine de la DGO4 a liquidé",
"la Ville de Namur a octroyé", "le comité de gestion de l'AWIPH a approuvé"), or the body a
subject pronoun stands for (`pronoun_subject`: "Novallia … Elle a accordé", "Quant à W.Alter,
…, il est intervenu"). `funder.giver` reads the giver from them.
"""

from __future__ import annotations

import re

from loaders.extract.funding.frames import MONEY_NOUNS, phrases
from loaders.extract.funding.sentences import DE, GIVING_VERB, TOPIC, FundingText
from loaders.record import Mention

# Between a subject and its verb of giving: auxiliaries, modals, adverbs, an incise, and the
# verbs that take the giving verb as their complement ("a décidé d'octroyer", "s'est engagée à
# soutenir", "a pu dégager"), a question's inverted pronoun ("a-t-il octroyé"), never a
# preposition that would make the name a complement.
SUBJECT_GAP = re.compile(
    r"^(?:\s+|,[^,;.:]{0,60},|\([^()]{1,30}\)|\)|(?:par\s+ailleurs|dès\s+lors|en\s+outre|donc|enfin"
    r"|a|ont|avait|avaient|aura|auront|aurait|auraient|avons|va|vont|peut|peuvent"
    r"|pourra|pourront|doit|devra|s['’]\s*est|se\s+sont|également|aussi|déjà|ainsi|encore"
    r"|notamment|récemment|décidé|choisi|pu|accepté|prévu|engagée?s?|lui|leur|y|en|ne|n['’]"
    r"|(?-i:SA|SRL|SPRL|SCRL|SC|ASBL|asbl)"
    r"|pas|d['’]|de|à|-t-(?:il|elle)s?|-(?:il|elle)s?)(?=[\s,'’-]|$))*$",
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
# "engager" in the active with an amount for object, a few words on at most, or a noun of money:
# "l'ASE a engagé 3,9 millions d'euros", "a engagé à ce titre N", "a engagé 18 dossiers pour un
# montant de N", "a engagé les subventions suivantes :" (not "a engagé deux éducateurs de rue
# grâce à une subvention de N": it hires).
_COMMITTED = re.compile(
    r"(?<!\w)(?:a|ont|avait|avaient|aura|auront)\s+(?:déjà\s+|ainsi\s+|également\s+)?engagée?s?,?"
    r"(?=(?:\s+[^\s\d][^\s]*|\s+\d+(?!\S*\s*(?:euros?|€|EUR|millions?|milliards?)(?!\w))){0,6}?"
    r"\s+\d[\d.,\s]*(?:euros?|€|EUR|millions?|milliards?)(?!\w)"
    rf"|\s+(?:les|des|ces|un|une|de\s+nouveaux|de\s+nouvelles)\s+{MONEY_NOUNS}(?!\w))",
    re.IGNORECASE,
)
# "a pris en 2022 une participation", "a pris, en mars, des participations": the verb of
# taking a stake with a time inside it.
_TOOK_STAKE = re.compile(
    r"(?<!\w)(?:pris|prend|prennent|prendra)\s+(?:en\s+(?:19|20)\d\d\s+|,[^,;.]{1,40},\s*)"
    r"(?:une|des)\s+participations?(?!\w)",
    re.IGNORECASE,
)
GIVES = re.compile(
    f"{GIVING_VERB.pattern}|{_COMMITTED.pattern}|{_TOOK_STAKE.pattern}", re.IGNORECASE
)
# A relative clause open before a verb: ", que la Province", ", qui", ", dont".
_RELATIVE = re.compile(r",\s*(?:que|qu['’]|qui|dont)(?!\w)[^,;]*$", re.IGNORECASE)
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


def active_subject(
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
        # the verb nearest before the amount first, but not one of a relative clause inside
        # the sentence ("… à X, que la Province soutient également, une subvention de N")
        found = sorted(
            found,
            key=lambda v: (
                bool(_RELATIVE.search(doc.text, start, v.start())),
                v.start() >= near,
                -v.start() if v.start() < near else v.start(),
            ),
        )
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


# Before a verb, what makes it share the subject of the sentence's first clause: a coordinated
# verb phrase ("Novallia a reçu 64 demandes …, et a accordé 27 prêts"), or a pronoun opening a
# clause after a semicolon ("La SOWALFIN l'a répartie … ; elle a ainsi versé …").
_SHARED_SUBJECT = re.compile(
    r"(?:(?<!\w)et\s+(?:lui\s+|leur\s+|y\s+|en\s+)?|;\s*(?P<pronoun>il|elle)\s+(?:[^\W\d]+\s+)?)"
    r"(?:a|ont|avait|avaient|aura|auront)\s+(?:[^\W\d]+\s+){0,2}$",
    re.IGNORECASE,
)


def shared_subject(doc: FundingText, index: int, until: int, near: int | None) -> str | None:
    """The body the sentence opens with, as the subject of a verb of giving before `near` that
    shares it: a coordinated verb phrase ("Novallia a reçu 64 demandes, et a accordé 27 prêts
    pour N") or a pronoun after a semicolon ("La SOWALFIN l'a répartie … ; elle a ainsi versé
    …"), with a pronoun of the body's gender."""
    start, _ = doc.sentences[index]
    opening = doc.opening(index)
    if opening is None or opening.type != "organisation":
        return None
    for verb in GIVES.finditer(doc.text, start, until if near is None else near):
        shared = _SHARED_SUBJECT.search(doc.text, max(start, verb.start() - 40), verb.start())
        if shared and opening.end <= shared.start():
            said = (shared.group("pronoun") or "").lower()
            return opening.id if not said or _gender(doc, opening) in (None, said) else None
    return None


def _gender(doc: FundingText, mention: Mention) -> str | None:
    """The subject pronoun a body's article calls for: "Le Forem" il, "La SOWALFIN" elle."""
    article = _ARTICLE_BEFORE.search(doc.text, max(0, mention.start - 4), mention.start)
    return {"le": "il", "la": "elle"}.get(article.group(1).lower()) if article else None


def pronoun_subject(doc: FundingText, index: int, until: int) -> str | None:
    """The body a subject pronoun of a verb of giving stands for: "Novallia a été créée en
    2009. Au 31 décembre 2012, elle avait accordé 83 prêts": the body the sentence before opens
    with (an organisation; "il est prévu", "il a été octroyé" are impersonal)."""
    start, _ = doc.sentences[index]
    for verb in GIVES.finditer(doc.text, start, until):
        if _PASSIVE.search(doc.text, max(start, verb.start() - 30), verb.start()):
            continue
        topic = TOPIC.match(doc.text, start, verb.start())
        if topic is not None:
            # "Quant à W.Alter, l'outil financier de …, il est intervenu": the topic's body
            pronoun = _SUBJECT_PRONOUN.match(doc.text, topic.end(), verb.start())
            if pronoun and SUBJECT_GAP.match(doc.text[pronoun.end() : verb.start()]):
                return _topic_body(doc, index)
        if not index:
            return None
        pronoun = _SUBJECT_PRONOUN.match(doc.text, start, verb.start())
        if pronoun and SUBJECT_GAP.match(doc.text[pronoun.end() : verb.start()]):
            opening = doc.opening(index - 1)
            if opening is None or opening.type != "organisation":
                # "Quant à X, il est intervenu … Il a en outre souscrit": the topic's body, when
                # the sentence before spoke of it by a pronoun too
                return _topic_body(doc, index - 1, spoken=True) if opening is None else None
            # "Le Forem a transmis le dossier à la Région. Elle a octroyé …": "elle" is no
            # masculine subject, "il" no feminine one
            said = pronoun.group(0).strip().split()[-1].lower()
            return opening.id if _gender(doc, opening) in (None, said) else None
    return None


def _past_owner(doc: FundingText, mention: Mention, named: list[Mention], verb: int) -> int:
    """Where the subject `mention` ends once the body it belongs to, named right after it, is
    passed ("le Département du patrimoine de la DGO4"): that end, else the mention's own."""
    after = [m for m in named if m.start >= mention.end][:2]  # the owner, or its acronym first
    owner = next((m for m in after if _PART_OF.fullmatch(doc.text, mention.end, m.start)), None)
    return mention.end if owner is None else min(owner.end, verb)


def _topic_body(doc: FundingText, index: int, spoken: bool = False) -> str | None:
    """The organisation sentence `index` opens with as its topic ("Quant à W.Alter, …", "En ce
    qui concerne la SOWAER, …"), else None; with `spoken`, only when a subject pronoun follows
    the topic ("Quant à W.Alter, l'outil …, il est intervenu"; not "Quant à X, son dossier a
    été transmis au Forem": "Il" after it is the Forem)."""
    start, end = doc.sentences[index]
    topic = TOPIC.match(doc.text, start)
    if topic is None or (spoken and not _SUBJECT_PRONOUN.match(doc.text, topic.end(), end)):
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
    return bool(SUBJECT_GAP.match(gap)) and (
        organ is not None or town or not _COMPLEMENT.search(before)
    )
