"""Issue 15 in a real browser: the "Also searched" line, its exact=1 link and back, and a facet filter box
finding a region by another spelling of its name."""
from __future__ import annotations

import re

from playwright.sync_api import expect


def _count(page) -> int:
    return int(re.sub(r"\D", "", page.locator("#result-count strong").inner_text()))


def test_also_searched_line_and_its_link(page, screenshot):
    page.goto("/?q=Kiev")
    line = page.locator(".also-searched")
    expect(line).to_contain_text("Also searched: Kyiv")
    expanded = _count(page)
    assert expanded > 0
    screenshot(page, "spelling-also-searched-kiev")
    line.get_by_role("link", name="search only ‘Kiev’").click()
    page.wait_for_url(re.compile(r".*[?&]exact=1"))
    expect(page.locator(".also-searched")).to_contain_text("Searched only the spellings you typed")
    expect(page.locator("#result-count strong")).to_have_text("0")  # the seeds never write Kiev
    # a new query from the box keeps exact=1 until the reader asks for the other spellings again
    page.locator(".also-searched a").click()
    page.wait_for_url(re.compile(r"/\?q=Kiev$"))
    expect(page.locator(".also-searched")).to_contain_text("Also searched: Kyiv")
    assert _count(page) == expanded


def test_cyrillic_query_shows_what_it_also_searched(page):
    page.goto("/?q=%D0%97%D0%B5%D0%BB%D0%B5%D0%BD%D1%81%D1%8C%D0%BA%D0%B8%D0%B9")  # Зеленський
    expect(page.locator(".also-searched")).to_contain_text("Zelensky")
    assert _count(page) > 1


def test_region_filter_box_finds_a_value_by_another_spelling(page):
    page.goto("/")
    regions = page.locator("section.facet[data-facet='region']")
    box = regions.locator(".facet-filter")
    expect(box).to_be_visible()
    box.fill("Zaporozhye")
    visible = regions.locator(".fv:visible .fv-name")
    expect(visible).to_have_count(1)
    expect(visible).to_have_text("Zaporizhzhia Oblast")
    box.fill("zaporiz")  # the displayed name still matches as before
    expect(visible).to_have_count(1)
