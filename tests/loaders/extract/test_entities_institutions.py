"""Institutions and names on real-text patterns: the Walloon Region as an actor, editions of
programmes, spelling variants, names that stop where they should, places that are not places.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from loaders.extract import extract_facts
from loaders.extract.entities import find_entities
from loaders.extract.entities.governments import bare_governments
from loaders.ids import mint
from loaders.record import Answer, Entity, Mention, Question
from loaders.reference.gazetteer import Gazetteer
from tests.loaders.records import record_from_texts


def found(text: str, gazetteer: Gazetteer) -> list[Mention]:
    mentions, _ = find_entities(text, "answer", gazetteer)
    return mentions


def kinds(text: str, gazetteer: Gazetteer, kind: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in found(text, gazetteer) if m.type == kind]


@pytest.mark.parametrize(
    "text",
    [
        "La Région wallonne a décidé de vendre son réseau.",
        "Un administrateur désigné par la Région wallonne siège au conseil.",
        "Le décret de la Région wallonne fixe le budget.",
        "Il semble que la Région wallonne se contente de peu.",
    ],
)
def test_the_walloon_region_acting_is_an_organisation(text: str, gazetteer: Gazetteer) -> None:
    assert kinds(text, gazetteer, "organisation") == [("Région wallonne", "Région wallonne")]
    assert all(m.id != mint("place", "wallonie") for m in found(text, gazetteer))


@pytest.mark.parametrize(
    "text",
    [
        "Les espèces invasives progressent en Région wallonne.",
        "Les aérodromes relevant de la Région wallonne sont concédés.",
    ],
)
def test_the_walloon_region_as_territory_stays_a_place(text: str, gazetteer: Gazetteer) -> None:
    assert kinds(text, gazetteer, "organisation") == []
    assert [m.id for m in found(text, gazetteer)] == [mint("place", "wallonie")]


def test_an_edition_the_reference_lacks_is_its_own_programme(gazetteer: Gazetteer) -> None:
    mentions, entities = find_entities(
        "Le Plan Marshall 2022 et le programme Interreg 5 sont en discussion.", "answer", gazetteer
    )
    labels = {m.text: m.label for m in mentions if m.type == "programme"}
    assert labels == {"Plan Marshall 2022": "Plan Marshall 2022", "Interreg 5": "Interreg 5"}
    interreg = next(e for e in entities if e.label == "Interreg 5")
    assert interreg.part_of == mint("programme", "interreg") and interreg.level == "eu"


@pytest.mark.parametrize(
    ("text", "written", "label", "family"),
    [
        # session 11's ruling: a period, an adjective of edition, a call's year and a quoted
        # title that opens with the programme were read as the family (the period its own)
        (
            "Le FEDER 2021-2027 finance ces travaux.",
            "FEDER 2021-2027",
            "Fonds européen de développement régional 2021-2027",
            "erdf",
        ),
        (
            "Les crédits du Programme triennal 2004-2006 sont engagés.",
            "Programme triennal 2004-2006",
            "Programme triennal des travaux 2004-2006",
            "programme-triennal-des-travaux",
        ),
        (
            "L'appel UREBA exceptionnel a été clôturé.",
            "UREBA exceptionnel",
            "UREBA exceptionnel",
            "ureba",
        ),
        (
            "L'appel UREBA exceptionnel 2018 est clos.",
            "UREBA exceptionnel 2018",
            "UREBA exceptionnel 2018",
            "ureba",
        ),
        ("L'appel POLLEC 2020 a retenu 121 communes.", "POLLEC 2020", "POLLEC 2020", "pollec"),
        (
            "L'appel « UREBA exceptionnel 2021 » est clos.",
            "UREBA exceptionnel 2021",
            "UREBA exceptionnel 2021",
            "ureba",
        ),
    ],
)
def test_a_period_an_adjective_or_a_call_s_year_after_a_programme_is_its_edition(
    text: str, written: str, label: str, family: str, gazetteer: Gazetteer
) -> None:
    mentions, entities = find_entities(text, "answer", gazetteer)
    assert [(m.text, m.label) for m in mentions if m.type == "programme"] == [(written, label)]
    edition = next(e for e in entities if e.label == label)
    assert edition.part_of == mint("programme", family)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Le Plan Marshall 2.vert soutient la recherche.", "Plan Marshall 2.vert"),
        ("L'appel « Communes pilotes Interreg 2020 » est clos.", "Interreg"),
        (
            "Le FEDER pour la période 2021-2027 finance ces travaux.",
            "Fonds européen de développement régional",
        ),
        ("Le programme-cadre Horizon Europe (2021-2027) finance la recherche.", "Horizon Europe"),
        ("Le programme UREBA est ouvert aux communes.", "UREBA"),
    ],
)
def test_a_period_in_a_clause_or_brackets_a_known_edition_or_a_quoted_title_is_no_new_edition(
    text: str, label: str, gazetteer: Gazetteer
) -> None:
    assert [m.label for m in found(text, gazetteer) if m.type == "programme"] == [label]


def test_a_year_after_horizon_is_a_date_not_the_programme(gazetteer: Gazetteer) -> None:
    assert kinds("L'objectif est fixé à l'horizon 2020.", gazetteer, "programme") == []
    assert kinds("Le projet est financé par Horizon 2020.", gazetteer, "programme") == [
        ("Horizon 2020", "Horizon 2020")
    ]


def test_spelling_and_plural_variants_fold_into_one_entity(gazetteer: Gazetteer) -> None:
    text = (
        "L'Union des villes et des communes de Wallonie et l'Union des Villes et Communes de "
        "Wallonie suivent les Plans pluriannuels d'investissements."
    )
    mentions = found(text, gazetteer)
    assert {m.id for m in mentions if m.type == "organisation"} == {mint("organisation", "uvcw")}
    assert {m.id for m in mentions if m.type == "programme"} == {mint("programme", "ppi-sncb")}


def test_de_and_pour_variants_of_a_reference_name_made_two_bodies(gazetteer: Gazetteer) -> None:
    # "l'Agence européenne de l'environnement" made a new body beside the reference's "… pour
    # l'environnement"
    text = (
        "L'Agence européenne pour l'environnement publie un rapport. Selon l'Agence européenne "
        "de l'environnement, les émissions baissent."
    )
    mentions = found(text, gazetteer)
    assert [m.id for m in mentions if m.type == "organisation"] == [mint("organisation", "aee")] * 2


def test_folding_never_chooses_between_two_reference_entries() -> None:
    two = Gazetteer()
    for key, label in (
        ("fonds-pour-x", "Fonds pour la recherche"),
        ("fonds-de-x", "Fonds de recherche"),
    ):
        two.add(Entity(mint("organisation", key), "organisation", label), [label])
    assert [e.label for e in two.lookup("Fonds pour la recherche")] == ["Fonds pour la recherche"]
    assert [e.label for e in two.lookup("Fonds de recherche")] == ["Fonds de recherche"]
    assert two.lookup("Fonds de la recherche") == []


def test_a_plural_common_noun_is_not_folded_into_a_name(gazetteer: Gazetteer) -> None:
    assert (
        kinds(
            "Il visite des centres de compétence et de postes de travail.",
            gazetteer,
            "organisation",
        )
        == []
    )


def test_newspapers_and_companies_are_organisations_not_places(gazetteer: Gazetteer) -> None:
    text = "Selon La Libre Belgique et Le Soir, TECTEO et Belfius s'opposent."
    assert [m.label for m in found(text, gazetteer)] == [
        "La Libre Belgique",
        "Le Soir",
        "TECTEO",
        "Belfius",
    ]


def test_two_towns_joined_by_a_hyphen_after_a_link_noun(gazetteer: Gazetteer) -> None:
    assert kinds("Elle défend l'axe Charleroi-Liège.", gazetteer, "place") == [
        ("Charleroi", "Charleroi"),
        ("Liège", "Liège"),
    ]
    assert kinds("Le Comité Dinant-Philippeville se réunit.", gazetteer, "place") == []


def test_a_list_with_a_province_reads_its_names_as_provinces(gazetteer: Gazetteer) -> None:
    for text in (
        "Les Provinces de Liège et du Hainaut recevront une aide.",
        "La répartition entre le Hainaut, Liège et Bruxelles reste à faire.",
    ):
        liege = next(m for m in found(text, gazetteer) if m.text == "Liège")
        assert liege.id == mint("place", "province-liege"), text
    liege = next(m for m in found("Le centre est situé à Liège.", gazetteer) if m.text == "Liège")
    assert liege.id == mint("place", "liege")


def test_a_name_after_a_title_of_person_is_not_a_place(gazetteer: Gazetteer) -> None:
    assert kinds("Le Ministre Marcourt a répondu.", gazetteer, "place") == []
    assert kinds("Monsieur Furlan a visité Namur.", gazetteer, "place") == [("Namur", "Namur")]


@pytest.mark.parametrize(
    "text",
    [
        "Le CPAS du 20 mars a répondu.",
        "Le Ministre a chargé le Conseil supérieur wallon de la sécurité de se pencher sur ce cas.",
        "Le président du Conseil d'administration de la S.L.S.P. a répondu.",
    ],
)
def test_names_stop_at_dates_clauses_and_initials(text: str, gazetteer: Gazetteer) -> None:
    names = [m.text for m in found(text, gazetteer) if m.type == "organisation"]
    assert not any(name.endswith((" 20", " se", " S")) or "20" in name for name in names), names


def test_a_river_holding_a_village_name_is_not_that_village(gazetteer: Gazetteer) -> None:
    assert kinds("Les lacs de l'Eau d'Heure attirent les touristes.", gazetteer, "place") == []
    assert kinds("Il habite à Heure depuis 2010.", gazetteer, "place") == [("Heure", "Heure")]


def test_a_date_ends_a_headed_name(gazetteer: Gazetteer) -> None:
    names = kinds("Le Conseil des ministres du 19 septembre a décidé.", gazetteer, "organisation")
    assert all("19" not in name for name, _ in names), names


def test_a_generic_plural_of_a_defined_acronym_is_no_organisation(gazetteer: Gazetteer) -> None:
    text = "Le Centre de compétence (CDC) Technocité forme. Les CDC reçoivent des budgets."
    plural = [m for m in found(text, gazetteer) if m.text == "CDC" and m.start > 40]
    assert plural == []


@pytest.mark.parametrize(
    "text",
    [
        "Si une des deux entités (Région wallonne et FWB) dépasse la norme, l'autre compense.",
        "L'accord lie l'État fédéral et la Région wallonne jusqu'en 2030.",
    ],
)
def test_the_region_coordinated_with_an_institution_is_an_organisation(
    text: str, gazetteer: Gazetteer
) -> None:
    assert ("Région wallonne", "Région wallonne") in kinds(text, gazetteer, "organisation")


def test_the_region_coordinated_with_a_town_stays_a_place(gazetteer: Gazetteer) -> None:
    text = "Les chantiers se situent à Namur et en Région wallonne."
    assert kinds(text, gazetteer, "organisation") == []


def test_the_town_of_a_facility_s_name_is_a_place(gazetteer: Gazetteer) -> None:
    text = "Les vols de l'aéroport de Charleroi reprennent ; l'Université de Liège s'en réjouit."
    assert kinds(text, gazetteer, "place") == [("Charleroi", "Charleroi")]


def _region_readings(text: str, gazetteer: Gazetteer) -> list[str]:
    return [m.type for m in found(text, gazetteer) if "gion" in m.text]


def test_the_region_as_second_party_of_an_agreement_is_a_body(gazetteer: Gazetteer) -> None:
    # "entre la Ville de X et la Région wallonne" left the Region a territory
    text = "La convention signée entre la Ville de Huy et la Région wallonne expire en mai."
    assert _region_readings(text, gazetteer) == ["organisation"]
    text = "La frontière entre la France et la Région wallonne suit la Semois."
    assert _region_readings(text, gazetteer) == ["place"]


def test_the_region_and_another_party_before_a_plural_verb_act(gazetteer: Gazetteer) -> None:
    text = "Il y a dix ans, la Région wallonne et la commune d'Ohey ont commandé une étude."
    assert _region_readings(text, gazetteer) == ["organisation"]
    text = "Les usines situées en Région wallonne et en Flandre ont fermé."
    assert _region_readings(text, gazetteer) == ["place"]


def test_a_place_name_with_its_later_words_capitalised_is_the_place(
    gazetteer: Gazetteer,
) -> None:
    # "La Région Wallonne a-t-elle …" was not read at all: place names match with their case
    assert _region_readings("La Région Wallonne a-t-elle réagi ?", gazetteer) == ["organisation"]
    [place] = [m for m in found("Il habite en Brabant Wallon.", gazetteer) if m.type == "place"]
    assert place.id == mint("place", "province-brabant-wallon")


def test_the_commission_alone_beside_an_eu_institution_is_the_european_one(
    gazetteer: Gazetteer,
) -> None:
    commission = mint("organisation", "commission-europeenne")
    text = "Un accord a été trouvé avec le Parlement européen et la Commission sur ce point."
    assert commission in [m.id for m in found(text, gazetteer)]
    # a parliamentary committee, or a commission with its complement or adjective, is not
    for text in (
        "La Commission a examiné le texte mardi.",
        "Le Parlement européen et la Commission consultative ont siégé.",
        "Le Parlement européen et la Commission de l'Environnement ont siégé.",
    ):
        assert commission not in [m.id for m in found(text, gazetteer)]


def test_a_plus_glued_to_a_known_programme_is_its_own_edition(gazetteer: Gazetteer) -> None:
    # "LEADER+" was read as nothing: the word reader keeps the "+" in the word
    [edition] = [m for m in found("Le GAL a été agréé au titre de LEADER+.", gazetteer)]
    assert (edition.type, edition.label) == ("programme", "LEADER+")
    _, entities = find_entities("Le GAL a été agréé au titre de LEADER+.", "answer", gazetteer)
    assert {e.part_of for e in entities if e.label == "LEADER+"} == {mint("programme", "leader")}
    # an unknown name with a plus is nothing
    assert found("On parle de Zorblax+ depuis mai.", gazetteer) == []


def test_the_region_before_an_inverted_verb_is_the_subject_of_a_question(
    gazetteer: Gazetteer,
) -> None:
    # "Comment la Région wallonne sensibilise-t-elle …" left the Region a territory
    text = "Comment la Région wallonne sensibilise-t-elle les écoles ?"
    assert _region_readings(text, gazetteer) == ["organisation"]
    assert _region_readings("En Région wallonne, existe-t-il un plan ?", gazetteer) == ["place"]


GOVERNMENT = Entity(
    mint("organisation", "gouvernement-wallon"), "organisation", "Gouvernement wallon"
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(
            "Le Gouvernement a décidé d'octroyer une aide.", ["Gouvernement"], id="subject"
        ),
        pytest.param("Le texte sera soumis au Gouvernement en mai.", ["Gouvernement"], id="au"),
        pytest.param("La décision du Gouvernement est attendue.", ["Gouvernement"], id="du"),
        pytest.param("Le Gouvernement fédéral a décidé.", [], id="fédéral"),
        pytest.param("Le Gouvernement bruxellois a décidé.", [], id="an adjective of origin"),
        pytest.param("Le Gouvernement actuel a décidé.", ["Gouvernement"], id="another adjective"),
        pytest.param("Le Gouvernement de la Communauté française a décidé.", [], id="a complement"),
        pytest.param("Le Gouvernement Di Rupo a décidé.", [], id="a capitalised name after it"),
        pytest.param("Les gouvernements régionaux ont décidé.", [], id="a plural common noun"),
    ],
)
def test_le_gouvernement_alone_is_the_parliament_s_government(text: str, found: list[str]) -> None:
    mentions = bare_governments(text, "answer", GOVERNMENT, [])
    assert [m.text for m in mentions] == found
    assert all(m.id == GOVERNMENT.id and m.type == "organisation" for m in mentions)


def test_a_government_already_named_is_not_read_twice() -> None:
    text = "Le Gouvernement wallon a décidé."
    taken = [Mention("organisation", "Gouvernement wallon", GOVERNMENT.id, "answer", 3, 22, "x")]
    assert bare_governments(text, "answer", GOVERNMENT, taken) == []


def test_extract_facts_reads_le_gouvernement_as_the_record_s_parliament_s_government() -> None:
    record = record_from_texts(
        Question("2023-01-16", "Le Gouvernement a-t-il décidé ?"),
        Answer("2023-02-02", "answered", "Le Gouvernement fédéral et le Gouvernement ont décidé."),
    )
    extract_facts(record)
    government = [m for m in record.mentions if m.id == GOVERNMENT.id]
    assert [(m.part, m.start) for m in government] == [("question", 3), ("answer", 30)]
    assert GOVERNMENT.id in {e.id for e in record.entities}
