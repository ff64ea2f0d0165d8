"""Who may take a question's graph: the same question's page changed, or another document?

A document's graph is named by its question's key (session, number, addressee). When a new file
claims a key the store already holds with other bytes, it is either the same question's page
saved again or changed (a corrected title, an answer added: it replaces the graph), or another
document that claims the same key (a misprinted number, a page of another question): a conflict,
which never replaces anything. The two are told apart by what identifies a question beyond its
key, read from the stored graph:

- both carry the parliament's document id (`pg:iddoc`): the same question iff the ids are equal;
- otherwise: the same question iff it was asked on the same date by the same persons.

And the same question's page never goes backwards: a copy whose question or answer text is a
strict beginning of the stored one, or that lacks the stored answer, is a cut (or older) copy.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode, QuerySolutions

from graph_api.repo.base import Repo
from loaders.record import Record

STORED_QUERY = """
PREFIX pg: <https://w3id.org/parlgraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <http://schema.org/>
SELECT ?iddoc ?date ?question_text ?answer_text ?asker WHERE {
  GRAPH ?g {
    ?q schema:text ?question_text .
    OPTIONAL { ?q pg:askedBy ?asker }
    OPTIONAL { ?q pg:iddoc ?iddoc }
    OPTIONAL { ?q dcterms:date ?date }
    OPTIONAL { ?q pg:hasAnswer ?a . ?a schema:text ?answer_text }
  }
}
"""


@dataclass
class StoredQuestion:
    """What the store holds about the question in one graph: enough to recognise it again."""

    iddoc: str | None = None
    date: str | None = None
    question_text: str = ""
    answer_text: str | None = None
    askers: set[str] = field(default_factory=set)


def stored_question(repo: Repo, graph: str, question: str) -> StoredQuestion | None:
    result = repo.query(STORED_QUERY, {"g": NamedNode(graph), "q": NamedNode(question)})
    assert isinstance(result, QuerySolutions)
    stored: StoredQuestion | None = None
    for row in result:
        stored = stored or StoredQuestion()
        values = {name: row[name] for name in ("iddoc", "date", "question_text", "answer_text")}
        text = {k: v.value for k, v in values.items() if isinstance(v, Literal)}
        stored.iddoc = text.get("iddoc", stored.iddoc)
        stored.date = text.get("date", stored.date)
        stored.question_text = text.get("question_text", stored.question_text)
        stored.answer_text = text.get("answer_text", stored.answer_text)
        asker = row["asker"]
        if isinstance(asker, NamedNode):
            stored.askers.add(asker.value)
    return stored


def conflict(stored: StoredQuestion, record: Record) -> str | None:
    """Why `record` is another document than the stored question, or None when it is the same."""
    if stored.iddoc and record.iddoc:
        if stored.iddoc == record.iddoc:
            return None
        return f"the stored question has iddoc {stored.iddoc}, this page iddoc {record.iddoc}"
    askers = {p.id for p in record.question.askers if p.id}
    if stored.date != record.question.date:
        return f"the stored question was asked on {stored.date}, this one on {record.question.date}"
    if stored.askers != askers:
        return "the stored question was asked by " + (
            f"{', '.join(sorted(stored.askers))}, this one by {', '.join(sorted(askers))}"
        )
    return None


def _cut(stored: str, new: str) -> bool:
    """`new` is a strict beginning of `stored`, spaces aside (a cut may fall mid-word)."""
    whole, part = " ".join(stored.split()), " ".join(new.split())
    return len(part) < len(whole) and whole.startswith(part)


def goes_backwards(stored: StoredQuestion, record: Record) -> str | None:
    """Why `record` looks like a cut or older copy of the stored page, or None."""
    if _cut(stored.question_text, record.question.text):
        return "its question text is the beginning of the stored one"
    if stored.answer_text is None:
        return None
    if record.answer is None:
        return "the stored version of this question has an answer this page lacks"
    if _cut(stored.answer_text, record.answer.text):
        return "its answer text is the beginning of the stored one"
    return None
