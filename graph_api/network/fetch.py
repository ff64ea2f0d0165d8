"""What the network is made of, read from the store through SPARQL (never from source files).

Three queries (in `sparql/`): one row per question, asker and addressee; the names, posts and
parties of the actors; what each question or its answer mentions. The period is bound in SPARQL
as typed dates; the other filters are applied in Python on these rows, one code path for every
view.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pyoxigraph import Literal, NamedNode, QuerySolutions

from graph_api.formats import term_text
from graph_api.repo.base import Repo, Term, bind_values

SPARQL_DIR = Path(__file__).parent / "sparql"
XSD_DATE = NamedNode("http://www.w3.org/2001/XMLSchema#date")


@dataclass(frozen=True)
class Asking:
    """One question from one asker to one addressee (a question with two askers is two), with
    the parties (IRIs) each was a member of on the question's date."""

    question: str
    reference: str
    title: str
    date: str
    session: str
    asker: str
    addressee: str
    post: str
    answered: bool
    delay: int | None
    asker_parties: tuple[str, ...]
    addressee_parties: tuple[str, ...]


@dataclass(frozen=True, order=True)
class Mention:
    question: str
    entity: str
    kind: str
    label: str


@dataclass(frozen=True)
class Spell:
    """A party membership: its first and last days (ISO dates; `until` "" while it runs)."""

    party: str
    since: str
    until: str

    def covers(self, day: str) -> bool:
        return self.since <= day and (not self.until or day <= self.until)


@dataclass
class Corpus:
    """Everything the views are built from, for one period."""

    askings: list[Asking]
    mentions: list[Mention]
    labels: dict[str, str]

    def party_names(self, parties: Iterable[str]) -> str:
        """The parties' short names, in order: a person in two parties over the days of a
        selection (cdH then Les Engagés) shows both, so nothing is picked silently."""
        return " / ".join(sorted({self.labels.get(party, party) for party in parties}))


Rows = list[dict[str, str]]
# Runs a SELECT whose parameters are already bound, and gives each row's cells as text (an
# unbound cell is ""): the CLI runs it on a Repo, the service through its query engine.
Select = Callable[[str], Rows]


def repo_select(repo: Repo) -> Select:
    def select(text: str) -> Rows:
        result = repo.query(text)
        assert isinstance(result, QuerySolutions)
        columns = [variable.value for variable in result.variables]
        return [{column: term_text(row[column]) for column in columns} for row in result]

    return select


def json_select(run: Callable[[str], bytes]) -> Select:
    """A Select over anything answering SPARQL 1.1 Query Results JSON."""

    def select(text: str) -> Rows:
        answer = json.loads(run(text))
        columns = answer["head"]["vars"]
        return [
            {column: str(row.get(column, {}).get("value", "")) for column in columns}
            for row in answer["results"]["bindings"]
        ]

    return select


def _rows(select: Select, name: str, bindings: dict[str, Term]) -> Rows:
    text = (SPARQL_DIR / f"{name}.rq").read_text(encoding="utf-8")
    return select(bind_values(text, bindings))


def period_bindings(since: date | None, until: date | None) -> dict[str, Term]:
    bindings: dict[str, Term] = {}
    if since is not None:
        bindings["since"] = Literal(since.isoformat(), datatype=XSD_DATE)
    if until is not None:
        bindings["until"] = Literal(until.isoformat(), datatype=XSD_DATE)
    return bindings


def held_on(spells: list[Spell], day: str) -> tuple[str, ...]:
    """The parties of these spells on that day; all of them for an undated question."""
    return tuple(sorted({spell.party for spell in spells if not day or spell.covers(day)}))


def fetch(select: Select, since: date | None = None, until: date | None = None) -> Corpus:
    bindings = period_bindings(since, until)
    labels: dict[str, str] = {}
    spells: dict[str, list[Spell]] = defaultdict(list)
    for row in _rows(select, "actors", {}):
        # The union may name a thing twice (two spellings in two graphs): the first in order wins.
        labels[row["node"]] = min(row["label"], labels.get(row["node"], row["label"]))
        if row["party"]:
            spells[row["node"]].append(Spell(row["party"], row["from"], row["to"]))
    askings = sorted(
        (
            Asking(
                question=row["question"],
                reference=row["reference"],
                title=row["title"],
                date=row["date"],
                session=row["session"],
                asker=row["asker"],
                addressee=row["addressee"],
                post=row["post"],
                answered=bool(row["answer"]),
                delay=int(row["delay"]) if row["delay"] else None,
                asker_parties=held_on(spells[row["asker"]], row["date"]),
                addressee_parties=held_on(spells[row["addressee"]], row["date"]),
            )
            for row in _rows(select, "questions", bindings)
        ),
        key=lambda asking: (asking.date, asking.question, asking.asker, asking.addressee),
    )
    mentions = sorted(
        Mention(row["question"], row["entity"], row["kind"], row["label"] or row["entity"])
        for row in _rows(select, "mentions", bindings)
    )
    return Corpus(askings=askings, mentions=mentions, labels=labels)
