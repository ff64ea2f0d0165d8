"""The entity matching rules of tests/corpus/README.md ("How it is scored"), one page at a time.

Every kind is scored the same way: gold entries and extracted candidates are paired one to one
(a maximum matching, so that one generous candidate cannot use up two gold entries), unpaired
required gold entries are false negatives, and unpaired candidates are false positives unless
they match an optional gold entry or are something the gold never annotates.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from loaders.evaluation.candidates import Candidate, Extraction, keys, normalise
from loaders.evaluation.gold import GoldDocument, GoldMention

G = TypeVar("G")
E = TypeVar("E")
# The frame of every page, never required as a place (README).
FRAME = keys(["Wallonie", "Région wallonne"])


@dataclass
class KindResult:
    """Counts of one kind on one document, the misses spelled out, and attribute checks on the
    matched pairs (`attributes[name] = [right, checked]`, e.g. approximation of amounts), whose
    failures are spelled out in `notes`."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    attributes: dict[str, list[int]] = field(default_factory=dict)

    def check(self, attribute: str, right: bool, note: str = "") -> None:
        if not right and note:
            self.notes.append(note)
        tally = self.attributes.setdefault(attribute, [0, 0])
        tally[0] += int(right)
        tally[1] += 1


def pair(
    golds: Sequence[G],
    extracted: Sequence[E],
    fits: Callable[[G, E], bool],
    preference: Callable[[G, E], float] | None = None,
) -> dict[int, int]:
    """A maximum one-to-one pairing gold index -> extracted index among fitting pairs.

    Pairs are first taken greedily by `preference` (so a funding fact pairs with the extracted
    fact that also has its recipient), then augmenting paths make the pairing maximum.
    """
    edges = {
        g: [e for e, item in enumerate(extracted) if fits(gold, item)]
        for g, gold in enumerate(golds)
    }
    owner: dict[int, int] = {}
    if preference is not None:
        ranked = sorted(
            ((g, e) for g, targets in edges.items() for e in targets),
            key=lambda ge: -preference(golds[ge[0]], extracted[ge[1]]),
        )
        taken: set[int] = set()
        for g, e in ranked:
            if g not in taken and e not in owner:
                owner[e] = g
                taken.add(g)

    def augment(g: int, seen: set[int]) -> bool:
        for e in edges[g]:
            if e in seen:
                continue
            seen.add(e)
            if e not in owner or augment(owner[e], seen):
                owner[e] = g
                return True
        return False

    for g in edges:
        if g not in owner.values():
            augment(g, set())
    return {g: e for e, g in owner.items()}


def score_kind(
    golds: Sequence[GoldMention],
    extracted: Sequence[Candidate],
    fits: Callable[[GoldMention, Candidate], bool],
    ignored: Callable[[Candidate], bool] = lambda _: False,
) -> KindResult:
    """Entities of one kind: required gold paired first, then leftovers against optional gold."""
    result = KindResult()
    required = [gold for gold in golds if not (gold.optional or _frame(gold))]
    optional = [gold for gold in golds if gold.optional or _frame(gold)]
    pairs = pair(required, extracted, fits)
    result.tp = len(pairs)
    for g, gold in enumerate(required):
        if g not in pairs:
            result.fn += 1
            result.false_negatives.append(_describe_gold(gold))
    used = set(pairs.values())
    for e, candidate in enumerate(extracted):
        if e in used or ignored(candidate) or any(fits(gold, candidate) for gold in optional):
            continue
        result.fp += 1
        result.false_positives.append(_describe(candidate))
    return result


def _frame(gold: GoldMention) -> bool:
    """README: where a gold lists Wallonie as a place, it is optional."""
    return gold.type == "place" and not FRAME.isdisjoint(keys(gold.names))


def _describe_gold(gold: GoldMention) -> str:
    extra = f" [{gold.kind}]" if gold.kind else ""
    return f"{gold.label}{extra}"


def _describe(candidate: Candidate) -> str:
    extra = f" [{candidate.kind}]" if candidate.type == "place" else ""
    return f"{candidate.label}{extra} from {candidate.evidence}".strip()


# Entities -------------------------------------------------------------------------------------


def named_fits(gold: GoldMention, candidate: Candidate) -> bool:
    """Organisations and programmes: a gold form equals one of the candidate's names."""
    return not keys(gold.names).isdisjoint(candidate.names)


def place_fits(gold: GoldMention, candidate: Candidate) -> bool:
    """Same kind, and the same name as written or the same municipality; a section must also
    resolve to the municipality the gold gives it (Hornu is in Boussu, not in Mons)."""
    if gold.kind != candidate.kind:
        return False
    same_name = not keys(gold.names).isdisjoint(candidate.names)
    gold_municipality = normalise(gold.municipality) if gold.municipality else None
    if gold.kind == "section":
        return same_name and (
            gold_municipality is None
            or candidate.municipality is None
            or gold_municipality == candidate.municipality
        )
    if gold.kind == "municipality" and gold_municipality is not None:
        return same_name or gold_municipality == candidate.municipality
    return same_name


def fits_as(gold: GoldMention | None, candidate: Candidate | None) -> bool:
    """Whether a candidate is the entity a gold site, project or fact refers to."""
    if gold is None or candidate is None or gold.type != candidate.type:
        return False
    return place_fits(gold, candidate) if gold.type == "place" else named_fits(gold, candidate)


def site_fits(document: GoldDocument) -> Callable[[GoldMention, Candidate], bool]:
    def fits(gold: GoldMention, candidate: Candidate) -> bool:
        owner = document.named(("organisation",), str(gold.organisation))
        place = document.named(("place",), str(gold.place))
        return fits_as(owner, candidate.owner) and fits_as(place, candidate.place)

    return fits


def project_fits(document: GoldDocument) -> Callable[[GoldMention, Candidate], bool]:
    def fits(gold: GoldMention, candidate: Candidate) -> bool:
        if gold.number is None:
            return normalise(gold.label) in candidate.names
        programme = document.named(("programme",), str(gold.programme))
        return gold.number == candidate.number and fits_as(programme, candidate.programme)

    return fits


def place_ignored(candidate: Candidate) -> bool:
    """README: Wallonie (the frame of every page) and informal areas the gold does not list are
    never wrong; other regions are places like any other."""
    return candidate.kind == "area" or not FRAME.isdisjoint(candidate.names)


def score_entities(document: GoldDocument, extraction: Extraction) -> dict[str, KindResult]:
    def of(kind: str) -> tuple[list[GoldMention], list[Candidate]]:
        golds = [gold for gold in document.mentions if gold.type == kind]
        return golds, extraction.by_kind.get(kind, [])

    results = {
        "organisation": score_kind(*of("organisation"), named_fits),
        "site": score_kind(*of("site"), site_fits(document)),
        "place": score_kind(*of("place"), place_fits, place_ignored),
        "programme": score_kind(*of("programme"), named_fits),
        "project": score_kind(*of("project"), project_fits(document)),
    }
    _check_attributes(document, extraction, results)
    return results


def _check_attributes(
    document: GoldDocument, extraction: Extraction, results: dict[str, KindResult]
) -> None:
    """Programme levels and project titles of the entities that matched."""
    for kind, attribute, fits in (
        ("programme", "level", named_fits),
        ("project", "title", project_fits(document)),
    ):
        golds = [g for g in document.mentions if g.type == kind and not g.optional]
        extracted = extraction.by_kind.get(kind, [])
        for g, e in pair(golds, extracted, fits).items():
            gold, candidate = golds[g], extracted[e]
            if attribute == "level" and gold.level:
                results[kind].check(
                    "level",
                    gold.level == candidate.level,
                    f"{gold.label}: level {candidate.level}, gold {gold.level}",
                )
            if attribute == "title" and gold.title:
                right = normalise(gold.title) == normalise(candidate.title or "")
                results[kind].check(
                    "title", right, f"{gold.label}: title {candidate.title!r}, gold {gold.title!r}"
                )
