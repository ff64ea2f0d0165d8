"""Deterministic IRIs: `{base}id/{kind}/{key}`, the same thing getting the same IRI on every load.

Keys are built from stable facts (a person's display name, a question's parliament, session,
number and addressee), never from load order or counters, so reloading a document changes nothing.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata

DEFAULT_BASE = "https://w3id.org/parlgraph/"
ONTOLOGY = "https://w3id.org/parlgraph/ontology"
PG = ONTOLOGY + "#"


def base() -> str:
    """The data namespace, read at call time so `$PARLGRAPH_BASE` set by a CLI option applies."""
    value = os.environ.get("PARLGRAPH_BASE", DEFAULT_BASE)
    return value if value.endswith("/") else value + "/"


def slug(text: str, max_length: int = 80) -> str:
    """Lower-case ASCII words joined by '-': 'Jacqueline Galant' gives 'jacqueline-galant'."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", folded.lower())
    return "-".join(words)[:max_length].strip("-")


def short_hash(text: str, length: int = 8) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def mint(kind: str, *keys: str) -> str:
    """The IRI of a thing of `kind` with the given key parts (already slugs or path-safe codes)."""
    if not keys or any(not key for key in keys):
        raise ValueError(f"empty key for {kind}: {keys!r}")
    return f"{base()}id/{kind}/{'/'.join(keys)}"


def question_key(
    parliament: str, session: str, number: str, doc_type: str, addressee: str | None
) -> tuple[str, str, str]:
    """(parliament, session, number-addressee): the key of a question, its answer and its graph.

    Numbers restart for every minister within a session in the Parliament of Wallonia
    (`8 (2013-2014) 1` is eight questions), so the addressee's display name is part of the key:
    `wallonia/2013-2014/8-jean-marc-nollet`. Other document types than written questions carry
    their type, since each type has its own sequence. Only printed facts enter the key (never
    the parliament's iddoc, which a text rendering does not carry), so a page saved as text or as
    HTML gets the same IRI. A record naming no addressee (a source without them) keeps the number.
    """
    kind = "" if doc_type == "written_question" else f"{doc_type.replace('_', '-')}-"
    last = slug(f"{kind}{number} {addressee or ''}") or "none"
    return parliament, slug(session) or "none", last


def term(name: str) -> str:
    """An ontology term: `pg:Name`."""
    return PG + name
