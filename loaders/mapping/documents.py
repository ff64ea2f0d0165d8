"""The question, its answer and the source document they were read from."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from pathlib import PurePath

from rdflib import Graph, Literal, URIRef

from loaders.ids import mint, question_key, slug
from loaders.mapping.concepts import ANSWER_STATUS, concept
from loaders.record import Answer, Record
from loaders.vocab import DCTERMS, ELI, PG, PROV, RDF, RESOURCE_TYPE, SCHEMA, XSD

PARLIAMENT_KEYS = {"Parlement de Wallonie": "wallonia", "European Parliament": "europarl"}

QUESTION_CLASSES = {
    "written_question": PG.WrittenQuestion,
    "oral_question": PG.OralQuestion,
    "interpellation": PG.Interpellation,
    "topical_question": PG.TopicalQuestion,
}
WORK_TYPES = {
    "written_question": RESOURCE_TYPE.QUEST_WRITTEN,
    "oral_question": RESOURCE_TYPE.QUEST_ORAL,
    "interpellation": RESOURCE_TYPE.QUEST_INTERPEL,
    "topical_question": RESOURCE_TYPE.QUEST_ORAL,
}


def parliament_key(record: Record) -> str:
    return PARLIAMENT_KEYS.get(record.parliament) or slug(record.parliament)


def document_key(record: Record) -> tuple[str, str, str]:
    """The question's key (`loaders.ids.question_key`): parliament, session, number-addressee."""
    addressees = record.question.addressees
    return question_key(
        parliament_key(record),
        record.session,
        record.number,
        record.doc_type,
        addressees[0].name if addressees else None,
    )


def graph_iri(record: Record) -> str:
    return mint("graph", *document_key(record))


def question_iri(record: Record) -> str:
    return mint("question", *document_key(record))


def answer_iri(record: Record, answer: Answer | None = None) -> str:
    """The IRI of `answer` (the record's current answer by default). A final answer is the
    question's `answer/{key}`; a provisional one `answer/{key}/provisional-{date}`, which it
    keeps when a final answer replaces it; an earlier final one `answer/{key}/{date}`."""
    answer = answer or record.answer
    key = document_key(record)
    if answer is None or (answer is record.answer and answer.status != "provisional"):
        return mint("answer", *key)
    if answer.status == "provisional":
        return mint("answer", *key, f"provisional-{answer.date or 'undated'}")
    return mint("answer", *key, answer.date or "undated")


def parliament_iri(record: Record) -> str:
    return mint("organisation", slug(record.parliament))


def source_document_iri(record: Record) -> str:
    if not record.sha256:
        raise ValueError("a record needs its content hash before it is mapped")
    return mint("document", record.sha256)


def _date(value: str | None) -> Literal | None:
    return Literal(value, datatype=XSD.date) if value else None


def _days_between(first: str | None, last: str | None) -> int | None:
    """Days from question to answer, stored so that delay queries need no date arithmetic
    (SPARQL engines differ on subtracting dates)."""
    if not first or not last:
        return None
    return (date.fromisoformat(last) - date.fromisoformat(first)).days


def add_documents(
    graph: Graph, record: Record, *, loader_version: str, stored_copy: str | None
) -> None:
    question = URIRef(question_iri(record))
    document = URIRef(source_document_iri(record))

    graph.add((document, RDF.type, PG.SourceDocument))
    graph.add((document, PG.sha256, Literal(record.sha256)))
    # The file's name only, and the kept copy relative to the store: the published graph never
    # shows the layout of the machine that loaded it, and survives the store being moved.
    graph.add((document, PG.localPath, Literal(PurePath(record.source).name)))
    graph.add((document, PG.loaderVersion, Literal(loader_version)))
    if record.source_iri:
        graph.add((document, DCTERMS.source, URIRef(record.source_iri)))
    if stored_copy:
        graph.add((document, PG.storedCopy, Literal(stored_copy)))

    graph.add((question, RDF.type, QUESTION_CLASSES[record.doc_type]))
    graph.add((question, ELI.work_type, WORK_TYPES[record.doc_type]))
    graph.add((question, DCTERMS.title, Literal(record.title, lang="fr")))
    graph.add((question, DCTERMS.identifier, Literal(record.reference)))
    graph.add((question, PG.number, Literal(record.number)))
    graph.add((question, PG.session, Literal(record.session)))
    graph.add((question, PG.parliament, URIRef(parliament_iri(record))))
    graph.add((question, SCHEMA.text, Literal(record.question.text, lang="fr")))
    graph.add((question, PROV.wasDerivedFrom, document))
    if record.iddoc:
        graph.add((question, PG.iddoc, Literal(record.iddoc)))
    question_date = _date(record.question.date)
    if question_date is not None:
        graph.add((question, DCTERMS.date, question_date))
    graph.add((question, PG.isAnswered, Literal(record.answer is not None)))

    if record.answer is None:
        return
    graph.add((question, PG.hasAnswer, URIRef(answer_iri(record))))
    answers = [*record.earlier_answers, record.answer]
    for answer in answers:
        _add_answer(graph, record, answer, question, document)
    # Each answer replaces the one before it (a final answer its provisional one).
    for earlier, later in pairwise(answers):
        earlier_node = URIRef(answer_iri(record, earlier))
        later_node = URIRef(answer_iri(record, later))
        graph.add((later_node, DCTERMS.replaces, earlier_node))
        graph.add((earlier_node, DCTERMS.isReplacedBy, later_node))


def _add_answer(
    graph: Graph, record: Record, answer: Answer, question: URIRef, document: URIRef
) -> None:
    node = URIRef(answer_iri(record, answer))
    graph.add((node, RDF.type, PG.Answer))
    graph.add((node, PG.answers, question))
    status = concept(ANSWER_STATUS, answer.status)
    if status is None:
        raise ValueError(f"the ontology has no answer status '{answer.status}'")
    graph.add((node, PG.answerStatus, status))
    graph.add((node, SCHEMA.text, Literal(answer.text, lang="fr")))
    graph.add((node, PROV.wasDerivedFrom, document))
    answer_date = _date(answer.date)
    if answer_date is not None:
        graph.add((node, DCTERMS.date, answer_date))
    delay = _days_between(record.question.date, answer.date)
    if delay is not None:
        graph.add((node, PG.delayDays, Literal(delay, datatype=XSD.integer)))
    if answer.annex:
        graph.add((node, PG.annex, URIRef(answer.annex)))
