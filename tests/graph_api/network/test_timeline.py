"""The views per period, and each deputy's shifts between sessions."""

from __future__ import annotations

from graph_api.network.build import Filters, View, build
from graph_api.network.fetch import Corpus
from graph_api.network.timeline import Period, per_period, shifts
from loaders.record import Record


def test_layers_add_up_to_the_whole(corpus: Corpus) -> None:
    whole = build(corpus, View.who_asks_whom, Filters())
    layered = per_period(corpus, View.who_asks_whom, Filters(), Period.session)
    assert set(layered.nodes) == set(whole.nodes)
    for source, target, data in whole.edges(data=True):
        layers = layered.get_edge_data(source, target)
        assert sum(layer["weight"] for layer in layers.values()) == data["weight"]
        assert all(key == layer["period"] for key, layer in layers.items())


def test_per_year_keys_are_the_question_years(corpus: Corpus, records: list[Record]) -> None:
    layered = per_period(corpus, View.who_asks_whom, Filters(), Period.year)
    years = {key for *_, key in layered.edges(keys=True)}
    assert years == {str(record.question.date)[:4] for record in records}


def test_shifts_follow_each_deputy_through_sessions(corpus: Corpus, records: list[Record]) -> None:
    rows = shifts(corpus, Filters())
    expected = {
        (str(asker.id), record.session) for record in records for asker in record.question.askers
    }
    assert {(str(row["deputy"]), str(row["session"])) for row in rows} == expected
    galant = next(row for row in rows if row["deputy_name"] == "Jacqueline Galant")
    assert galant["addressees"] == "Willy Borsus (1)"
    assert "Technocité" in str(galant["topics"]) and "Technocité" in str(galant["new_topics"])
    assert sum(int(row["questions"]) for row in rows) == len(records)
