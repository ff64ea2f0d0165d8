"""A Walloon page's record built in memory from its texts, for tests that exercise extraction,
resolution or scoring on sentences of their own (or the seed's texts) rather than on a parsed
file: they need a whole `Record`, of which only the texts, dates and people matter to them."""

from __future__ import annotations

from typing import Any

from loaders.record import Answer, Question, Record


def record_from_texts(
    question: Question,
    answer: Answer | None = None,
    *,
    session: str = "2022-2023",
    number: str = "1",
    title: str = "invented",
    source: str = "invented",
    **fields: Any,
) -> Record:
    """The record of question `number` of `session`, with the given texts and any other field
    (`entities`, `mentions`, `amounts`, `funding`…) as given."""
    return Record(
        source=source,
        parliament="Parlement de Wallonie",
        doc_type="written_question",
        title=title,
        session=session,
        number=number,
        reference=f"{number} ({session}) 1",
        question=question,
        answer=answer,
        **fields,
    )
