"""What every response of the service gets, whatever route answers: the body cap, `Vary: Accept`
and HEAD. Each is an ASGI middleware, so it holds for errors and static files alike."""

from __future__ import annotations

from fastapi.responses import PlainTextResponse
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph_api.service.errors import BodyTooLarge


class BodyLimit:
    """Answers 413 from the `Content-Length` header, before a byte of the body is read (a body
    sent without one is counted as it is read: `graph_api.service.sparql.read_body`)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            for name, value in scope["headers"]:
                if name == b"content-length" and value.isdigit() and int(value) > self.limit:
                    error = BodyTooLarge(self.limit)
                    response = PlainTextResponse(error.message + "\n", status_code=error.status)
                    response.headers["Connection"] = "close"
                    await response(scope, receive, send)
                    return
        await self.app(scope, receive, send)


class VaryOnAccept:
    """`Vary: Accept` on every answer: the same URL gives HTML, Turtle or CSV by `Accept`, and a
    shared cache in front of a public server must not hand one client's format to another."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def varied(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).add_vary_header("Accept")
            await send(message)

        await self.app(scope, receive, varied)


class HeadAsGet:
    """HEAD answered as the GET would be, headers only (RFC 9110 §9.3.2: link checkers and
    linked-data clients ask HEAD); FastAPI's routes answer GET only."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] != "http.response.body":
                await send(message)
            elif not message.get("more_body", False):
                await send({"type": "http.response.body", "body": b"", "more_body": False})

        await self.app({**scope, "method": "GET"}, receive, headers_only)
