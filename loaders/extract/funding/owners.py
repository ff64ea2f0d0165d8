"""Whose grant a noun of giving names by "de", with a definite article or a possessive: "La
subvention de Pepinster comprend N", "Le subside du Gaume Jazz Festival s'élevait à N", "N de la
dotation de Neufchâteau" speak of the grant a municipality or a body receives, when the party is
of a kind that receives (`receiving-kinds.txt`) and the clause names no one after it ("la
subvention de la Ville de Liège au club X": the city gives). "une subvention de la Région", "la
subvention de la Région" name who gives (`funder`).
"""

from __future__ import annotations

import re

from loaders.extract.funding.frames import GIVEN_NOUNS, listed
from loaders.extract.funding.sentences import DE, FundingText
from loaders.record import Mention

RECEIVING_KINDS = frozenset(listed("receiving-kinds.txt"))
# "la subvention de la Ville de", "le subside du", "sa dotation de fonctionnement de la commune
# de": a definite or possessive noun of giving, then "de" and the party (after its title).
_OWNED = re.compile(
    rf"(?<!\w)(?:le|la|les|l['’]|son|sa|ses|leurs?)\s*{GIVEN_NOUNS}"
    r"(?:\s+(?:de\s+fonctionnement|[^\W\d]+(?:al|el|ale|elle|aux|els)e?s?))?"
    rf"\s+{DE}\s*(?:(?:la|le|l['’])\s*)?(?:[^\W\d]+\s+{DE}\s*)?$",
    re.IGNORECASE,
)
# A party named after the owner that the grant goes to: "de la Ville de Liège au club X".
_TO_ANOTHER = re.compile(r"\s*(?:à|au|aux)(?!\w)", re.IGNORECASE)


def grant_owner(doc: FundingText, index: int, mention: Mention) -> bool:
    """Whether sentence `index` names `mention` as the owner of a grant it receives."""
    start, end = doc.sentences[index]
    if not _OWNED.search(doc.text, max(start, mention.start - 70), mention.start):
        return False
    kind = doc.kind_of(mention.id)
    receives = kind in RECEIVING_KINDS or (kind is None and mention.type == "organisation")
    return receives and not _TO_ANOTHER.match(doc.text, mention.end, end)
