"""Reading the hand-written gold files of the evaluation corpus (format in tests/corpus/README.md).

Gold files are checked as they are read, and any slip raises `CorpusError`: a scorer that quietly
skipped a malformed entry would report a score for a corpus nobody wrote.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from loaders.record import INSTRUMENTS, Instrument, Part
from loaders.sources.walloon import SAMPLE_DIR

MENTION_KINDS = ("organisation", "site", "place", "programme", "project")
PLACE_KINDS = {"municipality", "section", "province", "region", "country", "area"}
APPROXIMATIONS = {"exact", "about", "more_than", "less_than", "up_to"}


class CorpusError(Exception):
    """The corpus itself is wrong (missing page, unreadable or inconsistent gold)."""


@dataclass(frozen=True)
class GoldMention:
    """One distinct entity a careful reader found in the question and answer texts.

    `names` holds every form the gold gives (label, acronym, as_written); the other fields are
    only set for the kinds that use them (places: kind and municipality; projects: programme,
    number and title; sites: organisation and place).
    """

    type: str
    label: str
    names: tuple[str, ...]
    optional: bool = False
    kind: str | None = None
    municipality: str | None = None
    level: str | None = None
    programme: str | None = None
    number: str | None = None
    title: str | None = None
    organisation: str | None = None
    place: str | None = None


@dataclass(frozen=True)
class GoldAmount:
    text: str
    value: float
    currency: str
    approximation: str
    part: Part
    high: float | None = None
    per: str | None = None


@dataclass(frozen=True)
class GoldFunding:
    value: float
    recipient: str | None
    programme: str | None
    period: tuple[str, str] | None
    purpose: str | None
    # The funder when the gold says (a label, or None for "the text names none"); a gold file
    # written before funders were annotated omits the key, and its funders are not scored.
    funder: str | None = None
    funder_annotated: bool = False
    # How the money reaches the recipient (tests/corpus/README.md): a gold fact without the key
    # is a grant, the instrument of every fact written before instruments were read.
    instrument: Instrument = "grant"


@dataclass(frozen=True)
class GoldDocument:
    """A gold file and the page it annotates (a file, or a real row named by its `iddoc`)."""

    gold_path: Path
    page: str
    row: str | None = None
    mentions: tuple[GoldMention, ...] = ()
    amounts: tuple[GoldAmount, ...] = ()
    funding: tuple[GoldFunding, ...] = ()
    by_label: dict[tuple[str, str], GoldMention] = field(default_factory=dict, compare=False)

    def named(self, kinds: tuple[str, ...], label: str) -> GoldMention | None:
        """The mention of one of `kinds` a site, project or funding fact refers to by label."""
        for kind in kinds:
            found = self.by_label.get((kind, label))
            if found is not None:
                return found
        return None


def _text(entry: dict[str, Any], key: str, where: str, required: bool = True) -> str | None:
    value = entry.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise CorpusError(f"{where}: '{key}' must be a non-empty string, got {value!r}")
    return value


def _number(entry: dict[str, Any], key: str, where: str) -> float:
    value = entry.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise CorpusError(f"{where}: '{key}' must be a positive number, got {value!r}")
    return float(value)


def _mention(entry: dict[str, Any], where: str) -> GoldMention:
    kind = entry.get("type")
    if kind not in MENTION_KINDS:
        raise CorpusError(f"{where}: unknown mention type {kind!r}")
    optional = bool(entry.get("optional", False))
    if kind == "site":
        organisation = str(_text(entry, "organisation", where))
        place = str(_text(entry, "place", where))
        label = f"{organisation} @ {place}"
        return GoldMention(kind, label, (label,), optional, organisation=organisation, place=place)
    if kind == "project":
        number = entry.get("number")
        programme = _text(entry, "programme", where, required=number is not None)
        name = _text(entry, "label", where, required=number is None)
        shown = name or f"{programme} – projet {number}"
        return GoldMention(
            kind,
            shown,
            (shown,),
            optional,
            programme=programme,
            number=str(number) if number is not None else None,
            title=_text(entry, "title", where, required=False),
        )
    label = str(_text(entry, "label", where))
    names = tuple(
        name
        for name in (label, entry.get("acronym"), entry.get("as_written"))
        if isinstance(name, str) and name.strip()
    )
    if kind != "place":
        return GoldMention(kind, label, names, optional, level=entry.get("level"))
    place_kind = entry.get("kind")
    if place_kind not in PLACE_KINDS:
        raise CorpusError(f"{where}: place kind must be one of {sorted(PLACE_KINDS)}")
    municipality: str | None = label if place_kind == "municipality" else None
    if place_kind == "section":
        municipality = _text(entry, "as", where, required=False)
    return GoldMention(kind, label, names, optional, kind=place_kind, municipality=municipality)


def _amount(entry: dict[str, Any], where: str) -> GoldAmount:
    part = entry.get("part")
    if part not in ("question", "answer"):
        raise CorpusError(f"{where}: part must be question or answer, got {part!r}")
    approximation = entry.get("approximation")
    if approximation not in APPROXIMATIONS:
        raise CorpusError(f"{where}: unknown approximation {approximation!r}")
    return GoldAmount(
        str(_text(entry, "text", where)),
        _number(entry, "value", where),
        str(_text(entry, "currency", where)),
        str(approximation),
        "question" if part == "question" else "answer",
        _number(entry, "high", where) if "high" in entry else None,
        _text(entry, "per", where, required=False),
    )


def _funding(entry: dict[str, Any], where: str) -> GoldFunding:
    period = entry.get("period")
    span: tuple[str, str] | None = None
    if period is not None:
        if not isinstance(period, dict):
            raise CorpusError(f"{where}: period must be an object or null")
        span = (str(period.get("start") or ""), str(period.get("end") or ""))
    return GoldFunding(
        _number(entry, "value", where),
        _text(entry, "recipient", where, required=False),
        _text(entry, "programme", where, required=False),
        span,
        _text(entry, "purpose", where, required=False),
        _text(entry, "funder", where, required=False),
        "funder" in entry,
        _instrument(entry, where),
    )


def _instrument(entry: dict[str, Any], where: str) -> Instrument:
    """A gold fact without the key is a grant: every gold file written before instruments were
    read says nothing of them. The value is matched against the closed set, not cast, so that a
    typo in a gold file is a corpus error rather than an instrument no extraction can match."""
    value = entry.get("instrument", "grant")
    for instrument in INSTRUMENTS:
        if value == instrument:
            return instrument
    raise CorpusError(f"{where}: instrument must be one of {', '.join(INSTRUMENTS)}, not {value!r}")


def _list(data: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise CorpusError(f"{where}: '{key}' must be a list of objects")
    return value


def load_gold(path: Path) -> GoldDocument:
    """One gold file, checked; every reference it makes resolves to one of its own mentions."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CorpusError(f"{path.name}: cannot read gold ({error})") from error
    return gold_from_json(data, path)


def gold_from_json(data: object, path: Path) -> GoldDocument:
    """A gold document from its parsed JSON; `path` names it in error messages."""
    if not isinstance(data, dict):
        raise CorpusError(f"{path.name}: gold must be a JSON object")
    row = data.get("row")
    if row is not None and not (isinstance(row, str) and row.isdigit()):
        raise CorpusError(f"{path.name}: 'row' must be a row's iddoc (digits), got {row!r}")
    page = f"walloon-2013 row {row}" if row else str(_text(data, "document", path.name))
    mentions = tuple(
        _mention(entry, f"{path.name} mentions[{i}]")
        for i, entry in enumerate(_list(data, "mentions", path.name))
    )
    gold = GoldDocument(
        path,
        page,
        row,
        mentions,
        tuple(
            _amount(entry, f"{path.name} amounts[{i}]")
            for i, entry in enumerate(_list(data, "amounts", path.name))
        ),
        tuple(
            _funding(entry, f"{path.name} funding[{i}]")
            for i, entry in enumerate(_list(data, "funding", path.name))
        ),
        {(m.type, m.label): m for m in mentions},
    )
    _check_references(gold)
    return gold


def _check_references(gold: GoldDocument) -> None:
    name = gold.gold_path.name
    for mention in gold.mentions:
        if mention.type == "site":
            if gold.named(("organisation",), str(mention.organisation)) is None:
                raise CorpusError(f"{name}: site organisation {mention.organisation!r} not listed")
            if gold.named(("place",), str(mention.place)) is None:
                raise CorpusError(f"{name}: site place {mention.place!r} not listed")
        if mention.programme and gold.named(("programme",), mention.programme) is None:
            raise CorpusError(f"{name}: project programme {mention.programme!r} not listed")
    for fact in gold.funding:
        if fact.recipient and gold.named(RECIPIENT_KINDS, fact.recipient) is None:
            raise CorpusError(f"{name}: funding recipient {fact.recipient!r} not listed")
        if fact.programme and gold.named(("programme",), fact.programme) is None:
            raise CorpusError(f"{name}: funding programme {fact.programme!r} not listed")
        if fact.funder and gold.named(FUNDER_KINDS, fact.funder) is None:
            raise CorpusError(f"{name}: funding funder {fact.funder!r} not listed")


RECIPIENT_KINDS = ("organisation", "site", "place", "project", "programme")
FUNDER_KINDS = ("organisation", "place")


def corpus_pages(
    corpus_dir: Path,
    seed_path: Path | None = None,
    row_page: Callable[[str], Path] | None = None,
) -> list[tuple[GoldDocument, Path]]:
    """Every gold file of the corpus with the page it annotates.

    A page is looked up beside its gold, then (for the seed, which the corpus does not copy) at
    `seed_path` or in the Walloon sample corpus shipped with the loaders. A gold naming a real row
    gets the page `row_page(iddoc)` renders.
    """
    if not corpus_dir.is_dir():
        raise CorpusError(f"{corpus_dir}: not a directory")
    pairs: list[tuple[GoldDocument, Path]] = []
    golds = sorted(corpus_dir.glob("*.gold.json"))
    if not golds:
        raise CorpusError(f"{corpus_dir}: no *.gold.json file")
    for gold_path in golds:
        gold = load_gold(gold_path)
        if gold.row is not None:
            if row_page is None:
                raise CorpusError(f"{gold_path.name}: names a real row, and no rows were given")
            pairs.append((gold, row_page(gold.row)))
            continue
        candidates = [corpus_dir / gold.page, SAMPLE_DIR / gold.page]
        if seed_path is not None and seed_path.name == gold.page:
            candidates.insert(0, seed_path)
        page = next((path for path in candidates if path.is_file()), None)
        if page is None:
            raise CorpusError(f"{gold_path.name}: page {gold.page!r} not found")
        pairs.append((gold, page))
    for page in sorted(corpus_dir.glob("*.txt")):
        if not any(found == page for _, found in pairs):
            raise CorpusError(f"{page.name}: page without a gold file")
    return pairs
