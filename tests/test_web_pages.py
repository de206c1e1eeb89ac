"""The HTML pages over a fake engine: what a journalist sees, and that every link carries the state."""
from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qsl, urlsplit

import pytest

try:
    from test_web_fakes import HOSTILE, FakeEngine, make_articles
except ImportError:  # tests/ turned into a package
    from tests.test_web_fakes import HOSTILE, FakeEngine, make_articles

from web import create_app


def client_for(engine, **config):
    return create_app({"ENGINE": engine, "TESTING": True, **config}).test_client()


@pytest.fixture()
def web_client():
    return client_for(FakeEngine())


def page(client, url, status=200, **kw) -> str:
    r = client.get(url, headers={"Accept": "text/html"}, **kw)
    assert r.status_code == status, r.data[:500]
    assert r.mimetype == "text/html"
    return r.get_data(as_text=True)


def links(html: str, cls: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """(href path, query pairs) of every <a class="… cls …">."""
    out = []
    for m in re.finditer(r'<a class="([^"]*)"[^>]*?href="([^"]*)"', html):
        if cls in m.group(1).split():
            url = urlsplit(unescape(m.group(2)))
            out.append((url.path, parse_qsl(url.query)))
    return out


def test_search_page_shows_results_facets_and_tools(web_client):
    html = page(web_client, "/?q=Luhansk")
    assert '<form id="searchbar"' in html and 'role="search"' in html
    assert '<label for="q"' in html
    assert "<strong>25</strong> articles" in html and "3 ms" in html
    for heading in ("People", "Organisations", "Places", "Regions (oblasts)", "Countries", "Sources",
                    "Dates mentioned"):
        assert f">{heading}</h2>" in html
    assert 'href="/api/search?q=Luhansk"' in html  # the JSON twin
    assert 'href="/api/export.csv?q=Luhansk"' in html and 'href="/api/export.json?q=Luhansk"' in html
    assert '<select id="sort" name="sort"' in html
    for name in ("date_from", "date_to", "published_from", "published_to"):
        assert f'<label for="{name}">' in html or f'for="{name}"' in html
    assert "<details class=\"help\">" in html and "fuzzy" in html
    assert 'href="/static/app.js"' not in html and 'src="/static/app.js"' in html


def test_results_link_to_articles_with_the_query_and_show_snippets_chips_copies(web_client):
    html = page(web_client, "/?q=kupol")
    assert 'href="/articles/0000000000000000?q=kupol"' in html
    assert "mentions Luhansk and <mark>kupol</mark>." in html  # snippet html rendered as markup
    chips = links(html, "chip")
    assert ("/", [("q", "kupol"), ("person", "Volodymyr Zelensky")]) in chips
    assert 'title="Person: Volodymyr Zelensky — written as Zelensky"' in html
    assert "Also carried by" in html and 'href="/articles/0000000000000001?q=kupol"' in html


def test_facet_values_toggle_and_exclude_in_the_url(web_client):
    html = page(web_client, "/?q=Luhansk&person=Vladimir+Putin&page=2")
    toggles = links(html, "fv-toggle")
    # selected value: its link removes it (and the page number)
    assert ("/", [("q", "Luhansk")]) in toggles
    # another value: added to the filters, OR within the facet
    assert ("/", [("q", "Luhansk"), ("person", "Vladimir Putin"), ("source", "AFP")]) in toggles
    excludes = links(html, "fv-exclude")
    assert ("/", [("q", "Luhansk"), ("person", "Vladimir Putin"), ("not_source", "AFP")]) in excludes
    # excluding the selected value swaps it from included to excluded
    assert ("/", [("q", "Luhansk"), ("not_person", "Vladimir Putin")]) in excludes
    assert 'aria-current="true"' in html
    assert 'aria-label="Exclude source AFP"' in html


def test_excluded_value_is_shown_struck_and_can_be_restored(web_client):
    html = page(web_client, "/?not_source=AP")
    assert 'class="fv is-excluded"' in html
    assert 'aria-label="Stop excluding source AP"' in html
    assert ("/", []) in links(html, "fv-exclude")


def test_selected_filters_are_removable_pills(web_client):
    html = page(web_client, "/?q=x&person=Vladimir+Putin&not_source=AP&date_from=2025-06-01&copies=all")
    assert 'aria-label="Active filters"' in html
    assert "Person: <strong><bdi>Vladimir Putin</bdi></strong>" in html
    assert "Not source: <strong><bdi>AP</bdi></strong>" in html
    assert "Events from: <strong><bdi>1 Jun 2025</bdi></strong>" in html
    assert 'aria-label="Remove filter Person: Vladimir Putin"' in html
    assert 'href="/?q=x&amp;not_source=AP&amp;date_from=2025-06-01&amp;copies=all"' in html
    assert 'class="clear" href="/?q=x"' in html


def test_date_histogram_bars_are_links_with_css_heights(web_client):
    html = page(web_client, "/")
    bars = re.findall(r'<li class="bar (h\d+)[^"]*"><a\s+href="([^"]*)"', html)
    assert len(bars) == 5  # every day of the fake's date facet
    assert {h for h, _ in bars} == {"h20"}
    assert unescape(bars[0][1]) == "/?date=2025-06-20"
    assert "style=" not in html
    # the same days as a list, with counts and exclusion
    assert "All 5 days as a list" in html
    assert 'aria-label="Exclude date 20 Jun 2025"' in html


def test_date_histogram_fills_quiet_days_and_scales_bars():
    from web.histogram import histogram

    days = [{"value": "2025-06-01", "count": 10}, {"value": "2025-06-04", "count": 1}]
    app = create_app({"ENGINE": FakeEngine()})
    with app.test_request_context():
        h = histogram(days, [("date", "2025-06-04")])
    assert [(b["value"], b["gap"], b["step"]) for b in h["bars"]] == [
        ("2025-06-01", False, 20), ("2025-06-02", True, 0), ("2025-06-03", True, 0), ("2025-06-04", False, 2)]
    assert h["bars"][3]["selected"] and h["bars"][3]["toggle_url"] == "/"
    with app.test_request_context():
        far = histogram([{"value": "2020-01-01", "count": 1}, {"value": "2025-01-01", "count": 1}], [])
    assert len(far["bars"]) == 2  # years apart: no thousand empty slots


def test_show_more_raises_facet_limit():
    arts = make_articles(30)
    for i, a in enumerate(arts):
        a["person"] = [f"Person {i}"]
    html = page(client_for(FakeEngine(arts)), "/?facet_limit=5")
    assert 'class="more" href="/?facet_limit=25"' in html
    assert 'class="facet-filter" type="search" hidden' in html


def test_pagination_has_prev_next_numbers_and_no_cap():
    class Huge(FakeEngine):
        def search(self, params):
            answer = super().search({})
            page = int(params["page"][0]) if "page" in params else 1
            return answer | {"total": 500_000, "pages": 50_000, "page": page}

    html = page(client_for(Huge()), "/?q=a&page=20000")
    nav = html[html.index('<nav class="pagination"'):]
    assert 'href="/?q=a&amp;page=19999" rel="prev"' in nav
    assert 'href="/?q=a&amp;page=20001" rel="next"' in nav
    assert 'aria-label="Page 50000"' in nav and 'aria-current="page"' in nav
    assert 'href="/?q=a&amp;page=1"' in nav and "…" in nav


def test_did_you_mean_links_to_the_corrected_query(web_client):
    html = page(web_client, "/?q=luhnask&source=AP")
    assert 'Did you mean <a href="/?q=luhansk&amp;source=AP"><bdi>luhansk</bdi></a>?' in html


def test_no_results_suggests_removing_filters(web_client):
    html = page(web_client, "/?q=zzz&person=Vladimir+Putin")
    assert "No articles match" in html
    assert 'href="/?q=zzz">Remove person: <bdi>Vladimir Putin</bdi></a>' in html


def test_empty_index_explains_how_to_index():
    html = page(client_for(FakeEngine([])), "/")
    assert "The index is empty" in html
    assert "newsfacet index PATH --index DIR" in html


def test_article_page_marks_entities_and_query(web_client):
    html = page(web_client, "/articles/0000000000000001?q=kupol")
    assert '<h1 dir="auto">Article 1 about Luhansk</h1>' in html  # the engine's title_html, as a real engine sends
    assert '<a class="ent ent-place" href="/?place=Luhansk" title="place: Luhansk">Luhansk</a>' in html
    assert "<mark>kupol</mark>" in html
    assert 'href="/api/articles/0000000000000001?q=kupol"' in html  # the JSON twin
    assert "Provenance" in html and "seeds/<wbr>x.<wbr>txt" in html
    assert 'href="/?q=kupol"' in html  # back to the results
    assert 'href="https://example.org/1" rel="noopener noreferrer nofollow"' in html


def test_article_page_never_links_a_javascript_url():
    arts = make_articles(1)
    arts[0]["url"] = "javascript:alert(1)"
    html = page(client_for(FakeEngine(arts)), "/articles/0000000000000000")
    assert 'href="javascript:' not in html


def test_html_errors_for_browsers_json_for_everyone_else(web_client):
    html = page(web_client, "/articles/missing", status=404)
    assert "Not found" in html and "no article with id" in html
    html = page(web_client, "/?q=kyiv&sort=best", status=400)
    assert "sort: must be relevance, newest or oldest" in html and "<code>sort</code>" in html
    assert '<a href="/?q=kyiv">search again without it</a>' in html
    assert web_client.get("/?page=abc").get_json()["error"]["param"] == "page"


def test_html_pages_ignore_unknown_parameters(web_client):
    html = page(web_client, "/?q=Luhansk&utm_source=newsletter")
    assert "utm_source" not in html


# ---------------------------------------------------------------- escaping

HOSTILE_MARKERS = ("<script>alert(1)", "<img src=x", "onerror=alert(2)>")


def assert_no_hostile_markup(html: str) -> None:
    for marker in HOSTILE_MARKERS:
        assert marker not in html


@pytest.mark.parametrize("url", [
    "/?q={h}", "/?person={h}", "/?not_org={h}", "/?date_from={h}", "/articles/0000000000000000?q={h}",
])
def test_hostile_request_values_are_escaped(url):
    html = client_for(FakeEngine()).get(url.format(h=HOSTILE), headers={"Accept": "text/html"}).get_data(True)
    assert_no_hostile_markup(html)


def test_hostile_document_values_are_escaped():
    arts = make_articles(3)
    arts[0].update(title=HOSTILE, source=HOSTILE, person=[HOSTILE], place=[HOSTILE],
                   text=[f"Before {HOSTILE} after.", "x"])
    arts[0]["copies"] = [{"id": arts[1]["id"], "source": HOSTILE}]
    client = client_for(FakeEngine(arts))
    search = page(client, "/?q=Before")
    assert_no_hostile_markup(search)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in search
    article = page(client, "/articles/0000000000000000?q=Before")
    assert_no_hostile_markup(article)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article


def test_rendered_pages_have_no_inline_script_or_style(web_client):
    for url in ("/?q=kupol&person=Vladimir+Putin", "/articles/0000000000000000?q=kupol"):
        html = page(web_client, url)
        assert re.search(r"<script(?![^>]*\bsrc=)", html) is None
        assert re.search(r"\sstyle=", html) is None
        assert re.search(r"\son[a-z]+=", html) is None


def test_copies_can_be_shown_individually_and_grouped_again(web_client):
    assert 'href="/?q=x&amp;copies=all"' in page(web_client, "/?q=x")
    html = page(web_client, "/?q=x&copies=all")
    assert re.search(r'href="/\?q=x" [^>]*>Group copies</a>', html)


def test_a_copy_shown_on_its_own_links_to_its_original():
    class WithCopy(FakeEngine):
        def search(self, params):
            answer = super().search(params)
            answer["results"][0]["copy_of"] = "0000000000000009"
            return answer

    html = page(client_for(WithCopy()), "/?copies=all")
    assert 'A syndicated copy of <a href="/articles/0000000000000009"' in html
