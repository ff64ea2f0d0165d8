"""Person identity: the same deputy or minister gets the same IRI in every document."""

from __future__ import annotations

from loaders.ids import mint, slug
from loaders.record import PersonRef, Record
from loaders.reference.persons import load_persons


def resolve_persons(record: Record) -> None:
    """Give each person an IRI from their display name; warn when reference data does not know
    them (a new deputy, or a name printed differently), since their party and mandate are then
    unknown."""
    registry = load_persons()
    people: list[PersonRef] = [*record.question.askers, *record.question.addressees]
    if record.answer:
        people += [*record.answer.responders, *record.answer.redirected_to]
    for person in people:
        person.id = mint("person", slug(person.name))
        if registry.find(person.as_written) is None:
            record.warnings.append(f"person not in reference data: {person.as_written}")
