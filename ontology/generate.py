"""Write `ontology/pg.py`, the closed namespace of the ontology's terms, from `parlgraph.ttl`,
and the shapes' ISO 4217 constraint from `iso4217.txt` (`currencies.py`).

Run `python -m ontology.generate` after adding or renaming a term in the ontology, or after
updating the currency list; a test fails while a generated text differs from its source. With
a closed namespace a misspelled term (`PG.WritenQuestion`) is an error where it is used (and
for mypy), never a silently minted IRI.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from ontology import ONTOLOGY_IRI, load_ontology
from ontology.currencies import SHAPES_PATH, shapes_with_constraint

TARGET = Path(__file__).with_name("pg.py")
PREFIX = ONTOLOGY_IRI + "#"

HEADER = '''"""The ontology's terms as a closed namespace: generated from `parlgraph.ttl` by
`python -m ontology.generate`; do not edit by hand (a test compares the two)."""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class PG(DefinedNamespace):
    """Every term `https://w3id.org/parlgraph/ontology#…` the ontology declares."""

    _NS = Namespace("https://w3id.org/parlgraph/ontology#")
    _fail = True

'''


def declared_terms() -> dict[str, str]:
    """Local name to English label of every `pg:` term the ontology describes."""
    ontology = load_ontology()
    terms: dict[str, str] = {}
    for subject in set(ontology.subjects()):
        if isinstance(subject, URIRef) and str(subject).startswith(PREFIX):
            labels = [
                str(label)
                for label in ontology.objects(subject, RDFS.label)
                if isinstance(label, Literal) and label.language == "en"
            ]
            terms[str(subject)[len(PREFIX) :]] = labels[0] if labels else ""
    return terms


def render() -> str:
    lines = [
        f"    {name}: URIRef  # {label}" if label else f"    {name}: URIRef"
        for name, label in sorted(declared_terms().items())
    ]
    return HEADER + "\n".join(lines) + "\n"


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    shapes = SHAPES_PATH.read_text(encoding="utf-8")
    SHAPES_PATH.write_text(shapes_with_constraint(shapes), encoding="utf-8")
    print(f"wrote {TARGET} and the ISO 4217 constraint of {SHAPES_PATH}")
