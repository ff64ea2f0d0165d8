"""What the texts say: entities, amounts and funding facts, each with the span it came from.

Spans become Web Annotation selectors, so a reader can go from any fact back to its sentence.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Protocol

from rdflib import BNode, Graph, Literal, URIRef

from loaders.ids import mint, short_hash
from loaders.mapping.concepts import APPROXIMATION, BUDGET_KIND, INSTRUMENT, concept
from loaders.mapping.documents import answer_iri, document_key, question_iri
from loaders.mapping.entities import describe_entity
from loaders.record import Part, Record
from loaders.vocab import DCTERMS, OA, PG, RDF, SCHEMA, XSD


def _part_iri(record: Record, part: Part) -> URIRef:
    return URIRef(question_iri(record) if part == "question" else answer_iri(record))


class Spanned(Protocol):
    """What every extracted fact carries: where it was read and how sure the reader is."""

    part: Part
    start: int
    end: int
    method: str
    confidence: float


def _annotate(
    graph: Graph, record: Record, kind: str, fact: Spanned, body: URIRef, motivation: URIRef
) -> URIRef:
    """An `oa:Annotation` of `body` whose target is the exact span of the question or answer
    text that `fact` was read from."""
    part, start, end = fact.part, fact.start, fact.end
    # The body is part of the key: one span may name two things (a town and its council).
    key = f"{start}-{end}-{short_hash(str(body), 6)}"
    node = URIRef(mint("annotation", *document_key(record), kind, part, key))
    target, position, quote = BNode(), BNode(), BNode()
    graph.add((node, RDF.type, OA.Annotation))
    graph.add((node, OA.hasBody, body))
    graph.add((node, OA.motivatedBy, motivation))
    graph.add((node, OA.hasTarget, target))
    graph.add((node, PG.method, Literal(fact.method)))
    graph.add((node, PG.confidence, Literal(Decimal(str(round(fact.confidence, 3))))))
    graph.add((target, RDF.type, OA.SpecificResource))
    graph.add((target, OA.hasSource, _part_iri(record, part)))
    graph.add((target, OA.hasSelector, position))
    graph.add((target, OA.hasSelector, quote))
    graph.add((position, RDF.type, OA.TextPositionSelector))
    # xsd:integer (checked >= 0 by the shapes), not the Web Annotation's nonNegativeInteger:
    # Oxigraph stores derived integer types as xsd:integer, and a graph must validate the same
    # when it is read back from the store as when it was built.
    graph.add((position, OA.start, Literal(start, datatype=XSD.integer)))
    graph.add((position, OA.end, Literal(end, datatype=XSD.integer)))
    graph.add((quote, RDF.type, OA.TextQuoteSelector))
    graph.add((quote, OA.exact, Literal(record.text_of(part)[start:end])))
    return node


def _content_iri(kind: str, record: Record, fact: Spanned, *content: object) -> str:
    """An IRI from what a fact says and where (its span, then a hash of its values), not from
    its position in a list: a fact keeps its IRI when other facts are found or lost."""
    key = f"{fact.start}-{fact.end}-{short_hash(repr(content), 8)}"
    return mint(kind, *document_key(record), fact.part, key)


def add_facts(graph: Graph, record: Record) -> None:
    for entity in record.entities:
        describe_entity(graph, entity)
    for mention in record.mentions:
        if mention.id is None:
            continue
        named = URIRef(mention.id)
        _annotate(graph, record, f"mention-{mention.type}", mention, named, OA.identifying)
        graph.add((_part_iri(record, mention.part), PG.mentions, named))

    amount_nodes: list[URIRef] = []
    for amount in record.amounts:
        node = URIRef(
            _content_iri(
                "amount",
                record,
                amount,
                amount.text,
                amount.value,
                amount.high,
                amount.per,
                amount.currency,
            )
        )
        amount_nodes.append(node)
        graph.add((node, RDF.type, SCHEMA.MonetaryAmount))
        graph.add((node, SCHEMA.value, Literal(Decimal(str(amount.value)))))
        graph.add((node, SCHEMA.currency, Literal(amount.currency)))
        if amount.high is not None:  # a range: schema:value is its low end
            graph.add((node, SCHEMA.minValue, Literal(Decimal(str(amount.value)))))
            graph.add((node, SCHEMA.maxValue, Literal(Decimal(str(amount.high)))))
        if amount.per:  # a rate: what one unit of it is per ("kW", "habitant")
            graph.add((node, SCHEMA.unitText, Literal(amount.per)))
        approximation = concept(APPROXIMATION, amount.approximation)
        if approximation is None:
            raise ValueError(f"the ontology has no approximation '{amount.approximation}'")
        graph.add((node, PG.approximation, approximation))
        note = _annotate(graph, record, "amount", amount, node, OA.identifying)
        graph.add((node, PG.evidence, note))

    grant_nodes: list[URIRef] = []
    for funding in record.funding:
        node = URIRef(
            _content_iri(
                "funding",
                record,
                funding,
                amount_nodes[funding.amount],
                funding.recipient,
                funding.funder,
                funding.programme,
                funding.period,
                funding.budget,
            )
        )
        grant_nodes.append(node)
        graph.add((node, RDF.type, SCHEMA.MonetaryGrant))
        graph.add((node, SCHEMA.amount, amount_nodes[funding.amount]))
        if funding.recipient:
            graph.add((node, SCHEMA.fundedItem, URIRef(funding.recipient)))
        if funding.funder:
            graph.add((node, SCHEMA.funder, URIRef(funding.funder)))
        if funding.programme:
            graph.add((node, PG.programme, URIRef(funding.programme)))
        if funding.period:
            graph.add((node, PG.periodStart, Literal(funding.period.start, datatype=XSD.gYear)))
            graph.add((node, PG.periodEnd, Literal(funding.period.end, datatype=XSD.gYear)))
        if funding.purpose:
            graph.add((node, PG.purpose, Literal(funding.purpose, lang="fr")))
        budget = concept(BUDGET_KIND, funding.budget or "")
        if budget is not None:
            graph.add((node, PG.budgetKind, budget))
        instrument = concept(INSTRUMENT, funding.instrument)
        if instrument is None:
            raise ValueError(f"the ontology has no instrument '{funding.instrument}'")
        graph.add((node, PG.instrument, instrument))
        graph.add((node, PG.statedIn, _part_iri(record, funding.part)))
        note = _annotate(graph, record, "funding", funding, node, OA.describing)
        graph.add((node, PG.evidence, note))
    # A part of a total ("dont", a list's row): the money is counted once, in its total.
    for funding, node in zip(record.funding, grant_nodes, strict=True):
        if funding.part_of is not None:
            graph.add((node, DCTERMS.isPartOf, grant_nodes[funding.part_of]))
