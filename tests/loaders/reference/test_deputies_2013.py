"""The 2009-2014 deputies against the parliament's own list of 4 October 2013.

`fixtures/pw-deputies-2013-10-04.csv` holds the names and parties as that list prints them
(fixtures/README.md). The reference data must seat exactly those people on that day, each with
the listed party: a departure left running past its day, a substitute missing, or a party read
from another period shows here.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from loaders.reference.persons import KnownPerson, PersonRegistry, load_persons

LISTED = Path(__file__).with_name("fixtures") / "pw-deputies-2013-10-04.csv"
DAY = "2013-10-04"
LEGISLATURE = "2009-2014"
# The list's word for a deputy who sits in no party group; Bernard Wesphael then belonged to the
# Mouvement de gauche, a party without a group in the Parliament.
NO_GROUP = "Indépendant"


@pytest.fixture(scope="module")
def listed() -> list[tuple[str, str]]:
    with LISTED.open(encoding="utf-8", newline="") as handle:
        return [(row["name"], row["party"]) for row in csv.DictReader(handle)]


def _seated(registry: PersonRegistry, day: str) -> dict[str, KnownPerson]:
    return {
        person.ref_id: person
        for person in registry.persons.values()
        if (seat := person.mandate_on(day)) is not None and seat.legislature == LEGISLATURE
    }


def test_each_deputy_of_the_list_holds_a_seat_that_day_with_the_listed_party(
    listed: list[tuple[str, str]],
) -> None:
    registry = load_persons()
    groups = {registry.party_key(party, LISTED.name) for _, party in listed if party != NO_GROUP}
    assert groups == {"ps", "mr", "ecolo", "cdh"}  # 'ECOLO' and 'cdH' are parties.csv spellings
    wrong = []
    for name, printed in listed:
        person = registry.resolve(name, DAY, "deputy")
        if person is None or person.ref_id not in _seated(registry, DAY):
            wrong.append((name, "no seat that day"))
            continue
        party = person.party_on(DAY)
        expected_ok = (
            party not in groups
            if printed == NO_GROUP
            else party == registry.party_key(printed, LISTED.name)
        )
        if not expected_ok:
            wrong.append((name, f"{party} for {printed}"))
    assert len(listed) == 74
    assert wrong == []


def test_nobody_else_holds_a_seat_of_2009_2014_on_4_october_2013(
    listed: list[tuple[str, str]],
) -> None:
    registry = load_persons()
    found = [registry.resolve(name, DAY, "deputy") for name, _ in listed]
    expected = {person.ref_id for person in found if person is not None}
    extra = sorted(p.as_listed for key, p in _seated(registry, DAY).items() if key not in expected)
    assert extra == []  # e.g. a deputy who left in 2012 and whose row ran on to 2014


def test_a_seat_left_vacant_between_a_resignation_and_the_oath_of_the_substitute() -> None:
    registry = load_persons()
    yerna, morreale = registry.find("YERNA Maggy"), registry.find("MORREALE Christie")
    assert yerna is not None and morreale is not None
    assert yerna.mandate_on("2013-10-01") is not None and yerna.mandate_on("2013-10-02") is None
    assert morreale.mandate_on(DAY) is None
    seat = morreale.mandate_on("2013-10-09")
    assert seat is not None and seat.legislature == LEGISLATURE
    assert len(_seated(registry, DAY)) == 74 and len(_seated(registry, "2013-10-09")) == 75


def test_a_replacement_within_the_legislature_hands_the_seat_over_on_one_day() -> None:
    registry = load_persons()
    elsen, bastin = registry.find("ELSEN Marc"), registry.find("BASTIN Jean-Paul")
    assert elsen is not None and bastin is not None
    assert elsen.mandate_on("2013-07-09") is not None and bastin.mandate_on("2013-07-09") is None
    assert elsen.mandate_on("2013-07-10") is None and bastin.mandate_on("2013-07-10") is not None
    end = elsen.mandates[0].span
    assert end.end_approx and not end.start_approx  # the day is the announced one


def test_one_deputy_printed_two_ways_is_one_person_found_by_either_name() -> None:
    registry = load_persons()
    as_2013, as_2020 = registry.find("DISABATO Emmanuel"), registry.find("DISABATO  Manu")
    assert as_2013 is not None and as_2013 is as_2020
    assert as_2013.ref_id == "pw1426"  # the parliament's id, in both lists
    assert [m.legislature for m in as_2013.mandates] == ["2009-2014", "2019-2024"]
