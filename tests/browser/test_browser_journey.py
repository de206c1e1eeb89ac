"""The journalist's journey, clicks only: "everything the seeds say about Kharkiv Oblast on one day, quoting
Governor Syniehubov", then the URL shared with a colleague opens the same page.

The day is June 25, not June 23 as first planned: no seed article quotes Syniehubov on Kharkiv Oblast and
mentions June 23. His Kharkiv quotes are in Kyiv Independent round-ups "reported on June 25" and "on June 27",
one undated round-up filed among the June 30 stories, and AP's story of June 30; the June 23 round-ups
(Kyiv Independent, lines ~500-520 of seeds/003) cover Kyiv, Kherson, Donetsk and Chernihiv oblasts.
"""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PERSON = "Oleh Syniehubov"
REGION = "Kharkiv Oblast"
DAY, DAY_LABEL = "2025-06-25", "25 Jun 2025"


def test_kharkiv_on_june_25_quoting_syniehubov_by_clicks_alone_and_the_url_is_shareable(
        page, new_context, ui, api, screenshot):
    expected = api(person=PERSON, region=REGION, date=DAY)
    days = [d["value"] for d in api(person=PERSON, region=REGION)["facets"]["date"]]
    assert expected["total"] >= 1 and DAY in days, (
        f"the engine finds no Kharkiv Oblast article mentioning {DAY} that quotes {PERSON}; "
        f"dates mentioned by the {PERSON} + {REGION} articles: {days}")

    page.goto("/")
    search = ui(page)

    search.facet_value("People", PERSON).click()
    search.expect_count(api(person=PERSON)["total"])
    search.facet_value("Regions (oblasts)", REGION).click()
    search.expect_count(api(person=PERSON, region=REGION)["total"])
    search.histogram_bar(DAY_LABEL).click()
    search.expect_count(expected["total"])
    expect(page).to_have_url(re.compile(r"person=Oleh(\+|%20)Syniehubov"))
    expect(page).to_have_url(re.compile(r"region=Kharkiv(\+|%20)Oblast"))
    expect(page).to_have_url(re.compile(rf"date={DAY}"))
    expect(search.pills()).to_have_count(3)
    expect(search.histogram_bar(DAY_LABEL)).to_have_accessible_name(re.compile(r"\(selected\)"))
    titles = search.result_titles()
    assert titles == [r["title"].strip() for r in expected["results"][:10]]
    screenshot(page, "journey-kharkiv-june-25-syniehubov", full_page=True)

    # A colleague opens the link cold (new context: no history, no cookies) and sees the same page.
    shared = page.url
    colleague = new_context().new_page()
    colleague.goto(shared)
    theirs = ui(colleague)
    theirs.expect_count(expected["total"])
    assert theirs.result_titles() == titles
    expect(theirs.pills()).to_have_count(3)
    expect(theirs.facet_value("People", PERSON)).to_have_attribute("aria-current", "true")
    expect(theirs.facet_value("Regions (oblasts)", REGION)).to_have_attribute("aria-current", "true")
    # Reloading is the same too (the JS-swapped page and the server-rendered page agree).
    page.reload()
    search.expect_count(expected["total"])
    assert search.result_titles() == titles
