"""Editions the edition reader missed (session 12, issue 7: "a programme with a year or number
the reference does not know as an alias is its own programme, linked to its family"): each test
is named after what broke. Session 11's own edition tests are in test_entities_institutions.py.

Every sentence and every programme name here is invented for these tests.
"""

from __future__ import annotations

import pytest

from loaders.extract.entities import find_entities
from loaders.ids import mint
from loaders.record import Entity, Mention
from loaders.reference.gazetteer import Gazetteer


def programmes(text: str, gazetteer: Gazetteer) -> tuple[list[Mention], dict[str, Entity]]:
    mentions, entities = find_entities(text, "answer", gazetteer)
    return [m for m in mentions if m.type == "programme"], {e.id: e for e in entities}


@pytest.mark.parametrize(
    ("text", "written", "family"),
    [
        (
            "L'appel à projets Jardins Partagés 2019 a retenu douze communes.",
            "Jardins Partagés 2019",
            "Jardins Partagés",
        ),
        (
            "L'appel à candidatures Villages Fleuris 2024 est ouvert.",
            "Villages Fleuris 2024",
            "Villages Fleuris",
        ),
    ],
)
def test_a_call_read_after_its_kind_noun_lost_its_year(
    text: str, written: str, family: str, gazetteer: Gazetteer
) -> None:
    # the call reader (kinds.py) stopped the name before the year and ran after the edition
    # reader: the call's edition came out as the call itself
    [mention], entities = programmes(text, gazetteer)
    assert (mention.text, mention.label, mention.method) == (written, written, "edition")
    edition = entities[mention.id]
    assert edition.part_of is not None and entities[edition.part_of].label == family


def test_a_component_s_period_was_read_as_the_component(gazetteer: Gazetteer) -> None:
    # "le programme FEDER-X Y 2021-2027": the component reader (extensions.py) ran after the
    # edition reader, so the period was left out and the component stood for its edition
    [mention], entities = programmes(
        "Les travaux sont inscrits au programme FEDER-Climat Hainaut 2021-2027.", gazetteer
    )
    assert (mention.text, mention.label) == (
        "FEDER-Climat Hainaut 2021-2027",
        "FEDER-Climat Hainaut 2021-2027",
    )
    edition = entities[mention.id]
    component = entities[str(edition.part_of)]
    assert component.label == "FEDER-Climat Hainaut"
    assert component.part_of == mint("programme", "erdf")


def test_a_scheme_described_in_lower_case_takes_no_period_as_its_edition(
    gazetteer: Gazetteer,
) -> None:
    # the second edition pass must not make a name of a scheme the text only describes
    [mention], _ = programmes(
        "Ces crédits sont inscrits au titre du plan de rénovation des écoles 2020-2024, adopté "
        "par le Gouvernement.",
        gazetteer,
    )
    assert mention.text == "plan de rénovation des écoles"


def test_a_period_spaced_around_its_dash_was_no_edition(gazetteer: Gazetteer) -> None:
    # "PX 2001 - 2012" was left as the family: a spaced dash was refused as a table's cells
    [mention], entities = programmes("Le PST 2013 - 2018 de la commune est clôturé.", gazetteer)
    assert (mention.text, mention.label) == (
        "PST 2013 - 2018",
        "Programme stratégique transversal 2013-2018",
    )
    assert entities[mention.id].part_of == mint("programme", "pst")


@pytest.mark.parametrize(
    "text",
    [
        "Le PST 2018 - 2013 est une erreur de frappe.",  # no period ends before it starts
        "Le PST 2013 - 2018 - 2024 est un tableau.",  # three years are a table's cells
        "Le PST 2013 - 18 est abrégé.",  # spaced, both years have four digits
    ],
)
def test_a_spaced_range_that_is_no_period_makes_no_edition(text: str, gazetteer: Gazetteer) -> None:
    [mention], _ = programmes(text, gazetteer)
    assert mention.label == "Programme stratégique transversal"


@pytest.mark.parametrize(
    ("text", "written", "label", "family"),
    [
        (
            "Les programmes triennaux 2007-2009 des deux communes sont approuvés.",
            "programmes triennaux 2007-2009",
            "Programme triennal des travaux 2007-2009",
            "programme-triennal-des-travaux",
        ),
        (
            "Ces voiries sont inscrites au programme triennal 2001-2003.",
            "programme triennal 2001-2003",
            "Programme triennal des travaux 2001-2003",
            "programme-triennal-des-travaux",
        ),
        (
            "Les programmes communaux de développement rural 2010-2020 sont adoptés.",
            "programmes communaux de développement rural 2010-2020",
            "Programme communal de développement rural 2010-2020",
            "pcdr",
        ),
    ],
)
def test_a_scheme_in_lower_case_or_the_plural_before_a_period_was_no_edition(
    text: str, written: str, label: str, family: str, gazetteer: Gazetteer
) -> None:
    # the reference's "=Programme triennal" is case-sensitive (every town has its programme),
    # and a plural head was no alias: the edition the period makes was missed
    [mention], entities = programmes(text, gazetteer)
    assert (mention.text, mention.label) == (written, label)
    assert entities[mention.id].part_of == mint("programme", family)


@pytest.mark.parametrize(
    "text",
    [
        "Chaque commune adopte son programme triennal en début de législature.",
        "Le programme triennal 2008 est en retard.",  # a year alone may be a date
        "Le programme triennal de la commune 2007-2009 est en retard.",  # not a known name
    ],
)
def test_a_lower_case_scheme_without_a_period_stays_a_common_noun(
    text: str, gazetteer: Gazetteer
) -> None:
    assert programmes(text, gazetteer)[0] == []


def test_the_fse_of_2014_2020_became_an_edition_of_the_fse_plus(gazetteer: Gazetteer) -> None:
    """Regression: the reference read the ESF and the ESF+ as one fund, so that "le programme
    FSE 2014-2020" became "Fonds social européen plus 2014-2020", which never existed."""
    found, entities = programmes(
        "Le programme FSE 2014-2020 a financé 40 projets ; le programme FSE+ 2021-2027 en "
        "finance 55, et le programme opérationnel FSE 2014-2020 reste clôturé.",
        gazetteer,
    )
    labels = [entities[m.id].label for m in found if m.id]
    assert labels == [
        "Fonds social européen 2014-2020",
        "Fonds social européen plus 2021-2027",
        "Programme opérationnel FSE 2014-2020",
    ]
    assert entities[found[0].id or ""].part_of == mint("programme", "esf")


def test_the_fse_in_a_text_of_the_fse_plus_was_the_older_fund(gazetteer: Gazetteer) -> None:
    """Regression (the session's review, once the two funds were apart): "Pour la programmation
    2021-2027, … du FSE" and a text naming the FSE+ then "le FSE" read the ESF of before 2021."""
    for text in (
        "Pour la programmation 2021-2027, l'asbl Tremplin a reçu 300.000 euros du FSE.",
        "Les centres bénéficient du FSE+. Le FSE finance aussi leurs formateurs.",
    ):
        found, entities = programmes(text, gazetteer)
        assert {entities[m.id].label for m in found if m.id} == {"Fonds social européen plus"}
    found, entities = programmes("En 2012, le FSE a financé 40 projets.", gazetteer)
    assert [entities[m.id].label for m in found if m.id] == ["Fonds social européen"]
