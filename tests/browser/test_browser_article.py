"""The article page: reached from a result, query words marked, entity mentions linked to their facet."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PERSON = "Oleh Syniehubov"


def test_opening_a_result_shows_the_article_with_query_words_and_mentions_marked(page, ui, screenshot):
    page.goto("/")
    search = ui(page)
    search.search("Kupol Izhevsk")
    first = search.results().first
    title = first.get_by_role("heading").inner_text().strip()
    first.get_by_role("link", name=title).click()

    expect(page).to_have_url(re.compile(r"/articles/[^/?]+\?q=Kupol(\+|%20)Izhevsk"))
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    body = page.get_by_role("main").get_by_role("article")
    marked = [m.lower() for m in body.locator("mark").all_inner_texts()]
    assert "kupol" in marked and "izhevsk" in marked, marked
    # Place mentions in the text are links to that place's facet.
    izhevsk = body.get_by_role("link", name="Izhevsk").first
    expect(izhevsk).to_have_attribute("href", re.compile(r"[?&]place=Izhevsk"))
    expect(page.get_by_role("complementary", name="About this article")).to_contain_text("Mentioned")
    screenshot(page, "article-kupol", full_page=False)

    # Back to the results keeps the query.
    page.get_by_role("link", name=re.compile(r"Results for .Kupol Izhevsk.")).click()
    expect(search.search_box()).to_have_value("Kupol Izhevsk")


def test_a_person_mention_in_an_article_leads_to_that_persons_facet(page, ui, api):
    expected = api(person=PERSON)
    page.goto("/?person=Oleh+Syniehubov")
    search = ui(page)
    search.results().first.get_by_role("heading").get_by_role("link").click()
    expect(page).to_have_url(re.compile(r"/articles/"))

    body = page.get_by_role("main").get_by_role("article")
    mention = body.get_by_role("link", name=re.compile(r"Syniehubov")).first
    expect(mention).to_have_attribute("title", re.compile(rf"person: {PERSON}"))
    mention.click()
    expect(page).to_have_url(re.compile(r"/\?person=Oleh(\+|%20)Syniehubov$"))
    search.expect_count(expected["total"])
    expect(search.pills().first).to_contain_text(PERSON)
