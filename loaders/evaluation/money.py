"""The money rules of tests/corpus/README.md: amounts, and the funding facts tied to them.

Amounts pair on part, currency and value (within 0.5 %) with overlapping spans; funding facts
pair on value, then recipient, programme and period are each scored right or wrong, and so are
the funder (where the gold annotates funders) and the instrument (grant unless the gold says).
"""

from __future__ import annotations

import re

from loaders.evaluation.candidates import Candidate, Extraction, keys, normalise
from loaders.evaluation.gold import FUNDER_KINDS, RECIPIENT_KINDS, GoldAmount, GoldDocument
from loaders.evaluation.matching import FRAME, KindResult, fits_as, pair, site_fits
from loaders.record import Amount, Funding

TOLERANCE = 0.005


def close(gold: float, value: float) -> bool:
    return abs(gold - value) <= TOLERANCE * abs(gold)


def spans_of(text: str, quote: str) -> list[tuple[int, int]]:
    """Where a gold quote stands in a part's text; apostrophes and spaces may differ in form."""
    pattern = re.escape(quote)
    pattern = re.sub(r"(?:\\ |\s)+", r"\\s+", pattern)
    pattern = re.sub("['\u2019]", "['\u2019]", pattern)
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def score_amounts(document: GoldDocument, extraction: Extraction) -> KindResult:
    """Part, currency and value within 0.5 %, and the spans overlap."""
    record = extraction.record
    located = {
        i: spans_of(record.text_of(gold.part), gold.text) for i, gold in enumerate(document.amounts)
    }

    def fits_at(i: int, amount: Amount) -> bool:
        gold = document.amounts[i]
        overlaps = any(s < amount.end and amount.start < e for s, e in located[i])
        return (
            gold.part == amount.part
            and gold.currency == amount.currency
            and close(gold.value, amount.value)
            and (overlaps or not located[i])
        )

    indices = list(range(len(document.amounts)))
    pairs = pair(indices, record.amounts, fits_at)
    result = KindResult(tp=len(pairs))
    for i, gold in enumerate(document.amounts):
        if not located[i]:
            result.notes.append(f"'{gold.text}' not in the parsed {gold.part}: span not checked")
        if i in pairs:
            _check_amount(result, gold, record.amounts[pairs[i]])
        else:
            result.fn += 1
            result.false_negatives.append(_gold_amount(gold, located[i]))
    used = set(pairs.values())
    for e, amount in enumerate(record.amounts):
        if e not in used:
            result.fp += 1
            result.false_positives.append(
                f"'{amount.text}' = {_money(amount.value)} {amount.currency} {amount.approximation}"
                f" ({amount.part} {amount.start}-{amount.end})"
            )
    return result


def _check_amount(result: KindResult, gold: GoldAmount, found: Amount) -> None:
    """Qualifier always; a range's high end and a rate's unit where the gold gives them."""
    result.check(
        "approximation",
        gold.approximation == found.approximation,
        f"'{gold.text}': {found.approximation}, gold {gold.approximation}",
    )
    if gold.high is not None:
        right = found.high is not None and close(gold.high, found.high)
        result.check("range high", right, f"'{gold.text}': high {found.high}, gold {gold.high}")
    if gold.per is not None:
        right = found.per is not None and normalise(found.per) == normalise(gold.per)
        result.check("rate unit", right, f"'{gold.text}': per {found.per!r}, gold {gold.per!r}")


def _gold_amount(gold: GoldAmount, located: list[tuple[int, int]]) -> str:
    where = f"{gold.part} {located[0][0]}-{located[0][1]}" if located else f"{gold.part}, not found"
    return f"'{gold.text}' = {_money(gold.value)} {gold.currency} {gold.approximation} ({where})"


# Funding --------------------------------------------------------------------------------------


def score_funding(document: GoldDocument, extraction: Extraction) -> KindResult:
    """Facts pair on value; recipient, programme and period are then each right or wrong, and
    the funder where the gold annotates funders, and the instrument (a loan is no grant; the
    pairing prefers the fact of the gold's instrument when values tie). A part's recipient is
    the one its money reaches: its own, else its total's (tests/corpus/README.md, "dont" parts)."""
    record = extraction.record
    facts = [f for f in record.funding if 0 <= f.amount < len(record.amounts)]
    checks = ("recipient", "programme", "period")

    def agreement(i: int, fact: Funding) -> float:
        """Attributes in agreement, ties broken by the closer value: 1,6 and 1,597 million are
        within tolerance of each other, and each fact must keep its own."""
        gold = document.funding[i].value
        distance = abs(gold - record.amounts[fact.amount].value) / gold
        rights = sum(_attribute_right(document, extraction, i, fact, name) for name in checks)
        return rights + (document.funding[i].instrument == fact.instrument) - distance

    indices = list(range(len(document.funding)))
    pairs = pair(
        indices,
        facts,
        lambda i, fact: close(document.funding[i].value, record.amounts[fact.amount].value),
        agreement,
    )
    result = KindResult(tp=len(pairs))
    for i, gold in enumerate(document.funding):
        if i not in pairs:
            result.fn += 1
            result.false_negatives.append(
                _fact(_money(gold.value), gold.recipient, gold.programme, gold.period)
                + _as_instrument(gold.instrument)
            )
            continue
        fact = facts[pairs[i]]
        rights = [_attribute_right(document, extraction, i, fact, name) for name in checks]
        for name, right in zip(checks, rights, strict=True):
            result.check(
                name,
                right,
                f"{_money(gold.value)}: {name} is {_shown(extraction, fact, name)},"
                f" gold {_period(getattr(gold, name))}",
            )
        result.check("fully right", all(rights))
        if gold.funder_annotated:
            right = party_right(document, extraction, gold.funder, fact.funder, FUNDER_KINDS)
            result.check(
                "funder",
                right,
                f"{_money(gold.value)}: funder is {_shown(extraction, fact, 'funder')},"
                f" gold {gold.funder}",
            )
        result.check(
            "instrument",
            gold.instrument == fact.instrument,
            f"{_money(gold.value)}: instrument is {fact.instrument}, gold {gold.instrument}",
        )
        if gold.purpose:
            result.check("purpose words", _overlap(gold.purpose, fact.purpose) >= 0.5)
    used = set(pairs.values())
    for e, fact in enumerate(facts):
        if e not in used:
            result.fp += 1
            amount = record.amounts[fact.amount]
            shown = [_shown(extraction, fact, name) for name in checks]
            result.false_positives.append(
                _fact(f"'{amount.text}'", *shown) + _as_instrument(fact.instrument)
            )
    return result


def _attribute_right(
    document: GoldDocument, extraction: Extraction, index: int, fact: Funding, name: str
) -> bool:
    gold = document.funding[index]
    if name == "period":
        if gold.period is None or fact.period is None:
            return gold.period is None and fact.period is None
        return gold.period == (fact.period.start[:4], fact.period.end[:4])
    if name == "recipient":
        reached = extraction.record.reached_recipient(fact)
        return party_right(document, extraction, gold.recipient, reached, RECIPIENT_KINDS)
    wanted, iri = gold.programme, fact.programme
    if wanted is None or iri is None:
        return wanted is None and iri is None
    candidate = extraction.candidate(iri)
    if candidate is not None and candidate.type == "project":
        candidate = candidate.programme
    return fits_as(document.named(("programme",), wanted), candidate)


def party_right(
    document: GoldDocument,
    extraction: Extraction,
    wanted: str | None,
    iri: str | None,
    kinds: tuple[str, ...],
) -> bool:
    """A recipient or funder: null must be null; a gold site needs that site; a site of the gold
    organisation is that organisation's money, said more precisely (gold written before sites
    were read as recipients names the body); a town council is its municipality; the Walloon
    Region is one party whether a side names its territory (the place Wallonie) or the legal
    person (the organisation Région wallonne), the scorer's ruling of session 9."""
    if wanted is None or iri is None:
        return wanted is None and iri is None
    gold = document.named(kinds, wanted)
    candidate: Candidate | None = extraction.candidate(iri)
    if gold is not None and candidate is not None and _the_region(gold.names, candidate.names):
        return True
    if gold is not None and gold.type == "site":
        return (
            candidate is not None
            and candidate.type == "site"
            and site_fits(document)(gold, candidate)
        )
    if candidate is not None and candidate.type == "site":
        candidate = candidate.owner
    return fits_as(gold, candidate) or fits_as(gold, _municipality_of_council(extraction, iri))


def _the_region(gold: tuple[str, ...], candidate: frozenset[str]) -> bool:
    """Whether both sides name the Walloon Region, as a territory or as a legal person."""
    return not FRAME.isdisjoint(keys(gold)) and not FRAME.isdisjoint(candidate)


def _municipality_of_council(extraction: Extraction, iri: str) -> Candidate | None:
    """The municipality whose council the party is ("la Ville de Mons" is Mons as a body): gold
    that gives the money to the municipality ("Mons") names the same party."""
    entity = extraction.entities.get(iri)
    if entity is None or entity.classification != "local_authority":
        return None
    return extraction.candidate(entity.located_in)


def _fact(value: str, recipient: object, programme: object, period: object) -> str:
    return f"{value} to {recipient} from {programme} period {_period(period)}"


def _as_instrument(instrument: str) -> str:
    """What the details write after a fact to name its instrument (" as loan", " as guarantee",
    " as equity"…, every instrument but a grant, the default left unsaid), so that a missed or
    false fact of money lent, guaranteed or invested reads as such."""
    return "" if instrument == "grant" else f" as {instrument}"


def _period(period: object) -> str:
    if isinstance(period, tuple):
        return "-".join(period)
    return str(period)


def _shown(extraction: Extraction, fact: Funding, name: str) -> str:
    if name == "period":
        return f"{fact.period.start}-{fact.period.end}" if fact.period else "None"
    recipient = extraction.record.reached_recipient(fact)
    iri = {"recipient": recipient, "funder": fact.funder}.get(name, fact.programme)
    candidate = extraction.candidate(iri)
    return candidate.label if candidate else str(iri)


def _overlap(gold: str, extracted: str | None) -> float:
    """Share of the gold purpose's content words (4 letters or more) the extracted one has."""
    wanted = {w for w in re.findall(r"\w{4,}", normalise(gold))}
    found = {w for w in re.findall(r"\w{4,}", normalise(extracted or ""))}
    return len(wanted & found) / len(wanted) if wanted else 1.0


def _money(value: float) -> str:
    """A value as people read it in the details: 8782205, 1597000, 122718.81."""
    return f"{value:.2f}".removesuffix(".00")
