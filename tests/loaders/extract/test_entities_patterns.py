"""Organisations, programmes and places the recogniser reads without a gazetteer name, or from
the new reference data (invented sentences)."""

from __future__ import annotations

from loaders.extract.entities import find_entities
from loaders.reference.gazetteer import load_gazetteer


def _found(text: str) -> set[tuple[str, str]]:
    mentions, _ = find_entities(text, "question", load_gazetteer())
    return {(m.type, m.label) for m in mentions}


def test_local_bodies_and_associations_by_pattern() -> None:
    found = _found(
        "Le CPAS de Chimay travaille avec la Maison de l'emploi de Mons, "
        "l'ASBL « Les Amis du Parc » et la société Ampacimon."
    )
    assert ("organisation", "CPAS de Chimay") in found
    assert ("organisation", "Maison de l'emploi de Mons") in found
    assert ("organisation", "Les Amis du Parc") in found
    assert ("organisation", "Ampacimon") in found
    assert ("place", "Chimay") in found


def test_programmes_by_pattern_with_level_from_the_name() -> None:
    mentions, entities = find_entities(
        "L'appel à projets « Communes pilotes » complète le plan « Wallonie en fleurs » "
        "et le Plan Canopée.",
        "question",
        load_gazetteer(),
    )
    labels = {m.label for m in mentions if m.type == "programme"}
    assert labels == {"Communes pilotes", "Wallonie en fleurs", "Plan Canopée"}
    levels = {e.label: e.level for e in entities if e.type == "programme"}
    assert levels["Wallonie en fleurs"] == "regional"


def test_an_undefined_acronym_is_not_an_entity_but_a_defined_one_is() -> None:
    assert _found("Le XQZT a remis un avis.") == set()
    found = _found("Le Groupement régional des pêcheurs (GRP) a remis un avis. Le GRP insiste.")
    assert ("organisation", "Groupement régional des pêcheurs") in found


def test_sections_arrondissements_and_areas() -> None:
    mentions, entities = find_entities(
        "Des travaux à Bierset, à Virelles et à Francorchamps, dans l'arrondissement de Thuin "
        "et la Botte du Hainaut.",
        "question",
        load_gazetteer(),
    )
    by_label = {e.label: e for e in entities}
    assert by_label["Bierset"].part_of == by_label["Grâce-Hollogne"].id
    assert by_label["Virelles"].part_of == by_label["Chimay"].id
    assert by_label["Francorchamps"].part_of == by_label["Stavelot"].id
    assert by_label["Arrondissement de Thuin"].classification == "arrondissement"
    assert by_label["Botte du Hainaut"].classification == "area"
    assert "Thuin" not in {m.label for m in mentions}


def test_new_organisations_in_the_reference_data() -> None:
    found = _found(
        "Liège Airport, la SOWAER, skeyes, Wagralim, le CETIC et Natagora se réunissent."
    )
    for label in ("Liège Airport", "SOWAER", "skeyes", "Wagralim", "CETIC", "Natagora"):
        assert ("organisation", label) in found


def test_an_association_named_after_its_common_noun() -> None:
    found = _found("À Dinant, l'association Clic4.Dinant et la fondation Terre Vive agissent.")
    assert ("organisation", "Clic4.Dinant") in found
    assert ("organisation", "Terre Vive") in found
    assert not any(
        kind == "organisation" for kind, _ in _found("Une association de parents a écrit.")
    )


def test_a_slash_before_a_capital_joins_the_words_of_a_name() -> None:
    """ "le projet de Plan Air/Climat" (invented sentence): one name, not "Plan Air"."""
    mentions, _ = find_entities(
        "Le projet de Plan Air/Climat est en préparation.", "answer", load_gazetteer()
    )
    assert [m.text for m in mentions if m.type == "programme"] == ["Plan Air/Climat"]


def test_a_capitalised_article_after_a_kind_noun_opens_the_name() -> None:
    # "l'asbl Les Amis du Moulin de Marchin" was missed: "Les" read as a clause start
    found = _found(
        "Le propriétaire, l'asbl Les Compagnons du Vieux Four, et l'association Les Amis "
        "des Chats ont écrit."
    )
    assert ("organisation", "Les Compagnons du Vieux Four") in found
    assert ("organisation", "Les Amis des Chats") in found


def test_an_article_after_a_kind_noun_before_a_clause_is_no_name() -> None:
    assert _found("Selon l'association, Les communes ont répondu.") == set()


def test_a_programme_named_after_its_kind_at_a_sentence_start() -> None:
    # "Le programme Win4Excellence, financé …" was missed: only a lower-case "le" was read
    assert ("programme", "Bio4Growth") in _found("Le programme Bio4Growth, financé par la Région.")


def test_an_amount_after_a_local_body_is_not_part_of_its_name() -> None:
    # "le CPAS de Liège 486.000 euros" (a list row without a colon) named "CPAS de Liège 486.000"
    mentions, _ = find_entities(
        "Les montants : le CPAS de Thuin 486.000 euros, le CPAS de Chimay 12.500 euros.",
        "answer",
        load_gazetteer(),
    )
    assert [m.text for m in mentions if m.type == "organisation"] == [
        "CPAS de Thuin",
        "CPAS de Chimay",
    ]


def test_a_company_name_in_brackets_after_a_body_is_that_body() -> None:
    # "le Centre d'Economie rurale (CER Groupe)": the bracketed name was a second company
    mentions, _ = find_entities(
        "Le projet, porté avec le Centre d'Analyses rurales (CAR Groupe) de Ciney, avance.",
        "answer",
        load_gazetteer(),
    )
    assert len({m.id for m in mentions if m.type == "organisation"}) == 1


def test_a_local_body_is_read_in_lower_case_too() -> None:
    # "la régie communale autonome de X" was missed: the head was read capitalised only
    mentions, _ = find_entities(
        "Un subside est versé à la régie communale autonome de Dison pour la piscine.",
        "answer",
        load_gazetteer(),
    )
    assert {m.label for m in mentions if m.type == "organisation"} == {
        "Régie communale autonome de Dison"
    }


def test_plan_in_lower_case_before_a_capitalised_name_heads_it() -> None:
    # "le projet de plan Air/Climat" gave no programme: only "Plan" capitalised headed one
    mentions, _ = find_entities(
        "Dans le projet de plan Vélo/Rail, la part du train est faible.", "answer", load_gazetteer()
    )
    assert {m.label for m in mentions if m.type == "programme"} == {"Plan Vélo/Rail"}
    mentions, _ = find_entities("Il n'y a pas de plan B.", "answer", load_gazetteer())
    assert not [m for m in mentions if m.type == "programme"]


def test_a_name_never_runs_across_a_table_s_cells() -> None:
    table = (
        "Bénéficiaire    Événement    Montant\n"
        "asbl Centre culturel de Rossignol    Gaume Jazz Festival    12.500 euros\n"
        "Durbuy Rock SCRL\tDurbuy Rock Festival\t9.000 euros"
    )
    organisations = {name for kind, name in _found(table) if kind == "organisation"}
    assert "Centre culturel de Rossignol" in organisations
    assert "Durbuy Rock SCRL" in organisations
    assert not any(
        "Montant" in name or "Rossignol Gaume" in name or "SCRL Durbuy" in name
        for name in organisations
    )


def test_a_town_after_a_at_the_end_of_a_name_is_where_the_body_stands() -> None:
    for text, name in (
        ("La Fondation Les Pléiades à Mouscron a reçu 50.000 euros.", "Fondation Les Pléiades"),
        ("L'asbl Santé Plurielle à Mouscron a reçu 50.000 euros.", "Santé Plurielle"),
        (
            "Le Centre hospitalier de l'Ardenne à Libramont ouvre.",
            "Centre hospitalier de l'Ardenne",
        ),
        ("Le Commissariat général au Tourisme a décidé.", "Commissariat général au Tourisme"),
    ):
        assert ("organisation", name) in _found(text)


def test_a_reference_name_does_not_end_inside_a_hyphenated_word() -> None:
    # "l'Université de Mons-Hainaut" was read as the "Université de Mons" and a stray "-Hainaut"
    found = _found("L'Université de Liège-Gembloux a reçu 2 millions d'euros.")
    assert ("organisation", "Université de Liège-Gembloux") in found
    assert ("organisation", "Université de Liège") not in found


def test_an_ampersand_joins_the_words_of_a_name_and_a_kind_noun_introduces_it() -> None:
    assert ("organisation", "Patrimoines & Loisirs") in _found(
        "L'asbl Patrimoines & Loisirs a reçu 40.000 euros."
    )
    assert ("organisation", "Les Petits Loups") in _found(
        "La crèche Les Petits Loups reçoit 40.000 euros."
    )


def test_a_qualified_scheme_noun_before_a_quoted_name_may_be_the_reference_s_name() -> None:
    found = _found("Le programme opérationnel « Convergence » dispose de 458 millions d'euros.")
    assert ("programme", "Programme opérationnel Convergence 2007-2013") in found
    # a bare "programme « Convergence »" may be another fund's: the quoted name, its own
    assert ("programme", "Convergence") in _found("Le FSE finance le programme « Convergence ».")


def test_a_company_name_with_an_elided_de_lost_its_start() -> None:
    # Broke (session 14, names never run across a table's cells): "{SPACE}?" after "d'" made
    # the space mandatory, so "la Ferme du Ry d'Argent SCRL" was read as "Argent SCRL".
    found = _found("- la Ferme du Ry d'Argent SCRL, à Orp-Jauche : 1.900 euros ;")
    assert ("organisation", "Ferme du Ry d'Argent SCRL") in found


def test_a_name_with_de_la_inside_lost_its_end() -> None:
    # "de la" / "de l'" joins two words of one name, as "de" and "du" do.
    found = _found(
        "La SCRL Les Toits de l'Escaut et l'asbl Les Jardins de la Vallée à Andenne ont reçu "
        "des subventions."
    )
    assert ("organisation", "Les Toits de l'Escaut") in found
    assert ("organisation", "Les Jardins de la Vallée") in found
    # Not before an acronym: the body the name belongs to.
    found = _found("Les opérateurs ont recouru aux prêts Ricochet de la SOWALFIN.")
    assert ("organisation", "SOWALFIN") in found
    assert not any("Ricochet de la" in label for _, label in found)


def test_a_local_body_ran_into_the_next_cell_of_a_flattened_table() -> None:
    # Broke: "CPAS de Gembloux Maison de repos « … » 1.045.000 €" named "CPAS de Gembloux
    # Maison", and its grant went to a body that does not exist: the town ends the name.
    found = _found("CPAS de Gembloux Maison de repos « Les Tilleuls » 1.045.000 €")
    assert ("organisation", "CPAS de Gembloux") in found
    assert not any(label.startswith("CPAS de Gembloux ") for _, label in found)


def test_a_body_read_inside_a_schemes_quoted_title_is_the_titles_word() -> None:
    """Regression: "le plan « CPAS Solidarité »" was the CPAS of a place "Solidarité", no plan."""
    found = _found("Le Gouvernement a adopté le plan « CPAS Solidarité », doté de 4 millions.")
    assert ("programme", "CPAS Solidarité") in found
    assert not any(kind == "organisation" for kind, _ in found)


def test_a_scheme_after_its_kind_noun_and_quotes_is_also_named_without_them() -> None:
    """Regression: "le prêt « tremplin »" and "des prêts « Crue »" were only "Tremplin" and
    "Crue", where writers name them "Prêt tremplin" and "Prêt Crue"."""
    _, entities = find_entities(
        "La SOWALFIN a créé le prêt « tremplin » et des prêts « Crue ». Le plan « Eau vive » suit.",
        "answer",
        load_gazetteer(),
    )
    names = {alias for e in entities if e.type == "programme" for alias in [e.label, *e.aliases]}
    assert {"prêt tremplin", "prêt Crue", "plan Eau vive"} <= names


def test_a_town_right_after_a_local_body_s_kind_cut_its_name() -> None:
    """Regression (session 21, held-out 25 and 34): "la Régie communale autonome Mouscron
    Sports" was "Régie communale autonome Mouscron" (the town ends a name only after "de":
    "CPAS de Gembloux Maison de repos …", a flattened table row)."""
    found = _found("La Régie communale autonome Mouscron Sports a reçu 495.000 euros.")
    assert ("organisation", "Régie communale autonome Mouscron Sports") in found
    found = _found("La régie communale autonome Dison Sports a reçu 41.500 euros.")
    assert ("organisation", "Régie communale autonome Dison Sports") in found
