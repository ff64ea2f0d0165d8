"""The funded item as precise as the text: a site of the recipient the sentence names as what
receives the money (`site_of`): after the amount ("ce budget a permis d'agrandir … du site de
Mons"), or before it as the recipient's own ("X, pour son site de Verviers : N", "l'antenne de
Bertrix de la FRW perçoit N").
"""

from __future__ import annotations

import re

from loaders.extract.funding.sentences import DE, FundingText
from loaders.extract.text import alternation, context_words
from loaders.record import Mention

# "pour son site de", "pour sa nouvelle implantation à": the site a possessive gives the party,
# as what the money is for (not "qui a fermé son site de X": a relative clause about it).
_POSSESSED_SITE = re.compile(
    r"(?<!\w)pour\s+(?:son|sa|ses)\s+(?:[^\W\d]+\s+)?"
    rf"{alternation(context_words('site_nouns'))}s?\s+(?:de\s+|d['’]\s*|à\s+)$",
    re.IGNORECASE,
)
# The owner's name right after its site: "l'antenne de Bertrix de la Fondation rurale".
_OWNER_AFTER_SITE = re.compile(rf"\s+{DE}(?:la\s+|l['’]\s*)?")


def site_of(
    doc: FundingText, index: int, after: int, party: str | None, owners: dict[str, str]
) -> str | None:
    """The site of `party` that sentence `index` names after the amount ending at `after`, or
    before it as the party's own, else the party itself."""
    if party is None:
        return None
    start, end = doc.sentences[index]
    for mention in doc.mentions:
        if not (
            mention.type == "site"
            and mention.id
            and owners.get(mention.id) == party
            and start <= mention.start
            and mention.end <= end
        ):
            continue
        if mention.start >= after or _own_site(doc, mention, party):
            return mention.id
    return party


def _own_site(doc: FundingText, site: Mention, party: str) -> bool:
    """Whether the site mention before the amount is written as the party's own: after "pour"
    and a possessive ("pour son site de Verviers") or right before its owner's name ("l'antenne
    de Bertrix de la Fondation rurale de Wallonie")."""
    if _POSSESSED_SITE.search(doc.text, max(0, site.start - 45), site.start):
        return True
    gap = _OWNER_AFTER_SITE.match(doc.text, site.end)
    return gap is not None and any(m.start == gap.end() and m.id == party for m in doc.mentions)
