"""Content negotiation: the `Accept` header's media ranges with their q-values (RFC 9110 §12.5.1).

Each offered type takes the q-value of the most specific range that matches it (`type/subtype`
over `type/*` over `*/*`); the highest q wins, ties go to the server's order, q=0 refuses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

RESULTS_JSON = "application/sparql-results+json"
RESULTS_XML = "application/sparql-results+xml"
CSV = "text/csv"
TSV = "text/tab-separated-values"
TURTLE = "text/turtle"
JSON_LD = "application/ld+json"
N_TRIPLES = "application/n-triples"
RDF_XML = "application/rdf+xml"
N_QUADS = "application/n-quads"
TRIG = "application/trig"
HTML = "text/html"
JSON = "application/json"

RESULT_TYPES: tuple[str, ...] = (RESULTS_JSON, RESULTS_XML, CSV, TSV)
GRAPH_TYPES: tuple[str, ...] = (TURTLE, JSON_LD, N_TRIPLES, RDF_XML)

# The names `graph_api.formats` writes each type with; aliases clients commonly send map to them.
FORMAT_NAMES: dict[str, str] = {
    RESULTS_JSON: "json",
    RESULTS_XML: "xml",
    CSV: "csv",
    TSV: "tsv",
    TURTLE: "ttl",
    JSON_LD: "jsonld",
    N_TRIPLES: "nt",
    RDF_XML: "rdfxml",
    N_QUADS: "nq",
    TRIG: "trig",
}
ALIASES: dict[str, str] = {
    JSON: RESULTS_JSON,
    "application/xml": RESULTS_XML,
    "text/xml": RESULTS_XML,
    "application/x-turtle": TURTLE,
    "text/plain": N_TRIPLES,
}


@dataclass(frozen=True)
class MediaRange:
    type: str
    subtype: str
    q: float

    def specificity(self, media_type: str) -> int | None:
        """How closely this range matches the type: 2 exact, 1 `type/*`, 0 `*/*`, None not."""
        kind, _, sub = media_type.partition("/")
        if self.type == "*":
            return 0
        if self.type != kind:
            return None
        if self.subtype == "*":
            return 1
        return 2 if self.subtype == sub else None


def parse_accept(header: str) -> list[MediaRange]:
    ranges = []
    for item in header.split(","):
        media, *params = (part.strip() for part in item.split(";"))
        kind, slash, sub = media.lower().partition("/")
        if not slash or not kind or not sub:
            continue
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append(MediaRange(kind, sub, q))
    return ranges


def quality(ranges: Sequence[MediaRange], media_type: str) -> float:
    best: tuple[int, float] | None = None
    for media_range in ranges:
        specificity = media_range.specificity(media_type)
        if specificity is not None and (best is None or specificity > best[0]):
            best = (specificity, media_range.q)
    return 0.0 if best is None else best[1]


def negotiate(accept: str | None, offered: Sequence[str]) -> str | None:
    """The offered type the client prefers, or None when it accepts none of them. Aliases the
    client names exactly (`application/json`) stand for their canonical type."""
    if not accept or not accept.strip():
        return offered[0]
    ranges = parse_accept(accept)
    aliases = [a for a, target in ALIASES.items() if target in offered and a not in offered]
    best: tuple[float, str] | None = None
    for media_type in (*offered, *aliases):
        q = quality(ranges, media_type)
        if media_type in aliases and not any(r.specificity(media_type) == 2 for r in ranges):
            continue  # an alias counts only when named exactly, never through a wildcard
        if q > 0 and (best is None or q > best[0]):
            best = (q, media_type)
    if best is None:
        return None
    return best[1] if best[1] in offered else ALIASES[best[1]]
