"""Funding facts: an amount tied to its recipient, its programme, its period and its purpose.

Each part of a fact is read from what the sentence says, by French linguistic cues, and left None
when the sentence does not say it; nothing is filled from mere proximity. One module per part:
`recipient`, `source` (the programme; `governing` the one the text's structure names), `period`,
`purpose`; `sentences` holds the text they read.

Across sentences:
- a sentence that refers back to money or a scheme the previous sentence introduced ("ce
  budget", "cette enveloppe", or "ainsi" after a sentence with no amount of its own that speaks
  of money or places its subject "dans ce dispositif") takes from that sentence what it does not
  say itself;
- "sur la même période" is the previous fact's period;
- a sentence whose receiving subject is not an organisation ("les activités … ont bénéficié")
  names what the money is for, and the recipient is the previous fact's, when that fact is in
  the sentence just before.
A fact's span is the amount's sentence. `find_funding` runs one step per concern:
`not_given.not_given` (amounts that are no money given), `instrument.read_instrument` (money lent,
guaranteed, invested or advanced rather than given), `_read` (the sentence, its list row,
"respectivement", the sentence before: `amount_facts.read_amount`), `context.part_facts` (a
"dont" total), `amount_facts.own_source`, `amount_facts.given_without_party` (money given without
a party), `_emitted` (one fact per party); `context` holds what a fact takes from around its
sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from loaders.extract.funding.amount_facts import (
    given_without_party,
    own_source,
    read_amount,
    scheme_share,
)
from loaders.extract.funding.context import (
    Facts,
    Speaker,
    part_facts,
    rows_total,
    sentence_facts,
)
from loaders.extract.funding.coordination import each, given_each, same_sum
from loaders.extract.funding.distribution import distributed, envelope_shares, envelopes
from loaders.extract.funding.funder import Institutions, guarantor
from loaders.extract.funding.governing import (
    asked_programme,
    governing_programme,
    lends,
    topic_programme,
)
from loaders.extract.funding.governments import territory_of
from loaders.extract.funding.guaranteed import guaranteed_loans
from loaders.extract.funding.instrument import (
    borrower,
    had_from,
    lead_instrument,
    read_instrument,
    stake_holder,
)
from loaders.extract.funding.learned import learnt_given, learnt_recipient
from loaders.extract.funding.not_given import (
    compared_to_no_grant,
    contract_price,
    costed,
    measured_spending,
    not_given,
    own_spending,
    part_of_income,
    withdrawn,
)
from loaders.extract.funding.parts import link_included, link_wholes, total_of
from loaders.extract.funding.period import governing_period
from loaders.extract.funding.recipient import (
    DATIVE,
    place_for,
    tied_recipient,
)
from loaders.extract.funding.sentences import RECEIVING_VERB, TOPIC, FundingText
from loaders.extract.funding.sites import site_of
from loaders.extract.funding.stated import stated_funders
from loaders.record import Amount, Entity, Funding, Mention, Part

__all__ = ["find_funding"]

# Money lent, guaranteed or invested for a stake: a scheme of grants that governs what follows
# is not its source (a repayable advance is how research schemes give, and stays theirs).
_HELD = ("loan", "guarantee", "equity")


def find_funding(
    text: str,
    part: Part,
    amounts: Sequence[Amount],
    mentions: Sequence[Mention],
    entities: Sequence[Entity] = (),
    government: str | None = None,
    region: str | None = None,
    question: str = "",
) -> list[Funding]:
    """Funding facts for the amounts of `part` whose sentence speaks of giving or receiving money.

    `amounts` is the record's whole list: `Funding.amount` is an index into it. `entities` tell
    which organisation each site belongs to. `government` is the IRI of the government of the
    parliament, whom a minister's "j'ai pu dégager" and a text's "le Gouvernement" name;
    `region` the IRI of its region as a legal person, whom "la Région a octroyé" names.
    `question` is the question's text when `part` is the answer: the parties an answer counts
    without naming them ("aux trois communes citées par l'honorable membre") are named there.
    """
    doc = FundingText(text, part, mentions, amounts, entities)
    if part == "answer" and question:
        doc.asked = FundingText(question, "question", mentions, amounts, entities)
    owners = {e.id: e.part_of for e in entities if e.type == "site" and e.part_of}
    speaker = Speaker(Institutions(government, region, territory_of(region)), part == "answer")
    if not doc.sentences:
        return []
    facts: list[Funding] = []
    previous: tuple[int, Facts] | None = None
    for number, amount in enumerate(amounts):
        if amount.part != part or not_given(text, amount):
            continue
        index = doc.sentence_of(amount.start)
        if (
            part_of_income(doc, index)
            or contract_price(doc, index, amount)
            or own_spending(doc, index, amount)
            or withdrawn(doc, index, amount)
            or measured_spending(doc, index, amount)
            or compared_to_no_grant(doc, index, amount)
        ):
            continue
        found, signs = read_amount(doc, index, amount, speaker, previous)
        instrument = read_instrument(text, amount)
        if instrument == "grant" and signs.listed is not None and signs.listed.lead is not None:
            # "Novallia a accordé des prêts aux entreprises suivantes : • X : N"
            instrument = lead_instrument(doc, signs.listed.lead)
        if instrument == "equity":
            # the body whose capital the amount goes into ("N dans le capital de X") is who
            # receives it, over a party the sentence names otherwise
            found = replace(found, recipient=stake_holder(doc, index, amount) or found.recipient)
        if instrument != "guarantee" and found.funder == guarantor(doc, index):
            # "X a garanti un crédit bancaire de N accordé à Y": X backs the loan, lends nothing
            found = replace(found, funder=None)
        if found.funder is None:
            found = replace(found, funder=had_from(doc, index, amount, instrument))
        if instrument == "loan" and found.recipient is None:
            found = replace(found, recipient=borrower(doc, index, amount))
        if previous is not None and _to_the_same(doc, index, amount, previous):
            found = replace(found, recipient=previous[1].recipient)
        found = replace(
            found,
            recipient=site_of(doc, index, amount.end, found.recipient, owners),
            funder=None if found.funder == found.recipient else found.funder,
        )
        if found.recipient is not None and found.recipient == speaker.known.government:
            # The government decides and gives; what it is said to get is its region's.
            found = replace(found, recipient=None)
        total = doc.totals.get(index)
        # the fact this amount is a part of: its "dont" total's, or its list's lead's
        of = total_of(
            doc, facts, amounts, number, rows_total(doc, signs.listed) if total is None else total
        )
        if total is not None:
            found, whole = part_facts(doc, total, found, speaker)
            signs.whole = bool(whole.recipient or whole.programme or whole.funder)
            found.recipient = found.recipient or tied_recipient(doc, index, amount.start)
            if found.recipient is None and of is None:
                # "Ces travaux, menés par X, ont coûté N, dont M pris en charge par le FEDER":
                # the total is no fact the part could reach, so the part is its party's.
                found = replace(found, recipient=whole.recipient)
        found = own_source(doc, index, amount, found)
        # "60.000 euros chacune": one fact for each party of the group; "les lauréats reçoivent
        # chacun entre N et M" names no party: what each of an unnamed set gets, a rate.
        parties: list[str | None] = [*each(doc, index, amount)]
        if not parties and given_each(doc, index, amount) and found.recipient is None:
            continue
        parties = parties or [
            found.recipient,
            *same_sum(doc, index, amount),
        ]
        partyless = parties == [None] and found.programme is None
        learnt: float | None = None
        if partyless and instrument == "grant" and scheme_share(doc, index, amount, found):
            # "La Wallonie, par le SPW ARNE, apporte N" under a scheme the text names: a
            # giver's share of the scheme's money, no one named to receive it.
            found = replace(found, programme=governing_programme(doc, index))
            partyless = False
        if partyless and not given_without_party(doc, index, amount, found, signs):
            # A grant has a party: who gets it (one or a group the text names: "à Namur, Liège
            # et Mons", a "respectivement" it cannot pair), its programme, or who hands it over
            # ("le Gouvernement a octroyé aux intercommunales un montant total de N"); without
            # one, the amount is a cost, a price, a total, money a body spends on its own work,
            # unless the models learnt from every development and training corpus read it as
            # money given (and name whom to, when one name is likely enough).
            learnt = learnt_given(doc, index, amount)
            if learnt is None or costed(doc, index, amount):
                continue
            # money lent, guaranteed or invested with no verb of receiving: the sentence's subject
            # lends it ("Le Forem a ouvert aux entreprises de X le prêt « R », doté de N"), and
            # is no borrower the model may name
            opening = doc.opening(index)
            lender = (
                opening.id
                if opening is not None
                and instrument in _HELD
                and not RECEIVING_VERB.search(doc.text, *doc.sentences[index])
                else None
            )
            party = learnt_recipient(doc, index, amount, found.funder or lender)
            party = site_of(doc, index, amount.end, party, owners)
            parties = [None if party == speaker.known.government else party]
        if found.programme is None:
            # the scheme that governs what follows grants; a loan, a guarantee or a stake is not
            # its money unless the sentence says it continues the scheme ("a ainsi bénéficié
            # d'un prêt") or the scheme lends ("le prêt « X »")
            governing = governing_programme(doc, index, amount.start)
            if instrument in _HELD and governing is not None and not lends(doc, governing):
                governing = None
            found = replace(found, programme=topic_programme(doc, index) or governing)
        if found.programme is None:
            found = replace(found, programme=asked_programme(doc, index))
        if found.period is None:
            found = replace(found, period=governing_period(doc, index))
        if found.programme is None and of is not None:
            # A part's programme is its total's, also one its total took from the text's topic.
            found = replace(found, programme=facts[of].programme)
        if instrument == "grant" and of is not None:
            # A part of a loan is lent ("un prêt de 150 millions, dont 60 pour le contournement").
            instrument = facts[of].instrument
        emitted = _emitted(doc, (index, part), number, found, parties, (of, facts))
        if learnt is not None:
            # Kept by the learnt model, not by a rule: said so, with the model's probability.
            emitted = [replace(f, method="learnt", confidence=round(learnt, 3)) for f in emitted]
        facts += [replace(fact, instrument=instrument) for fact in emitted]
        previous = (index, found)
    facts = guaranteed_loans(doc, facts, amounts, speaker.known)
    link_wholes(doc, facts, amounts)
    shared = envelope_shares(doc, facts, amounts)
    wholes = envelopes(doc, facts, amounts, shared)
    facts = stated_funders(doc, facts, speaker.known, speaker.minister, wholes)
    facts = distributed(
        doc, facts, amounts, shared, lambda index: _envelope_facts(doc, index, speaker)
    )
    link_included(doc, facts, amounts)
    return facts


def _to_the_same(doc: FundingText, index: int, amount: Amount, previous: tuple[int, Facts]) -> bool:
    """ "… dans le capital de X, et lui a consenti un prêt de N": "lui" before the verb that
    gives the amount is the party of the sentence's previous fact; so it is in the sentence
    right after that fact's ("La DGO6 lui a octroyé une prime de N. La Sowalfin lui a en outre
    consenti un prêt de M"), unless the sentence opens with a topic of its own ("En ce qui
    concerne X, N lui a été versé"). "leur" stands for several, which no one fact names, as
    `recipient` reads it."""
    start = doc.sentences[index][0]
    if previous[0] != index and (previous[0] != index - 1 or TOPIC.match(doc.text, start)):
        return False
    # after the amount before this one in its sentence, if any
    after = max(
        (a.end for a in doc.amounts if a.part == amount.part and start <= a.end <= amount.start),
        default=start,
    )
    dative = DATIVE.search(doc.text, after, amount.start)
    return (
        previous[1].recipient is not None
        and dative is not None
        and dative.group("pronoun").lower() == "lui"
    )


def _envelope_facts(doc: FundingText, index: int, speaker: Speaker) -> Facts:
    """What sentence `index`, an envelope that holds no fact, says of its money's programme,
    period and funder (its programme also by the text's topic or structure)."""
    near = next(a.start for a in doc.amounts if doc.sentence_of(a.start) == index)
    found = sentence_facts(doc, index, near, speaker)
    programme = found.programme or topic_programme(doc, index) or governing_programme(doc, index)
    return replace(found, programme=programme)


def _emitted(
    doc: FundingText,
    where: tuple[int, Part],
    number: int,
    found: Facts,
    parties: list[str | None],
    whole: tuple[int | None, list[Funding]],
) -> list[Funding]:
    """One fact per party of amount `number` in sentence and part `where`. A part's money
    reaches its total's body (`whole`: the total's index among the facts so far): not again as
    its own recipient, nor a place its clause names after "pour" ("à la SOWAER, dont 31,2
    millions pour Liège")."""
    index, part = where
    of, facts = whole
    start, end = doc.sentences[index]
    reached = None if of is None else facts[of].recipient
    partyless = parties == [None] and found.programme is None
    return [
        Funding(
            amount=number,
            recipient=None
            if reached and (party == reached or place_for(doc, index, party))
            else party,
            part_of=of,
            funder=found.funder,
            budget=found.budget,
            programme=found.programme,
            period=found.period,
            purpose=found.purpose,
            part=part,
            start=start,
            end=end,
            text=doc.text[start:end],
            confidence=0.6 if partyless else 1.0,
        )
        for party in parties
    ]
