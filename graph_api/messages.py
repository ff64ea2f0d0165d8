"""Messages for the user: one line each, whatever the file names in them hold.

A file name may contain a line break or a terminal escape; printed raw it would split an error
over several lines (breaking the one-line rule scripts rely on) or drive the terminal. Such
characters are shown escaped, as Python writes them in a string.
"""

from __future__ import annotations

import unicodedata

ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# Control characters, and the line and paragraph separators some readers break lines at.
BREAKING = frozenset({"Cc", "Zl", "Zp"})


def one_line(text: str) -> str:
    """The text on one line: leading and trailing blanks dropped, control characters escaped."""
    return "".join(_shown(char) for char in text.strip())


def _shown(char: str) -> str:
    if unicodedata.category(char) not in BREAKING:
        return char
    if char in ESCAPES:
        return ESCAPES[char]
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"
