"""The ISO 4217 code list (`iso4217.txt`) and the SPARQL constraint the shapes check it with.

The list is data, with its public source noted in the file; the constraint in `shapes.ttl` is
written from it by `python -m ontology.generate` (a test fails while the two differ), so the
published shapes stand alone: a SHACL engine needs no other file to check a currency.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

CODES_PATH = Path(__file__).with_name("iso4217.txt")
SHAPES_PATH = Path(__file__).with_name("shapes.ttl")
BEGIN = "# BEGIN ISO 4217 (written by `python -m ontology.generate` from iso4217.txt; do not edit)"
END = "# END ISO 4217"
_BLOCK = re.compile(re.escape(BEGIN) + r"\n.*?" + re.escape(END) + r"\n", re.S)
_PER_LINE = 12


@cache
def currency_codes() -> tuple[str, ...]:
    """The alphabetic codes of ISO 4217's list one, in file order."""
    codes: list[str] = []
    for line in CODES_PATH.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code = line.split("\t", 1)[0]
            if not re.fullmatch(r"[A-Z]{3}", code):
                raise ValueError(f"{CODES_PATH}: {code!r} is not an ISO 4217 alphabetic code")
            codes.append(code)
    return tuple(codes)


def render_constraint() -> str:
    """The `pgsh:CurrencyIsISO4217` constraint, between its markers."""
    quoted = [f'"{code}"' for code in currency_codes()]
    rows = [", ".join(quoted[i : i + _PER_LINE]) for i in range(0, len(quoted), _PER_LINE)]
    values = ",\n                   ".join(rows)
    return f'''{BEGIN}
pgsh:CurrencyIsISO4217 a sh:SPARQLConstraint ;
    rdfs:label "currency an ISO 4217 code"@en ;
    rdfs:comment "ISO 4217's list one: ontology/iso4217.txt, which notes its source."@en ;
    sh:message "An amount's schema:currency is a current ISO 4217 alphabetic code."@en ;
    sh:select """
        SELECT $this ?value WHERE {{
          $this <http://schema.org/currency> ?value .
          FILTER (STR(?value) NOT IN ({values}))
        }}""" .
{END}
'''


def shapes_with_constraint(shapes: str) -> str:
    """`shapes` (the text of shapes.ttl) with the constraint written from the current list."""
    if not _BLOCK.search(shapes):
        raise ValueError(f"{SHAPES_PATH}: no '{BEGIN}' ... '{END}' block")
    return _BLOCK.sub(lambda _: render_constraint(), shapes)
