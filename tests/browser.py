"""A real headless Chromium (Debian's `chromium`) driven by Playwright, for page tests.

Every test can use `browser` and `page`: tests/conftest.py imports them once, since two
Playwright instances cannot run in one process. `page` is a fresh page whose console errors and
uncaught exceptions are collected in `page.errors`, and whose requests to anywhere but the
loopback interface (or to files, for a page opened from disk) are refused and listed in
`page.outside`, so a test can assert that a page works with no internet.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost"})

try:
    from playwright.sync_api import Browser, ConsoleMessage, Page, Route, sync_playwright
except ImportError:  # pragma: no cover - the test extra installs it
    sync_playwright = None  # type: ignore[assignment]


@dataclass
class WatchedPage:
    """A page with what went wrong on it."""

    page: Page
    errors: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if sync_playwright is None or not CHROMIUM.exists():
        pytest.skip(f"needs Playwright and {CHROMIUM} (`make test` installs chromium)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=FLAGS
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[WatchedPage]:
    context = browser.new_context()
    watched = WatchedPage(context.new_page())

    def only_local(route: Route) -> None:
        host = urlsplit(route.request.url).hostname or ""
        if route.request.url.startswith(("data:", "blob:", "file:")) or host in LOCAL_HOSTS:
            route.continue_()
        else:
            watched.outside.append(route.request.url)
            route.abort()

    def console(message: ConsoleMessage) -> None:
        if message.type == "error":
            watched.errors.append(message.text)

    context.route("**/*", only_local)
    watched.page.on("console", console)
    watched.page.on("pageerror", lambda error: watched.errors.append(str(error)))
    yield watched
    context.close()
