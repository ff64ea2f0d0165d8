"""Parties and posts on the real 2013 rows, judged against the hand-checked list of who held what.

The rows (`shared/data/walloon-2013/`, see its README) carry a party column from the scraper that
stored them; it is not the judge. `fixtures/people-autumn-2013.csv` is: each asker's and
addressee's party and post in September and October 2013, checked by hand against the public
sources of `loaders/reference/SOURCES-persons.md`. Records are built from the rows (names as
printed, the question's date), then resolved as any parsed page is.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from loaders.record import PersonRef, Question, Record
from loaders.reference.persons import load_persons, name_key
from loaders.resolve import post_iri, resolve_persons
from loaders.sources.walloon.names import display_name

ROWS = Path(__file__).resolve().parents[3] / "shared" / "data" / "walloon-2013" / "questions.jsonl"
CHECKED = Path(__file__).with_name("fixtures") / "people-autumn-2013.csv"

pytestmark = pytest.mark.skipif(
    not ROWS.is_file(), reason=f"the real 2013 rows are not here ({ROWS}); CI has them"
)


def _ref(name: str | None) -> list[PersonRef]:
    return [PersonRef(name=display_name(name)[2], as_written=name)] if name else []


def record_of(row: dict[str, Any]) -> Record:
    meta = row["metadata"]
    return Record(
        source=row["url"],
        parliament="Parlement de Wallonie",
        doc_type="written_question",
        title=row["title"],
        session=meta["session"],
        number=meta["number"].split(" ")[0],
        reference=meta["number"],
        question=Question(
            date=meta["question_date"],
            text=row["question_html"],
            askers=_ref(meta["asker"]["name"]),
            addressees=_ref(meta["addressee"]["name"]),
        ),
    )


@pytest.fixture(scope="module")
def rows() -> list[tuple[dict[str, Any], Record]]:
    out = []
    for line in ROWS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        record = record_of(row)
        resolve_persons(record)
        out.append((row, record))
    return out


@pytest.fixture(scope="module")
def checked() -> dict[tuple[str, str], dict[str, str]]:
    with CHECKED.open(encoding="utf-8", newline="") as handle:
        return {(name_key(r["as_written"]), r["capacity"]): r for r in csv.DictReader(handle)}


def _share(hits: list[bool]) -> float:
    return sum(hits) / len(hits)


def test_askers_have_the_party_they_held_that_day(rows: Any, checked: Any) -> None:
    hits = [
        asker.party == checked[(name_key(asker.as_written), "asker")]["party"]
        for _, record in rows
        for asker in record.question.askers
    ]
    assert len(hits) == 174
    assert _share(hits) >= 0.95, f"{_share(hits):.3f}"


def test_addressees_have_the_party_and_post_they_held_that_day(rows: Any, checked: Any) -> None:
    people = [p for _, record in rows for p in record.question.addressees]
    assert len(people) == 177
    party = [p.party == checked[(name_key(p.as_written), "addressee")]["party"] for p in people]
    post = [p.post == checked[(name_key(p.as_written), "addressee")]["post"] for p in people]
    assert _share(party) >= 0.95, f"{_share(party):.3f}"
    assert _share(post) >= 0.95, f"{_share(post):.3f}"
    assert all(p.post_id == post_iri("wallonia", p.post or "") for p in people)


def test_every_asker_held_a_seat_of_2009_2014_that_day(rows: Any) -> None:
    registry = load_persons()
    for _, record in rows:
        for asker in record.question.askers:
            known = registry.resolve(asker.as_written, record.question.date, "deputy")
            assert known is not None, asker.as_written
            seat = known.mandate_on(record.question.date)
            assert seat is not None and seat.legislature == "2009-2014", asker.as_written


def test_every_asker_is_a_deputy_of_the_parliaments_list_of_4_october_2013(rows: Any) -> None:
    """The rows run from 9 September to 4 October 2013, when nobody who asks changed seat: each
    asker's seat that day is one the parliament's list of 4 October 2013 confirms (source
    `noselus-pw-2013-10-04`), not only one the questions themselves show."""
    registry = load_persons()
    unconfirmed = set()
    for _, record in rows:
        for asker in record.question.askers:
            known = registry.resolve(asker.as_written, record.question.date, "deputy")
            seat = known.mandate_on(record.question.date) if known else None
            if seat is None or "noselus-pw-2013-10-04" not in seat.sources:
                unconfirmed.add(asker.as_written)
    assert unconfirmed == set()


def test_where_the_scraper_disagrees_with_the_dated_reference(rows: Any) -> None:
    """The scraper's column agrees with the dated reference data on every row (its 'ECOLO' is
    Ecolo's spelling). A change here is news: a reference fix or a scraper mistake to report.
    This is the independent check of the parties: the hand list of `fixtures/` was read from the
    same public sources as the reference data, the scraper's column was not."""
    registry = load_persons()
    disagree = set()
    compared = 0
    for row, record in rows:
        meta = row["metadata"]
        for printed, person in (
            (meta["asker"], record.question.askers),
            (meta["addressee"], record.question.addressees),
        ):
            if not person:
                continue
            theirs = registry.party_key(printed["party"], "scraper") if printed["party"] else None
            ours = registry.party_key(person[0].party or "", "resolved")
            compared += 1
            if theirs != ours:
                disagree.add((printed["name"], printed["party"], person[0].party))
    assert compared == 174 + 177  # every asker and addressee the rows name, none skipped
    assert disagree == set()
