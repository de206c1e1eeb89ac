"""The real-archive evaluation: its loader, its arithmetic and its detectors, and the committed corpora.

No spaCy here except one small smoke test of the whole path on a two-article corpus.
"""
from __future__ import annotations

import json

import pytest

from indexer.realeval import facets as fx
from indexer.realeval.corpora import CorpusError, corpus_names, load_corpus
from indexer.realeval.mentions import by_article, score
from search.model import Article, Mention, Paragraph


def _write(folder, articles, mentions=None, judgments=None):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles))
    if mentions is not None:
        (folder / "mentions.jsonl").write_text("".join(json.dumps(m) + "\n" for m in mentions))
    if judgments is not None:
        (folder / "judgments.jsonl").write_text("".join(json.dumps(j) + "\n" for j in judgments))


ARTICLE = {"id": "a1", "split": "dev", "title": "T", "published": None, "source": "S",
           "text": "Tony Blair met Gordon Brown in London.\n\nMr Blair left."}


def test_loader_accepts_matching_offsets(tmp_path):
    _write(tmp_path / "c", [ARTICLE], [{"article": "a1", "start": 0, "end": 10, "text": "Tony Blair",
                                        "type": "person"}])
    corpus = load_corpus("c", tmp_path)
    assert [g.text for g in corpus.gold] == ["Tony Blair"]
    assert corpus.annotated() == {"a1"}


def test_loader_rejects_offsets_that_do_not_hold_the_text(tmp_path):
    _write(tmp_path / "c", [ARTICLE], [{"article": "a1", "start": 1, "end": 10, "text": "Tony Blair",
                                        "type": "person"}])
    with pytest.raises(CorpusError, match=r"mentions.jsonl: line 1: offsets 1-10 hold 'ony Blair'"):
        load_corpus("c", tmp_path)


@pytest.mark.parametrize("bad", [
    {"article": "zz", "start": 0, "end": 4, "text": "Tony", "type": "person"},  # unknown article
    {"article": "a1", "start": 0, "end": 4, "text": "Tony", "type": "misc"},  # type outside the three
    {"article": "a1", "start": 0, "text": "Tony", "type": "person"},  # no end
])
def test_loader_rejects_malformed_gold(tmp_path, bad):
    _write(tmp_path / "c", [ARTICLE], [bad])
    with pytest.raises(CorpusError):
        load_corpus("c", tmp_path)


def test_loader_rejects_bad_split_and_contradictory_judgments(tmp_path):
    _write(tmp_path / "c", [dict(ARTICLE, split="test")])
    with pytest.raises(CorpusError, match="split"):
        load_corpus("c", tmp_path)
    _write(tmp_path / "d", [ARTICLE], judgments=[
        {"facet": "person", "value": "Blair", "ok": True, "why": ""},
        {"facet": "person", "value": "Blair", "ok": False, "why": "variant"}])
    with pytest.raises(CorpusError, match="both ways"):
        load_corpus("d", tmp_path)


def test_a_split_judgment_overrides_the_corpus_wide_one_for_that_split_only(tmp_path):
    # A region can be reached only through a wrong town in dev and only through right ones in held-out.
    _write(tmp_path / "c", [ARTICLE], judgments=[
        {"facet": "region", "value": "Illinois", "ok": False, "why": "a wrong town"},
        {"facet": "region", "value": "Illinois", "ok": True, "why": "Chicago", "split": "heldout"}])
    corpus = load_corpus("c", tmp_path)
    assert corpus.judged("dev")[("region", "Illinois")]["ok"] is False
    assert corpus.judged("heldout")[("region", "Illinois")]["ok"] is True
    _write(tmp_path / "d", [ARTICLE], judgments=[
        {"facet": "region", "value": "Illinois", "ok": True, "why": "", "split": "test"}])
    with pytest.raises(CorpusError, match="split must be"):
        load_corpus("d", tmp_path)


def test_scores_on_a_hand_made_example():
    gold = by_article([("a", 0, 10, "person"), ("a", 15, 27, "person"), ("a", 31, 37, "place"),
                       ("b", 0, 3, "org")])
    system = by_article([("a", 0, 10, "person"),  # exact hit
                         ("a", 18, 27, "person"),  # overlaps gold 15-27: lenient hit only
                         ("a", 31, 37, "org"),  # right span, wrong type: miss for both
                         ("b", 0, 3, "org"), ("b", 5, 9, "org"),  # one hit, one false positive
                         ("c", 0, 4, "person")])  # article without gold: not scored
    s = score(system, gold)
    person = s["exact"]["person"]
    assert (person["tp"], person["system"], person["gold"]) == (1, 2, 2)
    assert person["precision"] == pytest.approx(0.5) and person["recall"] == pytest.approx(0.5)
    assert s["lenient"]["person"]["tp"] == 2 and s["lenient"]["person"]["f1"] == pytest.approx(1.0)
    org = s["exact"]["org"]
    assert (org["tp"], org["system"], org["gold"]) == (1, 3, 1)
    assert org["precision"] == pytest.approx(1 / 3) and org["recall"] == pytest.approx(1.0)
    assert org["f1"] == pytest.approx(0.5)
    place = s["exact"]["place"]
    assert (place["tp"], place["system"], place["gold"], place["f1"]) == (0, 0, 1, 0.0)


def test_lenient_match_uses_each_gold_mention_once():
    gold = by_article([("a", 0, 10, "person")])
    system = by_article([("a", 0, 4, "person"), ("a", 5, 10, "person")])
    assert score(system, gold)["lenient"]["person"]["tp"] == 1


def test_variant_groups_find_pairs_and_triples():
    people = ["Tony Blair", "Blair", "Mr Blair", "Gordon Brown", "Mr Brown", "Michael Howard",
              "Dr Rowan Williams", "Rowan Williams", "Kennedy"]
    groups = fx.variant_groups(people)
    assert sorted(map(sorted, groups)) == sorted(map(sorted, [
        ["Tony Blair", "Blair", "Mr Blair"], ["Gordon Brown", "Mr Brown"],
        ["Rowan Williams", "Dr Rowan Williams"]]))
    assert fx.variant_groups(["Michael Howard", "Charles Kennedy"]) == []


def test_variant_groups_pair_an_honorific_form_with_its_bare_surname():
    assert fx.variant_groups(["Mr Putin", "Putin", "Angela Merkel"]) == [["Mr Putin", "Putin"]]


def _article(aid, mentions):
    return Article(id=aid, title="t", paragraphs=[Paragraph(0, "x" * 200)],
                   mentions=[Mention(0, 0, 1, "x", kind, value, region=region, country=country)
                             for kind, value, region, country in mentions])


def test_misfiled_values_are_strings_under_two_facets_case_folded():
    articles = [_article("1", [("org", "Labour", None, None), ("person", "Chelsea", None, None)]),
                _article("2", [("person", "labour", None, None), ("place", "Chelsea", None, "United Kingdom"),
                               ("org", "Chelsea", None, None)]),
                _article("3", [("place", "London", "England", "United Kingdom")])]
    mis = {r["value"].casefold(): r["facets"] for r in fx.misfiled(articles)}
    assert mis == {"labour": {"org": 1, "person": 1}, "chelsea": {"person": 1, "place": 1, "org": 1}}


def test_top_values_count_articles_and_judged_precision_counts_unjudged():
    articles = [_article(str(i), [("person", "Ann Lee", None, None)]) for i in range(3)] + \
               [_article("x", [("person", "Bob Roe", None, None), ("person", "Bob Roe", None, None)])]
    top = fx.top_values(articles, "person", 10)
    assert top == [("Ann Lee", 3), ("Bob Roe", 1)]
    judged = fx.judged_precision(top, "person", {("person", "Ann Lee"): {"ok": False, "why": "junk"}})
    assert (judged["judged"], judged["ok"], judged["unjudged"], judged["precision"]) == (1, 0, 1, 0.0)
    assert judged["wrong"] == [("Ann Lee", "junk")]


def test_region_rollup_counts_uk_and_us_places_with_a_region_but_not_the_country_itself():
    articles = [_article("1", [("place", "London", "England", "United Kingdom"),
                               ("place", "Leeds", None, "United Kingdom"),
                               ("place", "Ohio", "Ohio", "United States"),
                               ("place", "United States", None, "United States"),
                               ("place", "Paris", "Île-de-France", "France")])]
    assert fx.region_rollup(articles) == {"United Kingdom": {"places": 2, "with_region": 1},
                                          "United States": {"places": 1, "with_region": 1}}


def test_committed_corpora_load_and_every_gold_offset_holds_its_text():
    names = corpus_names()
    assert {"gum_wikinews", "reuters21578", "abc_rural"} <= set(names)
    for name in names:
        corpus = load_corpus(name)  # raises on any offset that does not hold its text
        texts = {a["id"]: a["text"] for a in corpus.articles}
        assert corpus.gold, name
        for g in corpus.gold:
            assert texts[g.article][g.start:g.end] == g.text
        for split in ("dev", "heldout"):
            assert corpus.split(split), (name, split)
        heldout_gold = [g for g in corpus.gold if g.article in {a["id"] for a in corpus.split("heldout")}]
        assert len(heldout_gold) >= 300, (name, len(heldout_gold))


def test_harness_smoke_on_a_tiny_corpus(tmp_path, monkeypatch):
    """The whole path once: extraction, spaCy, tagging, linking, scoring (two short articles)."""
    from indexer.realeval import tagging
    from indexer.realeval.report import evaluate, render

    monkeypatch.setattr(tagging, "CACHE_DIR", tmp_path / "cache")
    text = "LONDON, May 5 - Tony Blair met Gordon Brown at Downing Street.\n\nMr Blair later flew to Paris."
    _write(tmp_path / "c", [{"id": "a1", "split": "dev", "title": "T", "published": "2005-05-05",
                             "source": "S", "text": text}],
           [{"article": "a1", "start": 16, "end": 26, "text": "Tony Blair", "type": "person"},
            {"article": "a1", "start": 31, "end": 43, "text": "Gordon Brown", "type": "person"}])
    corpus = load_corpus("c", tmp_path)
    result = evaluate(corpus, "dev")
    assert result["gold_mentions"] == 2
    person = result["mentions"]["newsfacet"]["exact"]["person"]
    assert person["gold"] == 2 and 0 <= person["tp"] <= 2
    assert result["facets"]["person"]["top"]  # which values is the tagger's business, not this test's
    assert "gum" not in render(result) and "c / dev" in render(result)
    assert list((tmp_path / "cache").iterdir())  # NER output was cached


def test_targets_compare_with_issue_thresholds_and_raw_spacy():
    from indexer.realeval.report import targets

    def prf(p, r):
        return {"precision": p, "recall": r, "gold": 10}

    result = {"facets": {"person": {"precision": 0.96}, "org": {"precision": 0.90},
                         "region": {"precision": None}},
              "variants": {"triples": 1},
              "regions": {"United Kingdom": {"places": 4, "with_region": 0},
                          "United States": {"places": 0, "with_region": 0}},
              "mentions": {"newsfacet": {"exact": {"person": prf(0.8, 0.70), "org": prf(0.5, 0.5),
                                                   "place": prf(0.9, 0.9)}},
                           "spacy": {"exact": {"person": prf(0.7, 0.705), "org": prf(0.6, 0.5),
                                               "place": prf(0.9, 0.95)}}}}
    met = {name: ok for name, ok, _ in targets(result)}
    assert met["person top-100 precision"] is True and met["org top-100 precision"] is False
    assert "region top-100 precision" not in met  # nothing judged: no verdict
    assert met["no unmerged person triples"] is False
    assert met["United Kingdom places roll up to a region"] is False
    assert "United States places roll up to a region" not in met  # no US places: nothing to judge
    assert met["person mention precision >= spaCy"] and met["person mention recall >= spaCy - 0.01"]
    assert not met["org mention precision >= spaCy"] and met["org mention recall >= spaCy - 0.01"]
    assert met["place mention precision >= spaCy"] and not met["place mention recall >= spaCy - 0.01"]
