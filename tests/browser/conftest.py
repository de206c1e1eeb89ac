"""Browser fixtures: the real app over the seed index on a loopback port, driven by Debian's Chromium.

Playwright's own browser download cannot work here (no network but the package registries), so we launch
the system `chromium` (`make browsers` installs it). A missing browser FAILS the tests: a browser suite that
skips itself green would hide that nothing was checked.
"""
from __future__ import annotations

import json
import logging
import re
import shutil
import threading
from pathlib import Path
from urllib.parse import quote_plus, urlencode
from urllib.request import urlopen

import pytest
from playwright.sync_api import expect

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
TIMEOUT_MS = 10_000  # actions and assertions; generous for a loaded 2-core CI machine, still fails fast
expect.set_options(timeout=TIMEOUT_MS)


@pytest.fixture(scope="session")
def live_server(seed_index_dir):
    """Base URL of the real Flask app over the seed index, served by werkzeug in a background thread."""
    from werkzeug.serving import make_server

    from web import create_app
    from web.backend import close_engine

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
        close_engine(app)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = shutil.which("chromium")
    if not path:
        pytest.fail("Debian's chromium is not installed: run `make browsers` (apt-get install chromium)",
                    pytrace=False)
    return path


# Module scope, not session: Playwright's sync API refuses to start while another instance runs in the same
# thread, so a session-long one would break any other test module that starts its own.
@pytest.fixture(scope="module")
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
    """Factory for browser contexts (no JavaScript, phone width...), closed after the test.

    The test fails if any page threw an uncaught exception or logged a console error (a CSP violation or
    a failed request shows up there); ``new_context.allow(regex)`` accepts an error the test expects.
    """
    contexts, errors, allowed = [], [], []

    def watch(page) -> None:
        page.on("pageerror", lambda error: errors.append(f"{page.url}: uncaught {error}"))
        page.on("console", lambda msg: errors.append(f"{page.url}: console {msg.text}")
                if msg.type == "error" else None)

    def make(**options):
        options = {"base_url": live_server, "viewport": DESKTOP, "accept_downloads": True, **options}
        context = browser.new_context(**options)
        context.set_default_timeout(TIMEOUT_MS)
        context.on("page", watch)
        contexts.append(context)
        return context

    make.allow = allowed.append
    yield make
    for context in contexts:
        context.close()
    unexpected = [e for e in errors if not any(re.search(pattern, e) for pattern in allowed)]
    assert not unexpected, "errors in the browser:\n" + "\n".join(unexpected)


@pytest.fixture()
def page(new_context):
    """A desktop-sized page in a fresh context."""
    return new_context().new_page()


# Hidden while a screenshot is taken: the query time differs on every run, and a committed PNG that changes
# whenever anyone runs `make test` would be noise in everybody's `git status`. (Through the CSSOM: the
# page's CSP rightly blocks an injected stylesheet, i.e. Playwright's `style=` option.)
HIDE_VOLATILE = "els => els.forEach(e => { e.style.visibility = 'hidden'; })"
SHOW_VOLATILE = "els => els.forEach(e => { e.style.visibility = ''; })"


@pytest.fixture()
def screenshot():
    """screenshot(page, "name") saves docs/screenshots/name.png (the README shows these)."""

    def take(page, name: str, full_page: bool = False) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        volatile = page.locator(".took")
        volatile.evaluate_all(HIDE_VOLATILE)
        try:
            page.screenshot(path=str(path), full_page=full_page, animations="disabled")
        finally:
            volatile.evaluate_all(SHOW_VOLATILE)
        return path

    return take


# ---------------------------------------------------------------- what a reader sees, by role and label

class SearchPage:
    """The search page as a reader finds things on it: by role and accessible name, not by CSS class."""

    def __init__(self, page):
        self.page = page

    def search_box(self):
        return self.page.get_by_role("searchbox", name="Search articles")

    def search(self, text: str) -> None:
        box = self.search_box()
        box.fill(text)
        box.press("Enter")
        # The URL changes once the new results are in (after the swap with JS, on load without).
        expect(self.page).to_have_url(re.compile(rf"[?&]q={re.escape(quote_plus(text))}(&|$)"))

    def count_text(self):
        return self.page.get_by_role("main").get_by_role("status")

    def expect_count(self, n: int) -> None:
        expect(self.count_text()).to_contain_text(re.compile(rf"(^|\D){n:,} articles?\b"))

    def facet(self, label: str):
        """A facet box in the sidebar, e.g. "People", "Regions (oblasts)"."""
        return self.page.get_by_role("complementary", name="Filters").get_by_role("region", name=label)

    def facet_value(self, label: str, value: str):
        """The link that ticks/unticks ``value`` (its name gains " (selected)" once ticked)."""
        name = re.compile(rf"^{re.escape(value)}( \((selected|excluded)\))?$")
        return self.facet(label).get_by_role("link", name=name)

    def facet_counts(self, label: str) -> dict[str, int]:
        """{value: count} as the facet box shows them (the count sits beside the value's link)."""
        out = {}
        for row in self.facet(label).get_by_role("listitem").all():
            name = re.sub(r"\((selected|excluded)\)", "", row.get_by_role("link").first.inner_text()).strip()
            numbers = re.findall(r"\b(\d[\d,]*)\b", row.inner_text().replace(name, ""))
            if numbers:
                out[name] = int(numbers[0].replace(",", ""))
        return out

    def exclude_link(self, label: str, singular: str, value: str):
        return self.facet(label).get_by_role("link", name=f"Exclude {singular} {value}", exact=True)

    def pills(self):
        """The active-filter pills (each with its "Remove filter ..." button), not the "Clear all" item."""
        return self.page.get_by_role("list", name="Active filters").get_by_role("listitem").filter(
            has=self.page.get_by_role("link", name=re.compile(r"^Remove filter ")))

    def results(self):
        return self.page.get_by_role("main").get_by_role("article")

    def result_titles(self) -> list[str]:
        return [r.get_by_role("heading").inner_text().strip() for r in self.results().all()]

    def histogram_bar(self, day_label: str):
        """A bar of the "Dates mentioned" histogram, named like "23 Jun 2025: 3 articles"."""
        return self.facet("Dates mentioned").get_by_role(
            "link", name=re.compile(rf"^{re.escape(day_label)}: \d+ articles?\b"))


@pytest.fixture()
def ui():
    """``ui(page)`` wraps any page (other contexts too) in :class:`SearchPage`."""
    return SearchPage


@pytest.fixture(scope="session")
def api(live_server):
    """The JSON API as an oracle: ``api(person="X")`` is what the engine says the page should show."""

    def call(path: str = "/api/search", **params) -> dict:
        if path == "/api/search":
            params = {"facet_limit": "1000", "per_page": "100", **params}
        query = urlencode(params)
        with urlopen(f"{live_server}{path}?{query}", timeout=30) as response:
            return json.load(response)

    return call
