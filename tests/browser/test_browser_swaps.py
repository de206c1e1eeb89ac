"""The search page in headless Chromium: swaps without reloads, back/forward, focus, phones, no CSP errors.

Uses the shared browser fixture from conftest (Debian's chromium; no self-skip) over a small sample corpus.
"""
from __future__ import annotations

import logging
import threading

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.browser]


def _serve(index_dir):
    from werkzeug.serving import make_server

    from web import create_app
    from web.backend import close_engine

    app = create_app({"INDEX_DIR": index_dir})
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join()
    server.server_close()
    close_engine(app)


@pytest.fixture(scope="module")
def live_url(sample_index_dir):
    yield from _serve(sample_index_dir)


def _page(browser, width=1280):
    page = browser.new_page(viewport={"width": width, "height": 900})
    problems = []
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    loads = []
    page.on("load", lambda: loads.append(page.url))
    return page, problems, loads


def test_facet_clicks_swap_in_place_and_back_forward_work(browser, live_url):
    page, problems, loads = _page(browser)
    page.goto(f"{live_url}/?q=kyiv")
    page.click("a.fv-toggle[data-focus-key='source:Reuters']")
    page.wait_for_url("**/?q=kyiv&source=Reuters")
    page.wait_for_selector(".pill")
    assert page.evaluate("document.activeElement.dataset.focusKey") == "source:Reuters"
    page.go_back()
    page.wait_for_selector(".pill", state="detached")
    assert page.url == f"{live_url}/?q=kyiv"
    page.go_forward()
    page.wait_for_selector(".pill")
    page.select_option("#sort", "oldest")
    page.wait_for_url("**sort=oldest")
    page.fill("#q", "drones")
    page.press("#q", "Enter")
    page.wait_for_url("**q=drones**")
    assert page.evaluate("document.activeElement.id") == "q"
    assert len(loads) == 1  # every step above was a swap, not a page load
    assert page.text_content("#live").startswith("0 articles")  # drones from Reuters: none
    assert problems == []


def test_phone_width_has_no_horizontal_scroll_and_folded_filters(browser, live_url):
    page, problems, _ = _page(browser, width=375)
    for url in ("/?q=kyiv", "/articles/a1?q=kupol", "/?person=Volodymyr+Zelensky"):
        page.goto(live_url + url)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, url
    page.goto(f"{live_url}/?q=kyiv")
    assert page.evaluate("document.querySelector('.filters').open") is False
    assert problems == []


def test_long_facets_get_a_filter_box(browser, live_server):
    page, problems, _ = _page(browser)
    page.goto(f"{live_server}/")
    places = page.locator("section.facet[data-facet='place']")
    box = places.locator(".facet-filter")
    assert box.is_visible()
    total = places.locator(".fv").count()
    assert total >= 8
    box.fill("oblast")
    visible = places.locator(".fv:visible")
    assert 0 < visible.count() < total
    assert all("oblast" in t.lower() for t in visible.locator(".fv-name").all_inner_texts())
    page.keyboard.press("Escape")
    assert problems == []


def test_without_javascript_links_and_forms_still_work(browser, live_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_url}/?q=kyiv")
    page.click("a.fv-toggle[data-focus-key='source:Reuters']")
    page.wait_for_url("**/?q=kyiv&source=Reuters")
    assert page.locator(".pill").count() == 1
    page.select_option("#sort", "oldest")
    page.click("form.sort button[type=submit]")
    page.wait_for_url("**sort=oldest")
    assert page.locator(".pill").count() == 1  # the sort form carried the filter along
    context.close()
