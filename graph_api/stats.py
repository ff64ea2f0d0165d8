"""Counts that describe a store, stable from run to run (nothing volatile)."""

from __future__ import annotations

from pyoxigraph import Literal, QuerySolutions

from graph_api.repo.base import Repo
from ontology import ONTOLOGY_IRI

COUNT_QUERY = """
PREFIX pg: <https://w3id.org/parlgraph/ontology#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <http://schema.org/>
SELECT
  (COUNT(DISTINCT ?document) AS ?documents)
  (COUNT(DISTINCT ?question) AS ?questions)
  (COUNT(DISTINCT ?answer) AS ?answers)
  (COUNT(DISTINCT ?person) AS ?persons)
  (COUNT(DISTINCT ?organisation) AS ?organisations)
  (COUNT(DISTINCT ?amount) AS ?amounts)
  (COUNT(DISTINCT ?funding) AS ?funding)
WHERE {
  { ?document a pg:SourceDocument }
  UNION { ?question pg:askedBy ?anyone }
  UNION { ?answer a pg:Answer }
  UNION { ?person a foaf:Person }
  UNION { ?organisation a org:Organization }
  UNION { ?amount a schema:MonetaryAmount }
  UNION { ?funding a schema:MonetaryGrant }
}
"""
TRIPLES_QUERY = (
    "SELECT (COUNT(*) AS ?triples) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
)
KEYS = ("documents", "questions", "answers", "persons", "organisations", "amounts", "funding")


def _counts(repo: Repo, query: str) -> dict[str, int]:
    result = repo.query(query)
    assert isinstance(result, QuerySolutions)
    names = [v.value for v in result.variables]
    for row in result:
        return {
            name: int(term.value) if isinstance(term := row[name], Literal) else 0 for name in names
        }
    return dict.fromkeys(names, 0)


def store_stats(repo: Repo) -> dict[str, int]:
    counts = _counts(repo, COUNT_QUERY)
    stats = {key: counts.get(key, 0) for key in KEYS}
    names = repo.graph_names()
    documents = repo.document_graph_names()
    stats["graphs"] = len(documents)
    stats["descriptions"] = len([g for g in names if g != ONTOLOGY_IRI and g not in documents])
    stats["triples"] = _counts(repo, TRIPLES_QUERY)["triples"]
    return stats
