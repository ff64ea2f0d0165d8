"""Realistic corruptions of the seed's graph, each caught by the constraint it names.

The seed page's graph (as its load builds it) conforms; each corruption below changes it the way
a bug in a parser, an extractor or the mapping would, and the shapes must report it with the
named constraint component on the named path (or SPARQL constraint). A corruption that the
shapes let through, or that they catch for another reason, fails its case."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import FOAF, RDF, SH, XSD

from graph_api.validation import validate_graph
from loaders.mapping import record_to_graph
from loaders.process import read_document
from loaders.vocab import DCTERMS, ELI, ELI_DL, FRAPO, OA, ORG, PG, PROV, SCHEMA, TIME

PGSH = "https://w3id.org/parlgraph/shapes#"
Mutation = Callable[[Graph], object]


@pytest.fixture(scope="module")
def seed_graph(seed_path: Path) -> Graph:
    record = read_document(seed_path)
    return record_to_graph(record, loader_version="test", stored_copy="sources/ab/seed.txt")


def one(graph: Graph, kind: URIRef) -> URIRef:
    return sorted(s for s in graph.subjects(RDF.type, kind) if isinstance(s, URIRef))[0]


def first(kind: URIRef) -> Callable[[Graph], URIRef]:
    """The getter of a graph's first node of a class (by IRI)."""
    return lambda g: one(g, kind)


question = first(PG.WrittenQuestion)
answer = first(PG.Answer)
document = first(PG.SourceDocument)
amount = first(SCHEMA.MonetaryAmount)
funding = first(SCHEMA.MonetaryGrant)
annotation = first(OA.Annotation)
membership = first(ORG.Membership)


def selector(g: Graph, kind: URIRef) -> BNode:
    target = g.value(annotation(g), OA.hasTarget)
    for node in g.objects(target, OA.hasSelector):
        if (node, RDF.type, kind) in g and isinstance(node, BNode):
            return node
    raise AssertionError("no selector")


def person(g: Graph) -> URIRef:
    value = g.value(question(g), PG.askedBy)
    assert isinstance(value, URIRef)
    return value


def financed_project(g: Graph) -> URIRef:
    """The seed's Minecraft Education Academy, which project 2 of the recovery plan financed."""
    value = next(s for s in g.subjects(PG.financedBy, None) if (s, RDF.type, FRAPO.Project) in g)
    assert isinstance(value, URIRef)
    return value


def set_value(g: Graph, node: URIRef | BNode, path: URIRef, value: object) -> None:
    g.set((node, path, value if isinstance(value, URIRef | Literal) else Literal(value)))


def drop(g: Graph, node: URIRef, path: URIRef) -> None:
    g.remove((node, path, None))


@dataclass(frozen=True)
class Case:
    mutate: Mutation
    component: str  # sh:…ConstraintComponent local name, or a pgsh: SPARQL constraint's name
    path: URIRef | None = None


def typo(name: str) -> URIRef:
    """A term our namespace does not have (the closed namespace refuses to mint it)."""
    return URIRef(str(PG) + name)


def add(node: Callable[[Graph], URIRef | BNode], path: URIRef, value: object) -> Mutation:
    return lambda g: g.add(
        (node(g), path, value if isinstance(value, URIRef | Literal) else Literal(value))
    )


def put(node: Callable[[Graph], URIRef | BNode], path: URIRef, value: object) -> Mutation:
    return lambda g: set_value(g, node(g), path, value)


def remove(node: Callable[[Graph], URIRef], path: URIRef) -> Mutation:
    return lambda g: drop(g, node(g), path)


def position(g: Graph) -> BNode:
    return selector(g, OA.TextPositionSelector)


def integer(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


def organisation(g: Graph) -> URIRef:
    value = g.value(question(g), PG.parliament)
    assert isinstance(value, URIRef)
    return value


def answer_date_before_question(g: Graph) -> None:
    set_value(g, answer(g), DCTERMS.date, Literal("2022-12-01", datatype=XSD.date))


def period_reversed(g: Graph) -> None:
    node = funding(g)
    set_value(g, node, PG.periodStart, Literal("2027", datatype=XSD.gYear))
    set_value(g, node, PG.periodEnd, Literal("2021", datatype=XSD.gYear))


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


def grants(g: Graph) -> list[URIRef]:
    """The seed's funding facts, the smallest amount first."""

    def value(grant: URIRef) -> Decimal:
        money = g.value(grant, SCHEMA.amount)
        return Decimal(str(g.value(money, SCHEMA.value)))

    found = [s for s in g.subjects(RDF.type, SCHEMA.MonetaryGrant) if isinstance(s, URIRef)]
    return sorted(found, key=lambda grant: (value(grant), str(grant)))


def with_part(g: Graph) -> tuple[URIRef, URIRef]:
    """The seed's smallest grant made a part of its largest, as a "dont" clause would: (part,
    total). Corruptions of the link start from this."""
    part, total = grants(g)[0], grants(g)[-1]
    g.add((part, DCTERMS.isPartOf, total))
    return part, total


def part_larger_than_its_total(g: Graph) -> None:
    g.add((grants(g)[-1], DCTERMS.isPartOf, grants(g)[0]))


def part_in_another_currency(g: Graph) -> None:
    part, _ = with_part(g)
    money = g.value(part, SCHEMA.amount)
    assert isinstance(money, URIRef)
    set_value(g, money, SCHEMA.currency, Literal("USD"))


def part_of_two_totals(g: Graph) -> None:
    part, _ = with_part(g)
    g.add((part, DCTERMS.isPartOf, grants(g)[-2]))


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
    "currency not ISO 4217": Case(
        put(amount, SCHEMA.currency, "EURO"), "PatternConstraintComponent", SCHEMA.currency
    ),
    "currency three capitals but no ISO 4217 code": Case(
        put(amount, SCHEMA.currency, "EUE"), "CurrencyIsISO4217"
    ),
    "withdrawn currency (Belgian franc)": Case(
        put(amount, SCHEMA.currency, "BEF"), "CurrencyIsISO4217"
    ),
    "currency in lower case": Case(
        put(amount, SCHEMA.currency, "eur"), "PatternConstraintComponent", SCHEMA.currency
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
    "amount value as text": Case(
        put(amount, SCHEMA.value, "1,6 million"), "DatatypeConstraintComponent", SCHEMA.value
    ),
    "amount with two values": Case(
        add(amount, SCHEMA.value, Literal(Decimal("12"))),
        "MaxCountConstraintComponent",
        SCHEMA.value,
    ),
    "approximation outside its scheme": Case(
        put(amount, PG.approximation, PG.StatusAnswered), "InConstraintComponent", PG.approximation
    ),
    "amount without evidence": Case(
        remove(amount, PG.evidence), "MinCountConstraintComponent", PG.evidence
    ),
    "person as funded item": Case(
        lambda g: set_value(g, funding(g), SCHEMA.fundedItem, person(g)),
        "OrConstraintComponent",
        SCHEMA.fundedItem,
    ),
    "person as what finances a project": Case(
        lambda g: set_value(g, financed_project(g), PG.financedBy, person(g)),
        "OrConstraintComponent",
        PG.financedBy,
    ),
    "question as a grant's amount": Case(
        lambda g: set_value(g, funding(g), SCHEMA.amount, question(g)),
        "ClassConstraintComponent",
        SCHEMA.amount,
    ),
    "instrument outside its scheme": Case(
        put(funding, PG.instrument, typo("Donation")),
        "InConstraintComponent",
        PG.instrument,
    ),
    "instrument from another scheme": Case(
        put(funding, PG.instrument, PG.ExceptionalBudget), "InConstraintComponent", PG.instrument
    ),
    "grant without instrument": Case(
        remove(funding, PG.instrument), "MinCountConstraintComponent", PG.instrument
    ),
    "grant both lent and given": Case(
        add(funding, PG.instrument, PG.Loan), "MaxCountConstraintComponent", PG.instrument
    ),
    "period start after its end": Case(period_reversed, "PeriodInOrder"),
    "period as text": Case(
        put(funding, PG.periodStart, "2019"), "DatatypeConstraintComponent", PG.periodStart
    ),
    "part larger than its total": Case(part_larger_than_its_total, "PartWithinItsTotal"),
    "part in another currency than its total": Case(part_in_another_currency, "PartWithinItsTotal"),
    "part of itself": Case(
        lambda g: g.add((funding(g), DCTERMS.isPartOf, funding(g))), "PartWithinItsTotal"
    ),
    "part of two totals": Case(part_of_two_totals, "MaxCountConstraintComponent", DCTERMS.isPartOf),
    "part of an amount": Case(
        lambda g: g.add((funding(g), DCTERMS.isPartOf, amount(g))),
        "ClassConstraintComponent",
        DCTERMS.isPartOf,
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


def test_the_seed_graph_conforms(seed_graph: Graph) -> None:
    report = validate_graph(seed_graph)
    assert report.conforms, report.messages[:5]


@pytest.mark.parametrize("base", [with_provisional, with_part], ids=["provisional", "part"])
def test_the_base_of_a_family_of_corruptions_conforms(seed_graph: Graph, base: Mutation) -> None:
    """The seed with a provisional answer, or with a grant made a part of another, is itself
    valid: the corruptions built on it fail for what they change."""
    graph = Graph()
    for triple in seed_graph:
        graph.add(triple)
    base(graph)
    report = validate_graph(graph)
    assert report.conforms, report.messages[:5]


def test_there_are_at_least_35_corruptions() -> None:
    assert len(CASES) >= 35


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_corruption_is_caught_by_its_constraint(seed_graph: Graph, name: str) -> None:
    case = CASES[name]
    graph = Graph()
    for triple in seed_graph:
        graph.add(triple)
    case.mutate(graph)
    report = validate_graph(graph)
    assert not report.conforms, f"{name}: not caught"
    found = []
    for result in report.graph.subjects(RDF.type, SH.ValidationResult):
        component = str(report.graph.value(result, SH.sourceConstraintComponent))
        constraint = str(report.graph.value(result, SH.sourceConstraint))
        path = report.graph.value(result, SH.resultPath)
        found.append((component.rsplit("#", 1)[-1], constraint.removeprefix(PGSH), path))
    if case.component.endswith("ConstraintComponent"):
        assert any(
            c == case.component and (case.path is None or p == case.path) for c, _, p in found
        ), (name, found)
    else:
        assert any(c == "SPARQLConstraintComponent" and k == case.component for c, k, _ in found), (
            name,
            found,
        )
