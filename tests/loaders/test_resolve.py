"""Resolution by the question's date: the party and the post held that day, nothing guessed."""

from __future__ import annotations

from loaders.record import PersonRef, Question, Record
from loaders.reference.persons import post_iri
from loaders.resolve import resolve_persons
from tests.loaders.records import record_from_texts

BUDGET_2013 = "Ministre du Budget, des Finances, de l'Emploi, de la Formation et des Sports"


def record(day: str | None, asker: str, addressee: str, role: str | None = None) -> Record:
    def ref(as_written: str, printed: str | None = None) -> PersonRef:
        surname, given = as_written.rsplit(" ", 1)
        return PersonRef(name=f"{given} {surname.title()}", as_written=as_written, role=printed)

    resolved = record_from_texts(
        Question(date=day, text="invented", askers=[ref(asker)], addressees=[ref(addressee, role)]),
        session="2013-2014",
    )
    resolve_persons(resolved)
    return resolved


def test_the_same_person_has_the_party_of_each_day() -> None:
    in_2013 = record("2013-10-01", "REUTER Florence", "ANTOINE André")
    in_2023 = record("2023-01-16", "ANTOINE André", "BORSUS Willy")
    assert in_2013.question.addressees[0].party == "cdH"
    assert in_2023.question.askers[0].party == "Les Engagés"
    assert in_2013.question.addressees[0].id == in_2023.question.askers[0].id
    assert str(in_2023.question.askers[0].id).endswith("/id/person/andre-antoine")


def test_without_a_printed_title_the_post_is_the_reference_post_of_that_day() -> None:
    resolved = record("2013-10-01", "REUTER Florence", "ANTOINE André")
    addressee = resolved.question.addressees[0]
    assert addressee.role is None
    assert addressee.post == BUDGET_2013
    assert addressee.post_id == post_iri("wallonia", BUDGET_2013)
    earlier = record("2006-01-10", "WESPHAEL Bernard", "ANTOINE André").question.addressees[0]
    assert earlier.post == "Ministre du Logement, des Transports et du Développement territorial"


def test_a_printed_title_is_the_post_and_the_reference_post_its_id() -> None:
    printed = "Vice-Président et " + BUDGET_2013
    addressee = record("2013-10-01", "REUTER Florence", "ANTOINE André", printed)
    person = addressee.question.addressees[0]
    assert (person.role, person.post) == (printed, printed)
    assert person.post_id == post_iri("wallonia", BUDGET_2013)


def test_an_unknown_person_has_no_party_and_the_printed_post() -> None:
    resolved = record("2013-10-01", "INCONNU Jean", "PERSONNE Marie", "Ministre de l'Exemple")
    asker, addressee = resolved.question.askers[0], resolved.question.addressees[0]
    assert asker.party is None and addressee.party is None
    assert addressee.post == "Ministre de l'Exemple"
    assert addressee.post_id == post_iri("wallonia", "Ministre de l'Exemple")
    assert "person not in reference data: INCONNU Jean" in resolved.warnings


def test_no_date_no_party() -> None:
    resolved = record(None, "REUTER Florence", "ANTOINE André")
    assert resolved.question.askers[0].party is None
    assert resolved.question.addressees[0].post is None


def test_a_deputy_between_two_parties_has_none() -> None:
    resolved = record("2012-04-15", "WESPHAEL Bernard", "NOLLET Jean-Marc")
    assert resolved.question.askers[0].party is None
    assert resolved.question.addressees[0].party == "Ecolo"
