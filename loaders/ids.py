"""Deterministic IRIs: `{base}id/{kind}/{key}`, the same thing getting the same IRI on every load.

Keys are built from stable facts (a person's display name, a question's parliament, session and
number), never from load order or counters, so reloading a document changes nothing.
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


def term(name: str) -> str:
    """An ontology term: `pg:Name`."""
    return PG + name
