"""A newer version of a question's page never loses an answer the store already holds.

When a minister answers in two steps, the Walloon page lists the provisional answer and then the
final one; a later version of the page may show the final answer only. Reloading it replaces the
document's graph, so an answer the stored graph has and the new page lacks (a provisional answer,
known by its IRI `…/provisional-{date}`) is carried into the new record as an earlier answer,
still `prov:wasDerivedFrom` the page it was read from, whose stored description comes along.
Answers dated after the new page's current answer are not carried: that page is the older one.
Mentions and facts read from a carried answer's text are not kept (they are re-read only from the
current page).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode, QuerySolutions, Triple
from rdflib import Graph, URIRef

from graph_api.repo.base import Repo, ntriples
from loaders.mapping.documents import answer_iri
from loaders.record import Answer, AnswerStatus, PersonRef, Record
from loaders.vocab import PG, PROV

STORED_ANSWERS = """
PREFIX pg: <https://w3id.org/parlgraph/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <http://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
SELECT ?answer ?status ?text ?date ?annex ?source ?role ?person ?name WHERE {
  GRAPH ?g {
    ?answer pg:answers ?q ; schema:text ?text ; prov:wasDerivedFrom ?source ;
            pg:answerStatus ?concept .
    OPTIONAL { ?answer dcterms:date ?date }
    OPTIONAL { ?answer pg:annex ?annex }
    OPTIONAL { VALUES ?role { pg:answeredBy pg:redirectedTo } ?answer ?role ?person }
  }
  ?concept skos:notation ?status .
  OPTIONAL { ?person foaf:name ?name }
}
"""
STATUSES: tuple[AnswerStatus, ...] = ("answered", "provisional", "declined", "redirected")


@dataclass
class Carried:
    """Answers carried from the stored graph, and the page each was read from."""

    answers: list[Answer] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # answer IRI -> source document IRI
    source_triples: list[Triple] = field(default_factory=list)

    def apply(self, graph: Graph) -> None:
        """Point each carried answer at the page it was read from, described as stored."""
        for iri, source in self.sources.items():
            node = URIRef(iri)
            graph.remove((node, PROV.wasDerivedFrom, None))
            graph.add((node, PROV.wasDerivedFrom, URIRef(source)))
        if self.source_triples:
            graph.parse(data=ntriples(self.source_triples), format="nt")


def _value(row: object, name: str) -> str | None:
    term = row[name]  # type: ignore[index]
    return term.value if isinstance(term, Literal | NamedNode) else None


def carry_earlier_answers(repo: Repo, graph_name: str, question: str, record: Record) -> Carried:
    """Add to `record` the stored answers of `question` its page no longer shows."""
    carried = Carried()
    if record.answer is None:
        return carried
    kept = {answer_iri(record, a) for a in [*record.earlier_answers, record.answer]}
    result = repo.query(STORED_ANSWERS, {"g": NamedNode(graph_name), "q": NamedNode(question)})
    assert isinstance(result, QuerySolutions)
    found: dict[str, tuple[Answer, str]] = {}
    for row in result:
        iri, status = _value(row, "answer"), _value(row, "status")
        if iri is None or iri in kept or status not in STATUSES:
            continue
        if iri not in found:
            answer = Answer(
                date=_value(row, "date"),
                status=status,
                text=_value(row, "text") or "",
                annex=_value(row, "annex"),
            )
            found[iri] = (answer, _value(row, "source") or "")
        person, role = _value(row, "person"), _value(row, "role")
        if person is not None:
            name = _value(row, "name") or person.rsplit("/", 1)[-1]
            ref = PersonRef(name=name, as_written=name, id=person)
            answers = found[iri][0]
            target = answers.responders if role == str(PG.answeredBy) else answers.redirected_to
            if all(p.id != person for p in target):
                target.append(ref)
    last = record.answer.date or ""
    sources: set[str] = set()
    for iri, (answer, source) in found.items():
        if (answer.date or "") > last or answer_iri(record, answer) != iri:
            continue  # a later answer (the new page is older) or one whose IRI would change
        carried.answers.append(answer)
        carried.sources[iri] = source
        sources.add(source)
    record.earlier_answers = sorted(
        [*record.earlier_answers, *carried.answers], key=lambda a: a.date or ""
    )
    uses = str(PG.usesDescription)
    carried.source_triples = [
        t
        for t in repo.triples(graph_name)
        if isinstance(t.subject, NamedNode)
        and t.subject.value in sources
        and t.predicate.value != uses
    ]
    return carried
