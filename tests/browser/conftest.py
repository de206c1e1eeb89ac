"""Browser fixtures: the real app over the seed index on a loopback port, driven by Debian's Chromium.

Playwright's own browser download cannot work here (no network but the package registries), so we launch
the system `chromium` (`make browsers` installs it). A missing browser FAILS the tests: a browser suite that
skips itself green would hide that nothing was checked.
"""
from __future__ import annotations

import logging
import shutil
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots"

# Without the background-networking flags Chromium keeps dialling Google's hosts, which this closed
# network refuses; --no-sandbox because CI runs as root.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 800}
TIMEOUT_MS = 10_000


@pytest.fixture(scope="session")
def live_server(seed_index_dir):
    """Base URL of the real Flask app over the seed index, served by werkzeug in a background thread."""
    from werkzeug.serving import make_server

    from web import create_app

    app = create_app({"INDEX_DIR": str(seed_index_dir), "TESTING": True})
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no access log per request in test output
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="live-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = shutil.which("chromium")
    if not path:
        pytest.fail("Debian's chromium is not installed: run `make browsers` (apt-get install chromium)",
                    pytrace=False)
    return path


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture()
def new_context(browser, live_server):
    """Factory for extra contexts (no JavaScript, phone width); all closed after the test."""
    contexts = []

    def make(**options):
        options = {"base_url": live_server, "viewport": DESKTOP, "accept_downloads": True, **options}
        context = browser.new_context(**options)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture()
def page(new_context):
    """A desktop page; the test fails if the page throws an uncaught JavaScript error."""
    page = new_context().new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.fixture()
def screenshot():
    """screenshot(page, "name") saves docs/screenshots/name.png (the README shows these)."""

    def take(page, name: str, full_page: bool = False) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=full_page, animations="disabled")
        return path

    return take
