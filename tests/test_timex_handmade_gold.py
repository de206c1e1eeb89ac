"""The hand-made event-date gold sets (tests/gold/timex/handmade*.jsonl, and MEANTIME's) are well formed and scoreable.

No tagger runs here: these check each file against the records it was annotated on (handmade: held-out
corpus records; handmade2: WCXB pages and held-out Wikinews articles; handmade3: WCXB pages beyond the ones
stored here, so only their freshness is checkable; handmade4: Fundus parser-test articles, likewise; handmade5: newspaper3k/4k test articles, likewise; handmade6: Postlight parser test pages, likewise; handmade7: htmldate's MediaCloud 2020 news pages, likewise; handmade8: English Worldwide Newswire articles of 2022, likewise; handmade9: Dawn's 2025 stories, likewise; handmade10: Australian web news of November 2020, likewise; handmade11: Sri Lankan news of 2025, likewise; handmade12: BBC and UPI stories of 2026 from a reading archive, likewise; handmade13: Reuters stories of 2017 from the ISOT fake-news set's true half, likewise; handmade14: AP wire stories of January 1989, CBC News stories of 2018-2020 and US news pages of Mozilla Readability's tests, likewise; handmade15: Ghanaian online news of January 2026 from a public news feed's snapshots, likewise; handmade16: openings of LEADERSHIP (Nigeria) stories of July-August 2026 from a news bot's feed snapshots, likewise),
and the ``--set`` hook with taggers that echo the gold.
"""
from __future__ import annotations

import gzip
import json
import lzma
from datetime import date
from pathlib import Path

import pytest

from indexer.dates import timex_handmade
from indexer.dates.timeml import value_span

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "eval" / "corpora"
SETS = tuple(timex_handmade.SETS)
# What each set was built to hold (SOURCE.md): documents, scored, not_date, single days.
MINIMUM = {"handmade": (60, 150, 50, 100), "handmade2": (30, 150, 50, 40), "handmade3": (21, 70, 100, 20),
           "meantime": (6, 14, 6, 11), "handmade4": (49, 300, 170, 130), "handmade5": (44, 220, 140, 120),
           "handmade6": (42, 200, 115, 95), "handmade7": (55, 320, 145, 150),
           "handmade8": (60, 220, 110, 100), "handmade9": (60, 190, 90, 110),
           "handmade10": (68, 150, 115, 35), "handmade11": (74, 200, 85, 130),
           "handmade12": (75, 260, 160, 125), "handmade13": (70, 245, 50, 140),
           "handmade14": (59, 320, 185, 145), "handmade15": (150, 260, 170, 125),
           "handmade16": (275, 200, 75, 120)}


def _docs(name: str) -> list[dict]:
    text = timex_handmade.SETS[name].read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _wcxb() -> dict[str, dict]:
    with lzma.open(ROOT / "tests" / "gold" / "html_pages" / "pages.jsonl.xz", "rt", encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f)}


def test_handmade_documents_are_held_out_corpus_records_with_their_text_and_day():
    records = {r["id"]: r for name in ("conll2003test/articles.jsonl.gz", "reuters21578/articles.jsonl.gz",
                                       "ieer1998/articles.jsonl") for r in _jsonl(CORPORA / name)}
    for d in _docs("handmade"):
        rec = records[d["doc"]]
        assert rec["split"] == "heldout" and d["set"] == "handmade"
        assert d["dct"] == rec["published"] and d["paragraphs"] == rec["text"].split("\n\n")


def test_handmade2_documents_are_their_source_records_and_cover_every_held_out_wikinews_article():
    pages = _wcxb()
    articles = {r["id"]: r for r in _jsonl(CORPORA / "gum_wikinews" / "articles.jsonl")}
    docs = _docs("handmade2")
    for d in docs:
        assert d["set"] == "handmade2"
        if d["doc"].startswith("wcxb-"):
            rec = pages[d["doc"]]
            # WCXB gold text: one paragraph a non-blank line, stripped (SOURCE.md)
            assert d["paragraphs"] == [ln.strip() for ln in rec["text"].split("\n") if ln.strip()]
            assert d["dct"] == rec["published"][:10]
        else:
            rec = articles[d["doc"]]
            assert rec["split"] == "heldout" and d["paragraphs"] == rec["text"].split("\n\n")
            assert d["dct"] == rec["published"]
    assert {i for i, r in articles.items() if r["split"] == "heldout"} <= {d["doc"] for d in docs}


def test_handmade3_documents_are_fresh_wcxb_pages_with_a_day():
    others = {d["doc"] for name in SETS if name != "handmade3" for d in _docs(name)} | set(_wcxb())
    for d in _docs("handmade3"):
        assert d["set"] == "handmade3" and d["doc"].startswith("wcxb-")
        assert d["doc"] not in others  # neither in another set nor among the stored WCXB pages
        assert d["paragraphs"] and all(p and p == p.strip() and "\n" not in p for p in d["paragraphs"])


def test_handmade4_documents_are_fresh_fundus_articles_cut_at_twenty_paragraphs():
    # SOURCE.md: one article per Fundus test-data version, its first 20 non-empty paragraphs, whitespace collapsed
    others = {d["doc"] for name in SETS if name != "handmade4" for d in _docs(name)}
    docs = _docs("handmade4")
    for d in docs:
        assert d["set"] == "handmade4" and d["doc"].startswith("fundus-") and d["doc"] not in others
        assert 1 <= len(d["paragraphs"]) <= 20
        assert all(p and p == " ".join(p.split()) for p in d["paragraphs"]), d["doc"]
    # one document per publisher version: ids are fundus-<country>-<publisher>-<version>
    assert all(len(d["doc"].split("-")) == 4 for d in docs)


def test_handmade5_documents_are_fresh_newspaper_test_articles_cut_at_twenty_paragraphs():
    # SOURCE.md: one newspaper3k/4k test article per file stem, its first 20 non-empty paragraphs, whitespace
    # collapsed, published 2010-2016 or 2023 (no outlet-year of another set)
    others = {d["doc"] for name in SETS if name != "handmade5" for d in _docs(name)}
    for d in _docs("handmade5"):
        assert d["set"] == "handmade5" and d["doc"].startswith("np4k-") and d["doc"] not in others
        assert 1 <= len(d["paragraphs"]) <= 20
        assert all(p and p == " ".join(p.split()) for p in d["paragraphs"]), d["doc"]
        assert 2010 <= int(d["dct"][:4]) <= 2016 or d["dct"].startswith("2023-"), d["doc"]


def test_handmade6_documents_are_fresh_postlight_test_pages_cut_at_twenty_paragraphs():
    # SOURCE.md: one Postlight parser fixture per document, its first 20 non-empty paragraphs, whitespace
    # collapsed, published 2015-2022 (no outlet-year of another set)
    others = {d["doc"] for name in SETS if name != "handmade6" for d in _docs(name)}
    for d in _docs("handmade6"):
        assert d["set"] == "handmade6" and d["doc"].startswith("postlight-") and d["doc"] not in others
        assert 1 <= len(d["paragraphs"]) <= 20
        assert all(p and p == " ".join(p.split()) for p in d["paragraphs"]), d["doc"]
        assert 2015 <= int(d["dct"][:4]) <= 2022, d["doc"]


def test_handmade7_documents_are_fresh_htmldate_news_pages_of_2020_cut_at_twenty_paragraphs():
    # SOURCE.md: one page of htmldate's MediaCloud 2020 evaluation set per document, its first 20 non-empty
    # lines, whitespace collapsed, stamped with the set's own publication day (2020: no outlet-year of another set)
    others = {d["doc"] for name in SETS if name != "handmade7" for d in _docs(name)}
    for d in _docs("handmade7"):
        assert d["set"] == "handmade7" and d["doc"].startswith("htmldate-mc2020-") and d["doc"] not in others
        assert d["doc"].removeprefix("htmldate-mc2020-").isdigit()  # the set's file names are numbers
        assert 1 <= len(d["paragraphs"]) <= 20
        assert all(p and p == " ".join(p.split()) for p in d["paragraphs"]), d["doc"]
        assert d["dct"].startswith("2020-"), d["doc"]


def test_handmade8_documents_are_fresh_non_african_worldwide_newswire_articles_cut_at_twelve_paragraphs():
    # SOURCE.md: one article of stanfordnlp/en-worldwide-newswire per document (outside the African files that
    # eval/corpora/africa_newswire2022 reads), its first 12 non-empty lines after the URL, whitespace collapsed,
    # stamped with the day in its URL (2022, and one Haaretz story of 2019)
    others = {d["doc"] for name in SETS if name != "handmade8" for d in _docs(name)}
    african = ("af_", "afs_", "alg_", "eg_", "et_", "ghana_", "kenya_", "mauritius_", "nm", "panaf_", "sa_")
    for d in _docs("handmade8"):
        assert d["set"] == "handmade8" and d["doc"].startswith("ewn-") and d["doc"] not in others
        assert not d["doc"].removeprefix("ewn-").startswith(african), d["doc"]
        assert 1 <= len(d["paragraphs"]) <= 12
        assert all(p and p == " ".join(p.split()) for p in d["paragraphs"]), d["doc"]
        assert d["dct"].startswith(("2022-", "2019-")), d["doc"]
        assert not any("Ukrain" in p for p in d["paragraphs"]), d["doc"]  # the war is left out by selection


def test_handmade9_documents_are_fresh_dawn_print_stories_of_2025_cut_at_ten_paragraphs():
    # SOURCE.md: one Dawn story (Pakistan, Business, World or Sport desk) per document, named by its dawn.com
    # article number, its first 10 non-empty lines before the "Published in Dawn, ..." footer, whitespace
    # collapsed, stamped with the footer's print day (2025: no outlet-year of another set)
    others = {d["doc"] for name in SETS if name != "handmade9" for d in _docs(name)}
    for d in _docs("handmade9"):
        assert d["set"] == "handmade9" and d["doc"].startswith("dawn2025-") and d["doc"] not in others
        assert d["doc"].removeprefix("dawn2025-").isdigit()  # dawn.com/news/<number>/<slug>
        assert 1 <= len(d["paragraphs"]) <= 10
        assert all(p and p == " ".join(p.split()) for p in d["paragraphs"]), d["doc"]
        assert not any(p.startswith("Published in Dawn") for p in d["paragraphs"]), d["doc"]  # the footer is the dct
        assert d["dct"].startswith("2025-"), d["doc"]
        assert not any("Ukrain" in p for p in d["paragraphs"]), d["doc"]  # the war is left out by selection


def test_handmade10_documents_are_fresh_australian_web_news_of_november_2020_cut_at_eight_paragraphs():
    # SOURCE.md: one Webhose news post per document from an Australian outlet, named by the first 16 hex digits of
    # its Webhose uuid, its first 8 non-empty lines, whitespace collapsed, stamped with its day in Sydney time
    # (18 or 19 November 2020: no outlet-year of another set)
    others = {d["doc"] for name in SETS if name != "handmade10" for d in _docs(name)}
    for d in _docs("handmade10"):
        assert d["set"] == "handmade10" and d["doc"].startswith("au2020-") and d["doc"] not in others
        assert len(d["doc"].removeprefix("au2020-")) == 16
        int(d["doc"].removeprefix("au2020-"), 16)  # the uuid's hex digits
        assert 1 <= len(d["paragraphs"]) <= 8
        assert all(p and p == " ".join(p.split()) for p in d["paragraphs"]), d["doc"]
        assert d["dct"] in ("2020-11-18", "2020-11-19"), d["doc"]
        assert not any("Ukrain" in p for p in d["paragraphs"]), d["doc"]  # the war is left out by selection



def test_handmade11_documents_are_fresh_sri_lankan_news_of_2025_cut_at_eight_paragraphs():
    # SOURCE.md: one lk_news archive page per document from Ada Derana (English), EconomyNext or the Daily FT's
    # news pages, named by the archive's "<newspaper>-<hash>", its first 8 blank-line blocks after the headline,
    # whitespace collapsed, stamped with the archive's day (2025: no outlet-year of another set; the Daily Mirror
    # of 2024 is an entity corpus of the same archive, left out)
    others = {d["doc"] for name in SETS if name != "handmade11" for d in _docs(name)}
    for d in _docs("handmade11"):
        assert d["set"] == "handmade11" and d["doc"].startswith("lk2025-") and d["doc"] not in others
        outlet, _, digest = d["doc"].removeprefix("lk2025-").partition("-")
        assert outlet in ("adaderanalk", "economynextcom", "dailyftlk"), d["doc"]
        assert len(digest) == 8
        int(digest, 16)  # the archive's hash
        assert 1 <= len(d["paragraphs"]) <= 8
        assert all(p and p == " ".join(p.split()) for p in d["paragraphs"]), d["doc"]
        assert d["dct"].startswith("2025-"), d["doc"]
        assert not any("Ukrain" in p for p in d["paragraphs"]), d["doc"]  # the war is left out by selection


def test_handmade12_documents_are_fresh_bbc_and_upi_stories_of_2026_cut_at_twelve_paragraphs():
    # SOURCE.md: one page of the moodHappy/bbc-news-archive reading archive per document (BBC News, BBC Sport, UPI),
    # named by the outlet and its own article id, the first 12 English paragraphs (the archive's translation lines
    # dropped), whitespace collapsed, stamped with the story's day in June-August 2026 (no outlet-year of another set)
    others = {d["doc"] for name in SETS if name != "handmade12" for d in _docs(name)}
    for d in _docs("handmade12"):
        assert d["set"] == "handmade12" and d["doc"].startswith("bbc2026-") and d["doc"] not in others
        outlet, _, article = d["doc"].removeprefix("bbc2026-").partition("-")
        assert outlet in ("bbc", "bbcsport", "upi"), d["doc"]
        assert article.isdigit() if outlet == "upi" else (article.startswith("c") and article.isalnum()), d["doc"]
        assert 1 <= len(d["paragraphs"]) <= 12
        assert all(p and p == " ".join(p.split()) for p in d["paragraphs"]), d["doc"]
        assert not any("\u4e00" <= ch <= "\u9fff" for p in d["paragraphs"] for ch in p), d["doc"]  # translations dropped
        assert "2026-06-25" <= d["dct"] <= "2026-08-31", d["doc"]
        assert not any("Ukrain" in p for p in d["paragraphs"]), d["doc"]  # the war is left out by selection


def test_handmade13_documents_are_fresh_reuters_stories_of_late_2017_cut_at_a_sentence_end():
    # SOURCE.md: one Reuters story of the ISOT set's True.csv per document (its text has no paragraph breaks, so one
    # paragraph), named by the sha1 of its whitespace-collapsed text, opening on a "CITY (Reuters) - " dateline, cut at
    # the last sentence end within 1,200 characters, stamped with the story's Reuters day in October-December 2017
    others = {d["doc"] for name in SETS if name != "handmade13" for d in _docs(name)}
    for d in _docs("handmade13"):
        assert d["set"] == "handmade13" and d["doc"] not in others
        digest = d["doc"].removeprefix("reuters2017-")
        assert len(digest) == 12 and all(c in "0123456789abcdef" for c in digest), d["doc"]
        assert len(d["paragraphs"]) == 1 and "(Reuters) - " in d["paragraphs"][0][:70], d["doc"]
        text = d["paragraphs"][0]
        assert text == " ".join(text.split()) and len(text) <= 1200, d["doc"]
        assert "2017-10-01" <= d["dct"] <= "2017-12-31", d["doc"]
        assert "Ukrain" not in text, d["doc"]  # the war is left out by selection


def test_handmade14_documents_are_fresh_ap_1989_cbc_and_us_readability_stories():
    # SOURCE.md: 40 AP stories of 1-10 January 1989 (TREC's AP89 files; named by DOCNO, stamped with its day, whole
    # paragraphs up to 1,200 characters), every story of a CBC News crawler's sample news.csv (one whitespace-collapsed
    # paragraph, named by the sha1 of its text, stamped with the local day of its publish_date) and the English news
    # pages of US outlets among Mozilla Readability's test pages whose source states the day (every <p> of
    # expected.html, boilerplate dropped, named by page and the sha1 of the paragraphs)
    others = {d["doc"] for name in SETS if name != "handmade14" for d in _docs(name)}
    pages = {"cnn", "nytimes-1", "nytimes-2", "nytimes-3", "nytimes-4", "seattletimes-1", "breitbart",
             "schema-org-context-object", "yahoo-3", "citylab-1", "ars-1"}
    seen = set()
    for d in _docs("handmade14"):
        assert d["set"] == "handmade14" and d["doc"] not in others
        assert all(p and p == " ".join(p.split()) for p in d["paragraphs"]), d["doc"]
        assert not any("Ukrain" in p for p in d["paragraphs"]), d["doc"]
        if d["doc"].startswith("ap1989-AP8901"):
            docno = d["doc"].removeprefix("ap1989-")
            assert d["dct"] == f"1989-01-{docno[6:8]}" and "1989-01-01" <= d["dct"] <= "1989-01-10", d["doc"]
            assert sum(map(len, d["paragraphs"])) + 2 * (len(d["paragraphs"]) - 1) <= 1200, d["doc"]
            continue
        source, _, digest = d["doc"].rpartition("-")
        assert len(digest) == 12 and all(c in "0123456789abcdef" for c in digest), d["doc"]
        if source == "cbc":
            assert len(d["paragraphs"]) == 1 and "2018-04-01" <= d["dct"] <= "2020-03-31", d["doc"]
        else:
            page = source.removeprefix("readability-")
            assert source.startswith("readability-") and page in pages and page not in seen, d["doc"]
            seen.add(page)
            assert not {"Image", "Continue reading the main story"} & set(d["paragraphs"]), d["doc"]
    assert seen == pages and sum(d["doc"].startswith("ap1989-") for d in _docs("handmade14")) == 40


def test_handmade15_documents_are_fresh_ghanaian_stories_of_january_2026_cut_at_1500_characters():
    # SOURCE.md: one story of the oscarmireku/ghana-news-feed snapshots per document, named by its outlet and the sha1
    # of its link, stamped with the feed's day (8-14 January 2026), its paragraphs whitespace-collapsed, the first
    # always kept and the next ones whole while the window stays within 1,500 characters
    others = {d["doc"] for name in SETS if name != "handmade15" for d in _docs(name)}
    outlets = {"ghanaweb", "myjoyonline", "adomonline", "theherald", "asaaseradio", "ameyawdebrah", "thebft",
               "dailyguide", "starrfm", "ghanaiantimes", "ghpage", "newsghana", "happyghana", "ghanasoccernet",
               "nkonkonsa", "thechronicle"}
    for d in _docs("handmade15"):
        assert d["set"] == "handmade15" and d["doc"] not in others
        prefix, outlet, digest = d["doc"].split("-")
        assert prefix == "ghana2026" and outlet in outlets, d["doc"]
        assert len(digest) == 12 and all(c in "0123456789abcdef" for c in digest), d["doc"]
        assert "2026-01-08" <= d["dct"] <= "2026-01-14", d["doc"]
        assert all(p and p == " ".join(p.split()) for p in d["paragraphs"]), d["doc"]
        joined = sum(map(len, d["paragraphs"])) + 2 * (len(d["paragraphs"]) - 1)
        assert len(d["paragraphs"]) == 1 or joined <= 1500, d["doc"]
        assert not any("Ukrain" in p for p in d["paragraphs"]), d["doc"]


def test_handmade16_documents_are_fresh_leadership_story_openings_of_mid_2026():
    # SOURCE.md: one LEADERSHIP story per document, named by the sha1 of its link, its one paragraph the feed's excerpt
    # of the story's opening (tags removed, entities unescaped, whitespace collapsed, the closing "[…]" dropped),
    # stamped with its Lagos day (14 July - 22 August 2026)
    others = {d["doc"] for name in SETS if name != "handmade16" for d in _docs(name)}
    for d in _docs("handmade16"):
        assert d["set"] == "handmade16" and d["doc"] not in others
        digest = d["doc"].removeprefix("leadership2026-")
        assert len(digest) == 12 and all(c in "0123456789abcdef" for c in digest), d["doc"]
        assert len(d["paragraphs"]) == 1, d["doc"]
        text = d["paragraphs"][0]
        assert text == " ".join(text.split()) and 250 <= len(text) <= 500 and "[…]" not in text, d["doc"]
        assert "2026-07-14" <= d["dct"] <= "2026-08-22", d["doc"]
        assert "Ukrain" not in text, d["doc"]


@pytest.mark.parametrize("name", SETS)
def test_ids_are_unique_and_days_are_days(name):
    docs = _docs(name)
    assert len({d["doc"] for d in docs}) == len(docs)
    assert all(date.fromisoformat(d["dct"]) for d in docs)


@pytest.mark.parametrize("name", SETS)
def test_every_offset_slices_whole_words_of_the_annotated_text(name):
    # a surface found inside a longer word ("now" in "renowned") would put the gold on the wrong text
    for d in _docs(name):
        for t in d["timexes"]:
            para = d["paragraphs"][t["p"]]
            assert para[t["start"]:t["end"]] == t["text"], (d["doc"], t)
            before = para[t["start"] - 1] if t["start"] else " "
            after = para[t["end"]] if t["end"] < len(para) else " "
            assert not before.isalnum() and not after.isalnum(), (d["doc"], t)


@pytest.mark.parametrize("name", SETS)
def test_timexes_do_not_overlap(name):
    for d in _docs(name):
        ordered = sorted(d["timexes"], key=lambda t: (t["p"], t["start"]))
        for a, b in zip(ordered, ordered[1:]):
            assert a["p"] != b["p"] or a["end"] <= b["start"], (d["doc"], a, b)


@pytest.mark.parametrize("name", SETS)
def test_scored_spans_follow_the_timex3_value(name):
    for d in _docs(name):
        for t in d["timexes"]:
            assert t["kind"] in ("scored", "not_date", "neutral")
            if t["kind"] != "scored":
                assert "span" not in t
                continue
            first, last, unit = value_span(t["value"])
            assert t["span"] == [first.isoformat(), last.isoformat()] and t["unit"] == unit, (d["doc"], t)


@pytest.mark.parametrize("name", SETS)
def test_the_set_is_big_enough_to_score(name):
    docs = _docs(name)
    kinds = [t["kind"] for d in docs for t in d["timexes"]]
    days = [t for d in docs for t in d["timexes"] if t.get("unit") == "day"]
    n_docs, scored, not_date, n_days = MINIMUM[name]
    assert len(docs) >= n_docs and kinds.count("scored") >= scored
    assert kinds.count("not_date") >= not_date and len(days) >= n_days


def _echo_gold(docs: list[dict]) -> list[list[tuple]]:
    return [[(t["p"], t["start"], t["end"], *t["span"]) for t in d["timexes"] if t["kind"] == "scored"] for d in docs]


def _dates_everywhere(docs: list[dict]) -> list[list[tuple]]:
    """The gold, plus a date over every not-a-date ("for two years", "now", "every Thursday")."""
    out = _echo_gold(docs)
    for ms, d in zip(out, docs):
        ms += [(t["p"], t["start"], t["end"], d["dct"], d["dct"]) for t in d["timexes"] if t["kind"] == "not_date"]
    return out


@pytest.mark.parametrize("name", SETS)
def test_the_hook_scores_a_gold_echo_perfectly(name):
    for view, s in timex_handmade.scores(_echo_gold, name).items():
        assert (s.precision, s.recall, s.fp, s.fn) == (1.0, 1.0, 0, 0), view


@pytest.mark.parametrize("name", SETS)
def test_the_hook_counts_dates_over_not_dates_as_false_positives(name):
    s = timex_handmade.scores(_dates_everywhere, name)["all spans"]
    assert s.recall == 1.0
    assert s.fp == sum(t["kind"] == "not_date" for d in _docs(name) for t in d["timexes"])
    assert s.precision == pytest.approx(s.good / (s.good + s.fp)) and s.precision < 1.0


@pytest.mark.parametrize("name", SETS)
def test_the_hook_prints_a_row_per_view_for_the_named_set(name, capsys, monkeypatch):
    monkeypatch.setattr(timex_handmade.timex_eval, "newsfacet_tagger", _echo_gold)
    assert timex_handmade.main(["--set", name]) == 0
    out = capsys.readouterr().out
    assert out.count(f"{name} ") == 2 and out.count("P=1.000 R=1.000") == 2


def test_without_a_set_the_first_hand_made_set_is_scored(capsys, monkeypatch):
    monkeypatch.setattr(timex_handmade.timex_eval, "newsfacet_tagger", _echo_gold)
    assert timex_handmade.main([]) == 0
    assert capsys.readouterr().out.count("handmade ") == 2


def test_an_unknown_set_is_refused(capsys):
    assert timex_handmade.main(["--set", "nosuch"]) == 2
    assert timex_handmade.main(["--set"]) == 2
    assert "unknown --set" in capsys.readouterr().err
