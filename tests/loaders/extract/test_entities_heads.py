"""Bodies and programmes read from a capitalised head noun and its complements (invented
sentences)."""

from __future__ import annotations

from loaders.extract.entities import find_entities
from loaders.record import Entity, Mention
from loaders.reference.gazetteer import load_gazetteer


def _read(text: str) -> tuple[list[Mention], list[Entity]]:
    return find_entities(text, "question", load_gazetteer())


def _labels(text: str, kind: str) -> set[str]:
    return {m.label for m in _read(text)[0] if m.type == kind}


def test_a_body_runs_from_its_head_through_its_complements() -> None:
    labels = _labels(
        "Le ministre a rencontré l'Agence wallonne pour la qualité des sols de Tihange et la "
        "Fédération des Brasseurs artisanaux de Famenne, qui ont signé une convention.",
        "organisation",
    )
    assert "Agence wallonne pour la qualité des sols de Tihange" in labels
    assert "Fédération des Brasseurs artisanaux de Famenne" in labels


def test_a_name_stops_at_a_verb_and_at_an_article_after_et() -> None:
    labels = _labels(
        "Selon l'Observatoire régional des friches urbaines et la commune, la Fondation "
        "Lumière des Vallons finance trois chantiers.",
        "organisation",
    )
    assert labels >= {"Observatoire régional des friches urbaines", "Fondation Lumière des Vallons"}


def test_generic_phrases_are_no_names() -> None:
    text = (
        "Le Conseil d'administration a validé le budget. Le centre de formation ouvrira, "
        "et un Centre de formation comme celui-ci reste rare. Le Contrat de gestion s'achève."
    )
    assert _labels(text, "organisation") == set()
    assert _labels(text, "programme") == set()


def test_the_kind_written_before_a_known_name_is_not_another_body() -> None:
    labels = _labels("Le Centre de compétence Epicuris accueille des apprentis.", "organisation")
    assert "Centre de compétence" not in labels


def test_an_acronym_in_parentheses_is_the_alias_of_a_new_body() -> None:
    mentions, entities = _read(
        "L'Office wallon des vergers anciens (OWVA) conseille les communes. L'OWVA publie un guide."
    )
    owva = [m for m in mentions if m.text == "OWVA"]
    assert [(m.label, m.start) for m in owva] == [("Office wallon des vergers anciens", 69)]
    body = next(e for e in entities if e.label == "Office wallon des vergers anciens")
    assert body.aliases == ["OWVA"] and body.classification == "public_body"


def test_programmes_by_head_with_level_from_name_or_financer() -> None:
    _, entities = _read(
        "La Stratégie wallonne de reboisement complète le Pacte pour une Mobilité durable, "
        "et le Gouvernement a créé un Fonds de replantation forestière, financé par l'Union "
        "européenne."
    )
    levels = {e.label: e.level for e in entities if e.type == "programme"}
    assert levels["Stratégie wallonne de reboisement"] == "regional"
    assert "Pacte pour une Mobilité durable" in levels
    assert levels["Fonds de replantation forestière"] == "eu"


def test_a_fonds_spoken_of_as_a_body_is_an_organisation() -> None:
    text = "Le personnel du Fonds wallon des calamités agricoles a été renforcé."
    assert _labels(text, "organisation") == {"Fonds wallon des calamités agricoles"}
    assert _labels(text, "programme") == set()


def test_a_sub_unit_named_before_its_known_parent_is_part_of_it() -> None:
    _, entities = _read("La Cellule régionale des inondations du SPW a rendu son rapport.")
    cell = next(e for e in entities if e.label == "Cellule régionale des inondations")
    parent = next(e for e in entities if e.id == cell.part_of)
    assert parent.label.startswith("S")


def test_a_shortened_name_is_the_known_entity_it_begins() -> None:
    mentions, _ = _read("Le Plan de relance finance trois chantiers.")
    assert {m.label for m in mentions if m.type == "programme"} == {
        "Plan de relance de la Wallonie"
    }


def test_common_complements_and_institutions_end_or_void_a_name() -> None:
    assert _labels("Le Programme de Législature prévoit cette réforme.", "programme") == set()
    assert _labels("La Société publique a réagi.", "organisation") == set()
    assert _labels(
        "La Commission de l'Aménagement du Parlement a entendu le ministre.", "organisation"
    ) == {"Commission de l'Aménagement", "Parlement de Wallonie"}  # "le Parlement" is named too


def test_a_year_or_number_belongs_to_the_name() -> None:
    assert _labels("L'Agence a lancé la Stratégie Numérique 2030.", "programme") == {
        "Stratégie Numérique 2030"
    }


def test_a_scheme_the_government_created_is_regional() -> None:
    _, entities = _read("Le Gouvernement a créé un Fonds de plantation de haies.")
    levels = {e.label: e.level for e in entities if e.type == "programme"}
    assert levels == {"Fonds de plantation de haies": "regional"}
    _, entities = _read("Le Gouvernement fédéral a créé un Fonds de plantation de haies.")
    assert [e.level for e in entities if e.type == "programme"] == [None]


def test_head_nouns_of_local_bodies_are_data() -> None:
    """Relais, Parc naturel, Guichets, Unité, Fabrique d'église head names (name-heads.json)."""
    labels = _labels(
        "Le Relais social de Ciney collabore avec le Parc naturel des Vallées du Hoyoux, "
        "les Guichets Énergie Wallonie et l'Unité de la faune forestière.",
        "organisation",
    )
    assert labels >= {
        "Relais social de Ciney",
        "Parc naturel des Vallées du Hoyoux",
        "Guichets Énergie Wallonie",
        "Unité de la faune forestière",
    }


def test_heads_of_clubs_orders_refuges_domains_and_local_action_groups() -> None:
    """GAL, Ordre, Refuge, Domaine, Grottes, Royale/Entente, Administration, Collège were no
    heads: the names they open were missed."""
    labels = _labels(
        "Le GAL Pays des Vallons, l'Ordre des kinésithérapeutes, le Refuge du Vieux Chêne, le "
        "Domaine de Mirwart, les Grottes de Hotton, la Royale Entente Sportive Florennoise, "
        "l'Administration générale de la Culture et le Collège des éleveurs ont été consultés.",
        "organisation",
    )
    assert labels >= {
        "GAL Pays des Vallons",
        "Ordre des kinésithérapeutes",
        "Refuge du Vieux Chêne",
        "Domaine de Mirwart",
        "Grottes de Hotton",
        "Royale Entente Sportive Florennoise",
        "Administration générale de la Culture",
        "Collège des éleveurs",
    }


def test_generic_uses_of_the_new_heads_are_no_names() -> None:
    labels = _labels(
        "Les GAL et la Région se concertent ; chaque GAL de maintenir son équipe. "
        "Le Collège communal et l'Administration communale ont répondu.",
        "organisation",
    )
    assert labels == set()


def test_an_amount_after_a_name_is_not_part_of_it() -> None:
    # "le GAL Entre-Sambre-et-Meuse 2,1 millions" gave "GAL Entre-Sambre-et-Meuse 2"
    labels = _labels(
        "Le GAL Haute Meuse 2,1 millions d'euros et la Stratégie Numérique 2030, présentée hier.",
        "organisation",
    ) | _labels("La Stratégie Numérique 2030, présentée hier.", "programme")
    assert labels == {"GAL Haute Meuse", "Stratégie Numérique 2030"}


def test_an_adjective_of_origin_ends_a_name() -> None:
    # "le GAL Culturalité en Hesbaye brabançonne" lost its last word
    labels = _labels("Le GAL Terroirs en Hesbaye brabançonne a reçu un subside.", "organisation")
    assert labels == {"GAL Terroirs en Hesbaye brabançonne"}


def test_a_possessive_ends_a_name_before_its_purpose() -> None:
    # "le Centre de prévention du suicide pour le renforcement de sa …" ran into the clause
    labels = _labels(
        "Le Centre de prévention des chutes pour le renforcement de sa cellule a reçu 5.000 euros.",
        "organisation",
    )
    assert labels == {"Centre de prévention des chutes"}


def test_a_cluster_is_a_head() -> None:
    assert _labels("Le Cluster Pierre de Wallonie fédère les carriers.", "organisation") == {
        "Cluster Pierre de Wallonie"
    }


def test_a_longer_headed_name_replaces_a_cue_pattern_s_fragment() -> None:
    # "l'ASBL Maison liégeoise de l'environnement" gave the fragment "Maison"
    labels = _labels(
        "La gestion est confiée à l'ASBL Maison namuroise de la biodiversité.", "organisation"
    )
    assert labels == {"Maison namuroise de la biodiversité"}


def test_courts_are_heads_and_care_homes_are_generic() -> None:
    labels = _labels(
        "Il saisit le Tribunal de Première Instance ; la Cour d'appel de Mons et la Maison de "
        "repos ont répondu.",
        "organisation",
    )
    assert labels == {"Tribunal de Première Instance", "Cour d'appel de Mons"}


def test_a_fonds_with_its_kind_apposed_is_a_body() -> None:
    # "le Fonds de formation de la construction (FFC), organisme sectoriel …" was a programme
    mentions, _ = _read(
        "Le Fonds de formation du transport (FFT), organisme sectoriel, intervient. "
        "Le Fonds Tremplin (FTR), outil de la Région, prête."
    )
    kinds = {m.text: m.type for m in mentions if m.type in {"organisation", "programme"}}
    assert kinds["Fonds de formation du transport"] == "organisation"
    assert kinds["Fonds Tremplin"] == "programme"


def test_housing_companies_are_heads() -> None:
    labels = _labels(
        "Les sociétés concernées : le Foyer hutois et la Régie du Logis, puis l'Habitation "
        "Nouvelle de Ciney.",
        "organisation",
    )
    assert labels >= {"Foyer hutois", "Habitation Nouvelle de Ciney"}


def test_a_name_stops_at_a_verb_a_second_name_and_a_table_cell() -> None:
    # "le Foyer verviétois et Logivesdre en ont reçu" ran on; "Le Logis X 312 14.976.000 €"
    # took the table's next cell
    text = "Le Foyer hutois et Logimeuse en ont reçu la moitié."
    assert _labels(text, "organisation") == {"Foyer hutois"}
    assert _labels("Le Logis Andennais 312 14.976.000 €", "organisation") == {"Logis Andennais"}


def test_a_plan_of_a_known_programme_is_named_with_it_and_part_of_it() -> None:
    # "le Plan stratégique wallon de la PAC" stopped before the known PAC
    mentions, entities = _read("Le Plan stratégique wallon du FEDER 2021-2027, approuvé hier.")
    [scheme] = [m for m in mentions if m.type == "programme"]
    assert scheme.text == "Plan stratégique wallon du FEDER 2021-2027"  # its edition (session 11)
    by_id = {e.id: e for e in entities}
    edition = by_id[str(by_id[scheme.id].part_of)]  # the plan of the FEDER 2021-2027
    assert edition.label == "Fonds européen de développement régional 2021-2027"
    assert edition.part_of is not None and edition.part_of.endswith("/erdf")


def test_a_body_named_after_a_programme_is_not_part_of_it() -> None:
    _, entities = _read("La Cellule wallonne de suivi du FEDER a rendu son avis.")
    bodies = [e for e in entities if e.type == "organisation"]
    assert [b.part_of for b in bodies] == [None]


def test_an_adjective_of_a_walloon_town_after_a_head_names_a_body() -> None:
    # "le Foyer farciennois" was missed: only adjectives of the larger towns were listed
    assert _labels("Le Foyer jambois et le Logis fleurusien ont reçu 3 euros.", "organisation") == {
        "Foyer jambois",
        "Logis fleurusien",
    }
    # an adjective of a nation keeps the head a description
    assert _labels("Elle compare avec le Foyer français.", "organisation") == set()


def test_a_bank_or_a_platform_heads_a_body_s_name() -> None:
    text = (
        "La somme va à la Banque alimentaire de Namur et à la Plate-forme psychiatrique namuroise."
    )
    assert _labels(text, "organisation") == {
        "Banque alimentaire de Namur",
        "Plate-forme psychiatrique namuroise",
    }


def test_a_body_named_with_its_legal_form_is_the_body_without_it() -> None:
    # "Comité … ASBL" had no name without its form, so the body written without it was another
    mentions, entities = _read(
        "La présidente du Comité de sauvegarde des vergers de Hesbaye ASBL nous a écrit. Le "
        "Comité de sauvegarde des vergers de Hesbaye demande une réponse."
    )
    bodies = {m.id for m in mentions if m.type == "organisation"}
    assert len(bodies) == 1
    [body] = [e for e in entities if e.id in bodies]
    assert "Comité de sauvegarde des vergers de Hesbaye" in [body.label, *body.aliases]


def test_a_known_name_with_one_capital_in_brackets_is_the_body_named_before() -> None:
    # "la Direction des Infrastructures sportives (Infrasports)" was two bodies, a new direction
    # and the reference's Infrasports
    mentions, _ = _read(
        "Le dossier est suivi par la Direction des Infrastructures sportives (Infrasports) "
        "depuis mars."
    )
    assert {m.label for m in mentions if m.type == "organisation"} == {"Infrasports"}


def test_a_town_in_brackets_is_no_other_name_of_the_body() -> None:
    # the bracket rule for a word with one capital must not make "Thuin" an alias of the body
    # (its label alone never showed it: the town is still read as a place there)
    mentions, entities = _read("Le Relais social urbain de la Haute-Sambre (Thuin) a ouvert.")
    [body] = [e for e in entities if e.label == "Relais social urbain de la Haute-Sambre"]
    assert "Thuin" not in body.aliases
    assert {(m.type, m.label) for m in mentions if m.text == "Thuin"} >= {("place", "Thuin")}


def test_a_river_contract_is_a_body_not_a_scheme() -> None:
    # "l'asbl Contrat de rivière X" was read as a programme and the fragment "Contrat" as a body
    mentions, _ = _read(
        "L'asbl Contrat de rivière Haute-Sûre reçoit 80 000 euros, de même que le Contrat de "
        "rivière pour la Dyle."
    )
    assert {(m.type, m.label) for m in mentions if m.type in {"organisation", "programme"}} == {
        ("organisation", "Contrat de rivière Haute-Sûre"),
        ("organisation", "Contrat de rivière pour la Dyle"),
    }


def test_a_street_named_after_a_head_noun_is_no_body() -> None:
    # "la rue du Centre à Baillonville" was the body "Centre à Baillonville"
    assert _labels("La halle est installée rue du Centre à Hodister.", "organisation") == set()
    assert _labels("Le Centre culturel de Hodister ouvre.", "organisation") == {
        "Centre culturel de Hodister"
    }


def test_a_head_after_a_plural_determiner_is_a_kind_not_a_name() -> None:
    """ "aux GAL de la province pour …" speaks of every local action group of a province: only a
    determiner of one thing makes a head capitalised mid-sentence a proper name
    (`singular_determiners` of function-words.json)."""
    text = (
        "Le ministre peut-il détailler les moyens octroyés aux GAL de la province pour la "
        "période suivante ?"
    )
    assert _labels(text, "organisation") == set()
    assert _labels("Il a rencontré le GAL de la Haute-Meuse.", "organisation") == {
        "GAL de la Haute-Meuse"
    }


def test_a_name_ending_with_a_place_of_two_words_keeps_both() -> None:
    # "la Chambre de commerce … de Wallonie picarde" was the chamber "… de Wallonie", a body of
    # another area; a name never cuts a place in two
    text = "Un subside est accordé à la Chambre de commerce et d'industrie de Wallonie picarde."
    assert _labels(text, "organisation") == {
        "Chambre de commerce et d'industrie de Wallonie picarde"
    }
    text = "La Maison du tourisme du Brabant wallon a reçu le solde."
    assert _labels(text, "organisation") == {"Maison du tourisme du Brabant wallon"}


def test_a_series_of_complements_after_a_comma_is_part_of_the_name() -> None:
    # "la Direction générale des Technologies, de la Recherche et de l'Energie" was cut at the
    # comma: "Direction générale des Technologies"
    text = (
        "La Direction générale des Technologies, de la Recherche et de l'Energie a instruit le "
        "dossier, puis la Direction des Sports l'a transmis."
    )
    assert _labels(text, "organisation") == {
        "Direction générale des Technologies, de la Recherche et de l'Energie",
        "Direction des Sports",
    }
    # a series of bodies already named is three bodies, none part of the first
    mentions, entities = _read(
        "Le soutien va à la Fédération des Brasseurs, de l'AWEX et de la SRIW."
    )
    assert [m.text for m in mentions] == ["Fédération des Brasseurs", "AWEX", "SRIW"]
    assert all(e.part_of is None for e in entities if e.label == "Fédération des Brasseurs")


def test_homes_clinics_and_festivals_head_the_names_of_bodies() -> None:
    # "la Résidence du Parc", "la Clinique du Sud Luxembourg" were no bodies (their heads were
    # unknown), "le Gaume Jazz Festival" was the place Gaume, which then received its grant
    text = (
        "La Résidence du Parc, la Clinique du Sud Luxembourg et le Gaume Jazz Festival sont "
        "soutenus."
    )
    assert _labels(text, "organisation") == {
        "Résidence du Parc",
        "Clinique du Sud Luxembourg",
        "Gaume Jazz Festival",
    }
    assert _labels(text, "place") == set()
