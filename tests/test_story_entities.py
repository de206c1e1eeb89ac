"""Entity pages (issue 16): their counts are the facet counts, every chip and facet value links to one."""
from __future__ import annotations

import re
from html import unescape
from urllib.parse import unquote

import pytest

from web import create_app

KINDS = ("person", "org", "place", "region", "country")


@pytest.fixture()
def c(seed_index_dir):
    return create_app({"INDEX_DIR": str(seed_index_dir), "TESTING": True}).test_client()


@pytest.fixture(scope="module")
def browse(seed_engine) -> dict:
    return seed_engine.search({"facet_limit": ["1000"]})


@pytest.mark.parametrize("kind", KINDS)
def test_an_entity_pages_counts_equal_the_facet_counts(seed_engine, browse, kind):
    values = browse["facets"][kind]
    picked = values[:4] + values[len(values) // 2:len(values) // 2 + 2]  # busy ones and mid-list ones
    assert picked
    for item in picked:
        page = seed_engine.entity(kind, item["value"])
        assert page["total"] == item["count"], item
        # By event day: the date facet of the entity's search, day by day.
        search = seed_engine.search({kind: [item["value"]], "facet_limit": ["1000"]})
        assert page["by_event_day"] == [{"value": d["value"], "count": d["count"]} for d in search["facets"]["date"]]
        # By publication day: every article once, in the day it was published (or counted as unknown).
        assert sum(d["count"] for d in page["by_publication"]) + page["publication_unknown"] == page["total"]
        days = [d["value"] for d in page["by_publication"]]
        assert days == sorted(days)
        for d in page["by_publication"][:3]:
            one_day = seed_engine.search({kind: [item["value"]], "published_from": [d["value"]],
                                          "published_to": [d["value"]]})
            assert one_day["total"] == d["count"]
        assert page["articles"]["total"] == item["count"]


def test_spellings_and_same_paragraph_neighbours_of_the_kharkiv_governor(seed_engine):
    page = seed_engine.entity("person", "Oleh Syniehubov")
    assert page["total"] == 4
    assert [s["text"] for s in page["spellings"]] == ["Oleh Syniehubov"]
    places = {n["value"]: n["articles"] for n in page["together"]["place"]}
    # Read off the seed paragraphs: Kharkiv Oblast is named with him in all four reports, Kupiansk in two
    # ("...Kharkiv, Kupiansk, and Chuhuiv districts", "...strikes on Kharkiv city, Kupiansk...").
    assert places["Kharkiv Oblast"] == 4
    assert places["Kupiansk"] == 2
    assert "Oleh Syniehubov" not in {n["value"] for n in page["together"]["person"]}
    # Each article's snippet is the paragraph naming him, the name marked.
    for r in page["articles"]["results"]:
        assert "<mark>Oleh Syniehubov</mark>" in r["snippets"][0]["html"]


def _neighbours_by_hand(engine, facet: str, value: str) -> dict[str, list[dict]]:
    """The same-paragraph neighbours read article by article from the stored mentions (what the page's one
    SQL query must equal): in each article of the entity's result set, the paragraphs naming it, and every
    other person, org or place in them; ranked by articles, then paragraphs, then value. A mention labelled
    NO_FACET is no facet value: it names no entity and is no neighbour."""
    from search.model import NO_FACET
    from search.params import parse_params

    p = parse_params({facet: [value], "sort": ["newest"]})
    ids = [aid for aid, _ in engine.backend.ranked(p)]

    def names_it(m) -> bool:
        if facet in ("region", "country"):
            return m.kind == "place" and getattr(m, facet) == value
        return m.kind == facet and m.value == value and m.label != NO_FACET

    counts: dict[tuple[str, str], list[int]] = {}
    for a in engine.store.get_articles(ids):
        mine = {m.paragraph for m in a.mentions if names_it(m)}
        seen: dict[tuple[str, str], set[int]] = {}
        for m in a.mentions:
            itself = m.value == value and (m.kind == facet or facet in ("region", "country") and m.kind == "place")
            if m.paragraph in mine and m.kind in ("person", "org", "place") and not itself and m.label != NO_FACET:
                seen.setdefault((m.kind, m.value), set()).add(m.paragraph)
        for key, pars in seen.items():
            c = counts.setdefault(key, [0, 0])
            c[0] += 1
            c[1] += len(pars)
    out: dict[str, list[dict]] = {"person": [], "org": [], "place": []}
    for (kind, v), (arts, pars) in sorted(counts.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0])):
        if len(out[kind]) < 15:
            out[kind].append({"value": v, "articles": arts, "paragraphs": pars})
    return out


@pytest.mark.parametrize("kind", KINDS)
def test_same_paragraph_neighbours_equal_a_count_by_hand(seed_engine, browse, kind):
    values = browse["facets"][kind]
    for item in values[:3] + values[len(values) // 2:len(values) // 2 + 1]:
        expected = _neighbours_by_hand(seed_engine, kind, item["value"])
        assert seed_engine.entity(kind, item["value"])["together"] == expected, item
    assert any(_neighbours_by_hand(seed_engine, kind, v["value"])[k] for v in values[:3] for k in expected)


def test_a_region_page_lists_the_place_mentions_naming_it(seed_engine, browse):
    count = {e["value"]: e["count"] for e in browse["facets"]["region"]}["Kharkiv Oblast"]
    page = seed_engine.entity("region", "Kharkiv Oblast")
    assert page["total"] == count
    spellings = {s["text"] for s in page["spellings"]}
    assert "Kharkiv Oblast" in spellings
    assert "Kharkiv Oblast" not in {n["value"] for n in page["together"]["place"]}  # not its own neighbour


def test_the_page_and_its_json_twin_show_the_same_data(c, seed_engine):
    data = c.get("/api/entities/person/Mark%20Rutte").get_json()
    assert data == seed_engine.entity("person", "Mark Rutte")
    html = c.get("/entities/person/Mark%20Rutte", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "<h1 dir=\"auto\"><bdi>Mark Rutte</bdi></h1>" in html
    assert f"<strong>{data['total']}</strong> articles" in html
    for r in data["articles"]["results"]:
        assert f'href="/articles/{r["id"]}"' in html
    for n in data["together"]["place"]:
        assert f'href="/entities/place/{n["value"].replace(" ", "%20")}"' in html
    assert 'type="application/atom+xml"' in html  # a feed of new articles mentioning him


def test_every_chip_and_facet_value_links_to_its_entity_page(c):
    html = c.get("/?q=Kharkiv", headers={"Accept": "text/html"}).get_data(as_text=True)
    facet_links = re.findall(r'<a class="fv-toggle" href="[^"]*" title="([^"]*)" data-focus-key="(\w+):', html)
    about = {(k, unescape(unquote(v))) for k, v in re.findall(r'href="/entities/(\w+)/([^"]+)"', html)}
    listed = {(kind, unescape(value)) for value, kind in facet_links if kind in KINDS}
    assert listed and listed <= about
    chips = {(k, unescape(v)) for k, v in re.findall(r'class="chip chip-(\w+)[^"]*" href="[^"]*" title="[^"]*" '
                                                    r'data-focus-key="\w+:([^"]*)"', html)}
    assert chips and chips <= about
    # The article page's "Mentioned" chips too.
    article = re.search(r'href="(/articles/[^"?]+)', html).group(1)
    page = c.get(article, headers={"Accept": "text/html"}).get_data(as_text=True)
    assert re.search(r'class="about" href="/entities/(person|place|org|region|country)/', page)


def test_values_with_a_slash_and_hostile_text_reach_their_page_escaped(tmp_path):
    from search.testing import art, build

    build(tmp_path, [art("x1", "RFE/RL report", ["RFE/RL said <script>alert(1)</script> things."],
                         [(0, "RFE/RL", "org", "RFE/RL"), (0, "<script>alert(1)</script>", "person",
                                                            "<script>alert(1)</script>")])]).close()
    c = create_app({"INDEX_DIR": str(tmp_path), "TESTING": True}).test_client()
    assert c.get("/api/entities/org/RFE/RL").get_json()["total"] == 1
    r = c.get("/entities/person/%3Cscript%3Ealert(1)%3C%2Fscript%3E", headers={"Accept": "text/html"})
    assert r.status_code == 200
    assert "<script>alert(1)" not in r.get_data(as_text=True)


@pytest.mark.parametrize("path, status, param", [
    ("/api/entities/source/AP", 404, "facet"), ("/entities/people/Mark%20Rutte", 404, "facet"),
    ("/api/entities/person/Nobody%20At%20All", 404, "value"), ("/api/entities/person/%20", 400, "value"),
    ("/api/entities/person/Mark%20Rutte?page=abc", 400, "page"),
    ("/api/entities/person/Mark%20Rutte?per_page=1000", 400, "per_page"),
    ("/api/entities/person/Mark%20Rutte?q=x", 400, "q"), ("/entities/person/Mark%20Rutte?sort=best", 400, "sort"),
    ("/api/entities/person/a%00b", 400, "value"),
])
def test_bad_entity_requests_get_the_error_envelope(c, path, status, param):
    r = c.get(path)
    assert r.status_code == status, r.get_data(as_text=True)[:300]
    error = r.get_json()["error"]
    assert set(error) == {"code", "message", "param"} and error["param"] == param
