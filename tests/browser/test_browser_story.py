"""Issue 16 in a browser: entity pages, batch search, the same-paragraph switch and the feed link,
with and without JavaScript."""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import feedparser
import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PERSON = "Oleh Syniehubov"


def test_a_facet_values_about_link_opens_its_entity_page(page, ui, api, screenshot):
    expected = api(f"/api/entities/person/{PERSON.replace(' ', '%20')}")
    page.goto("/?q=Kharkiv")
    search = ui(page)
    search.facet("People").get_by_role("link", name=f"About person {PERSON}").click()
    expect(page).to_have_url(re.compile(r"/entities/person/Oleh%20Syniehubov$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(PERSON)
    main = page.get_by_role("main")
    expect(main).to_contain_text(f"{expected['total']} articles")
    # Both histograms, the spellings, the neighbours and the articles are there.
    expect(main.get_by_role("region", name="Articles by publication day").get_by_role("link")).to_have_count(
        len(expected["by_publication"]))
    expect(main.get_by_role("region", name="Spellings seen")).to_contain_text(PERSON)
    neighbours = main.get_by_role("region", name="Places in the same paragraphs")
    expect(neighbours.get_by_role("link", name="Kupiansk", exact=True)).to_be_visible()
    expect(main.get_by_role("article")).to_have_count(expected["total"])
    expect(main.locator(".snippet mark").first).to_have_text(PERSON)
    screenshot(page, "entity-oleh-syniehubov", full_page=True)

    # A neighbour's count leads to the search for both in one paragraph.
    neighbours.get_by_role("link", name=re.compile(r"with both in one paragraph")).first.click()
    expect(page).to_have_url(re.compile(r"together=paragraph"))
    expect(search.pills()).to_have_count(3)


def test_batch_search_of_a_pasted_list_links_each_line_and_downloads_csv(page, ui, api, screenshot):
    names = ["Oleh Syniehubov", "Kupol", '"Kharkiv Oblast"', "Izhevsk", "nosuchwordanywhere"]
    page.goto("/?country=Ukraine")
    page.get_by_role("link", name="Batch search").click()
    expect(page).to_have_url(re.compile(r"/batch\?country=Ukraine$"))
    expect(page.get_by_role("list", name="Filters applied to every line")).to_contain_text("Ukraine")
    page.get_by_label("One name or query per line").fill("\n".join(names))
    page.get_by_role("button", name="Count articles").click()
    expect(page).to_have_url(re.compile(r"/batch\?lines=Oleh\+Syniehubov%0AKupol"))
    rows = page.get_by_role("table").get_by_role("row")
    expect(rows).to_have_count(len(names) + 1)
    expected = [api(q=n, country="Ukraine")["total"] for n in names]
    shown = [int(rows.nth(i + 1).get_by_role("cell").nth(2).inner_text().replace(",", "")) for i in range(len(names))]
    assert shown == expected and expected[-1] == 0
    screenshot(page, "batch-search", full_page=True)

    with page.expect_download() as info:
        page.get_by_role("button", name="Download CSV").click()
    text = Path(info.value.path()).read_text(encoding="utf-8")
    assert [int(r["articles"]) for r in csv.DictReader(io.StringIO(text))] == expected

    page.get_by_role("link", name="Kupol", exact=True).click()
    search = ui(page)
    search.expect_count(expected[1])
    expect(search.search_box()).to_have_value("Kupol")


def test_the_same_paragraph_switch_narrows_the_results_and_shows_that_paragraph(page, ui, api, screenshot):
    plain = api(person="Mark Rutte", place="Washington")
    together = api(person="Mark Rutte", place="Washington", together="paragraph")
    assert together["total"] < plain["total"]
    page.goto("/?person=Mark+Rutte&place=Washington")
    search = ui(page)
    search.expect_count(plain["total"])
    page.get_by_label("Only articles where they appear in the same paragraph").check()
    expect(page).to_have_url(re.compile(r"together=paragraph"))
    search.expect_count(together["total"])
    for snippet in page.locator(".snippet").all():
        marked = snippet.locator("mark").all_inner_texts()
        assert any("Rutte" in m for m in marked) and "Washington" in marked
    screenshot(page, "same-paragraph-rutte-washington")


def test_the_pages_work_without_javascript(new_context, ui, api):
    page = new_context(java_script_enabled=False).new_page()
    page.goto("/?person=Mark+Rutte&place=Washington")
    page.get_by_label("Only articles where they appear in the same paragraph").check()
    page.get_by_role("button", name="Apply the same-paragraph filter").click()
    ui(page).expect_count(api(person="Mark Rutte", place="Washington", together="paragraph")["total"])

    page.goto("/batch")
    page.get_by_label("One name or query per line").fill("Kupol\nIzhevsk")
    page.get_by_role("button", name="Count articles").click()
    expect(page.get_by_role("table").get_by_role("row")).to_have_count(3)

    page.goto("/entities/region/Kharkiv%20Oblast")
    expect(page.get_by_role("heading", level=1)).to_have_text("Kharkiv Oblast")


def test_the_feed_link_of_a_search_is_a_parseable_atom_feed(page, live_server):
    page.goto("/?q=Kupol")
    link = page.get_by_role("link", name="Feed", exact=True)
    href = link.get_attribute("href")
    assert href == "/feed.atom?q=Kupol"
    expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).to_have_attribute("href", href)
    response = page.request.get(live_server + href)
    parsed = feedparser.parse(response.body())
    assert not parsed.bozo and parsed.entries
    assert all("kupol" in (e.title + e.summary).lower() for e in parsed.entries)
