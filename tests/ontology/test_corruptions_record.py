"""Corruptions of the record's questions, answers, source documents, people, memberships and
annotations, each caught by the constraint it names (`corruptions.py`)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, RDF, XSD

from loaders.vocab import DCTERMS, ELI, ELI_DL, OA, ORG, PG, PROV, SCHEMA, TIME
from tests.ontology.corruptions import (
    Case,
    Mutation,
    add,
    annotation,
    answer,
    assert_caught,
    assert_conforms,
    document,
    integer,
    membership,
    organisation,
    person,
    position,
    put,
    question,
    remove,
    selector,
    set_value,
    typo,
)


def answer_date_before_question(g: Graph) -> None:
    set_value(g, answer(g), DCTERMS.date, Literal("2022-12-01", datatype=XSD.date))


def quote_changed(g: Graph) -> None:
    set_value(g, selector(g, OA.TextQuoteSelector), OA.exact, Literal("autre chose"))


def with_provisional(g: Graph) -> tuple[URIRef, URIRef]:
    """The seed's graph as a page with a provisional answer before the final one would give it
    (docs/model.md): (provisional, final). Corruptions of the pair start from this."""
    final = answer(g)
    provisional = URIRef(f"{final}/provisional-2023-01-20")
    for predicate, value in (
        (RDF.type, PG.Answer),
        (PG.answers, question(g)),
        (ELI_DL.answers_to, question(g)),
        (PG.answerStatus, PG.StatusProvisional),
        (DCTERMS.date, Literal("2023-01-20", datatype=XSD.date)),
        (SCHEMA.text, Literal("Les chiffres sont en cours de collecte.", lang="fr")),
        (PROV.wasDerivedFrom, document(g)),
        (DCTERMS.isReplacedBy, final),
    ):
        g.add((provisional, predicate, value))
    g.add((final, DCTERMS.replaces, provisional))
    return provisional, final


def provisional_still_current(g: Graph) -> None:
    provisional, _ = with_provisional(g)
    g.add((question(g), PG.hasAnswer, provisional))


def provisional_not_replaced(g: Graph) -> None:
    provisional, final = with_provisional(g)
    g.remove((provisional, DCTERMS.isReplacedBy, None))
    g.remove((final, DCTERMS.replaces, None))


def replacement_without_its_inverse(g: Graph) -> None:
    provisional, _ = with_provisional(g)
    set_value(g, provisional, DCTERMS.isReplacedBy, URIRef(f"{provisional}-other"))
    g.add((URIRef(f"{provisional}-other"), RDF.type, PG.Answer))


def final_dated_before_provisional(g: Graph) -> None:
    provisional, _ = with_provisional(g)
    set_value(g, provisional, DCTERMS.date, Literal("2023-03-01", datatype=XSD.date))


def closed_interval(g: Graph) -> URIRef:
    """The first dated spell with an end (a finished legislature's seat, a past post)."""
    return sorted(s for s in g.subjects(TIME.hasEnd, None) if (s, RDF.type, TIME.Interval) in g)[0]  # type: ignore[return-value]


def interval_ends_before_it_begins(g: Graph) -> None:
    """The end's instant moved before the beginning (as a day/month swap in a source would)."""
    end = g.value(closed_interval(g), TIME.hasEnd)
    assert isinstance(end, URIRef)
    set_value(g, end, TIME.inXSDDate, Literal("1990-01-01", datatype=XSD.date))


def second_interval(g: Graph) -> None:
    other = next(
        i for i in g.subjects(RDF.type, TIME.Interval) if (membership(g), None, i) not in g
    )
    g.add((membership(g), ORG.memberDuring, other))


def end_beyond_text(g: Graph) -> None:
    set_value(g, position(g), OA.end, integer(10**6))


CASES: dict[str, Case] = {
    "misspelled predicate on a question": Case(
        add(question, typo("titel"), "x"), "ClosedConstraintComponent"
    ),
    "misspelled predicate on an answer": Case(
        add(
            answer,
            typo("answeredby"),
            person_iri := URIRef("https://w3id.org/parlgraph/id/person/x"),
        ),
        "ClosedConstraintComponent",
    ),
    "misspelled predicate on a source document": Case(
        add(document, typo("sha265"), "0" * 64), "ClosedConstraintComponent"
    ),
    "foreign predicate on a question": Case(
        add(question, SCHEMA.author, person_iri), "ClosedConstraintComponent"
    ),
    "question without title": Case(
        remove(question, DCTERMS.title), "MinCountConstraintComponent", DCTERMS.title
    ),
    "title without language": Case(
        put(question, DCTERMS.title, Literal("Sans langue")),
        "DatatypeConstraintComponent",
        DCTERMS.title,
    ),
    "two French titles": Case(
        add(question, DCTERMS.title, Literal("Autre titre", lang="fr")),
        "UniqueLangConstraintComponent",
        DCTERMS.title,
    ),
    "question date as text": Case(
        put(question, DCTERMS.date, Literal("16/01/2023")),
        "DatatypeConstraintComponent",
        DCTERMS.date,
    ),
    "question without number": Case(
        remove(question, PG.number), "MinCountConstraintComponent", PG.number
    ),
    "question without asker": Case(
        remove(question, PG.askedBy), "MinCountConstraintComponent", PG.askedBy
    ),
    "organisation as asker": Case(
        put(question, PG.askedBy, URIRef("https://w3id.org/parlgraph/id/organisation/technocite")),
        "ClassConstraintComponent",
        PG.askedBy,
    ),
    "person as parliament": Case(
        lambda g: set_value(g, question(g), PG.parliament, person(g)),
        "ClassConstraintComponent",
        PG.parliament,
    ),
    "work type as text": Case(
        put(question, ELI.work_type, Literal("QUEST_WRITTEN")),
        "NodeKindConstraintComponent",
        ELI.work_type,
    ),
    "question without source": Case(
        remove(question, PROV.wasDerivedFrom),
        "MinCountConstraintComponent",
        PROV.wasDerivedFrom,
    ),
    "iddoc not digits": Case(
        put(question, PG.iddoc, Literal("117629a")), "PatternConstraintComponent", PG.iddoc
    ),
    "answered flag false beside an answer": Case(
        put(question, PG.isAnswered, Literal(False)), "IsAnsweredMatchesAnswers"
    ),
    "answered flag true without an answer": Case(
        remove(question, PG.hasAnswer), "IsAnsweredMatchesAnswers"
    ),
    "answer dated before its question": Case(
        answer_date_before_question, "AnswerNotBeforeQuestion"
    ),
    "provisional answer still the current one": Case(
        provisional_still_current, "MaxCountConstraintComponent", PG.hasAnswer
    ),
    "provisional answer neither current nor replaced": Case(
        provisional_not_replaced, "AnswerCurrentOrReplaced"
    ),
    "replaced by an answer that does not replace it": Case(
        replacement_without_its_inverse, "ReplacementInOrder"
    ),
    "final answer dated before the provisional one": Case(
        final_dated_before_provisional, "ReplacementInOrder"
    ),
    "answer replaced by a person": Case(
        lambda g: set_value(g, with_provisional(g)[0], DCTERMS.isReplacedBy, person(g)),
        "ClassConstraintComponent",
        DCTERMS.isReplacedBy,
    ),
    "negative delay": Case(
        put(answer, PG.delayDays, integer(-3)), "MinInclusiveConstraintComponent", PG.delayDays
    ),
    "unknown answer status": Case(
        put(answer, PG.answerStatus, PG.Exact), "InConstraintComponent", PG.answerStatus
    ),
    "answer of a person": Case(
        lambda g: set_value(g, answer(g), PG.answers, person(g)),
        "InConstraintComponent",
        None,
    ),
    "answer without its ELI-DL link": Case(
        remove(answer, ELI_DL.answers_to), "MinCountConstraintComponent", ELI_DL.answers_to
    ),
    "person as responder's creator": Case(
        lambda g: g.add((answer(g), DCTERMS.creator, organisation(g))),
        "ClassConstraintComponent",
        DCTERMS.creator,
    ),
    "hash not hexadecimal": Case(
        put(document, PG.sha256, "XYZ"), "PatternConstraintComponent", PG.sha256
    ),
    "absolute local path": Case(
        put(document, PG.localPath, "/home/someone/pages/seed.txt"),
        "PatternConstraintComponent",
        PG.localPath,
    ),
    "absolute stored copy": Case(
        put(document, PG.storedCopy, "/srv/store/sources/ab/seed.txt"),
        "PatternConstraintComponent",
        PG.storedCopy,
    ),
    "person without name": Case(
        remove(person, FOAF.name), "MinCountConstraintComponent", FOAF.name
    ),
    "membership without dates": Case(
        remove(membership, ORG.memberDuring), "MinCountConstraintComponent", ORG.memberDuring
    ),
    "membership dated by a text": Case(
        put(membership, ORG.memberDuring, "2019-2024"),
        "ClassConstraintComponent",
        ORG.memberDuring,
    ),
    "membership with two spells": Case(
        second_interval, "MaxCountConstraintComponent", ORG.memberDuring
    ),
    "membership without its reference file": Case(
        remove(membership, PROV.wasDerivedFrom),
        "MinCountConstraintComponent",
        PROV.wasDerivedFrom,
    ),
    "organisation presented as read from the page": Case(
        lambda g: set_value(g, organisation(g), PROV.wasDerivedFrom, document(g)),
        "ClassConstraintComponent",
        PROV.wasDerivedFrom,
    ),
    "membership without role": Case(
        remove(membership, ORG.role), "MinCountConstraintComponent", ORG.role
    ),
    "interval ending before it begins": Case(interval_ends_before_it_begins, "IntervalInOrder"),
    "interval without beginning": Case(
        remove(closed_interval, TIME.hasBeginning),
        "MinCountConstraintComponent",
        TIME.hasBeginning,
    ),
    "instant dated by a year": Case(
        lambda g: set_value(
            g,
            g.value(closed_interval(g), TIME.hasBeginning),  # type: ignore[arg-type]
            TIME.inXSDDate,
            Literal("2019", datatype=XSD.gYear),
        ),
        "DatatypeConstraintComponent",
        TIME.inXSDDate,
    ),
    "confidence above one": Case(
        put(annotation, PG.confidence, Literal(Decimal("1.5"))),
        "MaxInclusiveConstraintComponent",
        PG.confidence,
    ),
    "annotation without body": Case(
        remove(annotation, OA.hasBody), "MinCountConstraintComponent", OA.hasBody
    ),
    "quote that is not the text": Case(quote_changed, "QuoteIsTheText"),
    "span ending past the text": Case(end_beyond_text, "OffsetsInsideText"),
    "span starting at its end": Case(
        lambda g: set_value(g, position(g), OA.start, g.value(position(g), OA.end)),
        "LessThanConstraintComponent",
        OA.start,
    ),
    "negative offset": Case(
        put(position, OA.start, integer(-1)), "MinInclusiveConstraintComponent", OA.start
    ),
}


@pytest.mark.parametrize("base", [with_provisional], ids=["provisional"])
def test_the_base_of_a_family_of_corruptions_conforms(seed_graph: Graph, base: Mutation) -> None:
    """The seed with a provisional answer is itself valid: the corruptions built on it fail for
    what they change."""
    assert_conforms(seed_graph, base)


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_corruption_is_caught_by_its_constraint(seed_graph: Graph, name: str) -> None:
    assert_caught(seed_graph, name, CASES[name])
