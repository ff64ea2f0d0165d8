"""RawPage to Record: the interpretation every form of a page shares.

Whatever cannot be read as a question of the Parliament of Wallonia is refused here with a reason
a user understands, naming what is missing, rather than producing a half-filled record.
"""

from __future__ import annotations

import re
from datetime import date

from loaders.errors import LoaderError
from loaders.record import Answer, DocType, PersonRef, Question, Record
from loaders.sources.walloon.complete import why_unfinished
from loaders.sources.walloon.names import display_name, looks_like_name
from loaders.sources.walloon.page import MONTHS, RawBlock, RawPage, paragraphs, squash
from loaders.sources.walloon.status import classify

PARLIAMENT = "Parlement de Wallonie"
QUESTION_KINDS: dict[str, DocType] = {
    "written_question": "written_question",
    "oral_question": "oral_question",
    "interpellation": "interpellation",
    "topical_question": "topical_question",
}
ANSWER_KINDS = ("answer", "provisional_answer")
REFERENCE = re.compile(r"^(?P<number>\d+)\s*\(\s*(?P<session>\d{4}\s*-\s*\d{4})\s*\)\s*(?:\d+)?$")
SESSION = re.compile(r"^(\d{4})\s*-\s*(\d{4})$")
URL = re.compile(r"https?://\S+")


def iso_date(source: str, printed: str, what: str) -> str:
    """'16/01/2023' or '16 janvier 2023' -> '2023-01-16'; an impossible date is refused."""
    words = re.findall(r"\d+|[^\W\d]+", printed.lower())
    if len(words) == 4:  # "1er mai 2023"
        words = [words[0], *words[2:]]
    if len(words) != 3:
        raise LoaderError(source, f"invalid {what} date {printed!r}")
    named = words[1] in MONTHS
    day, year = int(words[0]), int(words[2])
    month = MONTHS.index(words[1]) + 1 if named else int(words[1])
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        raise LoaderError(source, f"invalid {what} date {printed!r}") from None


def _session(source: str, printed: str) -> str:
    match = SESSION.match(" ".join(printed.split()))
    if not match or int(match.group(2)) != int(match.group(1)) + 1:
        raise LoaderError(source, f"invalid session {printed!r} (expected YYYY-YYYY)")
    return f"{match.group(1)}-{match.group(2)}"


def _person(as_written: str, role: str | None, warnings: list[str]) -> PersonRef:
    name = " ".join(as_written.split())
    if not looks_like_name(name):
        warnings.append(f"name {name!r} is not written 'SURNAME Given'; kept as printed")
    return PersonRef(name=display_name(name)[2], as_written=name, id=None, role=role or None)


def persons(rest: str, with_role: bool, warnings: list[str]) -> list[PersonRef]:
    """Persons of one 'de'/'à' line: 'BORSUS Willy, Ministre de …' or 'A B, C D' (co-signers)."""
    parts = [squash(p) for p in re.split(r"\s*[,;]\s*|\s+et\s+", rest)]
    if len(parts) > 1 and all(looks_like_name(p) for p in parts if p):
        return [_person(p, None, warnings) for p in parts if p]
    name, _, role = rest.partition(",")
    return [_person(name, " ".join(role.split()) if with_role else None, warnings)]


def _header(source: str, page: RawPage) -> tuple[str, str, str]:
    """(session, number, reference) from the 'Session :' and 'N° :' fields."""
    printed = page.fields.get("number")
    if not printed:
        raise LoaderError(source, "no document number ('N° : …' line) on the page")
    reference = " ".join(printed.split())
    match = REFERENCE.match(reference)
    session_field = page.fields.get("session")
    if match:
        number = match.group("number")
        session = _session(source, match.group("session"))
        if session_field and _session(source, session_field) != session:
            page.warnings.append(
                f"session {session_field!r} differs from the reference's {session!r}"
            )
    else:
        digits = re.match(r"\d+", reference)
        if not digits or not session_field:
            raise LoaderError(source, f"unreadable document number {reference!r}")
        number, session = digits.group(0), _session(source, session_field)
        page.warnings.append(f"reference {reference!r} is not '<n> (<session>) <n>'")
    return session, number, reference


def _annex(block: RawBlock, warnings: list[str]) -> str | None:
    if block.annex:
        return block.annex
    extra = block.extra or ""
    url = URL.search(extra)
    if url:
        return url.group(0)
    if "annexe" in extra.lower():
        warnings.append("the answer has an annex whose link is not in this rendering")
    return None


def _answers(
    source: str, page: RawPage, askers: list[PersonRef]
) -> tuple[Answer | None, list[Answer]]:
    """The current answer (the last final one, else the latest) and the answers the page shows
    before it, oldest first: a provisional answer is kept beside the final one replacing it."""
    blocks = [b for b in page.blocks if b.kind in ANSWER_KINDS]
    if not blocks:
        return None, []
    final = [b for b in blocks if b.kind == "answer"]
    current = (final or blocks)[-1]
    earlier = [_answer(source, page, b, askers) for b in blocks if b is not current]
    earlier.sort(key=lambda a: a.date or "")
    return _answer(source, page, current, askers), earlier


def _answer(source: str, page: RawPage, block: RawBlock, askers: list[PersonRef]) -> Answer:
    when = iso_date(source, block.date, "answer")
    text = paragraphs(block.lines)
    if not text:
        raise LoaderError(source, f"the answer of {block.date} has no text (truncated page?)")
    responders: list[PersonRef] = []
    for prep, rest in block.persons:
        if prep == "de":
            responders.extend(persons(rest, False, page.warnings))
    if not responders:
        page.warnings.append("the answer names no responder")
    status, redirected_to = classify(text, block.kind == "provisional_answer", askers, responders)
    return Answer(
        date=when,
        status=status,
        text=text,
        responders=responders,
        redirected_to=redirected_to,
        annex=_annex(block, page.warnings),
    )


def check_whole(source: str, page: RawPage) -> None:
    """Refuse a page cut before its end: fewer blocks than it announces, or a last block whose
    text stops mid-way (complete.py). A cut page must never pass for, or replace, a whole one."""
    if page.announced is not None and len(page.blocks) < page.announced:
        raise LoaderError(
            source,
            f"truncated page: it announces {page.announced} element(s) but holds "
            f"{len(page.blocks)} block(s)",
        )
    last = page.blocks[-1]
    why = why_unfinished(paragraphs(last.lines))
    if why:
        part = "answer" if last.kind in ANSWER_KINDS else "question"
        raise LoaderError(source, f"truncated page: the {part} text stops before its end: {why}")


def build(source: str, page: RawPage) -> Record:
    """The record of a page, or LoaderError saying what a question page has and this lacks."""
    questions = [b for b in page.blocks if b.kind in QUESTION_KINDS]
    if not questions:
        if not page.fields:
            raise LoaderError(
                source,
                "not a question page of the Parliament of Wallonia: no 'Session :' / 'N° :' "
                "header and no 'Question écrite du …' block",
            )
        raise LoaderError(source, "no question block ('Question écrite du dd/mm/yyyy') found")
    if not page.title:
        raise LoaderError(source, "no title before the 'Session :' line")
    session, number, reference = _header(source, page)
    check_whole(source, page)
    block = questions[0]
    if len(questions) > 1:
        page.warnings.append(f"{len(questions)} question blocks; kept the first")
    text = paragraphs(block.lines)
    if not text:
        raise LoaderError(source, "the question has no text (truncated page?)")
    askers: list[PersonRef] = []
    addressees: list[PersonRef] = []
    for prep, rest in block.persons:
        if prep == "de":
            askers.extend(persons(rest, False, page.warnings))
        else:
            addressees.extend(persons(rest, True, page.warnings))
    # Who asks whom is what a question is; a page without either is cut or damaged, and the
    # addressee is part of the question's key.
    if not askers:
        raise LoaderError(source, "incomplete page: the question names no asker ('de …' line)")
    if not addressees:
        raise LoaderError(source, "incomplete page: the question names no addressee ('à …' line)")
    question = Question(
        date=iso_date(source, block.date, "question"),
        text=text,
        askers=askers,
        addressees=addressees,
    )
    answer, earlier_answers = _answers(source, page, askers)
    return Record(
        source=source,
        parliament=PARLIAMENT,
        doc_type=QUESTION_KINDS[block.kind],
        title=page.title,
        session=session,
        number=number,
        reference=reference,
        question=question,
        answer=answer,
        earlier_answers=earlier_answers,
        warnings=page.warnings,
        source_iri=page.source_iri,
    )
