"""Issue 8's "done when", on the store `make demo` builds (the sample corpus, loaded for real).

Each triple once and every declared alignment are tested in tests/graph_api/test_layout.py and
tests/loaders/test_alignments.py, the corruption suite in test_corruptions*.py; this adds that
every membership in the store is dated, by a query a researcher can run as it is (docs/model.md).
"""

from __future__ import annotations

from pyoxigraph import QuerySolutions

from graph_api.repo.embedded import EmbeddedRepo

MEMBERSHIPS = """
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX time: <http://www.w3.org/2006/time#>
SELECT (COUNT(DISTINCT ?membership) AS ?memberships) (COUNT(DISTINCT ?dated) AS ?dated)
       (COUNT(DISTINCT ?reversed) AS ?reversed) WHERE {
  ?membership a org:Membership .
  OPTIONAL {
    ?membership org:memberDuring/time:hasBeginning/time:inXSDDate ?begin .
    BIND (?membership AS ?dated)
    OPTIONAL {
      ?membership org:memberDuring/time:hasEnd/time:inXSDDate ?end
      FILTER (?begin > ?end) BIND (?membership AS ?reversed)
    }
  }
}
"""


def test_every_membership_of_the_demo_store_is_dated(sample_repo: EmbeddedRepo) -> None:
    result = sample_repo.query(MEMBERSHIPS)
    assert isinstance(result, QuerySolutions)
    row = next(iter(result))
    counts = {name: int(row[name].value) for name in ("memberships", "dated", "reversed")}
    assert counts["memberships"] > 50  # seats, party memberships and posts of every actor
    assert counts["dated"] == counts["memberships"]
    assert counts["reversed"] == 0


def test_the_membership_query_sees_an_undated_one(sample_repo: EmbeddedRepo) -> None:
    """The count can fail: a membership added without dates is counted as undated."""
    graph = "https://w3id.org/parlgraph/id/graph/shared/membership/test-undated"
    node = "<https://w3id.org/parlgraph/id/membership/test-undated>"
    triple = f"{node} a <http://www.w3.org/ns/org#Membership>"
    sample_repo.update(f"INSERT DATA {{ GRAPH <{graph}> {{ {triple} }} }}")
    try:
        result = sample_repo.query(MEMBERSHIPS)
        assert isinstance(result, QuerySolutions)
        row = next(iter(result))
        assert int(row["dated"].value) == int(row["memberships"].value) - 1
    finally:
        sample_repo.update(f"DELETE DATA {{ GRAPH <{graph}> {{ {triple} }} }}")
