"""Person identity and the roles held on the question's date.

The same deputy or minister gets the same IRI in every document; the party and the post are the
ones the reference data dates to the question's day, never another legislature's (a minister of
2013 may be a deputy of another party in 2020). Nothing is guessed: without a dated row the party
is null, and the post is the title the page prints, if any.
"""

from __future__ import annotations

from loaders.ids import mint, slug
from loaders.mapping.documents import parliament_key
from loaders.record import PersonRef, Record
from loaders.reference.persons import (
    Capacity,
    KnownPerson,
    PersonRegistry,
    load_persons,
    post_iri,
    post_title,
)


def _identify(
    ref: PersonRef, registry: PersonRegistry, day: str | None, capacity: Capacity, record: Record
) -> KnownPerson | None:
    known = registry.resolve(ref.as_written, day, capacity)
    ref.id = mint("person", known.key if known else slug(ref.name))
    if known is None:
        several = len(registry.candidates(ref.as_written)) > 1
        reason = "several people of that name, none dated to" if several else "not in"
        record.warnings.append(f"person {reason} reference data: {ref.as_written}")
    return known


def resolve_persons(record: Record) -> None:
    """Give each person an IRI, and askers and addressees the party (and addressees the post)
    held on the question's date."""
    registry = load_persons()
    day = record.question.date
    parliament = parliament_key(record)
    for asker in record.question.askers:
        known = _identify(asker, registry, day, "deputy", record)
        asker.party = registry.party_short(known.party_on(day)) if known else None
    for addressee in record.question.addressees:
        known = _identify(addressee, registry, day, "minister", record)
        addressee.party = registry.party_short(known.party_on(day)) if known else None
        title = post_title(known, addressee, day)
        addressee.post = addressee.role or title
        addressee.post_id = post_iri(parliament, title) if title else None
    if record.answer:
        answered = record.answer.date or day
        for responder in [*record.answer.responders, *record.answer.redirected_to]:
            _identify(responder, registry, answered, "minister", record)
