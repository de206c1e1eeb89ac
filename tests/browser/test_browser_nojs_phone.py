"""The page without JavaScript and on a phone."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]

REGION = "Kharkiv Oblast"
PHONE = {"width": 375, "height": 800}


def test_without_javascript_search_and_facets_are_plain_links_and_forms(new_context, ui, api):
    page = new_context(java_script_enabled=False).new_page()
    page.goto("/")
    search = ui(page)
    assert "js" not in (page.locator("html").get_attribute("class") or "").split()

    search.search("Kharkiv")
    expect(page).to_have_url(re.compile(r"/\?q=Kharkiv$"))
    search.expect_count(api(q="Kharkiv")["total"])

    search.facet_value("Regions (oblasts)", REGION).click()
    expect(page).to_have_url(re.compile(r"[?&]q=Kharkiv(&|$)"))
    expect(page).to_have_url(re.compile(r"[?&]region=Kharkiv(\+|%20)Oblast"))
    search.expect_count(api(q="Kharkiv", region=REGION)["total"])
    expect(search.facet_value("Regions (oblasts)", REGION)).to_have_attribute("aria-current", "true")
    expect(search.search_box()).to_have_value("Kharkiv")

    # A new query keeps the ticked facet (hidden form fields carry the state).
    search.search("Syniehubov")
    expect(page).to_have_url(re.compile(r"region=Kharkiv(\+|%20)Oblast"))
    search.expect_count(api(q="Syniehubov", region=REGION)["total"])


def assert_no_sideways_scroll(page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} scrolls sideways on a phone: {width}px > {PHONE['width']}px"


def test_phone_width_has_no_sideways_scroll_and_results_come_first(new_context, ui, screenshot):
    page = new_context(viewport=PHONE, is_mobile=True, has_touch=True).new_page()
    search = ui(page)
    page.goto("/")
    assert_no_sideways_scroll(page)

    search.search("Kupol Izhevsk")
    expect(page).to_have_url(re.compile(r"q=Kupol"))
    expect(search.results().first).to_be_visible()
    assert_no_sideways_scroll(page)
    # The first result is on the first screen: filters fold away on a phone.
    box = search.results().first.bounding_box()
    assert box and box["y"] < PHONE["height"], box
    screenshot(page, "phone-results-kupol-izhevsk")

    page.goto("/?person=Oleh+Syniehubov&region=Kharkiv+Oblast")
    assert_no_sideways_scroll(page)
    search.results().first.get_by_role("heading").get_by_role("link").click()
    expect(page).to_have_url(re.compile(r"/articles/"))
    assert_no_sideways_scroll(page)
