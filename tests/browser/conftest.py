"""Browser tests: Playwright (sync API) drives Debian's chromium against pytest-django's live server.

The live server runs in a thread of this process, so the test's settings (private storage in a
tmp dir, the locmem mail backend behind ``mailoutbox``) are the server's settings too.
Playwright's sync API keeps an asyncio loop running in the main thread; Django refuses ORM
calls from such a thread unless DJANGO_ALLOW_ASYNC_UNSAFE is set, hence the line below.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, ConsoleMessage, Page, Playwright

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 10_000


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    if not CHROMIUM.exists():
        message = f"Debian's chromium is not installed at {CHROMIUM} (apt-get install chromium)."
        if os.environ.get("CI"):
            pytest.fail(message + " CI must run the browser tests.")
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as instance:
        yield instance


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    # launch() gives chromium a fresh, throwaway profile each session.
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


def _console_error(problems: list[str], message: ConsoleMessage) -> None:
    # A response with an error status is logged as "Failed to load resource"; tests check statuses themselves.
    if message.type == "error" and not message.text.startswith("Failed to load resource"):
        problems.append(f"console error: {message.text}")


@contextmanager
def new_page(browser: Browser, base_url: str) -> Iterator[Page]:
    """A page in a context of its own (no cookies, Dutch locale, the live server as base URL).

    Leaving it fails the test on any JavaScript error or console error, such as a script or
    style the Content-Security-Policy refused.
    """
    context = browser.new_context(locale="nl-NL", base_url=base_url, timezone_id="Europe/Amsterdam")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda message: _console_error(problems, message))
    page.on("pageerror", lambda error: problems.append(f"JavaScript error: {error}"))
    try:
        yield page
    finally:
        context.close()
    assert not problems, "\n".join(problems)


@pytest.fixture
def page(browser: Browser, live_server) -> Iterator[Page]:
    with new_page(browser, live_server.url) as page:
        yield page


@pytest.fixture
def other_page(browser: Browser, live_server) -> Iterator[Page]:
    """A second visitor, in a separate context (own cookies, own session)."""
    with new_page(browser, live_server.url) as page:
        yield page
