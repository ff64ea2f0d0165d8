"""Who the subject of a verb of receiving is, when no mention names it: what the money is for
("Les activités … ont bénéficié de N": `receiving_subject`), or a body the recogniser missed
("Le Haut-Commissariat … (HCR) a reçu N": `unknown_receiver`), which still makes the amount a
grant, to no one the graph knows.
"""

from __future__ import annotations

import re

from loaders.extract.funding.recipient import PRONOUN_SUBJECT, RECEIVE_TAIL
from loaders.extract.funding.sentences import DETERMINER, FundingText

# "Les activités … ont, quant à elles, bénéficié de …": the subject before a verb of receiving.
_SUBJECT_RECEIVES = re.compile(
    r"^(?:[A-ZÀ-Ý][\w ]{0,25},\s*)?(?P<subject>[^,;:]{3,120}?)\s+" + RECEIVE_TAIL,
    re.IGNORECASE,
)
_ACRONYM_IN_BRACKETS = re.compile(r"\([A-Z][A-Za-z]{1,9}\)")
_CAPITAL_INSIDE = re.compile(r"[\s'’][A-ZÀ-Ý]")


def receiving_subject(doc: FundingText, index: int) -> str | None:
    """A non-organisation subject of a verb of receiving: what the money is for."""
    start, _ = doc.sentences[index]
    match = _SUBJECT_RECEIVES.match(doc.sentence(index))
    if not match:
        return None
    # A name anywhere before the verb ("La commune de X a été soutenue") makes it a party.
    s, e = start + match.start("subject"), start + match.end()
    if any(s <= m.start < e for m in doc.mentions) or PRONOUN_SUBJECT.search(
        match.group("subject")
    ):
        return None
    if unknown_name(match.group("subject")):
        return None
    return DETERMINER.sub("", match.group("subject")).strip()


def unknown_name(subject: str) -> bool:
    """Whether a receiving subject no mention covers is written as a name ("Le Haut-Commissariat
    … (HCR) a reçu", "L'ONG Eclosio a obtenu"): a capital past its first letter (which opens the
    sentence) or an acronym in brackets; a body the recogniser missed, who receives, not what the
    money is for ("Chaque projet retenu pourra bénéficier")."""
    return bool(_CAPITAL_INSIDE.search(subject) or _ACRONYM_IN_BRACKETS.search(subject))


def unknown_receiver(doc: FundingText, index: int) -> bool:
    """Whether the sentence's receiving subject is a body no mention names: a grant to a party
    the text names but the graph does not know (no recipient, still a grant)."""
    match = _SUBJECT_RECEIVES.match(doc.sentence(index))
    if not match:
        return False
    start, _ = doc.sentences[index]
    s, e = start + match.start("subject"), start + match.end()
    if any(s <= m.start < e for m in doc.mentions):
        return False
    return unknown_name(match.group("subject"))
