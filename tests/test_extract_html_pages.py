"""HTML pages: main text through trafilatura, titles without site names, publication days from the page."""
from __future__ import annotations

import json
import os
from collections import Counter
from datetime import date, datetime

import pytest

from indexer.dates import infer_published
from indexer.extract import extract_file
from indexer.extract.html import _cut_end_matter, _recall_fragment
from indexer.extract.page_dates import parse_day
from indexer.extract.page_title import strip_site_name

BODY = ("<p>Ukrainian drones struck a major Russian military plant in the city of Izhevsk, a source said, "
        "and local officials confirmed damage to two workshops.</p>"
        "<p>The facility produces air defence systems and is under international sanctions, officials said.</p>"
        "<p>Residents reported explosions early in the morning, while the regional governor said the fire "
        "was put out within hours.</p>")


def page(head: str = "", body: str = BODY, before: str = "") -> str:
    return (f"<!doctype html><html><head>{head}</head><body><nav><a href='/'>Home</a></nav>"
            f"<article>{before}{body}</article><footer>Contact us</footer></body></html>")


def extract(tmp_path, html: str, name: str = "page.html", mtime: datetime | None = None):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    if mtime is not None:
        os.utime(path, (mtime.timestamp(), mtime.timestamp()))
    (article,) = extract_file(path).articles
    return article


# --- publication day -------------------------------------------------------------------------------

def test_jsonld_date_published_inside_a_graph(tmp_path):
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Example"},
        {"@type": "WebPage", "datePublished": "2019-01-01T00:00:00Z"},
        {"@type": ["NewsArticle"], "headline": "Drones hit plant", "datePublished": "2019-11-18T21:05:00-05:00",
         "dateModified": "2019-11-20T08:00:00Z"}]}
    html = page(f'<script type="application/ld+json">{json.dumps(ld)}</script>', before="<h1>Drones hit plant</h1>")
    a = extract(tmp_path, html)
    # The article object wins over the WebPage; the day is the one the page writes (no UTC shift).
    assert (a.published, a.published_source, a.metadata["published_from"]) == ("2019-11-18", "metadata", "jsonld")


def test_jsonld_array_of_objects_and_date_lists(tmp_path):
    ld = [{"@type": "Organization", "name": "X"}, {"@type": "Article", "datePublished": ["2021-03-04", "2021-03-05"]}]
    a = extract(tmp_path, page(f'<script type="application/ld+json">{json.dumps(ld)}</script>'))
    assert (a.published, a.metadata["published_from"]) == ("2021-03-04", "jsonld")


def test_non_iso_meta_value_is_parsed(tmp_path):
    a = extract(tmp_path, page('<meta property="article:published_time" content="November 19, 2019, 07:47 PM EST">'))
    assert (a.published, a.metadata["published_from"]) == ("2019-11-19", "meta:article:published_time")


def test_time_element_marked_as_publication(tmp_path):
    html = page(before='<h1>Drones hit plant</h1><p>By Jane Doe <time itemprop="datePublished" '
                       'datetime="2024-02-29T10:00">Feb 29</time></p>')
    a = extract(tmp_path, html)
    assert (a.published, a.metadata["published_from"]) == ("2024-02-29", "time")


def test_visible_dateline_under_the_headline(tmp_path):
    a = extract(tmp_path, page(before="<h1>Drones hit plant</h1><div class='meta'>Published December 15, 2025</div>"))
    # htmldate reads such a line too; either way the day comes from the page's header, not its body.
    assert a.published == "2025-12-15" and a.metadata["published_from"] in ("header", "htmldate")


def test_time_element_by_the_headline_is_read_from_its_datetime(tmp_path):
    # The visible "03/01/2017" is ambiguous; the machine-readable attribute is not.
    html = page(before='<h1>Drones hit plant</h1><div class="meta"><time datetime="2017-03-01T12:00:00Z">'
                       '03/01/2017</time> by Jane Doe</div>')
    a = extract(tmp_path, html)
    assert (a.published, a.metadata["published_from"]) == ("2017-03-01", "header")


def test_the_headline_dateline_beats_a_generic_date_meta(tmp_path):
    # "date" / "dc.date" metas often hold a review or update day; the dateline says when the story ran.
    html = page('<meta name="dc.date" content="2024-07-05T14:20:08Z">',
                before="<h1>Drones hit plant</h1><p>Published March 1, 2024</p>")
    a = extract(tmp_path, html)
    assert (a.published, a.metadata["published_from"]) == ("2024-03-01", "header")


def test_a_publication_meta_beats_the_headline_dateline(tmp_path):
    html = page('<meta property="article:published_time" content="2024-02-28T09:00:00Z">',
                before="<h1>Drones hit plant</h1><p>Updated March 1, 2024</p>")
    a = extract(tmp_path, html)
    assert (a.published, a.metadata["published_from"]) == ("2024-02-28", "meta:article:published_time")


def test_htmldate_reads_what_the_markup_readers_do_not(tmp_path):
    # No JSON-LD, meta, <time> or dateline: htmldate finds the day in the canonical URL.
    html = page('<link rel="canonical" href="https://example.com/2019/11/18/drones-hit-plant/">')
    a = extract(tmp_path, html)
    assert (a.published, a.metadata["published_from"]) == ("2019-11-18", "htmldate")


def test_a_day_only_mentioned_in_the_body_is_not_the_publication_day(tmp_path):
    body = BODY + "<p>The plant was first hit on November 18, officials said on Monday.</p>"
    a = extract(tmp_path, page(body=body))
    infer_published(a)  # the pipeline's next step must not guess from the body of a web page either
    assert (a.published, a.published_source) == (None, None)


def test_a_page_date_after_the_file_was_saved_is_refused(tmp_path):
    html = page('<meta property="article:published_time" content="2029-11-18T10:00:00Z">'
                '<meta name="date" content="2019-11-18">')
    a = extract(tmp_path, html, mtime=datetime(2019, 11, 20, 12, 0))
    assert a.published == "2019-11-18"  # the typo'd 2029 cannot be: the file was saved in 2019


def test_a_future_page_date_is_refused(tmp_path):
    a = extract(tmp_path, page('<meta property="article:published_time" content="2999-01-01">'))
    assert a.published is None


def test_body_inference_for_text_files_stops_at_the_scrape_day(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Drones hit the plant\n\nThe ministry said on Dec. 30 that repairs had begun, "
                    "in a statement from Kyiv. Copyright 2019 Example.\n", encoding="utf-8")
    os.utime(path, (datetime(2019, 7, 1).timestamp(),) * 2)
    (a,) = extract_file(path).articles
    infer_published(a)
    assert a.published is None  # Dec. 30, 2019 is after the file was saved on 2019-07-01


def test_json_record_published_after_its_scrape_time_is_a_problem(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "r1", "text": "A story about drones.", "published": "2029-11-18",
                                "scraped_at": "2019-11-19T10:00:00Z"}) + "\n", encoding="utf-8")
    fx = extract_file(path)
    assert fx.articles[0].published is None
    assert fx.problems == ["line 1: published date 2029-11-18 is after the scrape time 2019-11-19, ignored"]


@pytest.mark.parametrize("raw, day", [
    ("2019-11-19T07:47:00-05:00", date(2019, 11, 19)),
    ("November 19, 2019, 07:47 PM EST", date(2019, 11, 19)),
    ("Tue, 19 Nov 2019 19:47:00 GMT", date(2019, 11, 19)),
    ("19.11.2019", date(2019, 11, 19)),
    ("1574192820", date(2019, 11, 19)),
    ("2019", None), ("yesterday", None), ("", None), ("2019-02-30", None),
])
def test_parse_day(raw, day):
    assert parse_day(raw) == day


# --- titles ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("title, sites, expected", [
    ("Drones hit Izhevsk plant | Example News", ["Example News"], "Drones hit Izhevsk plant"),
    ("Drones hit Izhevsk plant - The Kyiv Independent", ["kyivindependent"], "Drones hit Izhevsk plant"),
    ("Example News: Drones hit Izhevsk plant", ["Example News"], "Drones hit Izhevsk plant"),
    ("Drones hit Izhevsk plant in Udmurtia | Reuters", [], "Drones hit Izhevsk plant in Udmurtia"),
    ("Kharkiv - Sumy - Odesa: the night in three cities", [], "Kharkiv - Sumy - Odesa: the night in three cities"),
    ("Example Daily - Drones hit Izhevsk plant", ["exampledaily", "exampledaily.com"], "Drones hit Izhevsk plant"),
    ("Drones hit Izhevsk plant | The Example Daily", ["Example Daily"], "Drones hit Izhevsk plant"),
])
def test_strip_site_name(title, sites, expected):
    assert strip_site_name(title, sites) == expected


def test_h1_agreeing_with_og_title_wins_over_the_suffixed_title(tmp_path):
    head = ('<title>Drones hit Izhevsk plant | Nigeria\'s popular news platform: Example</title>'
            '<meta property="og:title" content="Drones hit Izhevsk plant | Example">'
            '<meta property="og:site_name" content="Example">')
    a = extract(tmp_path, page(head, before="<h1>Drones hit Izhevsk plant</h1>"))
    assert (a.title, a.metadata["title_from"]) == ("Drones hit Izhevsk plant", "h1")


def test_a_logo_h1_is_not_the_headline(tmp_path):
    head = ('<title>Drones hit Izhevsk plant - Example Daily</title>'
            '<meta property="og:site_name" content="Example Daily">'
            '<meta property="og:title" content="Drones hit Izhevsk plant">')
    html = page(head).replace("<nav>", "<header><h1>Example Daily</h1></header><nav>")
    a = extract(tmp_path, html)
    assert a.title == "Drones hit Izhevsk plant"


def test_site_name_from_the_domain_is_cut_from_the_front_of_og_title(tmp_path):
    head = ('<link rel="canonical" href="https://www.exampledaily.com/news/drones">'
            '<meta property="og:title" content="ExampleDaily - Drones hit Izhevsk plant">')
    a = extract(tmp_path, page(head))
    assert (a.title, a.metadata["title_from"]) == ("Drones hit Izhevsk plant", "og:title")


def test_title_tag_is_only_a_fallback_and_loses_its_site_name(tmp_path):
    head = '<title>Drones hit Izhevsk plant | Example Daily</title><meta property="og:site_name" content="Example Daily">'
    a = extract(tmp_path, page(head))
    assert (a.title, a.metadata["title_from"]) == ("Drones hit Izhevsk plant", "title")


# --- main text -------------------------------------------------------------------------------------

def test_tables_are_kept_one_row_per_paragraph(tmp_path):
    table = ("<h2>Standings</h2><table><tr><th>Team</th><th>Points</th></tr>"
             "<tr><td>Shakhtar Donetsk</td><td>54</td></tr><tr><td>Dynamo Kyiv</td><td>51</td></tr></table>")
    a = extract(tmp_path, page(body=BODY + table))
    texts = [p.text for p in a.paragraphs]
    assert "Shakhtar Donetsk | 54" in texts and "Dynamo Kyiv | 51" in texts and "Standings" in texts


def test_an_html_comment_does_not_cut_the_body(tmp_path):
    body = BODY.replace("</p><p>The facility", "</p><!-- ad slot --><p>The facility")
    a = extract(tmp_path, page(body=body + "<!-- end --><p>Power was restored by the evening, the utility said "
                                           "in a statement on its website.</p>"))
    text = a.text()
    assert "The facility produces" in text and "Power was restored" in text and "ad slot" not in text


def test_same_page_twice_gives_the_same_text(tmp_path):
    # trafilatura's duplicate memory is process-wide: with it on, the second copy lost its paragraphs.
    first = extract(tmp_path, page(), name="a.html")
    second = extract(tmp_path, page(), name="b.html")
    assert [p.text for p in first.paragraphs] == [p.text for p in second.paragraphs]
    assert len(first.paragraphs) == 3


def test_text_under_headings_is_kept(tmp_path):
    body = BODY + "<h2>What happens next</h2><p>Repairs will take weeks, the plant's director told reporters.</p>"
    a = extract(tmp_path, page(body=body))
    texts = [p.text for p in a.paragraphs]
    assert "What happens next" in texts and any(t.startswith("Repairs will take weeks") for t in texts)


def test_words_around_a_line_break_are_not_glued(tmp_path):
    body = BODY + "<p>Kyiv, Kharkiv and Odesa were hit overnight, officials said.<br>Sumy was spared this time.</p>"
    a = extract(tmp_path, page(body=body))
    assert "said. Sumy was spared" in a.text()


def test_page_with_its_text_only_in_jsonld_is_not_lost(tmp_path):
    ld = {"@type": "NewsArticle", "headline": "Port hit in Odesa",
          "articleBody": "Drones struck port infrastructure in Odesa overnight, the regional governor said. "
                         "Two workers were injured and a grain terminal was damaged, officials added. " * 3}
    html = (f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script></head>'
            '<body><div id="app"></div></body></html>')
    a = extract(tmp_path, html)
    assert "Drones struck port infrastructure" in a.text()


def test_a_recall_pass_that_kept_only_a_fragment_gives_way_to_the_default_pass():
    default = ["The plant makes air defence systems.", "Officials confirmed damage to two workshops.",
               "Frequently asked questions", "Who runs the plant?", "A state holding company runs it."]
    assert _recall_fragment(default[:1], default)  # a sub-block of the default's text
    assert not _recall_fragment(default + ["Repairs will take weeks."], default)  # recall found more
    # Shorter but its own text (the default had kept a shipping banner instead of the story): recall wins.
    assert not _recall_fragment(["Custom sets promo terms", "Receive ten percent off three products."],
                                ["Free shipping on orders over $40.", "Receive ten percent off three products."] * 3)
    assert _recall_fragment([], default) and not _recall_fragment(default, [])


def test_recall_pass_keeps_a_body_the_default_pass_cuts_short(tmp_path):
    # The case favor_recall is for: text after headings and a table is part of the article.
    sections = "".join(f"<h2>Part {n}</h2><p>Section {n} of the report on the strike describes damage to "
                       f"workshop {n} and the repairs planned there, officials said.</p>" for n in range(1, 6))
    a = extract(tmp_path, page(body=BODY + sections))
    assert "Part 5" in [p.text for p in a.paragraphs] and "workshop 5" in a.text()


def test_end_matter_after_the_story_is_cut_and_counted(tmp_path):
    tail = ("<h3>About the Author</h3><p>Jane Doe is an executive editor who has covered the defence industry "
            "for a decade and lives in Kyiv with her family.</p>")
    path = tmp_path / "page.html"
    path.write_text(page(body=BODY + tail), encoding="utf-8")
    fx = extract_file(path)
    text = fx.articles[0].text()
    assert "Residents reported explosions" in text and "About the Author" not in text and "Jane Doe" not in text
    assert fx.dropped["end matter"] == 1


def test_an_end_matter_label_early_in_the_page_or_inside_a_sentence_is_kept(tmp_path):
    story = ["Drones struck a plant in Izhevsk overnight, officials said on Monday morning.",
             "The plant makes air defence systems and is under sanctions, officials said."]
    # Before half the text, "Related" titles a section of the story, not the end matter.
    assert _cut_end_matter(["Related", *story]) == (["Related", *story], Counter())
    assert _cut_end_matter([*story, "Related articles:", "Other story"]) == (story, Counter({"end matter": 1}))
    inline = BODY + "<p>Read more: the governor's statement on the strike and the repairs.</p>"
    b = extract(tmp_path, page(body=inline), name="inline.html")
    assert "the governor's statement" in b.text()
