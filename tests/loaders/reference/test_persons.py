"""The person reference data: who held which seat, party and post, on which days."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from loaders.reference.person_files import ReferenceError
from loaders.reference.persons import PersonRegistry, load_persons, load_registry

INVENTED = Path(__file__).with_name("fixtures") / "invented-people"


@pytest.fixture(scope="module")
def invented() -> PersonRegistry:
    return load_registry(INVENTED)


def test_every_legislature_from_2004_and_every_government_is_there() -> None:
    registry = load_persons()
    assert list(registry.legislatures) == [
        "2004-2009",
        "2009-2014",
        "2014-2019",
        "2019-2024",
        "2024-2029",
    ]
    assert [g.label.removeprefix("Gouvernement ") for g in registry.governments.values()] == [
        "Van Cauwenberghe II",
        "Di Rupo II",
        "Demotte I",
        "Demotte II",
        "Magnette",
        "Borsus",
        "Di Rupo III",
        "Dolimont",
    ]
    for government in registry.governments.values():
        holders = [
            person
            for person in registry.persons.values()
            if any(post.government == government.key for post in person.posts)
        ]
        assert len(holders) >= 4, government.key


def test_the_minister_president_of_each_day() -> None:
    registry = load_persons()
    title = "Ministre-Président du Gouvernement wallon"
    expected = {
        "2005-01-10": "Jean-Claude Van Cauwenberghe",
        "2006-03-01": "Elio Di Rupo",
        "2008-05-05": "Rudy Demotte",
        "2013-10-01": "Rudy Demotte",
        "2015-06-15": "Paul Magnette",
        "2018-02-01": "Willy Borsus",
        "2022-11-30": "Elio Di Rupo",
    }
    for day, name in expected.items():
        holders = [
            p.name
            for p in registry.persons.values()
            if (post := p.post_on(day)) is not None and post.title == title
        ]
        assert holders == [name], day


def test_a_minister_replaced_within_a_legislature() -> None:
    registry = load_persons()
    lutgen, di_antonio = registry.find("LUTGEN Benoît"), registry.find("DI ANTONIO Carlo")
    assert lutgen is not None and di_antonio is not None
    assert lutgen.post_on("2011-12-14") is not None and di_antonio.post_on("2011-12-14") is None
    assert lutgen.post_on("2011-12-15") is None
    post = di_antonio.post_on("2011-12-15")
    assert post is not None and post.government == "demotte-ii"
    # a deputy until he became minister, so never both on one day
    assert di_antonio.mandate_on("2011-12-14") is not None
    assert di_antonio.mandate_on("2011-12-15") is None


def test_the_dolimont_government_has_its_eight_members_with_their_parties() -> None:
    """Sworn in on 15 July 2024: five MR and three Les Engagés (source press-dolimont-2024-serment);
    two of them leave a seat of 2024-2029 the day before."""
    registry = load_persons()
    members = {
        person.name: person.party_on("2024-09-01")
        for person in registry.persons.values()
        if (post := person.post_on("2024-09-01")) is not None and post.government == "dolimont"
    }
    assert sorted(members.values()) == ["les-engages"] * 3 + ["mr"] * 5
    assert {"Jacqueline Galant", "Cécile Neven", "Anne-Catherine Dalcq"} <= set(members)
    galant = registry.find("GALANT Jacqueline")
    assert galant is not None and galant.post_on("2024-07-14") is None
    assert galant.mandate_on("2024-07-14") is not None and galant.mandate_on("2024-07-15") is None


def test_a_substitute_of_2005_keeps_one_identity_over_three_legislatures() -> None:
    """Alain Onkelinx takes Willy Demeyer's seat on 1 July 2005 and is re-elected in 2009 and 2014:
    three seats of one person, none before his first day."""
    registry = load_persons()
    onkelinx, demeyer = registry.find("ONKELINX Alain"), registry.find("DEMEYER Willy")
    assert onkelinx is not None and demeyer is not None
    assert [m.legislature for m in onkelinx.mandates] == ["2004-2009", "2009-2014", "2014-2019"]
    assert onkelinx.mandate_on("2005-06-30") is None and onkelinx.mandate_on("2005-07-01")
    assert demeyer.mandate_on("2004-09-01") is not None and demeyer.mandate_on("2005-07-01") is None
    assert onkelinx.party_on("2007-01-01") == "ps" and onkelinx.ref_id == "pw1157"


def test_a_deputy_printed_with_her_two_surnames_in_either_order_is_one_person() -> None:
    """Valérie Warzée-Caverenne sat from 2016 to 2018 and again from 2024, when the list prints
    CAVERENNE-WARZEE: one person_id joins the two rows, so either order finds her, with both seats
    and nothing between them."""
    registry = load_persons()
    as_2016, as_2024 = (
        registry.find("WARZEE-CAVERENNE Valérie"),
        registry.find("CAVERENNE-WARZEE Valérie"),
    )
    assert as_2016 is not None and as_2016 is as_2024
    assert [m.legislature for m in as_2016.mandates] == ["2014-2019", "2024-2029"]
    assert as_2016.mandate_on("2021-01-01") is None and as_2016.party_on("2021-01-01") is None
    assert as_2016.party_on("2016-05-01") == as_2016.party_on("2024-09-01") == "mr"


def test_the_party_held_that_day_follows_renames_and_changes() -> None:
    registry = load_persons()
    antoine = registry.find("ANTOINE André")
    wesphael = registry.find("WESPHAEL Bernard")
    potigny = registry.find("POTIGNY Patricia")
    assert antoine is not None and wesphael is not None and potigny is not None
    assert antoine.party_on("2013-10-01") == "cdh"
    assert antoine.party_on("2023-01-16") == "les-engages"
    assert wesphael.party_on("2011-06-01") == "ecolo"
    assert wesphael.party_on("2012-04-15") is None  # an independent for some weeks
    assert wesphael.party_on("2013-01-10") == "mg"
    assert potigny.party_on("2018-06-01") == "mr"
    assert potigny.party_on("2019-04-01") == "ld"


def test_no_party_without_a_dated_row() -> None:
    registry = load_persons()
    galant = registry.find("GALANT Jacqueline")
    assert galant is not None
    assert galant.party_on("2013-10-01") is None  # not a deputy nor a minister then, as recorded
    assert galant.party_on(None) is None


def test_homonyms_are_two_persons_with_keys_from_their_reference_ids(
    invented: PersonRegistry,
) -> None:
    found = invented.candidates("DUPONT  Jean")
    assert sorted(p.key for p in found) == ["jean-dupont-d1", "jean-dupont-d2"]
    assert invented.find("Dupont Jean") is None  # ambiguous without a date
    asker = invented.resolve("DUPONT Jean", "2013-01-01", "deputy")
    addressee = invented.resolve("DUPONT Jean", "2013-01-01", "minister")
    assert asker is not None and asker.ref_id == "d1" and asker.party_on("2013-01-01") == "ps"
    assert addressee is not None and addressee.ref_id == "d2"
    assert addressee.party_on("2013-01-01") == "mr"
    assert invented.resolve("DUPONT Jean", "2011-01-01", "minister") is not None
    assert invented.resolve("DUPONT Jean", "2008-01-01", "deputy") is None  # neither held one
    assert invented.find("MARTIN Claire") is not None
    assert invented.find("MARTIN Claire").key == "claire-martin"  # type: ignore[union-attr]


def test_a_party_change_within_a_legislature(invented: PersonRegistry) -> None:
    martin = invented.find("MARTIN Claire")
    assert martin is not None
    assert [(p.party, p.span.start, p.span.end) for p in martin.parties] == [
        ("ps", "2009-06-07", "2011-03-31"),
        ("mr", "2011-04-01", "2014-05-24"),
    ]
    assert len(martin.mandates) == 1  # one seat, two parties


def test_a_renamed_party_is_the_new_name_after_the_renaming(invented: PersonRegistry) -> None:
    lambert = invented.find("LAMBERT Paul")
    assert lambert is not None
    assert lambert.party_on("2016-12-31") == "old"
    assert lambert.party_on("2017-01-01") == "new"


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(INVENTED, target)
    return target


@pytest.mark.parametrize(
    ("file", "old", "new", "reason"),
    [
        ("deputies-2009-2014.csv", ",2011-03-31,", ",2011-31-03,", "deputies-2009-2014.csv:3: "),
        ("deputies-2009-2014.csv", "MARTIN Claire,MR", "MARTIN Claire,XYZ", "unknown party"),
        ("deputies-2014-2019.csv", ",,d2,invented", ",,,invented", "has homonyms"),
        ("ministers.csv", ",invented,from,invented,d2", ",invented,from,nowhere,d2", "nowhere"),
        ("ministers.csv", "Exemple I,2012", "Exemple II,2012", "unknown government"),
        ("deputies-2009-2014.csv", "2011-04-01,,to", "2011-03-01,,to", "two parties"),
        ("deputies-2014-2019.csv", "Mons,,,", "Mons,2013-01-01,,", "outside the legislature"),
    ],
)
def test_a_bad_row_is_one_line_naming_the_file_and_the_reason(
    tmp_path: Path, file: str, old: str, new: str, reason: str
) -> None:
    folder = _copy(tmp_path)
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ReferenceError) as caught:
        load_registry(folder)
    message = str(caught.value)
    assert reason in message and "\n" not in message


def test_a_non_breaking_space_in_a_listed_name_never_reaches_the_person(tmp_path: Path) -> None:
    """A copied list wrote 'SURNAME\u00a0Given' (the 2014-2019 list did): the listed name, and
    so the graph's label, must hold a plain space, and the person must be found as printed."""
    folder = _copy(tmp_path)
    path = folder / "deputies-2009-2014.csv"
    path.write_text(
        path.read_text(encoding="utf-8").replace("MARTIN Claire", "MARTIN\u00a0 Claire"),
        encoding="utf-8",
    )
    martin = load_registry(folder).find("MARTIN Claire")
    assert martin is not None
    assert martin.as_listed == "MARTIN Claire"


def test_no_one_sits_as_a_deputy_while_a_minister_outside_a_government_change() -> None:
    """A Walloon minister does not sit: a seat must end the day before a post begins. Between
    an election and the next government's first day, the outgoing ministers sit as elected
    deputies while still in office: only that window may show both. The 2014-2019 list had
    recorded no departure (Crucke, Jeholet and De Bue in 2017, Dermagne's months as minister)."""
    registry = load_persons()
    starts = sorted(government.span.start for government in registry.governments.values())
    windows = [
        (legislature.span.start, next((day for day in starts if day > legislature.span.start), ""))
        for legislature in registry.legislatures.values()
    ]

    def changing(day: str) -> bool:
        return any(election <= day < (sworn or "9999") for election, sworn in windows)

    both = [
        f"{person.as_listed} {day}"
        for person in registry.persons.values()
        for seat in person.mandates
        for post in person.posts
        for day in (max(seat.span.start, post.span.start),)
        if day <= min(seat.span.end or "9999", post.span.end or "9999") and not changing(day)
    ]
    assert not both, f"seats overlapping a post: {both}"
