"""Parties a sentence coordinates: "Namur, Liège et Mons", "à X et à Y", "X ainsi que Y".

One amount for such a group names them all or none ("N euros à Namur, Liège et Mons": none,
since a fact has one recipient); "respectivement" pairs a group with as many amounts; "N euros
chacune" gives each of them the amount, and so does "N euros à X, et la même somme à Y" to Y,
and "X reçoit N, de même que Y" when a verb of receiving has X for subject.
"""

from __future__ import annotations

import re

from loaders.extract.funding.frames import RECEIVING_STEMS, phrases
from loaders.extract.funding.sentences import RECIPIENT_GAP, TITLE, TOPIC, FundingText
from loaders.record import Amount, Mention

# Between two coordinated parties: the first one's acronym in brackets or the town it stands in
# (", à Charleroi"), a comma, "et", "ainsi que", then their titles or a lower-case noun of their
# kind ("la FWA (FWA) et l'incubateur Y"; ", et" only after a place that locates the party
# before, `_LOCATED`).
_COORDINATION = re.compile(
    r"^\s*(?:\([^()]{1,20}\)\s*)?(?P<located>,\s*à\s+(?-i:[A-ZÀ-Ý])[\w'’-]*\s*)?"
    r"(?:(?P<comma>,\s*)?(?:et|ainsi\s+que|ou)(?!\w)|,)\s*"
    rf"(?:(?:(?:à|aux|au|de|du|des|la|le|les|{TITLE})(?!\w)|[ld]['’])\s*)*"
    r"(?:(?<=[\s'’])(?-i:[a-zàâçéèêëîïôûù]+)\s+)?$",
    re.IGNORECASE,
)
# "la passerelle entre X et Y": the two ends of a route or a link, not parties listed together.
_BETWEEN = re.compile(
    phrases("route-nouns.txt", ending="s?").pattern
    + r"[^,;.:]{0,60}?(?<!\w)entre\s+(?:(?:la|le|les)\s+|l['’]\s*)?$",
    re.IGNORECASE,
)
# A place in commas right after a party locates it: "Le Cetic, à Charleroi, et …".
_LOCATED = re.compile(r"\s*,\s*à\s+", re.IGNORECASE)
_INCISE_END = re.compile(r"\s*,")
# A place a sentence opens with after "À" or "Pour" is its topic, no party listed with the
# subject after its comma: "À Farciennes, l'asbl X perçoit N".
_TOPIC = re.compile(r"\s*(?:[^\W\d]+\s*,\s*)?(?:à|pour)\s+$", re.IGNORECASE)

# "60.000 euros chacune", "ont reçu chacun 60.000 euros", "à raison de N euros chacune".
_EACH_AFTER = re.compile(r"\s*,?\s*chacune?s?(?!\w)", re.IGNORECASE)
_EACH_BEFORE = re.compile(r"(?<!\w)chacune?s?\s+(?:(?:de|d['’])\s*)?$", re.IGNORECASE)
# "N euros à X, et la même somme à Y": Y receives the amount too.
_SAME_SUM = re.compile(
    r"(?<!\w)(?:la\s+même\s+somme|le\s+même\s+montant|un\s+montant\s+identique|autant)"
    r"\s+(?:à|aux|au)(?!\w)",
    re.IGNORECASE,
)
# "X reçoit N, de même que Y": Y receives it too, when the party ends its clause ("de même
# que Y, qui …" or "de même que Y pour …" say something else of Y).
_LIKEWISE = re.compile(r"\s*,?\s*de\s+même\s+que(?!\w)", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[.;]|$)")
# A verb whose subject receives, before the amount: "X reçoit N", "X a bénéficié de N".
_RECEIVED = re.compile(rf"(?<!\w){RECEIVING_STEMS}\w*", re.IGNORECASE)


def groups(doc: FundingText, index: int) -> list[list[Mention]]:
    """The parties of sentence `index` in text order, each run of coordinated ones a group (a
    lone party is a group of one)."""
    found: list[list[Mention]] = []
    start, _ = doc.sentences[index]
    reach = 0  # where the last party's words end, a place that locates it included
    for mention in doc.within(doc.recipients, index):
        if not mention.id:
            continue
        last = found[-1][-1] if found else None
        if (
            last is not None
            and mention.type == "place"
            and _LOCATED.fullmatch(doc.text, reach, mention.start)
            and _INCISE_END.match(doc.text, mention.end)
        ):
            # "Le Cetic, à Charleroi, et X": where the party is, not a party of its own.
            reach = mention.end
            continue
        if last is not None and last.id != mention.id and _joined(doc, start, last, reach, mention):
            found[-1].append(mention)
        elif last is None or last.id != mention.id:
            found.append([mention])
        reach = mention.end
    return found


def _joined(doc: FundingText, start: int, last: Mention, reach: int, mention: Mention) -> bool:
    """Whether `mention` is coordinated with `last`, the party before it in the sentence that
    starts at `start` (`reach`: where `last`'s words end, a locating place included)."""
    joint = _COORDINATION.match(doc.text[reach : mention.start])
    if joint is None or _BETWEEN.search(doc.text, max(start, last.start - 100), last.start):
        return False  # "la passerelle entre Jambes et Namur": a route, no list of parties
    if joint.group("comma") is not None and reach == last.end and not joint.group("located"):
        return False  # "… à Winenne, et la Ville de Binche N": a new clause, not a list
    comma_only = joint.group().lstrip().startswith(",") and joint.group("comma") is None
    if comma_only and (topic := TOPIC.match(doc.text, start)) and last.end < topic.end():
        return False  # "Quant au Trésor de Liège, l'asbl X perçoit N": the topic, then X
    return not (comma_only and _TOPIC.fullmatch(doc.text, start, last.start))


def shared(doc: FundingText, index: int, chosen: str) -> bool:
    """Whether the chosen party is one of a coordination of parties ("X, Y et Z")."""
    return any(len(g) > 1 and chosen in {m.id for m in g} for g in groups(doc, index))


def given_each(doc: FundingText, index: int, amount: Amount) -> bool:
    """Whether the amount is what each of several receives ("N euros chacune", "reçoivent
    chacun N")."""
    start, _ = doc.sentences[index]
    return bool(
        _EACH_AFTER.match(doc.text, amount.end)
        or _EACH_BEFORE.search(doc.text, start, amount.start)
    )


def each(doc: FundingText, index: int, amount: Amount) -> list[str]:
    """The parties that each receive the whole amount ("Arville, Bourg et X recevront 60.000
    euros chacune"): the coordinated group nearest the amount, before it or else after it;
    none when the amount is not given to each."""
    if not given_each(doc, index, amount):
        return []
    several = [g for g in groups(doc, index) if len(g) > 1]
    before = [g for g in several if g[-1].end <= amount.start]
    after = [g for g in several if g[0].start >= amount.end]
    group = before[-1] if before else after[0] if after else []
    return [m.id for m in group if m.id]


def same_sum(doc: FundingText, index: int, amount: Amount) -> list[str]:
    """The parties given the same amount again after it ("une subvention de N a été octroyée
    à X, et la même somme à la Ville de Y"): each is the recipient of a fact of its own."""
    _, end = doc.sentences[index]
    found: list[str] = []
    for cue in _SAME_SUM.finditer(doc.text, amount.end, end):
        party = next(
            (
                m
                for m in doc.within(doc.recipients, index)
                if m.start >= cue.end()
                and m.id
                and RECIPIENT_GAP.match(doc.text[cue.end() : m.start])
            ),
            None,
        )
        if party is not None and party.id:
            found.append(party.id)
    return found + _likewise(doc, index, amount)


def _likewise(doc: FundingText, index: int, amount: Amount) -> list[str]:
    """The party a receiver's sentence adds after its amount ("l'asbl X reçoit N, de même que
    l'asbl Y."): only after a verb of receiving, since after a verb of giving the party may be a
    second giver ("la Région octroie N à X, de même que la Province")."""
    start, end = doc.sentences[index]
    if not _RECEIVED.search(doc.text, start, amount.start):
        return []
    return [
        m.id
        for m in doc.within(doc.recipients, index)
        if m.id
        and m.start >= amount.end
        and (cue := _LIKEWISE.match(doc.text, amount.end, m.start)) is not None
        and RECIPIENT_GAP.match(doc.text[cue.end() : m.start])
        and _CLAUSE_END.match(doc.text, m.end, end)
    ]
