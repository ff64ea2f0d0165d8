"""Organisations' sites: which organisation owns the places a sentence lists (invented
sentences)."""

from __future__ import annotations

from loaders.extract.entities import find_entities
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
