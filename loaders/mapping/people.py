"""What the reference data says of a person, as triples: dated seats, parties and posts.

Every membership (a deputy's seat, a party, a government post) is an `org:Membership` whose
`org:memberDuring` is a `time:Interval` with `time:Instant` ends, so "who held this post on that
day" is one query over dated memberships instead of an undated `org:heldBy` that shows two holders
at once. These functions return triples and store nothing: which graph holds shared descriptions
is the caller's choice. Instants and intervals are keyed by their dates, so every deputy of a
legislature shares one interval and reloading adds no duplicate.
"""

from __future__ import annotations

from functools import cache

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from loaders.ids import mint, slug
from loaders.mapping.entities import describe_organisation, describe_person
from loaders.mapping.provenance import cited_sources, derived_from_files, reference_data
from loaders.reference.person_files import Span
from loaders.reference.persons import Dated, KnownPerson, PersonRegistry, post_iri
from loaders.vocab import DCTERMS, ELI_DL, ORG, PG, PROV, RDF, RDFS, SKOS, TIME, XSD

Triple = tuple[Node, Node, Node]
GROUP = "persons"  # the persons' reference files: `reference/persons/{file}` nodes
GOVERNMENTS = {"wallonia": "Gouvernement wallon"}


def government_iri(parliament: str) -> str | None:
    name = GOVERNMENTS.get(parliament)
    return mint("organisation", slug(name)) if name else None


def organisation_triples(iri: str, label: str, classification: str) -> list[Triple]:
    """The shared description of a party or government, as every other mapping writes it."""
    graph = Graph()
    describe_organisation(graph, iri, label, classification)
    return list(graph)


def _instant(day: str, approximate: bool) -> tuple[URIRef, list[Triple]]:
    node = URIRef(mint("instant", f"{day}-about" if approximate else day))
    triples: list[Triple] = [
        (node, RDF.type, TIME.Instant),
        (node, TIME.inXSDDate, Literal(day, datatype=XSD.date)),
        *_from_reference(node),
    ]
    if approximate:
        triples.append((node, PG.approximate, Literal(True)))
    return node, triples


def interval_triples(span: Span) -> tuple[URIRef, list[Triple]]:
    """A time:Interval keyed by its ends; an open end (still running) has no time:hasEnd."""
    start, triples = _instant(span.start, span.start_approx)
    end_key = "open"
    if span.end is not None:
        end, end_triples = _instant(span.end, span.end_approx)
        end_key = _last(end)
        triples += end_triples
    node = URIRef(mint("interval", f"{_last(start)}--{end_key}"))
    triples += [(node, RDF.type, TIME.Interval), (node, TIME.hasBeginning, start)]
    triples += _from_reference(node)
    if span.end is not None:
        triples.append((node, TIME.hasEnd, end))
    return node, triples


def _last(iri: URIRef) -> str:
    return str(iri).rsplit("/", 1)[1]


def _provenance(registry: PersonRegistry, node: URIRef, fact: Dated) -> list[Triple]:
    """The reference file a fact was read from, and the public sources that file cites for it."""
    return derived_from_files(node, GROUP, fact.files) + cited_sources(
        node, (registry.sources[key] for key in fact.sources)
    )


def _from_reference(node: URIRef) -> list[Triple]:
    """Dates and roles are keyed by their values and shared by facts of several files: they
    are derived from the persons' reference data as a whole."""
    whole, triples = reference_data(GROUP)
    return [(node, PROV.wasDerivedFrom, whole), *triples]


@cache
def _post_origins(registry: PersonRegistry) -> dict[str, tuple[set[str], set[str]]]:
    """Every title the reference data gives a post, with the files and sources that give it."""
    origins: dict[str, tuple[set[str], set[str]]] = {}
    for person in registry.persons.values():
        for fact in person.posts:
            files, sources = origins.setdefault(fact.title, (set(), set()))
            files.update(fact.files)
            sources.update(fact.sources)
    return origins


def _membership(
    registry: PersonRegistry,
    node: URIRef,
    person: URIRef,
    organisation: URIRef,
    role: URIRef,
    fact: Dated,
) -> list[Triple]:
    interval, triples = interval_triples(fact.span)
    return [
        *triples,
        (node, RDF.type, ORG.Membership),
        (node, ORG.member, person),
        (node, ORG.organization, organisation),
        (node, ORG.role, role),
        (node, ORG.memberDuring, interval),
        *_provenance(registry, node, fact),
    ]


def _since(fact: Dated, first_day: str) -> str:
    """Key suffix for a period that does not start on its natural first day (a replacement)."""
    return "" if fact.span.start == first_day else f"-from-{fact.span.start}"


def mandate_iri(parliament: str, person: KnownPerson, fact: Dated, registry: PersonRegistry) -> str:
    legislature = registry.legislatures[fact.legislature or ""]
    return mint(
        "mandate",
        parliament,
        legislature.key,
        person.key + _since(fact, legislature.span.start),
    )


def legislature_triples(
    registry: PersonRegistry, parliament: str, key: str, parliament_iri: str
) -> tuple[URIRef, list[Triple]]:
    """The legislature as a resource: an ELI-DL parliamentary term of that parliament."""
    legislature = registry.legislatures[key]
    node = URIRef(mint("legislature", parliament, key))
    interval, triples = interval_triples(legislature.span)
    return node, [
        *triples,
        (node, RDF.type, ELI_DL.ParliamentaryTerm),
        (node, SKOS.prefLabel, Literal(legislature.label, lang="fr")),
        (node, DCTERMS.isPartOf, URIRef(parliament_iri)),
        (node, DCTERMS.temporal, interval),
        *derived_from_files(node, GROUP, ["legislatures.csv"]),
        *cited_sources(node, (registry.sources[key] for key in legislature.sources)),
    ]


def post_role_iri(parliament: str, title: str) -> str:
    return mint("role", parliament, _last(URIRef(post_iri(parliament, title))))


def post_triples(
    registry: PersonRegistry, parliament: str, title: str, government: str | None
) -> list[Triple]:
    """A post and the role its holders' memberships carry (one role per post, a narrower
    pg:MinisterRole), so the holders of a post are the memberships with its role. A title the
    reference data gives is derived from the files giving it; a printed title it lacks from
    nothing but the pages that print it."""
    node = URIRef(post_iri(parliament, title))
    role = URIRef(post_role_iri(parliament, title))
    triples: list[Triple] = [
        (node, RDF.type, ORG.Post),
        (node, SKOS.prefLabel, Literal(title, lang="fr")),
        (node, ORG.role, role),
        (role, RDF.type, ORG.Role),
        (role, RDF.type, SKOS.Concept),
        (role, SKOS.prefLabel, Literal(title, lang="fr")),
        (role, SKOS.broader, PG.MinisterRole),
    ]
    if government:
        triples.append((node, ORG.postIn, URIRef(government)))
    origin = _post_origins(registry).get(title)
    if origin is not None:
        files, sources = origin
        for described in (node, role):
            triples += derived_from_files(described, GROUP, files)
            triples += cited_sources(described, (registry.sources[key] for key in sources))
    return triples


def person_triples(
    registry: PersonRegistry, person: KnownPerson, parliament: str, parliament_iri: str
) -> list[Triple]:
    """Everything the reference data dates for one person: seats, parties, posts."""
    node = URIRef(mint("person", person.key))
    graph = Graph()
    describe_person(graph, str(node), person.name, person.as_listed)
    triples: list[Triple] = [*graph, (node, PG.referenceId, Literal(person.ref_id))]
    facts = [*person.mandates, *person.parties, *person.posts]
    triples += derived_from_files(node, GROUP, (f for fact in facts for f in fact.files))
    triples += cited_sources(
        node, (registry.sources[key] for fact in facts for key in fact.sources)
    )
    for fact in person.mandates:
        term, term_triples = legislature_triples(
            registry, parliament, fact.legislature or "", parliament_iri
        )
        seat = URIRef(mandate_iri(parliament, person, fact, registry))
        triples += term_triples
        triples += _membership(registry, seat, node, URIRef(parliament_iri), PG.DeputyRole, fact)
        triples += [
            (seat, ELI_DL.parliamentary_term, term),
            (seat, PG.legislature, Literal(fact.legislature or "")),
        ]
    first_spell: dict[str, str] = {}
    for fact in person.parties:
        party = registry.parties[fact.party or ""]
        party_iri = mint("party", slug(party.short))
        first = first_spell.setdefault(party.key, fact.span.start)
        spell = URIRef(mint("membership", slug(party.short), person.key + _since(fact, first)))
        triples += organisation_triples(party_iri, party.short, "party")
        triples += derived_from_files(URIRef(party_iri), GROUP, ["parties.csv"])
        triples += cited_sources(URIRef(party_iri), (registry.sources[k] for k in party.sources))
        triples += _membership(registry, spell, node, URIRef(party_iri), PG.PartyMemberRole, fact)
    government = government_iri(parliament)
    if government and person.posts:
        triples += organisation_triples(government, GOVERNMENTS[parliament], "government")
    for fact in person.posts:
        cabinet = registry.governments[fact.government or ""]
        since = _since(fact, cabinet.span.start)
        held = URIRef(mint("membership", parliament, cabinet.key, person.key + since))
        organisation = URIRef(government) if government else URIRef(parliament_iri)
        role = URIRef(post_role_iri(parliament, fact.title))
        triples += post_triples(registry, parliament, fact.title, government)
        triples += _membership(registry, held, node, organisation, role, fact)
        triples.append((held, RDFS.label, Literal(f"{person.name}, {cabinet.label}", lang="fr")))
    return triples
