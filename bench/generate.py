"""A synthetic corpus for benchmarks: N written-question pages in the Walloon page layout.

**Every page written here is synthetic.** Each is a copy of one of the invented pages of
`loaders/sources/walloon/sample/` or `tests/corpus/` (or of the public seed page) whose frame is
rewritten: a new number in a session consistent with a new question date, a new answer date one
to several weeks later, and a new asker and addressee. Askers are drawn from the reference list
of deputies 2019-2024 and addressees from the ministers in office on both dates, with the title
they held (loaders/reference/data/*.csv), so the graph has a realistic fan-out: a few deputies
ask many questions, some ministers receive many more than others, and each minister answers at
their own pace (which gives the answer-delays query real work). Question and answer texts are
the templates' own, so extraction does the same work it does on the invented pages.

Output depends only on the count and the seed (a seeded random generator), so two runs compare.

Usage: `.venv/bin/python bench/generate.py OUT_DIR [--count 1000] [--seed 2024]`
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from loaders.sources.walloon import SAMPLE_DIR

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE_DIRS = (SAMPLE_DIR, ROOT / "tests" / "corpus")
REFERENCE = ROOT / "loaders" / "reference" / "data"
# The 2019-2024 legislature, questions stopping a few weeks before the June 2024 elections.
FIRST_DAY = date(2019, 9, 18)
LAST_DAY = date(2024, 5, 31)
# A parliamentary session opens in the second half of September; the 16th is close enough.
SESSION_START = (9, 16)

SESSION = re.compile(r"^(\s*•\s*Session\s*:\s*)\d{4}-\d{4}(.*)$")
YEAR = re.compile(r"^(\s*•\s*Ann[ée]e\s*:\s*)\d{4}(.*)$")
NUMBER = re.compile(r"^(\s*•\s*N°\s*:\s*)\d+\s*\(\d{4}-\d{4}\)(.*)$")
ASKED = re.compile(r"^(\s*•\s*Question écrite du\s*)\d{2}/\d{2}/\d{4}(.*)$")
ANSWERED = re.compile(r"^(\s*•\s*Réponse du\s*)\d{2}/\d{2}/\d{4}(.*)$")
FROM = re.compile(r"^(\s*•\s*de\s+).+$")
TO = re.compile(r"^(\s*•\s*à\s+).+$")


@dataclass(frozen=True)
class Minister:
    name: str
    title: str
    start: date
    end: date

    def in_office(self, day: date) -> bool:
        return self.start <= day < self.end


@dataclass(frozen=True)
class Template:
    """A page split into lines, with the indexes of the lines the generator rewrites."""

    name: str
    lines: tuple[str, ...]
    session: int
    year: int
    number: int
    asked: int
    asker: int
    addressee: int
    answered: int | None
    responder: int | None


def _day(text: str) -> date:
    """'2021-07' (month only, as some reference rows give it) is read as its first day."""
    return date.fromisoformat(text if len(text) == 10 else f"{text}-01")


def load_ministers() -> list[Minister]:
    with (REFERENCE / "ministers.csv").open(encoding="utf-8", newline="") as handle:
        return [
            Minister(
                name=f"{row['surname']} {row['given_name']}",
                title=row["title"],
                start=_day(row["from"]),
                end=_day(row["to"]) if row["to"] else date.max,
            )
            for row in csv.DictReader(handle)
        ]


def load_deputies() -> list[str]:
    with (REFERENCE / "deputies-2019-2024.csv").open(encoding="utf-8", newline="") as handle:
        return [row["as_listed"] for row in csv.DictReader(handle)]


def _first(lines: list[str], pattern: re.Pattern[str], start: int = 0) -> int | None:
    return next((i for i in range(start, len(lines)) if pattern.match(lines[i])), None)


def parse_template(path: Path) -> Template | None:
    """The template's rewritable lines, or None when a page lacks one (it is then not used)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    found = {
        key: _first(lines, pattern)
        for key, pattern in (("session", SESSION), ("year", YEAR), ("number", NUMBER))
    }
    asked = _first(lines, ASKED)
    if asked is None or None in found.values():
        return None
    asker, addressee = _first(lines, FROM, asked), _first(lines, TO, asked)
    answered = _first(lines, ANSWERED, asked)
    responder = _first(lines, FROM, answered) if answered is not None else None
    if asker is None or addressee is None or (answered is not None and responder is None):
        return None
    return Template(
        name=path.name,
        lines=tuple(lines),
        session=found["session"] or 0,
        year=found["year"] or 0,
        number=found["number"] or 0,
        asked=asked,
        asker=asker,
        addressee=addressee,
        answered=answered,
        responder=responder,
    )


def load_templates() -> list[Template]:
    paths = sorted(p for folder in TEMPLATE_DIRS for p in folder.glob("*.txt"))
    return [t for t in map(parse_template, paths) if t is not None]


def session_of(day: date) -> str:
    first = day.year if (day.month, day.day) >= SESSION_START else day.year - 1
    return f"{first}-{first + 1}"


def _zipf_weights(count: int, exponent: float) -> list[float]:
    """Weights of a few heavy hitters and a long tail, like who asks and who is asked."""
    return [1 / (rank + 1) ** exponent for rank in range(count)]


def _rewrite(line: str, pattern: re.Pattern[str], value: str) -> str:
    match = pattern.match(line)
    assert match is not None
    tail = match.group(2) if pattern.groups >= 2 else ""
    return f"{match.group(1)}{value}{tail}"


@dataclass(frozen=True)
class Question:
    template: Template
    asked: date
    answered: date | None
    asker: str
    addressee: Minister


@dataclass(frozen=True)
class Population:
    """Who asks and who answers: each deputy's share of the questions; each minister's share
    and mean answer delay in days. Drawn once from the seeded generator."""

    deputies: list[str]
    asker_weights: list[float]
    ministers: list[Minister]
    pace: dict[str, tuple[float, float]]

    @classmethod
    def draw(cls, rng: random.Random) -> Population:
        deputies, ministers = load_deputies(), load_ministers()
        rng.shuffle(deputies)
        names = sorted({m.name for m in ministers})
        rng.shuffle(names)
        pace = {
            name: (weight, rng.uniform(14, 50))
            for weight, name in zip(_zipf_weights(len(names), 0.6), names, strict=True)
        }
        return cls(deputies, _zipf_weights(len(deputies), 0.8), ministers, pace)

    def question(self, rng: random.Random, template: Template) -> Question:
        asked = FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
        candidates = [m for m in self.ministers if m.in_office(asked)]
        minister = rng.choices(candidates, weights=[self.pace[m.name][0] for m in candidates])[0]
        answered: date | None = None
        if template.answered is not None:
            delay = max(3, round(rng.gauss(self.pace[minister.name][1], 10)))
            # A minister answers while in office; one leaving soon answers on their last day.
            last = minister.end - timedelta(days=1)
            answered = max(asked + timedelta(days=1), min(asked + timedelta(days=delay), last))
        asker = rng.choices(self.deputies, weights=self.asker_weights)[0]
        return Question(template, asked, answered, asker, minister)


def render(question: Question, session: str, number: int) -> str:
    template, lines = question.template, list(question.template.lines)
    lines[template.session] = _rewrite(lines[template.session], SESSION, session)
    lines[template.year] = _rewrite(lines[template.year], YEAR, str(question.asked.year))
    lines[template.number] = _rewrite(lines[template.number], NUMBER, f"{number} ({session})")
    lines[template.asked] = _rewrite(lines[template.asked], ASKED, f"{question.asked:%d/%m/%Y}")
    lines[template.asker] = _rewrite(lines[template.asker], FROM, question.asker)
    minister = question.addressee
    lines[template.addressee] = _rewrite(
        lines[template.addressee], TO, f"{minister.name}, {minister.title}"
    )
    if template.answered is not None and template.responder is not None:
        assert question.answered is not None
        answered = f"{question.answered:%d/%m/%Y}"
        lines[template.answered] = _rewrite(lines[template.answered], ANSWERED, answered)
        lines[template.responder] = _rewrite(lines[template.responder], FROM, minister.name)
    return "\n".join(lines)


def generate(target: Path, count: int = 1000, seed: int = 2024) -> list[Path]:
    """Write `count` synthetic pages into `target` (created if needed); returns their paths.

    Numbers run from 1 in each session in question-date order, as the Parliament numbers them,
    so every page has its own (session, number) and therefore its own graph in the store.
    """
    rng = random.Random(seed)
    templates = load_templates()
    if not templates:
        raise SystemExit("no usable template pages found")
    population = Population.draw(rng)
    questions = sorted(
        (population.question(rng, rng.choice(templates)) for _ in range(count)),
        key=lambda q: q.asked,
    )
    target.mkdir(parents=True, exist_ok=True)
    numbers: dict[str, int] = defaultdict(int)
    written: list[Path] = []
    for question in questions:
        session = session_of(question.asked)
        numbers[session] += 1
        path = target / f"wq-{session}-{numbers[session]:05d}.txt"
        path.write_text(render(question, session, numbers[session]), encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("target", type=Path, help="folder to write the pages into")
    parser.add_argument("--count", type=int, default=1000, help="number of pages (1000)")
    parser.add_argument("--seed", type=int, default=2024, help="random seed (2024)")
    arguments = parser.parse_args()
    written = generate(arguments.target, arguments.count, arguments.seed)
    print(f"{len(written)} synthetic pages written to {arguments.target}")


if __name__ == "__main__":
    main()
