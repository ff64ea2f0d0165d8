"""Extraction: small recognisers over a record's texts, each output keeping its span.

Order matters: entities first (recipients and programmes), then amounts, then the funding facts
that tie an amount to what the same sentence names.
"""

from __future__ import annotations

from dataclasses import replace

from loaders.record import Part, Record

PARTS: tuple[Part, ...] = ("question", "answer")


def extract_facts(record: Record) -> None:
    """Fill the record's mentions, entities, amounts and funding facts from its texts."""
    from loaders.extract.amounts import find_amounts
    from loaders.extract.entities import extract_entities
    from loaders.extract.entities.governments import bare_governments
    from loaders.extract.funding import find_funding
    from loaders.extract.funding.governments import government_of, region_of

    extract_entities(record)
    government, region = government_of(record.parliament), region_of(record.parliament)
    if government is not None:
        # "le Gouvernement" alone is this parliament's government.
        for part in PARTS:
            bare = bare_governments(record.text_of(part), part, government, record.mentions)
            record.mentions += bare
            if bare and government not in record.entities:
                record.entities.append(government)
    record.amounts = [
        amount
        for part in PARTS
        if record.text_of(part)
        for amount in find_amounts(record.text_of(part), part)
    ]
    record.funding = []
    for part in PARTS:
        if record.text_of(part):
            found = find_funding(
                record.text_of(part),
                part,
                record.amounts,
                record.mentions,
                record.entities,
                government.id if government else None,
                region.id if region else None,
                record.text_of("question"),
            )
            # A part's total is an index among its own part's facts, which follow the others.
            shift = len(record.funding)
            record.funding += [
                replace(f, part_of=None if f.part_of is None else f.part_of + shift) for f in found
            ]
    funders = {f.funder for f in record.funding}
    for body in (government, region):
        if body and body.id in funders and body not in record.entities:
            record.entities.append(body)
