"""Refining a search: typos, dead ends, sorting, paging, date ranges, the keyboard, a broken link."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_a_misspelt_name_offers_did_you_mean_and_one_click_fixes_it(page, ui, api):
    page.goto("/")
    search = ui(page)
    search.search("Izhevks")
    search.expect_count(0)
    expect(page.get_by_role("heading", name="No articles match")).to_be_visible()
    suggestion = page.get_by_role("main").get_by_role("link", name="Izhevsk", exact=True).first
    expect(suggestion).to_be_visible()
    suggestion.click()
    expect(page).to_have_url(re.compile(r"[?&]q=Izhevsk(&|$)"))
    search.expect_count(api(q="Izhevsk")["total"])
    expect(search.search_box()).to_have_value("Izhevsk")


def test_a_dead_end_suggests_removing_a_filter(page, ui, api):
    page.goto("/?q=Kupol&person=Oleh+Syniehubov")
    search = ui(page)
    search.expect_count(0)
    page.get_by_role("link", name="Remove person: Oleh Syniehubov").click()
    expect(page).to_have_url(re.compile(r"/\?q=Kupol$"))
    search.expect_count(api(q="Kupol")["total"])


def test_sorting_by_newest_reorders_the_results(page, ui, api):
    page.goto("/")
    search = ui(page)
    page.get_by_label("Sort").select_option(label="Newest")
    expect(page).to_have_url(re.compile(r"[?&]sort=newest"))
    expected = [r["title"].strip() for r in api(sort="newest", per_page="10")["results"]]
    expect(search.results().first.get_by_role("heading")).to_have_text(expected[0])
    assert search.result_titles() == expected
    published = [t.get_attribute("datetime") for t in search.results().locator("time").all()]
    assert published == sorted(published, reverse=True), published


def test_paging_forward_and_back_through_all_articles(page, ui, api):
    page.goto("/")
    search = ui(page)
    everything = api(per_page="10")
    assert everything["pages"] > 1
    pages = page.get_by_role("navigation", name="Result pages")
    expect(pages.get_by_role("link", name="Page 1, current")).to_be_visible()

    pages.get_by_role("link", name=re.compile("Next")).click()
    expect(page).to_have_url(re.compile(r"[?&]page=2"))
    expect(pages.get_by_role("link", name="Page 2, current")).to_be_visible()
    assert search.result_titles() == [r["title"].strip() for r in api(per_page="10", page="2")["results"]]
    search.expect_count(everything["total"])  # paging does not change what is counted

    pages.get_by_role("link", name=re.compile("Previous")).click()
    expect(pages.get_by_role("link", name="Page 1, current")).to_be_visible()
    assert search.result_titles() == [r["title"].strip() for r in everything["results"]]


def test_an_event_date_range_finds_the_kupol_strike_of_july_1(page, ui, api):
    page.goto("/?q=Kupol")
    search = ui(page)
    events = page.get_by_role("group", name="Events mentioned")
    events.get_by_label("From").fill("2025-07-01")
    events.get_by_label("To").fill("2025-07-01")
    page.get_by_role("button", name="Apply dates").click()

    expect(page).to_have_url(re.compile(r"date_from=2025-07-01"))
    expect(page).to_have_url(re.compile(r"date_to=2025-07-01"))
    expect(page).to_have_url(re.compile(r"[?&]q=Kupol"))
    expected = api(q="Kupol", date_from="2025-07-01", date_to="2025-07-01")
    assert expected["total"] >= 1
    search.expect_count(expected["total"])
    expect(search.pills().filter(has_text="Events from")).to_contain_text("1 Jul 2025")
    expect(search.results().first).to_contain_text("Kupol")


def test_keyboard_only_ticking_a_facet_keeps_focus_on_it(page, ui, api):
    page.goto("/")
    search = ui(page)
    person = search.facet_value("People", "Oleh Syniehubov")
    person.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"[?&]person=Oleh(\+|%20)Syniehubov"))
    search.expect_count(api(person="Oleh Syniehubov")["total"])
    ticked = search.facet_value("People", "Oleh Syniehubov")
    expect(ticked).to_have_accessible_name("Oleh Syniehubov (selected)")
    expect(ticked).to_be_focused()


def test_a_broken_article_link_shows_a_not_found_page_with_a_way_back(page, new_context, ui, api):
    new_context.allow(r"status of 404")  # the browser logs the 404 response itself
    response = page.goto("/articles/no-such-article")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Not found")
    page.get_by_role("link", name="Start a new search").click()
    ui(page).expect_count(api()["total"])


def test_syndicated_copies_are_grouped_until_the_reader_asks_for_every_copy(page, ui, api):
    page.goto("/")
    search = ui(page)
    grouped, every = api()["total"], api(copies="all")["total"]
    assert every > grouped, "the seeds hold ANI's copy of the Al Jazeera story"
    search.expect_count(grouped)
    original = search.results().filter(has=page.get_by_text("Also carried by")).first
    expect(original.get_by_role("link", name="ANI")).to_be_visible()

    page.get_by_role("link", name="Show every copy").click()
    expect(page).to_have_url(re.compile(r"[?&]copies=all"))
    search.expect_count(every)
    expect(search.pills().filter(has_text="Copies")).to_have_count(1)
    page.get_by_role("link", name="Group copies").click()
    search.expect_count(grouped)


def test_dragging_across_histogram_bars_narrows_to_that_span_of_days(page, ui, api):
    page.goto("/?person=Oleh+Syniehubov")
    search = ui(page)
    first = search.histogram_bar("25 Jun 2025")
    last = search.histogram_bar("30 Jun 2025")
    first.scroll_into_view_if_needed()
    start, end = first.bounding_box(), last.bounding_box()
    page.mouse.move(start["x"] + start["width"] / 2, start["y"] + start["height"] - 2)
    page.mouse.down()
    page.mouse.move(end["x"] + end["width"] / 2, end["y"] + end["height"] - 2, steps=12)
    page.mouse.up()
    expect(page).to_have_url(re.compile(r"date_from=2025-06-25&date_to=2025-06-30"))
    expected = api(person="Oleh Syniehubov", date_from="2025-06-25", date_to="2025-06-30")["total"]
    assert expected >= 2
    search.expect_count(expected)
    expect(page.get_by_label("From").first).to_have_value("2025-06-25")
