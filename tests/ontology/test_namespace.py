"""Generated files match their sources: `ontology/pg.py` is the ontology's terms, no more and no
fewer, and the shapes' currency constraint is the kept ISO 4217 list."""

from __future__ import annotations

import pytest

from ontology.currencies import SHAPES_PATH, currency_codes, shapes_with_constraint
from ontology.generate import TARGET, declared_terms, render
from ontology.pg import PG


def test_the_namespace_file_is_what_the_ontology_generates() -> None:
    assert TARGET.read_text(encoding="utf-8") == render(), (
        "ontology/pg.py differs from parlgraph.ttl: run `python -m ontology.generate`"
    )


def test_every_declared_term_is_in_the_namespace() -> None:
    terms = declared_terms()
    assert {"WrittenQuestion", "usesDescription", "ParliamentaryAssembly"} <= set(terms)
    for name in terms:
        assert str(PG[name]) == "https://w3id.org/parlgraph/ontology#" + name


def test_an_unknown_term_is_an_error() -> None:
    with pytest.raises(AttributeError):
        _ = PG.WritenQuestion  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        _ = PG["Parliament"]


def test_the_shapes_check_currencies_against_the_kept_list() -> None:
    shapes = SHAPES_PATH.read_text(encoding="utf-8")
    assert shapes == shapes_with_constraint(shapes), (
        "the ISO 4217 constraint of shapes.ttl differs from iso4217.txt: "
        "run `python -m ontology.generate`"
    )
    codes = currency_codes()
    assert "EUR" in codes and "USD" in codes and "BEF" not in codes
    assert len(codes) == len(set(codes)) > 150
