"""Every named query over the sample corpus, checked against the same figures computed in Python
from the parsed records (an independent path to the answer)."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pyoxigraph import QuerySolutions

from graph_api.formats import term_text
from graph_api.pipeline import Loader, Outcome, expand_inputs
from graph_api.queries import NamedQueryFileError, catalogue, parse_named_query
from graph_api.repo.embedded import EmbeddedRepo
from loaders.mapping import question_iri
from loaders.process import read_document
from loaders.record import Record
from loaders.sources.walloon import SAMPLE_DIR

CONTRACT_COLUMNS = {
    "who-asks-whom": ["asker", "asker_name", "addressee", "addressee_name", "questions"],
    "questions": [
        "question",
        "reference",
        "date",
        "title",
        "asker_name",
        "addressee_name",
        "answer_date",
    ],
    "activity": ["asker", "asker_name", "party", "questions", "addressees"],
    "answer-delays": [
        "addressee",
        "addressee_name",
        "questions",
        "answered",
        "median_days",
        "unanswered",
    ],
}


@pytest.fixture(scope="module")
def records() -> list[Record]:
    files, _ = expand_inputs([str(SAMPLE_DIR)])
    return [read_document(path) for path in files]


def run(repo: EmbeddedRepo, name: str, **values: str) -> tuple[list[str], list[dict[str, str]]]:
    named = catalogue()[name]
    result = repo.query(*named.prepare(values))
    assert isinstance(result, QuerySolutions)
    columns = [v.value for v in result.variables]
    return columns, [{c: term_text(row[c]) for c in columns} for row in result]


@pytest.mark.parametrize("name", sorted(CONTRACT_COLUMNS))
def test_columns_are_the_contract_s_in_order(sample_repo: EmbeddedRepo, name: str) -> None:
    columns, rows = run(sample_repo, name)
    assert columns[: len(CONTRACT_COLUMNS[name])] == CONTRACT_COLUMNS[name]
    assert rows, name


def test_every_named_query_has_a_documented_header() -> None:
    for named in catalogue().values():
        assert named.summary and named.example.startswith("parlgraph query " + named.name)


def test_who_asks_whom_counts(sample_repo: EmbeddedRepo, records: list[Record]) -> None:
    expected = Counter(
        (a.name, d.name) for r in records for a in r.question.askers for d in r.question.addressees
    )
    _, rows = run(sample_repo, "who-asks-whom")
    assert {(r["asker_name"], r["addressee_name"]): int(r["questions"]) for r in rows} == expected


def test_answer_delays_match_the_pages(sample_repo: EmbeddedRepo, records: list[Record]) -> None:
    delays: dict[str, list[int]] = defaultdict(list)
    totals: Counter[str] = Counter()
    for record in records:
        for addressee in record.question.addressees:
            totals[addressee.name] += 1
            if record.answer and record.answer.date and record.question.date:
                days = date.fromisoformat(record.answer.date) - date.fromisoformat(
                    record.question.date
                )
                delays[addressee.name].append(days.days)
    _, rows = run(sample_repo, "answer-delays")
    assert {r["addressee_name"] for r in rows} == set(totals)
    for row in rows:
        name = row["addressee_name"]
        assert int(row["questions"]) == totals[name]
        assert int(row["answered"]) == len(delays[name])
        assert int(row["unanswered"]) == totals[name] - len(delays[name])
        if delays[name]:
            assert float(row["median_days"]) == pytest.approx(statistics.median(delays[name]))
        else:
            assert row["median_days"] == ""
    assert any(int(r["unanswered"]) > 0 for r in rows)


def test_activity_per_session(sample_repo: EmbeddedRepo, records: list[Record]) -> None:
    session = "2022-2023"
    expected = Counter(a.name for r in records if r.session == session for a in r.question.askers)
    _, rows = run(sample_repo, "activity", session=session)
    assert {r["asker_name"]: int(r["questions"]) for r in rows} == expected
    assert all(r["party"] for r in rows)


def test_questions_filters(sample_repo: EmbeddedRepo, records: list[Record]) -> None:
    galant = "https://w3id.org/parlgraph/id/person/jacqueline-galant"
    _, rows = run(sample_repo, "questions", asker=galant)
    expected = {r.reference for r in records if any(a.id == galant for a in r.question.askers)}
    assert {r["reference"] for r in rows} == expected
    _, dated = run(sample_repo, "questions", since="2023-01-01", until="2023-12-31")
    assert all("2023-01-01" <= r["date"] <= "2023-12-31" for r in dated)
    assert len(dated) == sum(
        1 for r in records if "2023-01-01" <= (r.question.date or "") <= "2023-12-31"
    )
    _, paged = run(sample_repo, "questions", limit="2", offset="1")
    _, everything = run(sample_repo, "questions")
    assert paged == everything[1:3]


def test_questions_mentioning_an_entity(sample_repo: EmbeddedRepo) -> None:
    technocite = "https://w3id.org/parlgraph/id/organisation/technocite"
    _, rows = run(sample_repo, "questions", mentions=technocite)
    assert "292 (2022-2023) 1" in {r["reference"] for r in rows}


def _wesphael_page(session: str, asked: str, answered: str) -> str:
    """A sample page (invented) rewritten as a question of Bernard Wesphael, an Ecolo deputy until
    March 2012 who sat for the Mouvement de gauche (MG) from June 2012 (reference data)."""
    text = (SAMPLE_DIR / "wq-2019-2020-87.txt").read_text(encoding="utf-8")
    for old, new in (
        ("de CORNILLIE Hervé", "de WESPHAEL Bernard"),
        ("Session : 2019-2020", f"Session : {session}"),
        ("Année : 2019", f"Année : {asked[-4:]}"),
        ("87 (2019-2020) 1", f"87 ({session}) 1"),
        ("Question écrite du 21/11/2019", f"Question écrite du {asked}"),
        ("Réponse du 17/12/2019", f"Réponse du {answered}"),
    ):
        assert old in text, old
        text = text.replace(old, new)
    return text


@pytest.fixture(scope="module")
def party_changer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedRepo]:
    """One question asked as an Ecolo deputy (2011), one as an MG deputy (2013)."""
    folder = tmp_path_factory.mktemp("party-change")
    pages = []
    for session, asked, answered in (
        ("2010-2011", "14/02/2011", "10/03/2011"),
        ("2012-2013", "14/02/2013", "10/03/2013"),
    ):
        page = folder / f"wesphael-{session}.txt"
        page.write_text(_wesphael_page(session, asked, answered), encoding="utf-8")
        pages.append(page)
    repo = EmbeddedRepo(folder / "store")
    report = Loader(repo, folder / "store").load_all(pages)
    assert report.counts[Outcome.LOADED] == 2, report.problems()
    yield repo
    repo.close()


def test_party_filter_and_activity_use_the_party_held_on_the_question_date(
    party_changer: EmbeddedRepo,
) -> None:
    """Both queries matched a party held at any time: each question counted for Ecolo and MG."""
    counts = {
        party: sum(int(r["questions"]) for r in run(party_changer, "who-asks-whom", party=party)[1])
        for party in ("Ecolo", "MG", "PS")
    }
    assert counts == {"Ecolo": 1, "MG": 1, "PS": 0}
    parties = {
        session: [r["party"] for r in run(party_changer, "activity", session=session)[1]]
        for session in ("2010-2011", "2012-2013")
    }
    assert parties == {"2010-2011": ["Ecolo"], "2012-2013": ["MG"]}


def test_mentions_are_the_records_mentions_and_pages_tile(
    sample_repo: EmbeddedRepo, records: list[Record]
) -> None:
    """`mentions` without a question, unsorted since it must stay fast at 1,000 pages: the rows
    are the mentions the pages were read with, and its pages tile the whole without overlap."""
    kinds = {"organisation", "site", "place", "programme", "project", "person"}
    expected = Counter(
        (question_iri(r), m.part, m.start, m.end, m.text)
        for r in records
        for m in r.mentions
        if m.id and m.type in kinds
    )
    _, rows = run(sample_repo, "mentions", limit="100000")
    found = Counter(
        (r["question"], r["part"], int(r["start"]), int(r["end"]), r["quote"]) for r in rows
    )
    assert set(found) == set(expected)
    pages = [run(sample_repo, "mentions", limit="97", offset=str(o))[1] for o in range(0, 2000, 97)]
    assert [row for page in pages for row in page] == rows


@pytest.mark.parametrize(
    ("header", "reason"),
    [("#+ summary: [unclosed\n", "not valid YAML (header line 1)"), ("#+ - a list\n", "mapping")],
)
def test_a_named_query_with_an_unreadable_header_names_its_file(
    tmp_path: Path, header: str, reason: str
) -> None:
    """Regression: a `.rq` whose `#+` header was malformed YAML stopped every command that
    lists the named queries with a YAML traceback naming no file."""
    path = tmp_path / "broken.rq"
    path.write_text(header + "SELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    with pytest.raises(NamedQueryFileError) as raised:
        parse_named_query(path)
    assert str(raised.value).startswith(f"{path}: ") and reason in str(raised.value)
