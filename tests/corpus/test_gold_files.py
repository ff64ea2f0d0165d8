"""Checks that the evaluation corpus is internally consistent.

A gold file that quotes a span the page does not contain, or a funding fact pointing to an entity
the gold does not list, would silently make every extractor look wrong; these tests catch such
slips when a page or a gold is edited.
"""

from __future__ import annotations

from loaders.sources.walloon import SAMPLE_DIR

import json
from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).parent
DOCS = sorted(CORPUS.glob("doc-*.txt"))
GOLDS = sorted(CORPUS.glob("*.gold.json"))
APPROXIMATIONS = {"exact", "about", "more_than", "less_than", "up_to"}


def page_of(gold_path: Path) -> Path:
    """The page a gold file annotates: beside it, or the seed in the sample corpus."""
    name = str(json.loads(gold_path.read_text(encoding="utf-8"))["document"])
    local = CORPUS / name
    return local if local.exists() else SAMPLE_DIR / name


def parts(page: str) -> dict[str, str]:
    """Question and answer texts: the 4-space-indented lines after the addressee and responder."""
    texts: dict[str, list[str]] = {"question": [], "answer": []}
    current: list[str] | None = None
    lines = page.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("    • à "):
            current = texts["question"]
        elif line.startswith("  • Réponse du"):
            current = None
        elif line.startswith("    • de ") and i > 0 and lines[i - 1].startswith("  • Réponse"):
            current = texts["answer"]
        elif current is not None:
            current.append(line.removeprefix("    "))
    return {part: "\n".join(text) for part, text in texts.items()}


def test_every_page_has_a_gold() -> None:
    assert len(DOCS) >= 32
    for doc in DOCS:
        assert (CORPUS / doc.name.replace(".txt", ".gold.json")).exists(), doc.name


def test_pages_follow_the_seed_layout() -> None:
    """The invented pages here and in the sample corpus keep the seed's header layout."""
    for doc in DOCS + sorted(SAMPLE_DIR.glob("*.txt")):
        lines = doc.read_text(encoding="utf-8").split("\n")
        assert lines[0] == "/" and lines[1] == "" and lines[3] == "", doc.name
        assert lines[4].startswith("  • Session : ") and lines[6].startswith("  • N° : "), doc.name
        answered = any(line.startswith("  • Réponse du ") for line in lines)
        assert lines[8] == f"{2 if answered else 1} élément(s) trouvé(s).", doc.name
        if doc.parent == CORPUS:
            assert 150 <= len(" ".join(lines).split()) <= 450, doc.name


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_refers_to_its_page(gold_path: Path) -> None:
    gold: dict[str, Any] = json.loads(gold_path.read_text(encoding="utf-8"))
    texts = parts(page_of(gold_path).read_text(encoding="utf-8"))
    full = texts["question"] + "\n" + texts["answer"]
    for amount in gold["amounts"]:
        assert amount["text"] in texts[amount["part"]], amount
        assert amount["approximation"] in APPROXIMATIONS, amount
        assert isinstance(amount["value"], int | float) and amount["value"] > 0, amount
    labels = {m["label"] for m in gold["mentions"] if "label" in m and m["type"] != "project"}
    for mention in gold["mentions"]:
        if mention["type"] == "place":
            assert mention["label"] in full, mention
        if mention["type"] == "site":
            assert {mention["organisation"], mention["place"]} <= labels, mention
        if mention["type"] == "project":
            parent = mention.get("part_of") or mention.get("financed_by") or {}
            programme = mention.get("programme", parent.get("programme"))
            assert programme in labels, mention
            assert mention.get("title", "") in full, mention
    values = [amount["value"] for amount in gold["amounts"]]
    sites = {f"{m['organisation']} @ {m['place']}" for m in gold["mentions"] if m["type"] == "site"}
    for fact in gold["funding"]:
        assert fact["value"] in values, fact
        assert fact["recipient"] is None or fact["recipient"] in labels | sites, fact
        assert fact["programme"] is None or fact["programme"] in labels, fact
        assert fact.get("funder") is None or fact["funder"] in labels, fact
        assert fact["period"] is None or set(fact["period"]) == {"start", "end"}, fact
