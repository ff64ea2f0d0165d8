"""Content negotiation by q-values (RFC 9110 §12.5.1)."""

from __future__ import annotations

from graph_api.service.conneg import (
    CSV,
    GRAPH_TYPES,
    JSON,
    JSON_LD,
    N_TRIPLES,
    RESULT_TYPES,
    RESULTS_JSON,
    RESULTS_XML,
    TSV,
    TURTLE,
    negotiate,
)


def test_no_accept_gets_the_first_offered_type() -> None:
    assert negotiate(None, RESULT_TYPES) == RESULTS_JSON
    assert negotiate("", GRAPH_TYPES) == TURTLE


def test_highest_q_wins() -> None:
    assert negotiate("text/csv;q=0.5, text/tab-separated-values;q=0.9", RESULT_TYPES) == TSV
    assert negotiate("application/sparql-results+xml, */*;q=0.1", RESULT_TYPES) == RESULTS_XML


def test_a_specific_range_overrides_a_wildcard() -> None:
    # */* gives everything 0.8, but JSON is named with 0.1: XML, next in the server order, wins.
    assert negotiate("*/*;q=0.8, application/sparql-results+json;q=0.1", RESULT_TYPES) == (
        RESULTS_XML
    )
    assert negotiate("text/*", RESULT_TYPES) == CSV


def test_q_zero_refuses_and_nothing_acceptable_is_none() -> None:
    assert negotiate("text/csv;q=0", (CSV,)) is None
    assert negotiate("image/png", RESULT_TYPES) is None
    assert negotiate("*/*, text/turtle;q=0", GRAPH_TYPES) == JSON_LD


def test_ties_go_to_the_servers_order() -> None:
    assert negotiate("application/n-triples, text/turtle", GRAPH_TYPES) == TURTLE
    assert negotiate("application/n-triples", GRAPH_TYPES) == N_TRIPLES


def test_an_alias_counts_only_when_named() -> None:
    assert negotiate("application/json", RESULT_TYPES) == RESULTS_JSON
    assert negotiate("application/json", (JSON, "text/html")) == JSON
    assert negotiate("application/*", (CSV,)) is None


def test_a_malformed_accept_is_ignored_range_by_range() -> None:
    assert negotiate("garbage, text/csv;q=abc, text/tab-separated-values", RESULT_TYPES) == TSV
