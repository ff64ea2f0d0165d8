"""Persons and the roles they held that day: deputies' mandates, parties and ministerial posts.

The addressee is linked to the person *and* to the post printed on the page that day, never as
the question's creator: titles change within a legislature while the person stays the same.
"""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from loaders.ids import mint, short_hash, slug
from loaders.mapping.documents import (
    answer_iri,
    parliament_iri,
    parliament_key,
    question_iri,
)
from loaders.mapping.entities import describe_organisation, describe_person
from loaders.record import PersonRef, Record
from loaders.reference.persons import legislature_of, load_persons
from loaders.vocab import ORG, PG, RDF, SKOS

GOVERNMENTS = {"wallonia": "Gouvernement wallon"}


def person_iri(person: PersonRef) -> str:
    return person.id or mint("person", slug(person.name))


def post_iri(parliament: str, title: str) -> str:
    """A post is keyed by its printed title: the same title is the same seat."""
    return mint("post", parliament, f"{slug(title, 60)}-{short_hash(title)}")


def _add_person(graph: Graph, person: PersonRef) -> URIRef:
    return describe_person(graph, person_iri(person), person.name, person.as_written)


def add_actors(graph: Graph, record: Record) -> None:
    registry = load_persons()
    key = parliament_key(record)
    question = URIRef(question_iri(record))
    parliament = describe_organisation(
        graph, parliament_iri(record), record.parliament, "parliament"
    )
    legislature = legislature_of(record.question.date, record.session)

    for asker in record.question.askers:
        person = _add_person(graph, asker)
        graph.add((question, PG.askedBy, person))
        known = registry.find(asker.as_written)
        mandate = URIRef(mint("mandate", key, legislature, slug(asker.name)))
        graph.add((question, PG.askerMandate, mandate))
        graph.add((mandate, RDF.type, ORG.Membership))
        graph.add((mandate, ORG.member, person))
        graph.add((mandate, ORG.organization, parliament))
        graph.add((mandate, ORG.role, PG.DeputyRole))
        graph.add((mandate, PG.legislature, Literal(legislature)))
        party_name = known.party_on(legislature) if known else None
        if party_name:
            party = describe_organisation(
                graph, mint("party", slug(party_name)), party_name, "party"
            )
            membership = URIRef(mint("membership", slug(party_name), slug(asker.name)))
            graph.add((membership, RDF.type, ORG.Membership))
            graph.add((membership, ORG.member, person))
            graph.add((membership, ORG.organization, party))

    government_name = GOVERNMENTS.get(key)
    government = (
        describe_organisation(
            graph, mint("organisation", slug(government_name)), government_name, "government"
        )
        if government_name
        else None
    )
    for addressee in record.question.addressees:
        person = _add_person(graph, addressee)
        graph.add((question, PG.addressedTo, person))
        if not addressee.role:
            continue
        post = URIRef(post_iri(key, addressee.role))
        graph.add((question, PG.addresseePost, post))
        graph.add((post, RDF.type, ORG.Post))
        graph.add((post, SKOS.prefLabel, Literal(addressee.role, lang="fr")))
        graph.add((post, ORG.role, PG.MinisterRole))
        if government is not None:
            graph.add((post, ORG.postIn, government))

    if record.answer is None:
        return
    answer = URIRef(answer_iri(record))
    for responder in record.answer.responders:
        graph.add((answer, PG.answeredBy, _add_person(graph, responder)))
    for other in record.answer.redirected_to:
        graph.add((answer, PG.redirectedTo, _add_person(graph, other)))
