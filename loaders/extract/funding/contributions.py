"""Whom a giver's contribution goes to when its sentence names no one: "La Province de Hainaut y
a ajouté N", "La Commission européenne intervient à concurrence de 50 %, soit N", "La Région
apporte pour sa part N" add a share to the money of what the text is about, which the party
named for it just before receives: the one the sentence before gave money to, else the owner
of the works, the body that carries the project ("La consolidation des ruines, propriété de la
Ville de X, …", "Le projet est mené par l'asbl Y"). The giver opens the sentence and is no
receiving kind (a town's "La Ville apporte N sur fonds propres" is its own money, `not_given`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.extract.funding.owners import RECEIVING_KINDS
from loaders.extract.funding.recipient import COMPLEMENT, recipient
from loaders.extract.funding.sentences import FundingText
from loaders.record import Mention

# A verb of contributing right after the giver (its acronym or an incise between): "apporte",
# "y a ajouté", "intervient", "contribue".
_CONTRIBUTES = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:,[^,;.:]{1,60},\s*)?(?:y\s+)?"
    r"(?:(?:a|ont|avait|avaient|aura|auront)\s+)?(?:apport|intervien|intervenu|interviendr|ajout"
    r"|contribu)\w*",
    re.IGNORECASE,
)
# How many sentences back the party the money is for may be named.
_REACH = 3


def contributed_to(doc: FundingText, index: int) -> str | None:
    """The party a contribution in sentence `index` goes to, or None."""
    _, end = doc.sentences[index]
    giver = doc.opening(index)
    if giver is None or doc.turns_away(index):
        return None
    kind = doc.kind_of(giver.id)
    if kind in RECEIVING_KINDS or (kind is None and giver.type != "programme"):
        return None
    if not _CONTRIBUTES.match(doc.text, giver.end, end):
        return None
    for before in range(index - 1, max(-1, index - 1 - _REACH), -1):
        # the party the sentence before gave money to, even by a description ("accorde à la
        # fabrique d'église une subvention de N")
        given = (recipient(doc, before, a.start) for a in doc.amounts_in(before))
        party = next((p for p in given if p is not None), None)
        if party is not None:
            return party
        named = doc.within(doc.recipients, before)
        receivers = [m for m in named if _receives(doc, before, m, named)]
        if receivers:
            return receivers[-1].id
        if doc.turns_away(before):
            return None
    return None


def _receives(doc: FundingText, index: int, mention: Mention, named: Sequence[Mention]) -> bool:
    """Whether a party of a receiving kind is named as a party: not a town inside a body's name
    ("la Fabrique d'église Notre-Dame de Huy") or as a complement ("l'écluse d'Ivoz-Ramet")."""
    inside = any(
        other is not mention and other.start <= mention.start and mention.end <= other.end
        for other in named
    )
    start = doc.sentences[index][0]
    complement = mention.type == "place" and COMPLEMENT.search(
        doc.text, max(start, mention.start - 30), mention.start
    )
    receiving = doc.kind_of(mention.id) in RECEIVING_KINDS
    return mention.id is not None and receiving and not inside and not complement
