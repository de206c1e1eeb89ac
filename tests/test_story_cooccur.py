"""Same-paragraph co-occurrence on the seeds (issue 16), against a hand check of the seed paragraphs.

The hand check: for each pair below I read every seed article the plain search finds (both entities
anywhere in the article) and noted the paragraphs that name both. The quotes identify those paragraphs;
the articles holding them are exactly what ``together=paragraph`` must return.
"""
from __future__ import annotations

import pytest

from web import create_app

HAND_CHECK = {
    # Kim Jong Un with Kursk Oblast (region): 3 articles name both, 2 in one paragraph.
    (("person", "Kim Jong Un"), ("region", "Kursk Oblast")): {
        # the Kyiv Independent, paragraph 9: the farewell ceremony for soldiers killed in Kursk, Kim by a coffin
        "North Korea held a farewell ceremony for soldiers killed in Russia’s Kursk region. State TV aired "
        "footage of Kim Jong Un",
        # Bangkok Post (AFP): "Kim met with Lavrov ... North Korean troops in Russia's Kursk region"
        "On Saturday, Kim met with Lavrov and reaffirmed North Korea's unconditional support",
        # Not: "North Korea has already deployed around 11,000 elite troops" (Kim in paragraph 0, Kursk
        # Oblast only in paragraph 3).
    },
    # Mark Rutte with Washington (place): 4 articles name both, 2 in one paragraph.
    (("person", "Mark Rutte"), ("place", "Washington")): {
        "dismissing doubts about Washington's future role in NATO",
        "Trump set to meet with NATO Secretary General Mark Rutte in Washington",
        # Not: the NATO spending benchmark story (Rutte in paragraph 3, the 2024 Washington summit in 4),
        # nor the Trump-Zelensky meeting story (Washington in paragraph 1, Rutte in 11).
    },
    # Three values: the governor, his oblast and Kupiansk, all in one paragraph.
    (("person", "Oleh Syniehubov"), ("region", "Kharkiv Oblast"), ("place", "Kupiansk")): {
        "In Kharkiv Oblast, two people were killed and eight injured following attacks on six settlements",
        "In Kharkiv Oblast, nine people were injured in strikes on Kharkiv city, Kupiansk",
    },
}


def _params(entities) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for facet, value in entities:
        out.setdefault(facet, []).append(value)
    return out


def _articles_with(store, quotes: set[str]) -> set[str]:
    found = set()
    for quote in quotes:
        ids = {a for a, in store._query("SELECT article_id FROM paragraphs WHERE instr(text, ?) > 0", (quote,))}
        assert ids, f"the hand check quotes a paragraph that is not in the seeds: {quote!r}"
        found |= ids
    return found


@pytest.mark.parametrize("entities", list(HAND_CHECK), ids=lambda e: "+".join(v for _, v in e))
def test_together_returns_exactly_the_articles_the_hand_check_finds(seed_engine, entities):
    params = {**_params(entities), "per_page": ["100"], "copies": ["all"]}
    expected = _articles_with(seed_engine.store, HAND_CHECK[entities])
    plain = seed_engine.search(params)
    together = seed_engine.search({**params, "together": ["paragraph"]})
    assert {r["id"] for r in together["results"]} == expected
    assert together["total"] == len(expected)
    assert together["query"]["together"] == "paragraph" and plain["query"]["together"] is None
    assert {r["id"] for r in together["results"]} <= {r["id"] for r in plain["results"]}
    # The snippet is that paragraph, with each entity's mention marked.
    for r in together["results"]:
        (snippet,) = r["snippets"]
        assert snippet["same_paragraph"] is True
        (text,), = seed_engine.store._query("SELECT text FROM paragraphs WHERE article_id=? AND n=?",
                                            (r["id"], snippet["paragraph"]))
        assert any(q in text for q in HAND_CHECK[entities]), text[:200]
        assert snippet["html"].count("<mark>") >= len(entities)


def _shared_by_hand(store, entities) -> dict[str, list[int]]:
    """Paragraphs naming every entity, read article by article from the stored mentions."""
    def names(m, facet, value) -> bool:
        if facet in ("region", "country"):
            return m.kind == "place" and getattr(m, facet) == value
        return m.kind == facet and m.value == value

    ids = [a for a, in store._query("SELECT id FROM articles")]
    out = {}
    for a in store.get_articles(ids):
        common = set.intersection(*({m.paragraph for m in a.mentions if names(m, f, v)} for f, v in entities))
        if common:
            out[a.id] = sorted(common)
    return out


def test_same_paragraph_pairs_of_busy_and_rare_entities_equal_a_check_by_hand(seed_engine):
    """The one-query intersection (rarest entity first, the others looked up in its paragraphs) against
    every article read by hand, for pairs and triples across all five entity facets, busy and rare."""
    from search.cooccur import shared_paragraphs

    store = seed_engine.store
    facets = seed_engine.search({"facet_limit": ["1000"]})["facets"]
    top = {k: [e["value"] for e in facets[k][:2]] + [facets[k][len(facets[k]) // 2]["value"]]
           for k in ("person", "org", "place", "region", "country")}
    combos = [((a, x), (b, y)) for a, b in [("person", "place"), ("person", "region"), ("org", "country"),
                                            ("place", "region"), ("person", "person")]
              for x in top[a] for y in top[b] if (a, x) != (b, y)]
    combos += [(("person", top["person"][0]), ("region", r), ("country", c)) for r in top["region"][:2]
               for c in top["country"][:2]]
    found = 0
    for entities in combos:
        expected = _shared_by_hand(store, entities)
        assert shared_paragraphs(store, entities) == expected, entities
        some = sorted(expected)[::2] + ["not-an-article"]
        assert shared_paragraphs(store, entities, some) == {a: expected[a] for a in some if a in expected}
        found += bool(expected)
    assert found >= 5  # the check saw real co-occurrences, not only empty answers


def test_facet_counts_honour_the_same_paragraph_filter(seed_engine):
    answer = seed_engine.search({"person": ["Mark Rutte"], "place": ["Washington"], "together": ["paragraph"],
                                 "copies": ["all"]})
    counts = {e["value"]: e["count"] for e in answer["facets"]["person"]}
    assert counts["Mark Rutte"] == answer["total"] == 2


def test_two_people_together_is_narrower_than_either(seed_engine):
    either = seed_engine.search({"person": ["Donald Trump", "Vladimir Putin"]})["total"]
    both_somewhere = seed_engine.search({"person": ["Donald Trump"], "q": ['"Putin"']})["total"]
    together = seed_engine.search({"person": ["Donald Trump", "Vladimir Putin"], "together": ["paragraph"]})
    assert 0 < together["total"] <= both_somewhere < either
    for r in together["results"]:
        html = r["snippets"][0]["html"]
        assert "Trump" in html and "Putin" in html


def test_one_entity_filter_leaves_together_unapplied_and_says_so(seed_engine):
    plain = seed_engine.search({"person": ["Mark Rutte"]})
    one = seed_engine.search({"person": ["Mark Rutte"], "together": ["paragraph"]})
    assert one["query"]["together"] is None and one["total"] == plain["total"]


def test_the_search_page_offers_the_switch_only_with_two_entity_filters(seed_index_dir):
    c = create_app({"INDEX_DIR": str(seed_index_dir), "TESTING": True}).test_client()
    html = c.get("/?person=Mark+Rutte", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert 'name="together"' not in html
    html = c.get("/?person=Mark+Rutte&place=Washington", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert 'name="together" value="paragraph"' in html and "checked" not in html.split('name="together"')[1][:40]
    html = c.get("/?person=Mark+Rutte&place=Washington&together=paragraph",
                 headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "Together: <strong><bdi>in the same paragraph</bdi></strong>" in html
    assert "<strong>2</strong> articles" in html
    api = c.get("/api/search?person=Mark+Rutte&place=Washington&together=paragraph").get_json()
    assert api["total"] == 2 and api["query"]["together"] == "paragraph"


@pytest.mark.parametrize("path", ["/api/search?person=A&place=B&together=sentence", "/?together=1",
                                  "/api/export.csv?together=yes"])
def test_a_bad_together_value_is_a_400_envelope(seed_index_dir, path):
    c = create_app({"INDEX_DIR": str(seed_index_dir), "TESTING": True}).test_client()
    r = c.get(path)
    assert r.status_code == 400 and r.get_json()["error"]["param"] == "together"
