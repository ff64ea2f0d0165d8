"""Whether a query needs a base IRI, read from its tokens (the lexer of graph_api.sparql_guard)."""

from __future__ import annotations

import re

from graph_api.sparql_guard import TOKEN

SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def has_relative_iri(text: str) -> bool:
    """Whether an IRI of the text (`<s>`, `<#x>`) needs a base to resolve against."""
    return any(
        match.lastgroup == "iri" and not SCHEME.match(match.group("iri")[1:])
        for match in TOKEN.finditer(text)
    )
