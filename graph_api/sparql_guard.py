"""What a SPARQL text asks for, read from its keywords before anything runs it.

pyoxigraph answers `SERVICE <url>` by fetching the URL, and its update language has `LOAD <url>`:
a query that reaches another machine must be refused before it is parsed for real. Both the
command line (`parlgraph query`) and the HTTP query runner call `refuse_unsafe`, so the rule is
the same wherever a query comes from.

The check reads only bare keywords, after dropping every token that cannot be one (comments,
strings, IRIs, variables, prefixed names, language tags), so `?service`, `ex:SERVICE`,
`"service public"` or `<http://x/SERVICE>` never count. Dropping a token can only hide a keyword
if this lexer sees a string, IRI or comment where the real parser does not; the tokens follow
the SPARQL 1.1 grammar's terminals (an IRI holds no space, brace or angle bracket, a short string
no line break), so a `SERVICE` clause, which needs a group in braces after it, cannot sit inside
one.
"""

from __future__ import annotations

import re
from enum import StrEnum

TOKEN = re.compile(
    r"""
      (?P<comment>\#[^\n\r]*)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''
                |\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                |'(?:[^'\\\n\r]|\\.)*'
                |"(?:[^"\\\n\r]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<variable>[?$]\w+)
    | (?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
    | (?P<prefixed>[\w.-]*:(?:[\w.:%-]|\\.)*)
    | (?P<word>[A-Za-z_]\w*)
    """,
    re.VERBOSE,
)
PROLOGUE = frozenset({"BASE", "PREFIX", "VERSION"})
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
        """CONSTRUCT and DESCRIBE answer with triples, SELECT and ASK with results."""
        return self in (QueryForm.CONSTRUCT, QueryForm.DESCRIBE)


class QueryRefused(ValueError):
    """A query that would reach another machine (`SERVICE`): refused before it runs."""


class UpdateRefused(ValueError):
    """A SPARQL Update (INSERT, DELETE, LOAD, CLEAR, …) sent where only queries are run."""


def keywords(text: str) -> list[str]:
    """The bare words of the text, upper-cased, in order."""
    return [
        match.group("word").upper() for match in TOKEN.finditer(text) if match.lastgroup == "word"
    ]


def query_form(text: str) -> QueryForm | None:
    """The form its first keyword after the prologue announces; None when there is none (the
    parser then reports the syntax error)."""
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
    """Whether the text calls another endpoint with the `SERVICE` keyword."""
    return "SERVICE" in keywords(text)


def names_its_dataset(text: str) -> bool:
    """Whether the query chooses its graphs itself (`FROM`, `FROM NAMED`): then the store's
    union must not replace them."""
    return "FROM" in keywords(text)


def refuse_unsafe(text: str) -> QueryForm | None:
    """The query's form, after refusing updates and `SERVICE`; nothing has run yet."""
    form = query_form(text)
    if form is QueryForm.UPDATE:
        raise UpdateRefused("SPARQL Update is refused: this runs read-only queries")
    if uses_service(text):
        raise QueryRefused("SERVICE is refused: queries never reach other machines")
    return form
