"""Disjunctive facet counts: articles, after copy grouping, own selections ignored, selected always listed."""
from __future__ import annotations

import pytest


@pytest.fixture()
def engine(sample_engine):
    return sample_engine


def facet(answer, name):
    return {e["value"]: e for e in answer["facets"][name]}


def counts(answer, name):
    return {v: e["count"] for v, e in facet(answer, name).items()}


def test_counts_count_articles_and_hide_copies(engine):
    a = engine.search({})
    assert counts(a, "place") == {"Kyiv": 2, "Kharkiv": 2, "Izhevsk": 1, "Istanbul, Turkey": 1, "Odesa": 1}
    assert counts(a, "person") == {"Volodymyr Zelensky": 3, "Oleh Syniehubov": 2, "Rustem Umerov": 1}
    assert [e["value"] for e in a["facets"]["place"]][:2] == ["Kharkiv", "Kyiv"]  # count desc, then value
    assert counts(engine.search({"copies": ["all"]}), "place")["Kyiv"] == 4
    assert counts(a, "source") == {"AP": 2, "Reuters": 2, "Kyiv Independent": 1, "Al Jazeera": 1, "ANI": 1}


def test_own_selection_does_not_narrow_own_counts_but_narrows_the_others(engine):
    a = engine.search({"place": ["Kyiv"]})
    place = facet(a, "place")
    assert place["Kyiv"] == {"value": "Kyiv", "count": 2, "selected": True, "excluded": False}
    assert place["Kharkiv"]["count"] == 2 and not place["Kharkiv"]["selected"]  # a second tick would add 2
    assert counts(a, "person") == {"Volodymyr Zelensky": 1}
    assert counts(a, "date") == {"2025-06-20": 1}
    # two facets selected: each one's counts honour the other
    b = engine.search({"place": ["Kyiv", "Kharkiv"], "person": ["Oleh Syniehubov"]})
    assert b["total"] == 2
    assert counts(b, "place") == {"Kharkiv": 2, "Kyiv": 0}
    assert counts(b, "person") == {"Volodymyr Zelensky": 2, "Oleh Syniehubov": 2}  # a1 is in Izhevsk


def test_counts_reflect_the_query_and_ranges(engine):
    a = engine.search({"q": ["drones"]})
    assert counts(a, "place") == {"Izhevsk": 1, "Kharkiv": 1, "Kyiv": 1}
    b = engine.search({"date_from": ["2025-06-20"], "date_to": ["2025-06-22"]})
    assert counts(b, "date") == {"2025-06-20": 1, "2025-06-22": 1, "2025-06-23": 1, "2025-06-24": 1}


def test_selected_and_excluded_values_always_appear(engine):
    a = engine.search({"person": ["Nobody Known"], "not_org": ["Kupol"], "facet_limit": ["1"]})
    assert facet(a, "person")["Nobody Known"] == {"value": "Nobody Known", "count": 0, "selected": True,
                                                  "excluded": False}
    assert a["total"] == 0
    assert facet(a, "org")["Kupol"]["excluded"] is True and facet(a, "org")["Kupol"]["count"] == 0


def test_facet_limit_cuts_entity_facets_but_never_the_date_facet(engine):
    a = engine.search({"facet_limit": ["1"]})
    assert len(a["facets"]["person"]) == 1 and a["facets"]["person"][0]["value"] == "Volodymyr Zelensky"
    days = [e["value"] for e in a["facets"]["date"]]
    assert days == sorted(days) and len(days) == 6  # 06-02, 06-20, 06-22..24, 06-27


def test_exclusions_apply_to_every_facet(engine):
    a = engine.search({"not_place": ["Kyiv"]})
    assert "Kyiv" in facet(a, "place") and facet(a, "place")["Kyiv"]["count"] == 0
    assert counts(a, "person")["Volodymyr Zelensky"] == 2


def test_sparse_and_dense_counting_agree(engine):
    import numpy as np

    view = engine.backend._cache.get()
    rng = np.random.default_rng(1)
    for _ in range(20):
        mask = view.live & (rng.random(view.n) < rng.random())
        docs = np.nonzero(mask)[0]
        for fd in view.facets.values():
            dense = np.bincount(fd.entry_values()[mask[fd.entry_doc]], minlength=len(fd.values)) if len(fd.entry_doc) \
                else np.zeros(len(fd.values), dtype=np.int64)
            assert (fd.counts(mask, docs) == dense).all()
            padded = np.concatenate([mask, np.zeros(8 * view.n + 8, dtype=bool)])  # forces the sparse path
            assert (fd.counts(padded, docs) == dense).all()
