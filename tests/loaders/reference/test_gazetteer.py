"""The gazetteer's reference files hold together and its lookups follow the case rules."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

from loaders.ids import mint
from loaders.reference.gazetteer import DATA, Gazetteer, head_variants, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _rows(name: str) -> list[dict[str, str]]:
    with Path(DATA, name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("name", ["organisations.csv", "places.csv", "programmes.csv"])
def test_keys_are_unique(name: str) -> None:
    counts = Counter(row["key"] for row in _rows(name))
    assert [key for key, n in counts.items() if n > 1] == []


def test_every_reference_resolves(gazetteer: Gazetteer) -> None:
    for entity in gazetteer.entities.values():
        for target in [entity.part_of, entity.located_in, *entity.financed_by]:
            if target:
                assert gazetteer.by_id(target) is not None, (entity.id, target)


def test_nis_codes_are_five_digits(gazetteer: Gazetteer) -> None:
    codes = [e.codes["nis"] for e in gazetteer.entities.values() if "nis" in e.codes]
    assert len(codes) > 260
    assert all(re.fullmatch(r"\d{5}", code) for code in codes)
    assert len(set(codes)) == len(codes)


def test_all_walloon_municipalities_with_their_provinces(gazetteer: Gazetteer) -> None:
    municipalities = [e for e in gazetteer.entities.values() if e.classification == "municipality"]
    assert len(municipalities) == 262
    provinces = Counter(gazetteer.entities[e.part_of or ""].label for e in municipalities)
    assert provinces == {
        "Brabant wallon": 27,
        "Hainaut": 69,
        "Liège": 84,
        "Luxembourg": 44,
        "Namur": 38,
    }


def test_former_municipalities_map_to_existing_municipalities(gazetteer: Gazetteer) -> None:
    former = [e for e in gazetteer.entities.values() if e.classification == "former_municipality"]
    assert len(former) > 100
    for entity in former:
        parent = gazetteer.by_id(entity.part_of or "")
        assert parent is not None and parent.classification == "municipality", entity.label
    expected = {"Hornu": "Boussu", "Jemappes": "Mons", "Cuesmes": "Mons", "Jambes": "Namur"}
    expected |= {"Marcinelle": "Charleroi"}
    for section, municipality in expected.items():
        (entity,) = gazetteer.lookup(section)
        assert gazetteer.entities[entity.part_of or ""].label == municipality


def test_known_codes(gazetteer: Gazetteer) -> None:
    assert gazetteer.entities[mint("place", "mons")].codes == {"nis": "53053"}
    assert gazetteer.entities[mint("place", "province-hainaut")].codes == {"nis": "50000"}


def test_aliases_resolve_to_one_entity(gazetteer: Gazetteer) -> None:
    technocite = mint("organisation", "technocite")
    for alias in ["Technocité", "TechnocITé", "CDC Technocité", "Centre de compétences Technocité"]:
        assert [e.id for e in gazetteer.lookup(alias)] == [technocite], alias
    forem = mint("organisation", "le-forem")
    for alias in ["FOREm", "Forem", "FOREM"]:
        assert [e.id for e in gazetteer.lookup(alias)] == [forem]
    assert gazetteer.lookup("Techno.bel")[0].id == mint("organisation", "technobel")


def test_acronyms_and_places_are_case_sensitive(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("WAN")[0].id == mint("organisation", "wan")
    assert gazetteer.lookup("wan") == []
    assert gazetteer.lookup("mons") == []
    assert gazetteer.lookup("Hervé") == []  # a first name, not the municipality Herve


def test_long_names_ignore_case_and_accents(gazetteer: Gazetteer) -> None:
    prw = mint("programme", "prw")
    assert gazetteer.lookup("Plan de Relance de la Wallonie")[0].id == prw
    assert gazetteer.lookup("plan de relance de la wallonie")[0].id == prw
    assert gazetteer.lookup("Commission europeenne")[0].id == mint(
        "organisation", "commission-europeenne"
    )


def test_city_and_province_of_the_same_name(gazetteer: Gazetteer) -> None:
    assert [e.classification for e in gazetteer.lookup("Liège")] == ["municipality"]
    assert [e.classification for e in gazetteer.lookup("province de Liège")] == ["province"]
    assert gazetteer.lookup("Luxembourg") == []  # the country, the city or the province


def test_programmes_levels_and_financing(gazetteer: Gazetteer) -> None:
    pnrr = gazetteer.entities[mint("programme", "pnrr")]
    assert pnrr.level == "national"
    assert pnrr.financed_by == [mint("programme", "rrf")]
    assert gazetteer.lookup("Plan national de résilience et reprise")[0].id == pnrr.id
    assert gazetteer.entities[mint("programme", "prw")].level == "regional"
    assert gazetteer.entities[mint("programme", "cove")].level == "eu"
    levels = {e.level for e in gazetteer.entities.values() if e.type == "programme"}
    assert levels == {"eu", "national", "regional"}


def test_closure_follows_the_hierarchy(gazetteer: Gazetteer) -> None:
    labels = {e.label for e in gazetteer.closure([mint("place", "hornu")])}
    assert labels == {"Hornu", "Boussu", "Hainaut", "Wallonie", "Belgique"}


def test_iris_follow_the_base(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARLGRAPH_BASE", "http://example.org/pg/")
    assert load_gazetteer().lookup("Mons")[0].id == "http://example.org/pg/id/place/mons"


@pytest.mark.parametrize("name", ["organisations.csv", "places.csv", "programmes.csv"])
def test_rows_are_well_formed(name: str) -> None:
    """A comma inside an unquoted alias list would shift columns silently."""
    for row in _rows(name):
        assert None not in row and all(value is not None for value in row.values()), row
        assert row["key"] and row["label"] and row["source"], row


def test_a_programme_is_known_without_its_head_noun() -> None:
    assert head_variants(["Wallonie cyclable"]) == []
    assert head_variants(["Plan Habitat permanent", "Plan Marshall"]) == ["=Habitat permanent"]
    gazetteer = load_gazetteer()
    [habitat] = gazetteer.lookup("Habitat permanent")
    assert habitat.label == "Plan Habitat permanent"
    assert gazetteer.lookup("habitat permanent") == []
    assert gazetteer.lookup("Marshall") == []


def test_a_place_name_capitalised_is_looked_up_not_recorded(gazetteer: Gazetteer) -> None:
    # the capitalised variants were also written into the entity's aliases, a name no source
    # records (the seed's record changed for it)
    [region] = [e for e in gazetteer.lookup("Région Wallonne") if e.type == "place"]
    assert "Région Wallonne" not in region.aliases
    assert [e.id for e in gazetteer.lookup("Brabant Wallon")] == [
        e.id for e in gazetteer.lookup("Brabant wallon")
    ]


def test_villages_are_localities_of_a_municipality_read_after_a_cue(gazetteer: Gazetteer) -> None:
    # villages below the former municipalities were missing (Meyerode, Dreye, Remouchamps)
    villages = [e for e in gazetteer.entities.values() if e.classification == "locality"]
    assert len(villages) > 80
    for entity in villages:
        parent = gazetteer.by_id(entity.part_of or "")
        assert parent is not None and parent.classification == "municipality", entity.label
        if entity.source == "places.csv" and entity.label != "Louvain-la-Neuve":
            assert gazetteer.needs_cue(entity.id), entity.label
    expected = {"Meyerode": "Amblève", "Thommen": "Burg-Reuland", "Dreye": "Villers-le-Bouillet"}
    expected |= {"Remouchamps": "Aywaille", "Sougné": "Aywaille"}
    for village, municipality in expected.items():
        (entity,) = gazetteer.lookup(village)
        assert gazetteer.entities[entity.part_of or ""].label == municipality


def test_a_joined_name_that_is_a_phrase_gives_no_village(gazetteer: Gazetteer) -> None:
    # "Deux-Acren", "Forge-Philippe": a number, a common word or a first name joined to a name
    for word in ("Acren", "Philippe", "Forge", "Warnant-Dreye"):
        assert all(e.classification != "locality" for e in gazetteer.lookup(word)), word
    assert not [e for e in gazetteer.lookup("Komen-Waasten")]


def test_an_acronym_spelt_as_a_word_is_looked_up_not_recorded(gazetteer: Gazetteer) -> None:
    (cetic,) = gazetteer.lookup("CETIC")
    assert gazetteer.lookup("Cetic") == [cetic]
    assert "Cetic" not in cetic.aliases
    assert gazetteer.lookup("cetic") == []  # matched with its case
    assert gazetteer.lookup("Idea") == []  # "=IDEA": an acronym that is also a word
