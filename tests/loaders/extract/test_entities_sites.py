"""Organisations' sites: which organisation owns the places a sentence lists (invented
sentences)."""

from __future__ import annotations

from loaders.extract.entities import find_entities
from loaders.extract.text import context_words
from loaders.reference.gazetteer import load_gazetteer


def _sites(text: str) -> set[str]:
    mentions, _ = find_entities(text, "answer", load_gazetteer())
    return {m.label for m in mentions if m.type == "site"}


def test_the_organisation_named_after_the_site_owns_it() -> None:
    sites = _sites(
        "La Cellule régionale des friches a visité le site de Gosselies de l'Aéroport de Charleroi."
    )
    assert len(sites) == 1
    assert not any(label.startswith("Cellule") for label in sites)
    assert next(iter(sites)).endswith("– Gosselies")


def test_the_subject_owns_the_sites_it_has() -> None:
    sites = _sites("Le Forem dispose d'implantations à Namur et à Charleroi.")
    assert sites == {"Le Forem – Namur", "Le Forem – Charleroi"}


def test_a_plural_participle_places_the_things_not_the_organisation() -> None:
    assert _sites("Les bureaux du Forem situés à Namur ferment le lundi.") == set()
    assert _sites("Le Forem, situé à Namur, ouvre le lundi.") == {"Le Forem – Namur"}


def test_a_place_inside_a_name_does_not_hide_the_name_before_its_seat() -> None:
    # "Bois Durable des Fagnes SCRL, à Viroinval": the area inside the name stood between
    assert _sites("L'entreprise Scierie des Fagnes SCRL, à Couvin, a reçu 3 euros.") == {
        "Scierie des Fagnes SCRL – Couvin"
    }


def test_a_town_in_brackets_or_after_an_acronym_is_the_body_s_seat() -> None:
    # "la SA Sonaca (Gosselies)" and "l'Université du Travail Paul Pastur (UT) à Charleroi"
    text = (
        "Le projet réunit la SA Vortelo (Gosselies) et l'Institut des Métaux Légers (IML) à "
        "Seraing ; la sprl Bruveau, établie à Wavre, suit."
    )
    assert _sites(text) == {
        "Vortelo – Gosselies",
        "Institut des Métaux Légers – Seraing",
        "Bruveau – Wavre",
    }
    # a bracket holding more than a town is no seat
    assert _sites("La SA Vortelo (filiale, Gosselies) a reçu 3 euros.") == set()


def test_site_nouns_head_a_facility_too_and_are_written_once() -> None:
    # the facility nouns were a copy of the site nouns plus two: now the rule joins both lists
    assert not context_words("site_nouns") & context_words("facility_nouns")
    assert _sites("L'antenne du Forem de Wavre ferme le lundi.") == {"Le Forem – Wavre"}
    assert _sites("Le centre du Forem de Wavre ferme le lundi.") == {"Le Forem – Wavre"}
