"""The 2024-2029 deputies against what the press printed of the Parliament sworn in on 25 June 2024.

No stored list names all 75 (loaders/reference/SOURCES-persons.md), so the file is partial; these
tests hold it to the totals that are published. Each party's seats come from RTL's report of the
opening sitting ("Les 75 élus du Parlement de Wallonie font leur rentrée", 25 June 2024): a row
added from a page that misread a substitute or another legislature would push a party past them.
The Verviers constituency is known whole: BRF names the three German-speaking deputies it elected
and counts six in all (`brf-2024-dg-elus`, `brf-2024-verviers-deputes`).
"""

from __future__ import annotations

from collections import Counter

from loaders.reference.persons import Dated, KnownPerson, PersonRegistry, load_persons

SWORN_IN = "2024-06-25"
LEGISLATURE = "2024-2029"
SEATS_WON = {"MR": 26, "PS": 19, "Les Engagés": 17, "PTB": 8, "Ecolo": 5}
VERVIERS = {
    "GARDIER Charles": "MR",
    "MAUEL Christine": "MR",
    "DEJARDIN Valérie": "PS",
    "SPIES Patrick": "PS",
    "MOCKEL Freddy": "Ecolo",
    "BASTIN Jean-Paul": "Les Engagés",
}


def _seated(registry: PersonRegistry, day: str) -> list[tuple[KnownPerson, Dated]]:
    """Each person holding a 2024-2029 seat that day, with the seat."""
    return [
        (person, seat)
        for person in registry.persons.values()
        if (seat := person.mandate_on(day)) is not None and seat.legislature == LEGISLATURE
    ]


def test_no_party_holds_more_seats_on_the_oath_day_than_it_won() -> None:
    registry = load_persons()
    seated = Counter(
        registry.party_short(person.party_on(SWORN_IN)) for person, _ in _seated(registry, SWORN_IN)
    )
    assert set(seated) <= set(SEATS_WON), seated
    over = {party: count for party, count in seated.items() if count > SEATS_WON[str(party)]}
    assert not over, over


def test_the_six_deputies_of_verviers_including_the_german_speaking_ones() -> None:
    registry = load_persons()
    verviers = {
        person.as_listed: registry.party_short(person.party_on(SWORN_IN))
        for person, seat in _seated(registry, SWORN_IN)
        if seat.constituency == "Verviers"
    }
    assert verviers == VERVIERS
