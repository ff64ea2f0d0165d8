"""Whom a description after a verb of giving stands for (session 21, `FundingText.described`):
"consenti à l'entreprise" is the last company named, but not one named as the giver. Invented
sentences; each test is named after what broke.
"""

from __future__ import annotations

from loaders.record import Entity, MentionType
from tests.loaders.extract.test_funding import funding_of

ID = "https://w3id.org/parlgraph/id/organisation/"
FIRM, INVESTOR = ID + "zorglab", ID + "meusinvest"
_ENTITIES = [
    Entity(FIRM, "organisation", "Zorglab SA", classification="company"),
    Entity(INVESTOR, "organisation", "Meusinvest", classification="company"),
]
_NAMES: tuple[tuple[str, MentionType, str], ...] = (
    ("Zorglab SA", "organisation", FIRM),
    ("Meusinvest", "organisation", INVESTOR),
)


def test_the_enterprise_was_the_investor_named_last() -> None:
    """Held-out 23: "X a obtenu de I un prêt. I a en outre pris une participation. La Sowalfin
    garantit un crédit consenti à l'entreprise" gave the credit to the investor I."""
    text = (
        "La société Zorglab SA a obtenu de Meusinvest un prêt subordonné de 1,2 million d'euros. "
        "Meusinvest a en outre pris une participation de 350.000 euros dans son capital. La "
        "Sowalfin garantit par ailleurs à 50 % un crédit bancaire de 800.000 euros consenti à "
        "l'entreprise, soit 400.000 euros."
    )
    facts = funding_of(text, *_NAMES, entities=_ENTITIES)
    assert [f.recipient for f in facts] == [FIRM] * 4
