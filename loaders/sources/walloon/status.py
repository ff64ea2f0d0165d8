"""What kind of answer a page carries: answered, provisional, declined or redirected.

The parliament's rules (article 144.4 of its standing orders) let the author of a written question
say they no longer want a written answer; the page then shows an "answer" signed by the author
citing that article. A minister who is not competent answers in a few lines that the matter belongs
to a colleague, often naming them. Both are read from the words a person would read, not from
markup: who signed, the article cited, the phrases that hand a question over.
"""

from __future__ import annotations

import re

from loaders.record import AnswerStatus, PersonRef
from loaders.sources.walloon.names import display_name

_APOS = "['’]"
# Article 144.4 of the Parliament's own rules ("du Règlement", "du Règlement du Parlement"), not
# an article 144.4 of some other text ("du règlement communal d'urbanisme").
DECLINED = re.compile(
    r"\b[Aa]rt(?:icle|\.)\s+144\s*(?:\.|,?\s*§\s*|\s+alinéa\s+)4\b,?\s+(?:de\s+notre|du)\s+Règlement"
    r"(?=\s*(?:[.,;:)]|du\s+Parlement|$))"
)
# Statements that the minister is not competent: enough on their own.
NOT_COMPETENT = re.compile(
    "|".join(
        (
            r"\bne\s+rel[èe]ve\s+pas\s+(?:\w+\s+){0,2}de\s+(?:mes|ma)\s+compétences?",
            rf"\bn{_APOS}(?:est|entre)\s+pas\s+(?:de|dans)\s+(?:mon|ma|mes)\s+"
            r"(?:compétences?|ressort|attributions)",
            r"\bne\s+fait\s+pas\s+partie\s+de\s+mes\s+(?:compétences|attributions)",
            r"\bne\s+suis\s+pas\s+compétente?\b",
        )
    ),
    re.I,
)
# Phrases that hand a question over: a redirect only when they point to a minister or a level.
HAND_OVER = re.compile(
    "|".join(
        (
            r"\brel[èe]ve(?:nt)?\s+(?:\w+\s+){0,2}(?:de\s+la\s+compétence|des\s+compétences"
            r"|du\s+champ\s+de\s+compétences?|de\s+la\s+tutelle|des\s+attributions)",
            rf"\b(?:renvoie|invite|renvoyer|inviter)\s+(?:\w+\s+){{0,2}}l{_APOS}honorable\s+"
            r"(?:membre|députée?)\s+(?:à|vers|auprès)",
            r"\bquestion\s+(?:\w+\s+){0,3}(?:adressée|réorientée|transmise|renvoyée)\s+"
            r"(?:à|au|auprès)",
            r"\b(?:seule?\s+)?compétente?\s+(?:en\s+la\s+matière|pour\s+(?:y\s+)?répondre)",
        )
    ),
    re.I,
)
POINTER = re.compile(r"\b(?:collègue|ministre|fédéra(?:l|le|ux)|Communauté|Gouvernement)\b", re.I)
# An answer that hands the question over is short; a long answer citing a colleague still answers.
REDIRECT_MAX_CHARS = 1500

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_PRINTED_NAME = re.compile(
    rf"\b((?:(?:de|di|van|d{_APOS})\s?)?[{_UPPER}][{_UPPER}'’-]+(?:\s+[{_UPPER}][{_UPPER}'’-]+)*"
    rf"\s+[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?)\b"
)
_TITLED_NAME = re.compile(
    rf"(?:\bM\.|\bMme|\bMonsieur|\bMadame|\bMinistre(?:-[Pp]résidente?)?|\bcollègue)\s*,?\s+"
    rf"(?:(?:le|la)\s+Ministre(?:-[Pp]résidente?)?\s+)?"
    rf"((?:[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
    rf"(?:\s+(?:de|di|van|De|Di|Van|d{_APOS}))?\s*){{1,4}})"
)
_NOT_NAMES = frozenset(
    {"Ministre", "Président", "Présidente", "Gouvernement", "Région", "Wallonie"}
    | {"Monsieur", "Madame", "Mme", "Mr", "Mmes"}
)


def _paragraph_around(text: str, start: int, end: int) -> str:
    """The paragraph holding a match (sentences are unsafe to cut: "M. Borsus" has a period)."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return text[left : right if right != -1 else len(text)]


def _named(sentence: str) -> list[PersonRef]:
    """Persons named in a sentence: 'SURNAME Given' as the site prints, or after a title."""
    found: list[PersonRef] = []
    for match in _PRINTED_NAME.finditer(sentence):
        as_written = " ".join(match.group(1).split())
        found.append(PersonRef(name=display_name(as_written)[2], as_written=as_written))
    if found:
        return found
    for match in _TITLED_NAME.finditer(sentence):
        words = match.group(1).split()
        while words and words[0] in _NOT_NAMES:
            words.pop(0)
        while words and not words[-1][:1].isupper():
            words.pop()
        if words:
            name = " ".join(words)
            found.append(PersonRef(name=name, as_written=name))
    return found


def _same_person(a: PersonRef, b: PersonRef) -> bool:
    return " ".join(a.as_written.split()).casefold() == " ".join(b.as_written.split()).casefold()


def classify(
    text: str,
    provisional: bool,
    askers: list[PersonRef],
    responders: list[PersonRef],
) -> tuple[AnswerStatus, list[PersonRef]]:
    """The answer's status and, when redirected, the persons it hands the question to."""
    if provisional:
        return "provisional", []
    signed_by_asker = any(_same_person(r, a) for r in responders for a in askers)
    if signed_by_asker or DECLINED.search(text[:REDIRECT_MAX_CHARS]):
        return "declined", []
    paragraph = _redirect_paragraph(text) if len(text) <= REDIRECT_MAX_CHARS else None
    if paragraph is None:
        return "answered", []
    known = askers + responders
    named = [
        p for p in _named(paragraph) or _named(text) if not any(_same_person(p, k) for k in known)
    ]
    return "redirected", named


def _redirect_paragraph(text: str) -> str | None:
    """The paragraph saying the minister is not competent or handing the question over."""
    match = NOT_COMPETENT.search(text)
    if match:
        return _paragraph_around(text, match.start(), match.end())
    for hand_over in HAND_OVER.finditer(text):
        paragraph = _paragraph_around(text, hand_over.start(), hand_over.end())
        if POINTER.search(paragraph):
            return paragraph
    return None
