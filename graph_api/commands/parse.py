"""`parlgraph parse FILE... [--format json|jsonl]`: what the loader reads, storing nothing.

`json` prints one document's record. `jsonl` reads many documents in one process, one record a
line in the order given, so checking a corpus pays the start-up (and any model load) once; a file
that cannot be read gives `{"source": …, "error": …}` on its line and the next one goes on.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from graph_api.messages import one_line
from loaders.errors import LoaderError
from loaders.process import read_document

USAGE, PROBLEMS = 2, 1


class ParseFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"


def _error(message: str, code: int) -> typer.Exit:
    print(f"parlgraph: error: {one_line(message)}", file=sys.stderr)
    return typer.Exit(code)


def _line(file: Path) -> dict[str, Any]:
    """The record of one file, or why it cannot be read (one bad file never stops the rest)."""
    try:
        return read_document(file).to_json()
    except LoaderError as error:
        return {"source": str(file), "error": one_line(str(error))}
    except Exception as error:  # a parser bug costs its own line, not the batch
        reason = f"{file}: internal error ({type(error).__name__}: {error}); please report it"
        return {"source": str(file), "error": one_line(reason)}


def parse(
    files: Annotated[list[Path], typer.Argument(help="documents (several with --format jsonl)")],
    format: Annotated[ParseFormat, typer.Option("--format")] = ParseFormat.json,
) -> None:
    """Print what the loader reads from documents, storing nothing."""
    if format is ParseFormat.json:
        if len(files) != 1:
            raise typer.BadParameter(
                "--format json prints one document; use --format jsonl for several"
            )
        if not files[0].is_file():
            raise _error(f"no such file: {files[0]}", USAGE)
        try:
            record = read_document(files[0])
        except LoaderError as error:
            raise _error(str(error), PROBLEMS) from None
        print(json.dumps(record.to_json(), ensure_ascii=False, indent=2))
        return
    failed = False
    for file in files:
        line = _line(file)
        failed = failed or "error" in line
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    if failed:
        raise typer.Exit(PROBLEMS)
