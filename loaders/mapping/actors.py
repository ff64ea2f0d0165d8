"""Who asks and who is asked: a question's links to persons and to the seat and post held that day.

The addressee is linked to the person *and* to the post held on the question's date, never as the
question's creator: titles change within a legislature while the person stays the same. What the
reference data says of the persons (dated seats, parties, posts) comes from `people.py`.
"""

from __future__ import annotations

from rdflib import Graph, URIRef

from loaders.ids import mint, slug
from loaders.mapping.documents import (
    answer_iri,
    parliament_iri,
    parliament_key,
    question_iri,
)
from loaders.mapping.entities import describe_organisation, describe_person
from loaders.mapping.people import (
    GOVERNMENTS,
    government_iri,
    legislature_triples,
    mandate_iri,
    person_triples,
    post_triples,
)
from loaders.record import PersonRef, Record
from loaders.reference.persons import Capacity, KnownPerson, load_persons, post_iri, post_title
from loaders.vocab import ELI_DL, PG


def person_iri(person: PersonRef) -> str:
    return person.id or mint("person", slug(person.name))


def _add_person(graph: Graph, person: PersonRef, known: KnownPerson | None = None) -> URIRef:
    """A person the reference data knows is described by its names, the same from every
    document (a shared description); an unknown one by the page's."""
    if known is not None:
        return describe_person(graph, person_iri(person), known.name, known.as_listed)
    return describe_person(graph, person_iri(person), person.name, person.as_written)


def add_actors(graph: Graph, record: Record) -> None:
    registry = load_persons()
    key = parliament_key(record)
    parliament = parliament_iri(record)
    question = URIRef(question_iri(record))
    describe_organisation(graph, parliament, record.parliament, "parliament")
    day = record.question.date
    legislature = registry.legislature_on(day)
    if legislature is not None:
        term, triples = legislature_triples(registry, key, legislature.key, parliament)
        graph.add((question, ELI_DL.parliamentary_term, term))
        for triple in triples:
            graph.add(triple)

    described: set[str] = set()

    def describe(ref: PersonRef, capacity: Capacity) -> tuple[URIRef, KnownPerson | None]:
        known = registry.resolve(ref.as_written, day, capacity)
        node = _add_person(graph, ref, known)
        if known is not None and known.key not in described:
            described.add(known.key)
            for triple in person_triples(registry, known, key, parliament):
                graph.add(triple)
        return node, known

    for asker in record.question.askers:
        node, known = describe(asker, "deputy")
        graph.add((question, PG.askedBy, node))
        seat = known.mandate_on(day) if known else None
        if known is not None and seat is not None:
            graph.add((question, PG.askerMandate, URIRef(mandate_iri(key, known, seat, registry))))
    government = government_iri(key)
    for addressee in record.question.addressees:
        node, known = describe(addressee, "minister")
        graph.add((question, PG.addressedTo, node))
        title = post_title(known, addressee, day)
        if not title:
            continue
        if government:
            describe_organisation(graph, government, GOVERNMENTS[key], "government")
        for triple in post_triples(registry, key, title, government):
            graph.add(triple)
        graph.add((question, PG.addresseePost, URIRef(post_iri(key, title))))

    for answer in [*record.earlier_answers, *([record.answer] if record.answer else [])]:
        node = URIRef(answer_iri(record, answer))
        # Described from the reference data as in any other role: a shared description must
        # not depend on whether this page has the person ask, receive or answer.
        for responder in answer.responders:
            graph.add((node, PG.answeredBy, describe(responder, "minister")[0]))
        for other in answer.redirected_to:
            graph.add((node, PG.redirectedTo, describe(other, "minister")[0]))
