"""A part and its total (`Funding.part_of`): "dont" clauses and the rows of a list whose lead
gives the money they share, so that nothing counts a sum twice (issue 12).

Sentences are invented for these tests; mentions are built by hand (see test_funding.mentions_of)
so that the rules are tested apart from the entity recogniser.
"""

from __future__ import annotations

from loaders.extract import extract_facts
from loaders.record import Answer, Question
from tests.loaders.records import record_from_texts

from .test_funding import valued_facts

ID = "https://w3id.org/parlgraph/id/"
ALPHA = ("Pôle Alpha", "organisation", ID + "organisation/pole-a")
BETA = ("Pôle Beta", "organisation", ID + "organisation/pole-b")
FUND = ("Fonds Y", "programme", ID + "programme/fonds-y")


def parts(text: str) -> list[tuple[float, str | None, int | None]]:
    """(value, recipient's key, index of the total) of each fact of an answer text."""
    return [
        (value, fact.recipient.rsplit("/", 1)[-1] if fact.recipient else None, fact.part_of)
        for value, fact in valued_facts(text, ALPHA, BETA, FUND)
    ]


def test_each_dont_part_names_its_total() -> None:
    text = (
        "En 2022, le Fonds Y a octroyé 10 millions d'euros au Pôle Alpha, dont 4 millions "
        "d'euros au Pôle Beta et 3 millions d'euros pour la halle de Mons."
    )
    # The hall's part names no recipient: its money reaches the total's, through part_of.
    assert parts(text) == [(10e6, "pole-a", None), (4e6, "pole-b", 0), (3e6, None, 0)]


def test_a_dont_part_is_never_given_to_its_totals_recipient() -> None:
    """Issue 7: a total and its "dont" part never go to the same recipient."""
    text = (
        "Le Fonds Y a octroyé au Pôle Alpha 10 millions d'euros, dont 4 millions d'euros au "
        "Pôle Alpha pour le site de Mons. Le Pôle Beta attend."
    )
    assert parts(text) == [(10e6, "pole-a", None), (4e6, None, 0)]


def test_a_relative_dont_before_a_larger_sum_makes_no_part() -> None:
    """ "dont le budget annuel atteint 5 millions": a relative pronoun, not a share of the 2."""
    text = (
        "Au titre du Fonds Y, le Gouvernement a octroyé 2 millions d'euros au Pôle Alpha, dont "
        "le budget annuel atteint 5 millions d'euros. Le Pôle Beta attend."
    )
    found = parts(text)
    # The grant itself must be read, or the check below would pass on no fact at all.
    assert (2e6, "pole-a", None) in found
    assert all(part_of is None for _, _, part_of in found)


def test_rows_under_a_lead_that_refers_back_to_a_sum_are_its_parts() -> None:
    text = (
        "Le Fonds Y finance la reconversion de friches pour un montant total de 9 millions "
        "d'euros. Ces montants se répartissent comme suit :\n"
        "- Pôle Alpha : 5 millions d'euros ;\n"
        "- Pôle Beta : 4 millions d'euros."
    )
    assert parts(text) == [(9e6, None, None), (5e6, "pole-a", 0), (4e6, "pole-b", 0)]


def test_rows_under_a_lead_that_gives_the_sum_are_its_parts() -> None:
    text = (
        "Le Fonds Y a octroyé au Pôle Alpha une enveloppe de 3 millions d'euros répartie comme "
        "suit :\n- Pôle Alpha : 2 millions d'euros ;\n- Pôle Beta : 1 million d'euros."
    )
    assert parts(text) == [(3e6, "pole-a", None), (2e6, None, 0), (1e6, "pole-b", 0)]


def test_rows_under_a_lead_that_continues_the_sum_before_it_are_its_parts() -> None:
    """doc-35: "une enveloppe … a été réservée à X. Les premiers investissements concerneront :"
    breaks the envelope down; the rows go to X through their total, not twice."""
    text = (
        "Au titre du Fonds Y, une enveloppe de 3,6 millions d'euros a été réservée au Pôle Alpha. "
        "Les premiers investissements concerneront :\n"
        "- l'atelier de soudage : 1.250.000 euros ;\n- la halle : 980.000 euros. Le Pôle Beta "
        "attend."
    )
    assert parts(text) == [(3.6e6, "pole-a", None), (1.25e6, None, 0), (980000.0, None, 0)]


def test_rows_under_a_lead_that_names_no_sum_are_no_parts() -> None:
    """The sum of the paragraph before is another allocation unless the lead refers to it."""
    text = (
        "Le Fonds Y finance la reconversion de friches pour un montant total de 9 millions "
        "d'euros.\n\nLes subventions octroyées en 2021 au titre du Fonds Y se répartissent "
        "comme suit :\n- Pôle Alpha : 5 millions d'euros ;\n- Pôle Beta : 4 millions d'euros."
    )
    assert [part_of for _, _, part_of in parts(text)] == [None, None, None]


def test_a_part_of_a_sum_given_to_each_of_several_names_no_total() -> None:
    """ "500.000 euros chacun …, dont 100.000": which of the two facts holds it is not said."""
    text = (
        "Le Fonds Y a octroyé 500.000 euros chacun au Pôle Alpha et au Pôle Beta, dont "
        "100.000 euros pour la formation."
    )
    assert [part_of for _, _, part_of in parts(text)] == [None, None, None]


def test_part_of_indexes_the_records_funding_list_across_question_and_answer() -> None:
    """The answer's facts follow the question's in `record.funding`: part_of counts them."""
    question = "La commune de Bastogne a-t-elle reçu 300.000 euros du FEDER en 2021 ?"
    answer = (
        "Pour la période 2021-2027, le Gouvernement wallon a octroyé à IDELUX une enveloppe de "
        "12 millions d'euros au titre du FEDER, dont 4,5 millions d'euros à la commune de "
        "Bastogne."
    )
    record = record_from_texts(
        Question("2023-03-06", question), Answer("2023-04-03", "answered", answer), title="FEDER"
    )
    extract_facts(record)
    values = [record.amounts[f.amount].value for f in record.funding]
    assert values == [300_000.0, 12e6, 4.5e6]
    assert [f.part_of for f in record.funding] == [None, None, 1]
    assert record.to_json()["funding"][2]["part_of"] == 1


TABLE = (
    "Les subsides du Fonds Y octroyés en 2022 sont les suivants :\n\n"
    "Bénéficiaire Subside\nPôle Alpha 412.500 €\nPôle Beta 154.800 €\n{last} {total} €"
)


def test_the_rows_a_table_total_row_sums_are_its_parts() -> None:
    """UREBA on doc-34 counted its three rows twice: once alone, once in the "Total" row."""
    assert parts(TABLE.format(last="Total", total="567.300")) == [
        (412500.0, "pole-a", 2),
        (154800.0, "pole-b", 2),
        (567300.0, None, None),
    ]


def test_a_last_row_that_is_not_a_total_of_the_rows_holds_none() -> None:
    """A "Total" that is not their sum, or a row that is their sum by chance, holds no row."""
    for last, total in (("Total", "967.300"), ("Pôle Gamma", "567.300")):
        found = parts(TABLE.format(last=last, total=total))
        assert [p for _, _, p in found] == [None, None, None], last


DECLARED = (
    "Pour la programmation 2019-2021, le Gouvernement a octroyé aux communes un montant{word} "
    "de {total} d'euros au titre du Fonds Y.\n\nPour l'arrondissement de Dinant, les dotations "
    "du Fonds Y pour {period} sont les suivantes : Pôle Alpha, 842.310 euros ; Pôle Beta, "
    "1.104.950 euros."
)


def test_a_programmes_declared_whole_holds_its_later_facts_of_that_period() -> None:
    """The FRIC on doc-33: 255 million euros given "as a total" for 2019-2021, then the
    district's rows of the FRIC for 2019-2021, counted twice in the programme's total."""
    text = DECLARED.format(word=" total", total="255 millions", period="2019-2021")
    assert [p for _, _, p in parts(text)] == [None, 0, 0]


def test_a_whole_holds_nothing_unsaid_other_years_or_more_than_itself() -> None:
    """Without "total" or "global" the sum is one allocation among others; another period's
    facts, or facts that together exceed it, are not its parts."""
    for word, total, period in (
        ("", "255 millions", "2019-2021"),
        (" total", "255 millions", "2022-2024"),
        (" total", "1 million", "2019-2021"),
    ):
        text = DECLARED.format(word=word, total=total, period=period)
        assert [p for _, _, p in parts(text)] == [None, None, None], (word, total, period)
