"""JSON-LD authors of HTML pages reach the byline (html.py drops <script> before trafilatura reads the page)."""
from __future__ import annotations

import json
from pathlib import Path

from lxml import html as lxml_html

from indexer.extract import extract_file
from indexer.extract.page_author import jsonld_authors

BODY = ("Ukrainian drones struck the Kupol plant in Izhevsk overnight, the regional governor said on Tuesday, "
        "in one of the deepest strikes of the war so far, while debris damaged several homes nearby.")


def _tree(*blocks) -> object:
    scripts = "".join(f'<script type="application/ld+json">{b if isinstance(b, str) else json.dumps(b)}</script>'
                      for b in blocks)
    return lxml_html.fromstring(f"<html><head>{scripts}</head><body><p>x</p></body></html>")


def test_people_of_the_article_object_in_page_order():
    block = {"@type": "NewsArticle", "author": [{"@type": "Person", "name": " Jane  Doe "}, "Tom Hale",
                                                {"@type": "Organization", "name": "Reuters"}],
             "publisher": {"@type": "Organization", "name": "Example News"},
             "comment": [{"@type": "Comment", "author": {"@type": "Person", "name": "A Commenter"}}]}
    assert jsonld_authors(_tree(block)) == ["Jane Doe", "Tom Hale"]


def test_graph_and_main_entity_are_read_and_other_objects_are_not():
    graph = {"@graph": [{"@type": "WebSite", "author": {"name": "Site Owner"}},
                        {"@type": ["NewsArticle"], "author": {"@type": "Person", "name": "Kate Brown"}}]}
    nested = {"@type": "ItemPage", "mainEntity": {"@type": "Article", "author": {"name": "Eve Chen"}}}
    assert jsonld_authors(_tree(graph, nested)) == ["Kate Brown", "Eve Chen"]
    assert jsonld_authors(_tree("{broken", {"@type": "Comment", "author": "Troll"})) == []
    assert jsonld_authors(_tree({"@type": "Article", "author": "https://example.com/staff/jd"})) == []


def test_an_html_page_with_authors_only_in_json_ld_has_a_byline():
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Drones hit Izhevsk plant",
          "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "Oleksiy Petrenko"}]}
    page = (f'<html><head><title>Drones hit Izhevsk plant</title><script type="application/ld+json">{json.dumps(ld)}'
            f"</script></head><body><article><h1>Drones hit Izhevsk plant</h1><p>{BODY}</p><p>{BODY} Again.</p>"
            "</article></body></html>")
    article = extract_file(Path("page.html"), page.encode("utf-8"), {}).articles[0]
    assert article.byline == "Jane Doe; Oleksiy Petrenko"
    assert "Jane Doe" not in article.text()  # read from the metadata, never added to the text


def test_json_ld_and_trafilatura_authors_are_both_kept_once_each():
    from indexer.extract.html import _byline

    # Each source alone is sometimes a fragment or a handle where the other has the name.
    assert _byline([", USA TODAY"], "Brian Truitt") == ", USA TODAY; Brian Truitt"
    assert _byline(["Tina Flint Huffman"], "Tina Flint Huffman; Tina Huffman") == "Tina Flint Huffman; Tina Huffman"
    assert _byline(["Jane Doe"], "JANE DOE") == "Jane Doe"
    assert _byline([], None) is None and _byline([], "Jane Doe") == "Jane Doe"
