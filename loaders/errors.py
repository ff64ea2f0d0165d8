"""The one error type a loader raises, so a batch can reject one document and go on."""

from __future__ import annotations

from pathlib import Path


class LoaderError(Exception):
    """A document that cannot be read into a record.

    The message is one line, naming the file and the reason, because it is printed as is to users
    loading thousands of pages and stored beside the rejected file.
    """

    def __init__(self, source: str | Path, reason: str) -> None:
        self.source = str(source)
        self.reason = " ".join(reason.split())
        super().__init__(f"{self.source}: {self.reason}")
