"""Who receives the money: an organisation (or a municipality, province, country) that the
sentence names as receiving it.

- after a cue of giving: "confiés à", "alloué à", "en faveur de", "au profit de", also with
  the giver between the participle and "à" ("la subvention octroyée par le Forem à X") or a
  time or an adverb ("a octroyé en 2020 à X");
- as the owner of what a verb of financing takes as its object: "a cofinancé les actions de X";
- after the amount of a giving verb: "a accordé 710 000 euros à l'IFAPME";
- as the subject of a verb of receiving: "le CDC Technocité a bénéficié de", "a reçu", "se voit
  octroyer"; a pronoun or a definite description as that subject ("il", "le centre") is the
  organisation last named, and so is the "lui" of "lui versera".
- after a verb of borrowing's amount, "à X" lends (`borrowed_from`); "à la Région" by its
  common name is the parliament's region (`to_the_region`).
One amount for several coordinated parties names none of them (`coordination`).
A receiving subject that is not an organisation ("les activités … ont bénéficié") names what the
money is for (`receiving.receiving_subject`), not who gets it.
"""

from __future__ import annotations

import re

from loaders.extract.funding.coordination import shared
from loaders.extract.funding.frames import (
    FINANCING_STEMS,
    GIVEN_TO_STEMS,
    GRANT_NOUNS,
    MONEY_NOUNS,
    OWNER_PARTICIPLES,
    RECEIVING_STEMS,
)
from loaders.extract.funding.owners import grant_owner
from loaders.extract.funding.sentences import (
    BODY_NOUNS,
    BORROWED_BEFORE,
    CLAUSE,
    CONTRASTS,
    DE,
    GIVING_VERB,
    LENDER_AFTER,
    LOCATING,
    MEANWHILE,
    OWNER_GAP,
    ROLE,
    TO,
    TOPIC,
    FundingText,
)
from loaders.record import Mention

# Any form of a verb of giving: "alloué à", "versera à", "décidé d'octroyer à la ville de X".
_GIVEN = rf"(?={GIVEN_TO_STEMS})\w+"
# A noun of giving whose "à" names who receives: "le soutien de la Région à la SOWAER".
_GRANT_NOUN = rf"{GRANT_NOUNS}(?:\s+(?:financi|régional|public|annuel)\w*)?"
# The one who gives, between a grant participle and "à": "octroyée par le Forem à" (a dot
# inside a name, "par W.Alter à", is no sentence's end).
_AGENT = r"(?:\s+par\s+(?:(?!(?:à|aux|au)(?!\w))(?:[^,;.]|(?<=\w)\.(?=\w))){1,50}?)?"
# A cue that the organisation named right after it receives the money.
_RECIPIENT_CUE = re.compile(
    rf"(?<!\w)(?:{_GIVEN}{MEANWHILE}{_AGENT}\s+(?:à|aux|au)(?!\w)|en\s+faveur\s+{DE}|au\s+profit\s+{DE}"
    rf"|au\s+bénéfice\s+{DE}|à\s+destination\s+{DE}|à\s+l['’]intention\s+{DE}|pour(?!\w)"
    # the owner of what is financed: "le projet porté par X", "les travaux menés par X"
    rf"|{OWNER_PARTICIPLES}e?s?\s+par(?!\w)"
    rf"|{_GRANT_NOUN}(?:\s+{DE}(?:(?!(?:à|aux|au)(?!\w)){CLAUSE}){{1,40}}?)?\s+(?:à|aux|au)(?!\w)"
    rf"|{FINANCING_STEMS}\w*"
    rf"(?:\s+(?:les|la|le|l['’]|ses|son|sa|leurs?)\s*[^\W\d]+\s+{DE})?)"
    # a cue ends a word, or with the space or apostrophe of its "de" ("en faveur de la …")
    r"(?:(?<=[\s'’])|(?!\w))",
    re.IGNORECASE,
)
_RECEIVE = (
    rf"(?:{RECEIVING_STEMS}\w*|se\s+voi\w*\s+\w+|s['’]est\s+vu\w*\s+\w+|se\s+verra\s+\w+"
    # the passive of a verb of financing: "la commune a été soutenue à hauteur de"; endowed:
    # "Il est doté de N"
    rf"|(?:été|est|sont|sera|seront)\s+{FINANCING_STEMS}\w*"
    r"|(?:est|sont|sera|seront|était|étaient)\s+dotée?s?)"
)
# A list row that names the one who receives by its role before the row's amount: "• la
# tribune, dont la Ville de X est maître d'ouvrage : N", "dont X assure la maîtrise d'ouvrage
# pour le compte de Y : N" (not a sentence that goes on to a cost: "dont elle assure la
# maîtrise d'ouvrage, est estimé à N").
_ROLE_IN_ROW = re.compile(
    rf"\s*(?:(?:est|sont|sera|seront|était|étaient)\s+(?:(?:le|la|les)\s+|l['’]\s*)?{ROLE}"
    r"|assur\w*\s+la\s+maîtrise\s+d['’]\s*ouvrage)[^:;.]{0,80}:\s*",
    re.IGNORECASE,
)
# After a subject: optional auxiliary, an adverb or an incise, then a verb of receiving.
# "X a reçu", "X, qui a reçu" (a relative clause on the subject), "X, cette année, a reçu", "X
# (ACR) a reçu" (its acronym in brackets), "X, qui accompagne les communes depuis son bureau
# de Y, reçoit", "X, incubateur … installé à Y, perçoit" (a relative clause or an apposition
# that describes the subject, up to a line's length).
RECEIVE_TAIL = (
    r"\s*(?:\([^()]{1,60}\))?\s*(?:,[^,.;:]{0,110},)?\s*(?:,\s*qui\s+)?"
    r"(?:(?:a|ont|avait|avaient|aura|auront|va|vont|pourra|pourront)\s*)?"
    rf"(?:,[^,.;:]{{0,40}},\s*|(?:\w+\s+){{0,2}})?{_RECEIVE}(?!\w)"
)
_RECEIVE_AFTER_SUBJECT = re.compile("^" + RECEIVE_TAIL, re.IGNORECASE)
_NOUN = "(?P<noun>" + "|".join(map(re.escape, sorted(BODY_NOUNS, key=len, reverse=True))) + ")"
_PRONOUN = (
    r"(?<!\w)(?:il|elle|ils|elles|celui-ci|celle-ci|ce\s+dernier|cette\s+dernière"
    rf"|(?:le|la|l['’])\s*{_NOUN})"
)
# After a cue of giving, a body named by its common noun: "octroyée par Le Forem au centre",
# "a octroyé à la Ville" (capitalised as the administration writes a town's council), "a
# accordé à la même fabrique".
# A bare one: a name ("au centre Technifutur") or a complement ("pour la société de logement
# … active à Mons") after the noun makes it a new body, not one named before.
_DESCRIPTION = re.compile(
    rf"\s*(?:la\s+|le\s+|l['’]\s*)?(?i:même\s+)?(?i:{_NOUN})(?![\w-])"
    r"(?!\s*(?:[A-ZÀ-Ý]|(?:de|du|des)\s|d['’]))"
)
PRONOUN_SUBJECT = re.compile(_PRONOUN + "$", re.IGNORECASE)
# A possessive noun of money that opens its sentence and that the amount measures: "Sa
# subvention pour la période 2016-2018 atteint N", "Son enveloppe totale atteint N".
_POSSESSED = re.compile(
    rf"\s*(?:[^,;:]{{0,40}},\s*)?(?:son|sa|ses|leurs?)\s+(?P<noun>{MONEY_NOUNS})(?!\w)"
    r"(?:\s+[^\s,;:]+){0,6}?\s+(?:atteint|atteignent|s['’]élèvent?\s+à|se\s+montent?\s+à"
    r"|est\s+de|sont\s+de)\s*$",
    re.IGNORECASE,
)
_GIVEN_NOUN = re.compile(GRANT_NOUNS, re.IGNORECASE)
_PRONOUN_RECEIVES = re.compile(_PRONOUN + RECEIVE_TAIL, re.IGNORECASE)
# A coordinated clause with a subject of its own: "…, et la Région lui a octroyé N", "X doit
# compléter le financement : la SWL (Société wallonne du Logement) lui a consenti N".
_AND_THEN = re.compile(
    r"(?:,\s+et|\s*[:;])\s+(?:la|le|les|l['’])\s*[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,5}?"
    r"(?:\s*\([^()]{1,15}\))?\s+$",
    re.IGNORECASE,
)
# "lui versera": one body named before; "leur" stands for several, which no one fact names.
DATIVE = re.compile(
    r"(?<!\w)(?P<pronoun>lui|leur)\s+(?:(?:a|ont|sera|seront|avait|avaient|aurait|auraient|aura"
    r"|auront|est|sont)(?!\w)"
    rf"|{GIVEN_TO_STEMS}\w*)",
    re.IGNORECASE,
)
# A place named as a complement ("une PME de Herstal") is not a subject; a title is ("la commune
# de Pepinster").
COMPLEMENT = re.compile(
    r"(?<!commune)(?<!ville)(?<!province)(?<!région)\s+(?:de|d['’]|du|des)\s*"
    r"(?:la\s+|l['’]\s*)?$",
    re.IGNORECASE,
)
# Between a name and its amount when the verb is left out: spaces, or an incise in commas.
# "… et la Ville de X un montant de N": a noun of money measured by the amount may stand there.
_GAPPED = re.compile(
    rf"\s*(?:,[^,;.:]{{1,40}},)?\s*(?:(?:un|une)\s+{MONEY_NOUNS}\s+(?:[^\W\d]+\s+)?(?:de|d['’])\s*"
    # the "de" of a verb of receiving left out: "X bénéficie de N, et la commune de Y de M"
    r"|(?:de|d['’])\s*)?",
    re.IGNORECASE,
)
# Between a body and its amount when the verb is left out, its acronym and its town: "le Centre
# X (CRA-W) de Gembloux N".
_GAPPED_BODY = re.compile(
    r"\s*(?:\([^()]{1,15}\))?\s*(?:de|d['’]|du)\s*[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?\s*"
)
_FOR_PLACE = re.compile(r"(?<!\w)pour\s+(?:l['’]\s*|la\s+|le\s+)?$", re.IGNORECASE)
# "à la Ville", "au Centre X", "à l'asbl X", "à Brussels Airport", "à la même fabrique": one
# party named after "à".
_TO_SOMEONE = re.compile(
    rf"(?<!\w)(?:à\s+(?:la|l['’]|une?)|au|à)(?!\w)\s*"
    rf"(?:(?-i:[A-ZÀ-Ý])|(?:{_NOUN})(?!\w)|même\s+\w)",
    re.IGNORECASE,
)
# Right after an amount, what ties it to the party named next.
# "a octroyé N en 2018 à X": a time may stand between the amount and its "à".
_AFTER_AMOUNT_TO = re.compile(MEANWHILE + TO.pattern, re.IGNORECASE)
_TIED_CUE = re.compile(
    rf"{MEANWHILE}\s*(?:(?:à|aux|au)|en\s+faveur\s+{DE}|au\s+profit\s+{DE}|pour|destinée?s?\s+(?:à|aux|au))"
    r"(?!\w)",
    re.IGNORECASE,
)


def recipient(doc: FundingText, index: int, near: int) -> str | None:
    """The receiving party of sentence `index` nearest to position `near` (the amount)."""
    chosen = _nearest(doc, index, near)
    # "N euros à Namur, Liège et Mons": one amount for several parties names them all or
    # none; a fact has one recipient, so none ("respectivement" pairs them elsewhere).
    if chosen is not None and shared(doc, index, chosen):
        return None
    return chosen or _pronoun_recipient(doc, index, near)


def place_for(doc: FundingText, index: int, party: str | None) -> bool:
    """Whether `party` is a place that sentence `index` names only after "pour" ("dont 31,2
    millions pour Liège"): where the money is spent, not a body it reaches ("à Liège", "pour
    la commune de Liège" name the town as a party)."""
    start, _ = doc.sentences[index]
    return any(
        m.id == party
        and m.type == "place"
        and _FOR_PLACE.search(doc.text, max(start, m.start - 12), m.start) is not None
        for m in doc.within(doc.recipients, index)
    )


def to_someone(doc: FundingText, index: int) -> bool:
    """Whether the sentence gives to one party it names, known or not ("a octroyé à la Ville
    une subvention", "a attribué N au Centre X"): with a giver handing it over, a grant. Money
    a giver hands to a group ("à onze entreprises … pour un montant total de N") or sets aside
    with no one named to receive it ("a décidé d'allouer un montant supplémentaire de N pour
    2013", "des subsides en faveur de projets") is an amount, not a grant (the blind and real
    gold's convention: money whose only link is a funder)."""
    start, end = doc.sentences[index]
    return bool(_TO_SOMEONE.search(doc.text, start, end))


def given_to_group(doc: FundingText, index: int, near: int) -> bool:
    """Whether the amount at `near` goes to coordinated parties ("à Namur, Liège et Mons"):
    money given, to no one party."""
    chosen = _nearest(doc, index, near)
    return chosen is not None and shared(doc, index, chosen)


def _nearest(doc: FundingText, index: int, near: int) -> str | None:
    """The party a cue ties to the amount at `near`, the nearest first."""
    start, end = doc.sentences[index]
    candidates: list[tuple[bool, int, str]] = []
    parallel: list[tuple[bool, int, str]] = []
    others = [a.start for a in doc.amounts if start <= a.start < end and a.start != near]
    lender = borrowed_from(doc, index, near)
    for mention in doc.within(doc.recipients, index):
        if mention is lender:
            continue  # "a emprunté N à la BEI": the lender, not who receives
        low, high = sorted((mention.start, near))
        if CONTRASTS.search(doc.text, low, high):
            continue  # "une économie de N, alors que X a reçu M": X is M's, in its own clause
        before = doc.text[max(start, mention.start - 60) : mention.start]
        cue = any(
            OWNER_GAP.match(before[m.end() :]) for m in _RECIPIENT_CUE.finditer(before)
        ) or grant_owner(doc, index, mention)
        after = doc.text[mention.end : end]
        subject = (
            _RECEIVE_AFTER_SUBJECT.match(after)
            and not COMPLEMENT.search(before)
            and not LOCATING.search(before)
        )
        tied = _tied(doc, near, mention, end)
        if not tied and any(_tied(doc, other, mention, end) for other in others):
            continue  # "N à X, M à Y": Y is M's, not N's
        role = _ROLE_IN_ROW.fullmatch(doc.text, mention.end, near)
        if (cue or subject or role or given_after_amount(doc, index, mention)) and mention.id:
            candidates.append((not tied, abs(mention.start - near), mention.id))
        elif tied and mention.id:
            parallel.append((False, abs(mention.start - near), mention.id))
    if candidates:
        # "Pour X, le montant est de N, contre M à Y": "à Y" after an amount is a party too
        # when the sentence names another one.
        candidates += parallel
        return min(candidates)[2]
    return None


def given_after_amount(doc: FundingText, index: int, mention: Mention) -> bool:
    """ "a accordé 710 000 euros à l'IFAPME": the amount, then "à" and the recipient."""
    start, end = doc.sentences[index]
    if not GIVING_VERB.search(doc.text, start, end):
        return False
    for amount in doc.amounts:
        if start <= amount.end <= mention.start:
            gap = doc.text[amount.end : mention.start]
            head = _AFTER_AMOUNT_TO.match(gap)
            if head and OWNER_GAP.match(gap[head.end() :]):
                return True
    return False


def _tied(doc: FundingText, near: int, mention: Mention, end: int) -> bool:
    """Whether the mention is syntactically the amount's own: "N euros à la commune de X",
    "N euros en faveur de X", "en faveur de X, N euros" (several parties in one sentence); or,
    after a first clause with its verb, the name right before the amount whose verb the
    sentence leaves out ("X a reçu N, Y M et Z, à Vieuxville, P")."""
    amount = next((a for a in doc.amounts if a.start == near), None)
    if amount is None:
        return False
    if amount.end <= mention.start < end:
        gap = doc.text[amount.end : mention.start]
        cue = _TIED_CUE.match(gap)
        return bool(cue and OWNER_GAP.match(gap[cue.end() :]))
    gapped = _GAPPED.fullmatch(doc.text, mention.end, amount.start)
    # "et le Centre X (CRA-W) de Gembloux N": the body, its acronym and its town
    if gapped or _GAPPED_BODY.fullmatch(doc.text, mention.end, amount.start):
        start = doc.sentences[doc.sentence_of(near)][0]
        if gapped and mention.type == "place" and COMPLEMENT.search(doc.text, start, mention.start):
            return False  # "et le CRA-W de Gembloux N": where the body named before it stands
        return any(start <= a.end <= mention.start for a in doc.amounts)
    return False


def _pronoun_recipient(doc: FundingText, index: int, near: int) -> str | None:
    start, end = doc.sentences[index]
    sentence = doc.sentence(index)
    # "dont 870 k€ pour l'université et 370 k€ pour l'entreprise": the description after the
    # amount at `near`, else the last one before it.
    described = [
        (cue, found)
        for cue in _RECIPIENT_CUE.finditer(doc.text, start, end)
        if (found := _DESCRIPTION.match(doc.text, cue.end(), end))
    ]
    chosen = [pair for pair in described if pair[0].start() >= near][:1] or described[-1:]
    if chosen:
        cue, description = chosen[0]
        noun = description.group("noun").lower()
        return doc.described(noun, BODY_NOUNS.get(noun, frozenset()), cue.start())
    possessed = _POSSESSED.fullmatch(doc.text, start, near)
    if possessed and index and _GIVEN_NOUN.fullmatch(possessed.group("noun")):
        # "L'encadrement est assuré par l'asbl X, dont … . Sa subvention … atteint N": the
        # body of the sentence before owns the grant (its last organisation, not a place).
        p_start, p_end = doc.sentences[index - 1]
        owners = [
            m for m in doc.recipients if p_start <= m.start < p_end and m.type == "organisation"
        ]
        return owners[-1].id if owners else None
    subject = _PRONOUN_RECEIVES.search(sentence)
    if subject and subject.group("noun"):
        # "Quant au CHR X, l'intercommunale hospitalière bénéficie d'un prêt de N": the topic
        # the sentence opens with, which the noun describes again
        topic = _topic_party(doc, index, start + subject.start())
        if topic is not None:
            return topic
        noun = subject.group("noun").lower()
        return doc.described(noun, BODY_NOUNS.get(noun, frozenset()), start + subject.start())
    if subject:
        # "Il a reçu": the subject of the sentence before, when it opens with one (a programme
        # is no party; a name nobody recognised is no one known); else the last body named.
        # An inverted pronoun ("la commune de X a-t-elle reçu") repeats the name just before.
        inverted = sentence[: subject.start()].endswith("-")
        previous = doc.opening(index - 1) if index and not inverted else None
        if previous is not None:
            return previous.id if previous.type in ("organisation", "place") else None
        if index and not inverted and doc.opens_with_unknown_name(index - 1):
            return None
        return doc.last_recipient_before(start + subject.start(), index)
    dative = DATIVE.search(sentence)
    if dative and dative.group("pronoun").lower() == "lui":
        # "En ce qui concerne X, N lui a été versé": the topic the sentence opens with; else
        # "lui versera" stands for a body named before (not this sentence's subject, who gives).
        # "L'AWEX dispose d'un réseau … aux États-Unis. Le Gouvernement lui a alloué N": the
        # subject the sentence before opens with, before the last name it holds (when that
        # sentence gave money to a party, "lui" is that party: `funding._to_the_same`).
        topic = _topic_party(doc, index, end)
        if topic is not None:
            return topic
        # "la Ville de X a consacré N à l'opération, et la Région lui a octroyé M": the subject
        # of the first of the coordinated clauses
        first = doc.opening(index)
        if (
            first is not None
            and first.type in ("organisation", "place")
            and _AND_THEN.search(doc.text, first.end, start + dative.start())
        ):
            return first.id
        previous = doc.opening(index - 1) if index else None
        if previous is not None and previous.type in ("organisation", "place"):
            return previous.id
        return doc.last_recipient_before(start, index)
    return None


def _topic_party(doc: FundingText, index: int, before: int) -> str | None:
    """The party sentence `index` opens with as its topic, when the topic ends by `before` ("En
    ce qui concerne X, …", "Quant au CHR X, …"): whom a pronoun or a description after it
    stands for."""
    start, end = doc.sentences[index]
    topic = TOPIC.match(doc.text, start, end)
    if topic is None or topic.end() > before:
        return None
    return next(
        (m.id for m in doc.within(doc.recipients, index) if m.end <= topic.end() and m.id), None
    )


def receiving_programme(doc: FundingText, index: int) -> str | None:
    """A programme as the subject of a verb of receiving: its budget ("la mesure « LEADER »
    dispose d'une enveloppe de N", even "dans le cadre du programme P", its parent), or "Il
    disposait d'un budget de N" after a sentence that opens with the programme."""
    start, end = doc.sentences[index]
    for mention in doc.within(doc.sources, index):
        after = doc.text[mention.end : end].lstrip(' »”"')
        before = doc.text[max(start, mention.start - 60) : mention.start]
        if _RECEIVE_AFTER_SUBJECT.match(after) and not COMPLEMENT.search(before):
            return mention.id
    sentence = doc.sentence(index)
    subject = _PRONOUN_RECEIVES.search(sentence)
    inverted = subject is not None and sentence[: subject.start()].endswith("-")
    near = next((a.start for a in doc.amounts if start <= a.start < end), end)
    # "L'appel X est financé par … . Son enveloppe totale atteint N": the scheme's money.
    possessed = _POSSESSED.fullmatch(doc.text, start, near)
    if ((subject and not subject.group("noun") and not inverted) or possessed) and index:
        previous = doc.opening(index - 1)
        if previous is not None and previous in doc.sources:
            return previous.id
    return None


# A verb of giving, then "à la Région" by its common name: "l'État a consenti à la Région une
# avance de N", "l'Union aurait accordé à la Région N" (the region of the parliament).
_TO_THE_REGION = re.compile(
    rf"(?<!\w){_GIVEN}{MEANWHILE}\s+à\s+la\s+(?-i:Région)"
    r"(?!\s+(?:wallonne|flamande|bruxelloise|de|du|des)(?!\w))(?![\w-])",
    re.IGNORECASE,
)


def to_the_region(doc: FundingText, index: int) -> bool:
    """Whether sentence `index` gives "à la Région" by its common name (no mention names it)."""
    start, end = doc.sentences[index]
    return bool(_TO_THE_REGION.search(doc.text, start, end))


def borrowed_from(doc: FundingText, index: int, near: int) -> Mention | None:
    """The lender of the amount at `near` that a verb of borrowing right before it takes "à" a
    body named right after it ("a emprunté N à la BEI"), else None."""
    start, end = doc.sentences[index]
    amount = next((a for a in doc.amounts if a.start == near), None)
    if amount is None or not BORROWED_BEFORE.search(doc.text, max(start, near - 40), near):
        return None
    after = LENDER_AFTER.match(doc.text, amount.end, end)
    return next(
        (m for m in doc.within(doc.recipients, index) if after and m.start == after.end()), None
    )


def tied_recipient(doc: FundingText, index: int, near: int) -> str | None:
    """The party right after the amount at `near` ("dont 1 million à X"): in a "dont" clause the
    verb of giving is the total's, so the tie alone says who receives."""
    _, end = doc.sentences[index]
    tied = [m for m in doc.within(doc.recipients, index) if _tied(doc, near, m, end)]
    return tied[0].id if tied else None
