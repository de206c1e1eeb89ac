"""A mention labelled NO_FACET (the tagger found no evidence it names what its kind says: a bare surname of
several people, an org with no org evidence, a place nothing in the archive places) stays a highlighted,
stored mention but is no facet value. Every reader that lists entity values from the store's mentions must
agree with Article.entity_values: result cards, entity pages (neighbours, spellings), the same-paragraph
filter and its snippets, the name-variant table, exports, and the article page's entity links."""
from __future__ import annotations

import pytest

from indexer.variants import variant_rows
from search import cooccur
from search.engine import Engine
from search.errors import NotFound
from search.model import NO_FACET
from search.testing import art, build, place
from web.marking import mark_paragraph

GATED = {"label": NO_FACET}


def _corpus():
    return [
        art("g1", "Rao meets Kiran Rao in Hyderabad",
            ["Rao met Kiran Rao and Acme Corp staff in Hyderabad and Gotham.",
             "Kiran Rao later spoke to Venkat Rao."],
            [(0, "Rao", "person", "Rao", GATED), (0, "Kiran Rao", "person", "Kiran Rao"),
             (0, "Acme Corp", "org", "Acme", GATED), place(0, "Hyderabad", "Hyderabad", "Telangana", "India"),
             (0, "Gotham", "place", "Gotham", GATED), (1, "Kiran Rao", "person", "Kiran Rao"),
             (1, "Venkat Rao", "person", "Venkat Rao")],
            source="AP", published="2025-01-02"),
        art("g2", "Kiran Rao and the council",
            ["Kiran Rao and the Hyderabad council met; Acme Corp was not there.",
             "Later the council and Kiran Rao signed."],
            [(0, "Kiran Rao", "person", "Kiran Rao"), (0, "Acme Corp", "org", "Acme", GATED),
             (1, "council", "org", "Council"), (1, "Kiran Rao", "person", "Kiran Rao")],
            source="AP", published="2025-01-03"),
    ]


GATED_VALUES = {("person", "Rao"), ("org", "Acme"), ("place", "Gotham")}


@pytest.fixture()
def engine(tmp_path):
    build(tmp_path, _corpus()).close()
    with Engine(tmp_path) as e:
        yield e


def test_result_cards_and_facets_list_no_gated_value(engine):
    answer = engine.search({"q": ["Kiran"], "facet_limit": ["100"]})
    assert {r["id"] for r in answer["results"]} == {"g1", "g2"}
    for r in answer["results"]:
        listed = {(k, e["value"]) for k, es in r["entities"].items() for e in es}
        assert listed and not listed & GATED_VALUES, r["id"]
    facets = {(k, e["value"]) for k, es in answer["facets"].items() for e in es}
    assert ("person", "Kiran Rao") in facets and not facets & GATED_VALUES


def test_entity_page_neighbours_skip_gated_values_and_a_gated_value_has_no_page(engine):
    page = engine.entity("person", "Kiran Rao")
    together = {(k, e["value"]) for k, es in page["together"].items() for e in es}
    assert ("place", "Hyderabad") in together and ("person", "Venkat Rao") in together
    assert not together & GATED_VALUES
    for facet, value in GATED_VALUES:
        with pytest.raises(NotFound):
            engine.entity(facet, value)


def test_same_paragraph_filter_ignores_gated_mentions(engine):
    # "Acme Corp" shares g2's first paragraph with Kiran Rao, but only as a gated mention: nothing to find
    assert cooccur.shared_paragraphs(engine.store, [("person", "Kiran Rao"), ("org", "Acme")], ["g1", "g2"]) == {}
    # the organisation that is a facet value is found, in the paragraph it shares as one
    found = cooccur.shared_paragraphs(engine.store, [("person", "Kiran Rao"), ("org", "Council")], ["g1", "g2"])
    assert found == {"g2": [1]}


def test_name_variant_table_has_no_spelling_of_a_gated_value(engine):
    rows = variant_rows(engine.store)
    assert ("person", "Kiran Rao", "Kiran Rao", "corpus") not in rows  # written as its value: no variant row
    assert not [r for r in rows if (r[0], r[1]) in GATED_VALUES]
    assert not [r for r in rows if r[2] == "Acme Corp"]


def test_export_rows_list_no_gated_value(engine):
    rows = list(engine.export({"q": ["Kiran"]}))
    assert {r["id"] for r in rows} == {"g1", "g2"}
    for r in rows:
        assert "Kiran Rao" in r["person"]
        assert "Rao" not in r["person"] and "Acme" not in r["org"] and "Gotham" not in r["place"]


def test_article_page_highlights_a_gated_mention_without_an_entity_link(engine):
    a = engine.article("g1")
    first = a["paragraphs"][0]
    by_text = {m["text"]: m for m in first["entities"]}
    assert by_text["Rao"]["facet"] is False and by_text["Gotham"]["facet"] is False
    assert by_text["Kiran Rao"]["facet"] is True and by_text["Hyderabad"]["facet"] is True
    listed = {(k, e["value"]) for k, es in a["entities"].items() for e in es}
    assert ("person", "Kiran Rao") in listed and not listed & GATED_VALUES
    html = str(mark_paragraph(first, lambda kind, value: f"/entity/{kind}/{value}"))
    assert 'href="/entity/person/Kiran Rao"' in html and 'href="/entity/place/Hyderabad"' in html
    assert "/entity/person/Rao\"" not in html and "/entity/place/Gotham" not in html
    assert '<span class="ent ent-place" title="place: Gotham">Gotham</span>' in html
