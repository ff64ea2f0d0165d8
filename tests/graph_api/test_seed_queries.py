"""SPARQL over the loaded founding document: the facts a person reads on the page."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import QuerySolutions

from graph_api.formats import term_text
from graph_api.pipeline import Loader
from graph_api.queries import catalogue
from graph_api.repo.embedded import EmbeddedRepo

PREFIXES = """
PREFIX pg: <https://w3id.org/parlgraph/ontology#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


def rows(repo: EmbeddedRepo, query: str) -> list[dict[str, str]]:
    result = repo.query(PREFIXES + query)
    assert isinstance(result, QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: term_text(row[n]) for n in names} for row in result]


@pytest.fixture
def seeded(loader: Loader, repo: EmbeddedRepo, seed_path: Path) -> EmbeddedRepo:
    loader.load_file(seed_path)
    return repo


def test_galant_asks_borsus_one_question(seeded: EmbeddedRepo) -> None:
    named = catalogue()["who-asks-whom"]
    result = seeded.query(*named.prepare({}))
    assert isinstance(result, QuerySolutions)
    found = [
        (term_text(r["asker_name"]), term_text(r["addressee_name"]), term_text(r["questions"]))
        for r in result
    ]
    assert found == [("Jacqueline Galant", "Willy Borsus", "1")]


def test_question_date_session_number_and_answer(seeded: EmbeddedRepo) -> None:
    found = rows(
        seeded,
        """SELECT ?date ?session ?number ?answerDate ?responder WHERE {
             ?q pg:askedBy/foaf:name "Jacqueline Galant" ; dcterms:date ?date ;
                pg:session ?session ; pg:number ?number ; pg:hasAnswer ?a .
             ?a dcterms:date ?answerDate ; pg:answeredBy/foaf:name ?responder }""",
    )
    assert found == [
        {
            "date": "2023-01-16",
            "session": "2022-2023",
            "number": "292",
            "answerDate": "2023-02-02",
            "responder": "Willy Borsus",
        }
    ]


def test_borsus_post_carries_the_full_printed_title(seeded: EmbeddedRepo) -> None:
    found = rows(
        seeded,
        """SELECT ?title WHERE { ?q pg:addresseePost ?post ;
             pg:addressedTo/foaf:name "Willy Borsus" . ?post skos:prefLabel ?title }""",
    )
    assert [r["title"] for r in found] == [
        "Ministre de l'Economie, du Commerce extérieur, de la Recherche et de l'Innovation, "
        "du Numérique, de l'Aménagement du territoire, de l'Agriculture, de l'IFAPME et des "
        "Centres de compétences"
    ]


def test_asker_is_linked_to_her_mandate_and_party(seeded: EmbeddedRepo) -> None:
    found = rows(
        seeded,
        """SELECT ?legislature ?party WHERE { ?q pg:askerMandate ?m .
             ?m org:member/foaf:name "Jacqueline Galant" ; pg:legislature ?legislature .
             ?pm org:member ?p ; org:organization/skos:prefLabel ?party .
             ?p foaf:name "Jacqueline Galant" .
             ?pm org:organization/org:classification pg:PoliticalParty }""",
    )
    assert found == [{"legislature": "2019-2024", "party": "MR"}]


def test_parameters_are_typed_and_filter(seeded: EmbeddedRepo) -> None:
    named = catalogue()["who-asks-whom"]
    for values, expected in (
        ({"since": "2023-01-17"}, 0),
        ({"until": "2023-01-16"}, 1),
        ({"party": "mr"}, 1),
        ({"party": "PS"}, 0),
    ):
        result = seeded.query(*named.prepare(values))
        assert isinstance(result, QuerySolutions)
        assert len(list(result)) == expected, values


def run_named(repo: EmbeddedRepo, name: str, **values: str) -> list[dict[str, str]]:
    named = catalogue()[name]
    result = repo.query(*named.prepare(values))
    assert isinstance(result, QuerySolutions)
    columns = [v.value for v in result.variables]
    return [{c: term_text(row[c]) for c in columns} for row in result]


TECHNOCITE = "https://w3id.org/parlgraph/id/organisation/technocite"
TECHNOCITE_MONS = "https://w3id.org/parlgraph/id/site/technocite-mons"
PNRR = "https://w3id.org/parlgraph/id/programme/pnrr"
GOVERNMENT = "https://w3id.org/parlgraph/id/organisation/gouvernement-wallon"
UE = "https://w3id.org/parlgraph/id/organisation/union-europeenne"


def test_the_seed_gives_exactly_four_funding_facts(seeded: EmbeddedRepo) -> None:
    """The 1,597,000 EUR went to the Mons site (the text says what they paid for there); the
    minister's "j'ai pu dégager" names his government as the funder of the 1.6 million, and
    the PNRR grant is "financé par l'Union européenne"; the first two name no giver. The kinds
    of budget are the text's: structural, complementary, exceptional."""
    found = {
        (
            r["recipient"],
            float(r["amount_eur"]),
            r["approximation"],
            r["period_start"],
            r["period_end"],
            r["programme"],
            r["funder"],
            r["budget"],
        )
        for r in run_named(seeded, "funding")
    }
    assert found == {
        (TECHNOCITE, 9_000_000.0, "about", "2019", "2023", "", "", "structural"),
        (TECHNOCITE, 1_200_000.0, "about", "2019", "2023", "", "", ""),
        (TECHNOCITE, 1_600_000.0, "more_than", "2019", "2022", "", GOVERNMENT, "complementary"),
        (TECHNOCITE_MONS, 1_597_000.0, "about", "", "", PNRR, UE, "exceptional"),
    }


def test_funding_names_the_funder(seeded: EmbeddedRepo) -> None:
    names = {r["funder_name"] for r in run_named(seeded, "funding") if r["funder"]}
    assert names == {"Gouvernement wallon", "Union européenne"}
    columns = list(run_named(seeded, "funding")[0])
    assert columns[columns.index("quote") + 1 : columns.index("quote") + 3] == [
        "funder",
        "funder_name",
    ]


def test_funding_quotes_are_the_sentences_of_the_answer(seeded: EmbeddedRepo) -> None:
    answer = rows(seeded, "SELECT ?t WHERE { ?a a pg:Answer ; <http://schema.org/text> ?t }")
    text = answer[0]["t"]
    for row in run_named(seeded, "funding", recipient=TECHNOCITE):
        assert row["quote"] in text
        assert row["recipient_name"] == "Technocité"
    by_programme = run_named(seeded, "funding", programme=PNRR)
    assert [float(r["amount_eur"]) for r in by_programme] == [1_597_000.0]
    assert "1,597 million" in by_programme[0]["quote"]


def test_programmes_list_the_prw_projects_and_the_pnrr(seeded: EmbeddedRepo) -> None:
    rows_ = {r["programme"].rsplit("/id/", 1)[1]: r for r in run_named(seeded, "programmes")}
    assert rows_["programme/prw"]["level"] == "regional"
    for number in ("2", "22", "23", "6"):
        project = rows_[f"project/prw/{number}"]
        assert project["parent"].endswith("/programme/prw")
        assert project["project_title"]
    assert rows_["programme/pnrr"]["level"] == "national"
    assert rows_["programme/pnrr"]["parent"].endswith("/programme/rrf")
    assert rows_["programme/rrf"]["level"] == "eu"
    assert float(rows_["programme/pnrr"]["funding_total_eur"]) == 1_597_000.0


def test_mentions_point_to_their_exact_words(seeded: EmbeddedRepo) -> None:
    question = "https://w3id.org/parlgraph/id/question/wallonia/2022-2023/292-willy-borsus"
    found = run_named(seeded, "mentions", question=question)
    texts = {
        part: rows(seeded, f"SELECT ?t WHERE {{ {sel} <http://schema.org/text> ?t }}")[0]["t"]
        for part, sel in (
            ("question", f"<{question}>"),
            ("answer", f"<{question}> pg:hasAnswer ?a . ?a"),
        )
    }
    assert found
    for row in found:
        assert texts[row["part"]][int(row["start"]) : int(row["end"])] == row["quote"]
    kinds = {(r["entity_type"], r["label"]) for r in found}
    for expected in (
        ("organisation", "Technocité"),
        ("organisation", "IFAPME"),
        ("organisation", "Commission européenne"),
        ("place", "Hornu"),
        ("place", "Hainaut"),
        ("site", "Technocité – Mons"),
        ("programme", "Plan de relance de la Wallonie"),
    ):
        assert expected in kinds
