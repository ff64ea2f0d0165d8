"""What the service reads from a query's tokens besides its form (`graph_api.sparql_guard`):
whether it names its own dataset, and whether it needs a base IRI."""

from __future__ import annotations

import re

from graph_api.sparql_guard import TOKEN, keywords

SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def declares_dataset(text: str) -> bool:
    """Whether the query names its own dataset (`FROM`, `FROM NAMED`): then its default graph is
    what it names (graphs of the store; never fetched), not the union of every graph."""
    return "FROM" in keywords(text)


def has_relative_iri(text: str) -> bool:
    """Whether an IRI of the text (`<s>`, `<#x>`) needs a base to resolve against."""
    return any(
        match.lastgroup == "iri" and not SCHEME.match(match.group("iri")[1:])
        for match in TOKEN.finditer(text)
    )
