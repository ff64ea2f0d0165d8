"""Families of real Walloon bodies and schemes in the reference data: each member is one entity
whether a sentence names it by its name or by its acronym, and acronyms that are also common
words are only read in capitals.

Every sentence here is invented for these tests; the names are those of real bodies.
"""

from __future__ import annotations

import pytest

from loaders.extract.entities import find_entities
from loaders.ids import mint
from loaders.reference.gazetteer import Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def named(text: str, gazetteer: Gazetteer, kind: str = "organisation") -> list[str | None]:
    """The entity each mention of `kind` resolves to, in the order of the text."""
    mentions, _ = find_entities(text, "answer", gazetteer)
    return [m.id for m in mentions if m.type == kind]


def test_intercommunales_by_name_and_acronym(gazetteer: Gazetteer) -> None:
    text = (
        "L'Intercommunale d'électricité du Hainaut (IEH) a rejoint ORES Assets ; l'IEH "
        "disparaît. La Compagnie intercommunale liégeoise des eaux et la CILE ne font qu'une."
    )
    ieh, cile = mint("organisation", "ieh"), mint("organisation", "cile")
    found = named(text, gazetteer)
    assert set(found) == {ieh, cile, mint("organisation", "ores-assets")}
    assert found.count(ieh) >= 2 and found.count(cile) == 2


def test_distribution_operators_of_2013_are_known(gazetteer: Gazetteer) -> None:
    text = "Sedilec, Simogel, Interlux, Intermosane, l'AIESH et l'AIEG distribuent l'électricité."
    assert named(text, gazetteer) == [
        mint("organisation", key)
        for key in ["sedilec", "simogel", "interlux", "intermosane", "aiesh", "aieg"]
    ]


def test_an_intercommunale_named_like_a_common_word_needs_capitals(gazetteer: Gazetteer) -> None:
    assert named("Cet investissement présente un intérêt : Interest rate.", gazetteer) == []
    assert named("L'intercommunale INTEREST a fusionné.", gazetteer) == [
        mint("organisation", "interest")
    ]


def test_universities_and_hautes_ecoles_by_name_and_acronym(gazetteer: Gazetteer) -> None:
    text = (
        "La Haute École Robert Schuman (HERS) et la Haute École en Hainaut collaborent ; la "
        "HERS et la HEH ont signé avec les Facultés universitaires Notre-Dame de la Paix ; "
        "les FUNDP sont devenues l'UNamur."
    )
    hers, heh, fundp = (mint("organisation", k) for k in ["hers", "heh", "fundp"])
    found = named(text, gazetteer)
    assert set(found) == {hers, heh, fundp, mint("organisation", "unamur")}
    assert found.count(hers) >= 2 and found.count(heh) == 2 and found.count(fundp) == 2


def test_hospital_groups_by_name_and_acronym(gazetteer: Gazetteer) -> None:
    text = (
        "Le Centre hospitalier chrétien fusionne trois cliniques : le CHC construit un hôpital. "
        "Le Centre hospitalier universitaire de Liège, le CHU de Liège, est consulté."
    )
    chc, chu = mint("organisation", "chc"), mint("organisation", "chu-liege")
    found = named(text, gazetteer)
    assert set(found) == {chc, chu}
    assert found.count(chc) >= 2 and found.count(chu) == 2
    # 'Erasme' alone is a name (and a metro station), not the hospital
    assert named("Erasme de Rotterdam écrivait en latin.", gazetteer) == []


def test_walloon_public_bodies_by_name_and_acronym(gazetteer: Gazetteer) -> None:
    text = (
        "L'Organisme payeur de Wallonie verse les aides ; l'OPW a reçu l'avis de la Société "
        "wallonne de gestion et de participations, la SOGEPA."
    )
    opw, sogepa = mint("organisation", "opw"), mint("organisation", "sogepa")
    found = named(text, gazetteer)
    assert set(found) == {opw, sogepa}
    assert found.count(opw) == 2 and found.count(sogepa) == 2


def test_sport_federations_by_name_and_acronym(gazetteer: Gazetteer) -> None:
    text = (
        "L'Association des clubs francophones de football et la Ligue belge francophone "
        "d'athlétisme ont écrit ; l'ACFF et la LBFA attendent une réponse."
    )
    acff, lbfa = mint("organisation", "acff"), mint("organisation", "lbfa")
    found = named(text, gazetteer)
    assert sorted(found) == sorted([acff, lbfa, acff, lbfa])


def test_clusters_and_poles_by_name(gazetteer: Gazetteer) -> None:
    text = "Le Pôle MecaTech, le cluster Plastiwin et le Cluster TWIST ; MecaTech et le TWIST."
    mecatech, twist = mint("organisation", "mecatech"), mint("organisation", "twist")
    found = named(text, gazetteer)
    assert set(found) == {mecatech, twist, mint("organisation", "plastiwin")}
    assert found.count(mecatech) == 2 and found.count(twist) == 2
    # a twist in lower case is a word
    assert named("Un twist inattendu.", gazetteer) == []


def test_walloon_programmes_by_name_and_acronym(gazetteer: Gazetteer) -> None:
    text = (
        "Le Programme de transition professionnelle (PTP) et le Plan communal de développement "
        "de la nature sont maintenus ; le PTP et le PCDN de la commune aussi."
    )
    ptp, pcdn = mint("programme", "ptp"), mint("programme", "pcdn")
    found = named(text, gazetteer, "programme")
    assert set(found) == {ptp, pcdn}
    assert found.count(ptp) >= 2 and found.count(pcdn) == 2


def test_a_strand_of_interreg_is_part_of_interreg(gazetteer: Gazetteer) -> None:
    found = named("Le projet relève d'Interreg Euregio Meuse-Rhin.", gazetteer, "programme")
    assert found == [mint("programme", "interreg-euregio-meuse-rhin")]
    strand = gazetteer.by_id(found[0])
    assert strand is not None and strand.part_of == mint("programme", "interreg")


def test_brussels_and_flemish_counterparts_by_name_and_acronym(gazetteer: Gazetteer) -> None:
    text = (
        "Comme la Société des transports intercommunaux de Bruxelles et De Lijn, la STIB "
        "comparée au TEC ; Bruxelles Environnement (IBGE) et l'OVAM aussi."
    )
    stib, ibge = mint("organisation", "stib"), mint("organisation", "bruxelles-environnement")
    found = named(text, gazetteer)
    assert found.count(stib) == 2 and found.count(ibge) >= 1
    assert mint("organisation", "de-lijn") in found and mint("organisation", "ovam") in found


def test_eu_bodies_by_name_and_acronym(gazetteer: Gazetteer) -> None:
    text = (
        "Le Fonds européen d'investissement garantit ces prêts ; le FEI consulte la Cour des "
        "comptes européenne, qui n'est pas la Cour des comptes."
    )
    fei = mint("organisation", "fei")
    assert named(text, gazetteer) == [
        fei,
        fei,
        mint("organisation", "cour-des-comptes-europeenne"),
        mint("organisation", "cour-des-comptes"),
    ]


def test_eu_programmes_by_name_and_acronym(gazetteer: Gazetteer) -> None:
    text = (
        "Le Programme européen d'aide aux plus démunis prend fin en 2013 : le PEAD fait place "
        "au FEAD. Erasmus pour jeunes entrepreneurs relève de COSME."
    )
    pead = mint("programme", "pead")
    assert named(text, gazetteer, "programme") == [
        pead,
        pead,
        mint("programme", "fead"),
        mint("programme", "erasmus-jeunes-entrepreneurs"),
        mint("programme", "cosme"),
    ]
    entity = gazetteer.by_id(mint("programme", "erasmus-jeunes-entrepreneurs"))
    assert entity is not None and entity.part_of == mint("programme", "cosme")
