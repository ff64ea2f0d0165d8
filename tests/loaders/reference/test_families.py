"""Families of real Walloon, Belgian and EU bodies and schemes in the reference data: each member
is one entity whether a sentence names it by its name or by its acronym, and acronyms that are
also common words are only read in capitals.

Every sentence here is invented for these tests; the names are those of real bodies.
"""

from __future__ import annotations

from collections import Counter

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


# (kind, sentence, how many times each member of the family is named in it, by reference key)
FAMILIES = [
    pytest.param(
        "organisation",
        (
            "L'Intercommunale d'électricité du Hainaut (IEH) a rejoint ORES Assets ; l'IEH "
            "disparaît. La Compagnie intercommunale liégeoise des eaux et la CILE ne font "
            "qu'une."
        ),
        {"ieh": 2, "ores-assets": 1, "cile": 2},
        id="intercommunales",
    ),
    pytest.param(
        "organisation",
        ("Sedilec, Simogel, Interlux, Intermosane, l'AIESH et l'AIEG distribuent l'électricité."),
        {"sedilec": 1, "simogel": 1, "interlux": 1, "intermosane": 1, "aiesh": 1, "aieg": 1},
        id="distribution-operators-2013",
    ),
    pytest.param(
        "organisation",
        ("L'intercommunale INTEREST a fusionné."),
        {"interest": 1},
        id="intercommunale-in-capitals",
    ),
    pytest.param(
        "organisation",
        (
            "La Haute École Robert Schuman (HERS) et la Haute École en Hainaut collaborent ; la "
            "HERS et la HEH ont signé avec les Facultés universitaires Notre-Dame de la Paix ; "
            "les FUNDP sont devenues l'UNamur."
        ),
        {"hers": 2, "heh": 2, "fundp": 2, "unamur": 1},
        id="universities-hautes-ecoles",
    ),
    pytest.param(
        "organisation",
        (
            "Le Centre hospitalier chrétien fusionne trois cliniques : le CHC construit un "
            "hôpital. Le Centre hospitalier universitaire de Liège, le CHU de Liège, est "
            "consulté."
        ),
        {"chc": 2, "chu-liege": 2},
        id="hospital-groups",
    ),
    pytest.param(
        "organisation",
        (
            "L'Organisme payeur de Wallonie verse les aides ; l'OPW a reçu l'avis de la Société "
            "wallonne de gestion et de participations, la SOGEPA."
        ),
        {"opw": 2, "sogepa": 2},
        id="walloon-public-bodies",
    ),
    pytest.param(
        "organisation",
        (
            "L'Association des clubs francophones de football et la Ligue belge francophone "
            "d'athlétisme ont écrit ; l'ACFF et la LBFA attendent une réponse."
        ),
        {"acff": 2, "lbfa": 2},
        id="sport-federations",
    ),
    pytest.param(
        "organisation",
        ("Le Pôle MecaTech, le cluster Plastiwin et le Cluster TWIST ; MecaTech et le TWIST."),
        {"mecatech": 2, "plastiwin": 1, "twist": 2},
        id="clusters-and-poles",
    ),
    pytest.param(
        "programme",
        (
            "Le Programme de transition professionnelle (PTP) et le Plan communal de "
            "développement de la nature sont maintenus ; le PTP et le PCDN de la commune aussi."
        ),
        {"ptp": 2, "pcdn": 2},
        id="walloon-local-schemes",
    ),
    pytest.param(
        "programme",
        ("Le projet relève d'Interreg Euregio Meuse-Rhin."),
        {"interreg-euregio-meuse-rhin": 1},
        id="interreg-strand",
    ),
    pytest.param(
        "organisation",
        (
            "Comme la Société des transports intercommunaux de Bruxelles et De Lijn, la STIB "
            "comparée au TEC ; Bruxelles Environnement (IBGE) et l'OVAM aussi."
        ),
        {"stib": 2, "de-lijn": 1, "tec": 1, "bruxelles-environnement": 2, "ovam": 1},
        id="brussels-flemish-counterparts",
    ),
    pytest.param(
        "organisation",
        (
            "Le Fonds européen d'investissement garantit ces prêts ; le FEI consulte la Cour "
            "des comptes européenne, qui n'est pas la Cour des comptes."
        ),
        {"fei": 2, "cour-des-comptes-europeenne": 1, "cour-des-comptes": 1},
        id="eu-bodies",
    ),
    pytest.param(
        "programme",
        (
            "Le Programme européen d'aide aux plus démunis prend fin en 2013 : le PEAD fait "
            "place au FEAD. Erasmus pour jeunes entrepreneurs relève de COSME."
        ),
        {"pead": 2, "fead": 1, "erasmus-jeunes-entrepreneurs": 1, "cosme": 1},
        id="eu-programmes",
    ),
    pytest.param(
        "organisation",
        (
            "L'agence Moody's a confirmé la note ; Standard & Poor's et Fitch Ratings la jugent "
            "stable, comme S&P l'an dernier."
        ),
        {"moodys": 1, "standard-and-poors": 2, "fitch-ratings": 1},
        id="rating-agencies",
    ),
    pytest.param(
        "organisation",
        (
            "Le Service public fédéral Finances et le SPF Finances ne font qu'un, comme le "
            "Service public de Wallonie Mobilité et Infrastructures et le SPW MI ; l'avis du "
            "Service public fédéral de programmation Intégration sociale a suivi."
        ),
        {"spf-finances": 2, "spw-mobilite-infrastructures": 2, "spp-is": 1},
        id="administrations-long-prefixes",
    ),
    pytest.param(
        "organisation",
        (
            "La Commission royale des Monuments, Sites et Fouilles a rendu un avis ; la CRMSF "
            "et l'Office national des pensions, devenu le Service fédéral des Pensions, ont "
            "écrit à la CTB."
        ),
        {"crmsf": 2, "sfp": 2, "ctb": 1},
        id="heritage-and-federal-bodies",
    ),
    pytest.param(
        "programme",
        (
            "Le Fonds européen d'orientation et de garantie agricole finançait la PAC ; le "
            "FEOGA, l'IFOP et le Fonds européen pour la pêche ont précédé le FEAMP. Le 7e "
            "programme-cadre a précédé Horizon 2020."
        ),
        {
            "feoga": 2,
            "pac": 1,
            "ifop": 1,
            "fep": 1,
            "feamp": 1,
            "7e-programme-cadre": 1,
            "horizon-2020": 1,
        },
        id="eu-funds-earlier-periods",
    ),
    pytest.param(
        "programme",
        (
            "Le projet relève d'Interreg IV A Grande Région, puis d'Interreg V-A "
            "France-Wallonie-Vlaanderen et d'Interreg VI A Euregio Meuse-Rhin, enfin d'Interreg "
            "V B Europe du Nord-Ouest."
        ),
        {
            "interreg-iv-a-grande-region": 1,
            "interreg-v-a-france-wallonie-vlaanderen": 1,
            "interreg-vi-a-euregio-meuse-rhin": 1,
            "interreg-v-b-europe-du-nord-ouest": 1,
        },
        id="interreg-by-period",
    ),
    pytest.param(
        "programme",
        (
            "La programmation FEDER 2014-2020 a suivi le Programme opérationnel Convergence "
            "2007-2013 et précède le Programme FEDER Wallonie 2021-2027."
        ),
        {"po-feder-2014-2020": 1, "po-convergence-2007-2013": 1, "po-feder-2021-2027": 1},
        id="erdf-programmes-by-period",
    ),
    pytest.param(
        "programme",
        (
            "Avant le Plan d'investissement communal, le Programme triennal des travaux ; le "
            "Plan mobilisateur TIC (PMTIC), le Plan Formation-Insertion et les Initiatives "
            "locales d'intégration restent."
        ),
        {
            "pic": 1,
            "programme-triennal-des-travaux": 1,
            "pmtic": 1,
            "plan-formation-insertion": 1,
            "ili": 1,
        },
        id="walloon-schemes-by-era",
    ),
    pytest.param(
        "organisation",
        (
            "Les Restos du Cœur, la Société de Saint-Vincent de Paul et le Réseau wallon de "
            "lutte contre la pauvreté (RWLP) ; le RWLP et les Restaurants du Cœur."
        ),
        {"restos-du-coeur": 2, "saint-vincent-de-paul": 1, "rwlp": 2},
        id="food-aid-and-anti-poverty",
    ),
    pytest.param(
        "organisation",
        "Le Parc naturel Viroin-Hermeton et le Parc naturel de Gaume pour leurs communes.",
        {"parc-naturel-viroin-hermeton": 1, "parc-naturel-gaume": 1},
        id="natural-parks",
    ),
    pytest.param(
        "organisation",
        (
            "Le GRACQ, Pro Velo et la Ligue des droits de l'Homme, devenue la Ligue des droits "
            "humains, ont écrit à Solidaris et à la Mutualité chrétienne."
        ),
        {
            "gracq": 1,
            "pro-velo": 1,
            "ligue-des-droits-humains": 2,
            "solidaris": 1,
            "mutualite-chretienne": 1,
        },
        id="civil-society",
    ),
    pytest.param(
        "organisation",
        (
            "Le Département du Sol et des Déchets (DSD) et le Département de l'aménagement du "
            "territoire et de l'urbanisme ont rendu un avis ; le DSD a écrit."
        ),
        {"dsd": 2, "departement-amenagement-urbanisme": 1},
        id="spw-departments",
    ),
    pytest.param(
        "organisation",
        "La SOWECSOM, devenue W.Alter, soutient SAW-B ; le SeGEC et le CPEONS ont écrit.",
        {"w-alter": 2, "saw-b": 1, "segec": 1, "cpeons": 1},
        id="social-economy-and-school-networks",
    ),
    pytest.param(
        "programme",
        (
            "Le Fonds des communes et le Fonds spécial de l'aide sociale (FSAS) ; le FSAS et le "
            "Plan PLUIES ont suivi le Contrat d'avenir pour la Wallonie."
        ),
        {"fonds-des-communes": 1, "fsas": 2, "plan-pluies": 1, "contrat-d-avenir": 1},
        id="walloon-funds-and-plans",
    ),
    pytest.param(
        "programme",
        (
            "Le Petit patrimoine populaire wallon (PPPW), les IDESS, le Fonds énergie, les EPN, "
            "FIRST Spin-off, MEBAR et le Plan Job Tonic ; le PPPW et la Prime Habitation."
        ),
        {
            "pppw": 2,
            "idess": 1,
            "fonds-energie": 1,
            "epn": 1,
            "first-spin-off": 1,
            "mebar": 1,
            "plan-job-tonic": 1,
            "prime-habitation": 1,
        },
        id="walloon-schemes-of-2004-2026",
    ),
]


@pytest.mark.parametrize(("kind", "text", "counts"), FAMILIES)
def test_a_family_member_is_one_entity_by_name_and_acronym(
    gazetteer: Gazetteer, kind: str, text: str, counts: dict[str, int]
) -> None:
    expected = Counter({mint(kind, key): count for key, count in counts.items()})
    assert Counter(named(text, gazetteer, kind)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an intercommunale named like an English word is read in capitals only
        "Cet investissement présente un intérêt : Interest rate.",
        # 'Erasme' alone is a name (and a metro station), not the hospital
        "Erasme de Rotterdam écrivait en latin.",
        # a twist in lower case is a word, not the cluster
        "Un twist inattendu.",
        # 'un programme triennal' is any three-year programme, not the Walloon works programme
        "La commune adopte un programme triennal de travaux.",
        # lower-case policies are read only after a cue that makes them a scheme
        "La politique intégrée de la ville est un débat ; le plan grand froid commence.",
    ],
)
def test_a_name_that_is_also_a_word_is_not_read(gazetteer: Gazetteer, text: str) -> None:
    assert named(text, gazetteer) == [] and named(text, gazetteer, "programme") == []


@pytest.mark.parametrize(
    ("member", "family"),
    [
        ("interreg-euregio-meuse-rhin", "interreg"),
        ("interreg-v-a-grande-region", "interreg-grande-region"),
        ("interreg-vi-b-europe-du-nord-ouest", "interreg-europe-du-nord-ouest"),
        ("erasmus-jeunes-entrepreneurs", "cosme"),
        ("po-feder-2014-2020", "programme-operationnel-feder"),
        ("leonardo-da-vinci", "eftlv"),
    ],
)
def test_a_member_is_part_of_its_family(gazetteer: Gazetteer, member: str, family: str) -> None:
    entity = gazetteer.by_id(mint("programme", member))
    assert entity is not None and entity.part_of == mint("programme", family)
