"""The ontology's SKOS concepts found by the words the record and the reference data use.

Each concept carries its word as `skos:notation` (`answered`, `more_than`, `competence_centre`),
so adding a classification to the ontology is enough for the mapping to emit it.
"""

from __future__ import annotations

from functools import cache

from rdflib import Literal, URIRef

from loaders.vocab import PG, SKOS
from ontology import load_ontology

ANSWER_STATUS = PG.AnswerStatusScheme
APPROXIMATION = PG.ApproximationScheme
BUDGET_KIND = PG.BudgetKindScheme
INSTRUMENT = PG.InstrumentScheme
LEVEL = PG.ProgrammeLevelScheme
CLASSIFICATION = PG.OrganisationClassificationScheme


@cache
def _concepts(scheme: URIRef) -> dict[str, URIRef]:
    ontology = load_ontology()
    found: dict[str, URIRef] = {}
    for concept in ontology.subjects(SKOS.inScheme, scheme):
        notation = ontology.value(concept, SKOS.notation)
        if isinstance(concept, URIRef) and isinstance(notation, Literal):
            found[str(notation)] = concept
    return found


def concept(scheme: URIRef, notation: str) -> URIRef | None:
    """The concept of `scheme` whose notation is `notation`, if the ontology has one."""
    return _concepts(scheme).get(notation)
