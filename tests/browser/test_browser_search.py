"""The search page driven as a journalist would: type, tick facets, exclude, go back, export."""
from __future__ import annotations

import csv
import io
import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PERSON = "Oleh Syniehubov"
REGION = "Kharkiv Oblast"


def test_home_page_offers_a_search_box_facets_and_every_article(page, ui, api, screenshot):
    page.goto("/")
    search = ui(page)
    expect(page).to_have_title(re.compile("newsfacet"))
    expect(search.search_box()).to_be_visible()
    expect(page.get_by_role("button", name="Search", exact=True)).to_be_visible()
    expect(search.facet("People")).to_be_visible()
    expect(search.facet("Regions (oblasts)")).to_be_visible()
    search.expect_count(api()["total"])
    assert search.results().count() > 0
    screenshot(page, "home")


def test_kupol_izhevsk_puts_the_kupol_plant_article_first_with_both_words_marked(page, ui, api, screenshot):
    page.goto("/")
    search = ui(page)
    search.search("Kupol Izhevsk")

    expect(page).to_have_url(re.compile(r"[?&]q=Kupol(\+|%20)Izhevsk"))
    expect(page).to_have_title(re.compile("Kupol Izhevsk"))
    search.expect_count(api(q="Kupol Izhevsk")["total"])
    first = search.results().first
    expect(first).to_contain_text("Kupol")
    marked = [m.lower() for m in first.locator("mark").all_inner_texts()]
    assert "kupol" in marked and "izhevsk" in marked, marked
    assert search.result_titles()[0] == api(q="Kupol Izhevsk")["results"][0]["title"].strip()
    # The search box keeps what was typed, so the query can be refined.
    expect(search.search_box()).to_have_value("Kupol Izhevsk")
    screenshot(page, "results-kupol-izhevsk")


def test_ticking_a_person_then_an_oblast_narrows_results_and_recounts_facets(page, ui, api):
    page.goto("/")
    search = ui(page)
    everything = api()
    search.expect_count(everything["total"])
    people_before = search.facet_counts("People")
    assert people_before[PERSON] == {v["value"]: v["count"] for v in everything["facets"]["person"]}[PERSON]

    search.facet_value("People", PERSON).click()
    expect(page).to_have_url(re.compile(r"[?&]person=Oleh(\+|%20)Syniehubov"))
    by_person = api(person=PERSON)
    search.expect_count(by_person["total"])
    assert by_person["total"] < everything["total"]
    expect(search.facet_value("People", PERSON)).to_have_attribute("aria-current", "true")
    expect(search.pills()).to_have_count(1)
    expect(search.pills().first).to_contain_text(PERSON)
    regions = search.facet_counts("Regions (oblasts)")
    assert regions == {v["value"]: v["count"] for v in by_person["facets"]["region"]}
    assert regions[REGION] < {v["value"]: v["count"] for v in everything["facets"]["region"]}[REGION]

    search.facet_value("Regions (oblasts)", REGION).click()
    expect(page).to_have_url(re.compile(r"region=Kharkiv(\+|%20)Oblast"))
    both = api(person=PERSON, region=REGION)
    search.expect_count(both["total"])
    assert 0 < both["total"] <= by_person["total"]
    expect(search.pills()).to_have_count(2)
    assert search.facet_counts("Sources") == {v["value"]: v["count"] for v in both["facets"]["source"]}
    for result in search.results().all():
        # Every result now carries both filters (its chips or text mention the person).
        expect(result).to_contain_text("Syniehubov")


def test_excluding_a_value_removes_its_articles_and_shows_a_not_pill(page, ui, api):
    page.goto("/")
    search = ui(page)
    total = api()["total"]
    search.expect_count(total)

    search.exclude_link("People", "person", PERSON).click()
    expect(page).to_have_url(re.compile(r"[?&]not_person=Oleh(\+|%20)Syniehubov"))
    excluded = api(not_person=PERSON)
    assert excluded["total"] < total
    search.expect_count(excluded["total"])
    expect(search.pills()).to_have_count(1)
    expect(search.pills().first).to_contain_text(re.compile(rf"Not person: {PERSON}"))
    expect(search.facet_value("People", PERSON)).to_have_accessible_name(f"{PERSON} (excluded)")
    expect(search.facet("People").get_by_role("link", name=f"Stop excluding person {PERSON}")).to_be_visible()

    # Removing the pill brings everything back.
    page.get_by_role("link", name=f"Remove filter Not person: {PERSON}").click()
    search.expect_count(total)
    expect(page.get_by_role("list", name="Active filters")).to_have_count(0)


def test_back_button_restores_the_previous_url_and_results(page, ui, api):
    page.goto("/")
    search = ui(page)
    loads = []
    page.on("load", lambda: loads.append(page.url))
    total = api()["total"]
    search.facet_value("People", PERSON).click()
    expect(page).to_have_url(re.compile(r"person="))
    search.facet_value("Regions (oblasts)", REGION).click()
    expect(page).to_have_url(re.compile(r"region="))
    search.expect_count(api(person=PERSON, region=REGION)["total"])
    person_only_titles = [r["title"].strip() for r in api(person=PERSON, per_page="10")["results"]]

    page.go_back()
    expect(page).to_have_url(re.compile(r"\?person=Oleh(\+|%20)Syniehubov$"))
    search.expect_count(api(person=PERSON)["total"])
    expect(search.pills()).to_have_count(1)
    expect(search.facet_value("Regions (oblasts)", REGION)).not_to_have_attribute("aria-current", "true")
    assert search.result_titles() == person_only_titles

    page.go_back()
    expect(page).to_have_url(re.compile(r"/$"))
    search.expect_count(total)
    expect(page.get_by_role("list", name="Active filters")).to_have_count(0)

    page.go_forward()
    expect(page).to_have_url(re.compile(r"\?person=Oleh(\+|%20)Syniehubov$"))
    search.expect_count(api(person=PERSON)["total"])
    # With JavaScript every step above swapped the results in place: no full page load after the first.
    assert loads == [], loads


def test_export_csv_downloads_a_header_and_one_row_per_matching_article(page, ui, api):
    page.goto("/?" + "person=Oleh+Syniehubov")
    search = ui(page)
    expected = api(person=PERSON)
    search.expect_count(expected["total"])

    with page.expect_download() as info:
        page.get_by_role("link", name="Export CSV").click()
    download = info.value
    assert download.suggested_filename.endswith(".csv"), download.suggested_filename
    text = download.path().read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    header, body = rows[0], rows[1:]
    assert {"id", "title", "source"} <= set(header), header
    assert len(body) == expected["total"]
    titles = {row[header.index("title")] for row in body}
    assert titles == {r["title"] for r in expected["results"]}
    people = [row[header.index("person")] for row in body]
    assert all(PERSON in cell for cell in people), people
