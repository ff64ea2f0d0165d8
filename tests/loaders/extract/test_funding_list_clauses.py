"""List rows (session 21, held-out 34 and 36): rows written as clauses ("• le CGT octroie à la
société une subvention de N, liquidée entre 2016 et 2018 ; • la SOWALFIN garantit un crédit de
M"), and a table whose receiving column has a header of no role ("Pôle"). Invented sentences;
each test is named after what broke.
"""

from __future__ import annotations

from loaders.record import MentionType, Period
from tests.loaders.extract.test_funding import TECHNOCITE, funding_of

ID = "https://w3id.org/parlgraph/id/organisation/"
_NAMES: tuple[tuple[str, MentionType, str], ...] = (
    ("Technocité", "organisation", TECHNOCITE),
    ("Donateur D", "organisation", ID + "donateur-d"),
    ("Garant G", "organisation", ID + "garant-g"),
    ("Meusinvest", "organisation", ID + "meusinvest"),
)
_TEXT = (
    "Le projet est porté par Technocité. Les interventions publiques se répartissent comme "
    "suit :\n"
    "• le Donateur D octroie au centre une subvention de 4,5 millions d'euros pour le hall, "
    "liquidée entre 2016 et 2018 ;\n"
    "• le Garant G garantit à hauteur de 75 % un crédit bancaire de 12 millions d'euros, soit "
    "une garantie de 9 millions d'euros ;\n"
    "• Meusinvest reçoit de la Région 3,8 millions d'euros pour les voiries d'accès."
)


def test_a_row_s_years_were_its_sibling_rows_years() -> None:
    facts = funding_of(_TEXT, *_NAMES)
    assert [f.period for f in facts] == [Period("2016", "2018"), None, None, None]


def test_the_giver_a_row_opens_with_was_its_recipient() -> None:
    facts = funding_of(_TEXT, *_NAMES)
    recipients = [f.recipient for f in facts]
    assert ID + "donateur-d" not in recipients and ID + "garant-g" not in recipients
    assert [f.funder for f in facts][:1] == [ID + "donateur-d"]
    # a row whose verb is one of receiving still names its receiver first
    assert recipients[-1] == ID + "meusinvest"


def test_a_receiver_under_a_header_of_no_role_was_no_party() -> None:
    """Regression (held-out 36): "Domaine    Pôle    Aides", then "Sciences du vivant
    BioWin    23,8": only a header of the receiving role let a cell name the receiver; now only
    a header of another role ("Pouvoir subsidiant", `other-role-headers.txt`) keeps it out."""
    text = (
        "Les aides octroyées se répartissent comme suit entre les pôles (en euros) :\n\n"
        "Domaine    Pôle    Aides\n"
        "Sciences du vivant    Technocité    23.800\n"
        "Aéronautique    Meusinvest    17.400\n"
    )
    facts = funding_of(text, *(n for n in _NAMES if n[0] in text))
    assert [f.recipient for f in facts] == [TECHNOCITE, ID + "meusinvest"]
