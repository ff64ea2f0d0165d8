"""The queries behind a resource page, run on a real pyoxigraph store with a few invented triples
(no page of the corpus gives a part of a part yet)."""

from __future__ import annotations

from pyoxigraph import NamedNode, QuerySolutions, Store

from graph_api.repo.base import bind_values
from graph_api.service.resources import FUNDING, PROLOGUE

# A total of 10 for X, of which 4 for Y, of which 1 whose clause names no one.
CHAIN = """INSERT DATA {
  <urn:g:a> a schema:MonetaryGrant ; schema:amount <urn:m:a> ; schema:fundedItem <urn:e:x> .
  <urn:g:b> a schema:MonetaryGrant ; schema:amount <urn:m:b> ; schema:fundedItem <urn:e:y> ;
            dcterms:isPartOf <urn:g:a> .
  <urn:g:c> a schema:MonetaryGrant ; schema:amount <urn:m:c> ; dcterms:isPartOf <urn:g:b> .
  <urn:m:a> schema:value 10 . <urn:m:b> schema:value 4 . <urn:m:c> schema:value 1 .
}"""


def grants_on_page(store: Store, entity: str) -> set[tuple[str, str]]:
    result = store.query(bind_values(FUNDING, {"entity": NamedNode(entity)}))
    assert isinstance(result, QuerySolutions)
    return {(str(row["grant"]), str(row["recipient"])) for row in result}


def test_a_part_of_a_part_reaches_its_nearest_totals_recipient_only() -> None:
    """Regression: a part of a part naming no recipient was listed on the pages of both totals'
    recipients, once with each, where `funding` and `Record.reached_recipient` give the nearest."""
    store = Store()
    store.update(PROLOGUE + CHAIN)
    assert grants_on_page(store, "urn:e:x") == {("<urn:g:a>", "<urn:e:x>")}
    assert grants_on_page(store, "urn:e:y") == {
        ("<urn:g:b>", "<urn:e:y>"),
        ("<urn:g:c>", "<urn:e:y>"),
    }
