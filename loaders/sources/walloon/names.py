"""Names as the Parliament of Wallonia prints them: `SURNAME Given`, surname first and in capitals.

The parliament writes the family name in upper case, except lower-case particles it keeps as
they are in civil records ("de COSTER-BAUCHAU Sybille"); a particle written in capitals is part
of the family name like any other word ("DE BUE Valérie", "DI RUPO Elio"). So the family name is
the leading run of upper-case words and lower-case particles, and the given name is the rest.
The rule reads case, not a list of known people, so it holds for names nobody here has seen.
"""

from __future__ import annotations

import re

# Lower-case words that may precede or sit inside a family name (French, Dutch, Italian,
# Spanish, German, Portuguese usage), kept exactly as printed.
PARTICLES = frozenset(
    {
        "d'",
        "d’",
        "da",
        "dal",
        "de",
        "del",
        "della",
        "den",
        "der",
        "des",
        "di",
        "do",
        "dos",
        "du",
        "el",
        "l'",
        "l’",
        "la",
        "le",
        "t'",
        "ten",
        "ter",
        "van",
        "vande",
        "vanden",
        "vander",
        "von",
        "y",
    }
)

_ELIDED = re.compile(r"^([dDlLtT]['’])(.+)$")


def _tokens(as_written: str) -> list[str]:
    """Split on spaces, detaching an elided particle ("d'URSEL" -> "d'", "URSEL")."""
    out: list[str] = []
    for word in as_written.split():
        match = _ELIDED.match(word)
        if match and match.group(1)[0].islower() and _is_upper_word(match.group(2)):
            out.extend([match.group(1), match.group(2)])
        else:
            out.append(word)
    return out


def _is_upper_word(word: str) -> bool:
    """An upper-case word of at least two letters (a lone capital is a given-name initial)."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _capitalise(word: str) -> str:
    """'COSTER-BAUCHAU' -> 'Coster-Bauchau', "D'HONDT" -> "D'Hondt": each part after - ' ’."""
    parts = re.split(r"([-'’])", word)
    return "".join(p[:1].upper() + p[1:].lower() if p not in "-'’" else p for p in parts)


def split_name(as_written: str) -> tuple[list[str], list[str]] | None:
    """The family-name tokens and given-name tokens, or None when no upper-case surname is found.

    None lets callers tell a name from ordinary prose ("de la Région" is not a person).
    """
    tokens = _tokens(as_written)
    family: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        particle = tok in PARTICLES and any(_is_upper_word(t) for t in tokens[i + 1 :])
        if not (particle or _is_upper_word(tok)):
            break
        family.append(tok)
        i += 1
    if not any(_is_upper_word(t) for t in family):
        return None
    given = tokens[i:]
    if not given:
        if len(family) < 2:
            return None
        # All in capitals ("DUPONT JEAN"): the last word is the given name.
        family, given = family[:-1], [_capitalise(family[-1])]
    return family, given


def _join_family(family: list[str]) -> str:
    out = ""
    for tok in family:
        word = tok if tok in PARTICLES else _capitalise(tok)
        if out and not out.endswith(("'", "’")):
            out += " "
        out += word
    return out


def display_name(as_written: str) -> tuple[str, str, str]:
    """(given, family, display) from a name as printed: 'DI RUPO Elio' -> ('Elio', 'Di Rupo', ...).

    A string without an upper-case surname is returned unchanged as the display name, with an
    empty given name, so that an odd name is kept rather than lost.
    """
    text = " ".join(as_written.split())
    parts = split_name(text)
    if parts is None:
        return "", text, text
    family_tokens, given_tokens = parts
    given = " ".join(given_tokens)
    family = _join_family(family_tokens)
    return given, family, f"{given} {family}".strip()


def looks_like_name(text: str) -> bool:
    """True when text reads as `SURNAME Given` (used to tell person lines from prose)."""
    parts = split_name(" ".join(text.split()))
    return parts is not None and bool(parts[1]) and parts[1][0][:1].isupper()
