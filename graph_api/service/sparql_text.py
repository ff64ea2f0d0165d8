"""What a SPARQL request is, read from its tokens before anything runs it.

The service must know a request's form before it runs (SELECT and ASK are negotiated among the
results formats, CONSTRUCT and DESCRIBE among the RDF formats) and must refuse updates and
`SERVICE` before the engine sees them: pyoxigraph would fetch a `SERVICE` IRI. A full parse is
the engine's job; this reads only keywords, after dropping what cannot hold one (comments,
strings, IRIs, variables and prefixed names), so `?service`, `ex:SERVICE` or "SERVICE" in a
string are never mistaken for the keyword.
"""

from __future__ import annotations

import re
from enum import StrEnum

TOKEN = re.compile(
    r"""
      (?P<comment>\#[^\n]*)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                 |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\s]*>)
    | (?P<variable>[?$][\w]+)
    | (?P<prefixed>[\w.-]*:[\w.:%-]*)
    | (?P<word>[A-Za-z_]\w*)
    """,
    re.VERBOSE,
)
PROLOGUE = frozenset({"BASE", "PREFIX"})
UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
)


class QueryForm(StrEnum):
    SELECT = "SELECT"
    ASK = "ASK"
    CONSTRUCT = "CONSTRUCT"
    DESCRIBE = "DESCRIBE"
    UPDATE = "UPDATE"

    @property
    def gives_graph(self) -> bool:
        return self in (QueryForm.CONSTRUCT, QueryForm.DESCRIBE)


def keywords(text: str) -> list[str]:
    """The bare words of the text, upper-cased, in order."""
    return [
        match.group("word").upper() for match in TOKEN.finditer(text) if match.lastgroup == "word"
    ]


def query_form(text: str) -> QueryForm | None:
    """The form the first keyword after the prologue announces; None when there is none (the
    engine then reports the syntax error)."""
    for word in keywords(text):
        if word in PROLOGUE:
            continue
        if word in UPDATE_KEYWORDS:
            return QueryForm.UPDATE
        try:
            return QueryForm(word)
        except ValueError:
            return None
    return None


def uses_service(text: str) -> bool:
    """Whether the text calls a remote endpoint with the `SERVICE` keyword."""
    return "SERVICE" in keywords(text)


def declares_dataset(text: str) -> bool:
    """Whether the query names its own dataset (`FROM`, `FROM NAMED`): then its default graph is
    what it names (graphs of the store; never fetched), not the union of every graph."""
    return "FROM" in keywords(text)


SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def has_relative_iri(text: str) -> bool:
    """Whether an IRI of the text (`<s>`, `<#x>`) needs a base to resolve against."""
    return any(
        match.lastgroup == "iri" and not SCHEME.match(match.group("iri")[1:])
        for match in TOKEN.finditer(text)
    )
