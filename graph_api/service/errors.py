"""What can go wrong with a request, each with its HTTP status (CONTRACT.md, HTTP errors).

Every message is one line for the client: the parser's message, the bad parameter's name; never a
stack trace or a path of the server's.
"""

from __future__ import annotations


class ServiceError(Exception):
    status = 500

    def __init__(self, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.headers = headers or {}


class BadRequest(ServiceError):
    status = 400


class NotFound(ServiceError):
    status = 404


class NotAcceptable(ServiceError):
    status = 406

    def __init__(self, offered: tuple[str, ...] | list[str]) -> None:
        super().__init__(
            f"none of the requested types is available; this answers in {', '.join(offered)}"
        )


class UnsupportedMediaType(ServiceError):
    status = 415


class StoreUnreadable(ServiceError):
    """The store failed under a request: the reason (with the store's path) goes to the server's
    log, the client gets this line."""

    status = 500

    def __init__(self) -> None:
        super().__init__("the store could not be read; the server's log says why")


class TooManyDumps(ServiceError):
    """Each dump in flight may hold the whole graph in memory (Turtle, JSON-LD, RDF/XML are
    written whole), so only a few are sent at once."""

    status = 429

    def __init__(self, limit: int, retry_after: int) -> None:
        super().__init__(
            f"{limit} dumps are being sent already; retry in {retry_after} s",
            {"Retry-After": str(retry_after)},
        )


class BodyTooLarge(ServiceError):
    status = 413

    def __init__(self, limit: int) -> None:
        super().__init__(f"request body over the limit of {limit} bytes")
