"""The twenty-second fresh held-out set (Webb-site Reports, David Webb's Hong Kong site, 1999-2025): the converter on
a tiny fixture of story pages and the committed corpus with its hand-made gold. A converter that read the page from
its top would take the site's menu for the story; one that kept the tables would fill the text with AGM voting forms
and share registers; one that did not stop at the footer, or missed it where a page's closing tags are absent, would
put the "People in this story" lists and the copyright line into every story; one that kept the database listings
would hold pages that are no stories. A gold line whose offsets miss its text would make every held-out number
wrong."""
from __future__ import annotations

import hashlib
import re
from datetime import date

from eval.convert import webbsite_hk
from eval.convert.common import split_of
from tests.corpus_checks import check_heldout_corpus

FILLER = " We urge shareholders to vote against the resolution at the meeting." * 10
MENU = ('<div id="menubar"><ul><li><a href="../index.html">Home</a></li>'
        '<li><a href="index.html">Archive</a></li></ul></div>\n')
FOOTER = ('<hr>\n<h4>Organisations in this story</h4>\n<ul><li><a href="x">Hopewell Holdings Ltd</a></li></ul>\n'
          '<h4>People in this story</h4>\n<ul><li><a href="y">Webb, David Michael</a></li></ul>\n<hr>\n'
          '<p><a href="join.asp">Sign up for our <b>free</b> newsletter</a></p>\n'
          '<p><a href="MBE.asp#top">Back to top</a></p>\n</div>\n</body>\n</html>')


def _page(root, name, title, body, when="14 January 2011", summary="A statement from our Founder."):
    dated = f'<br>\n<span class="headlinedate">{when}</span>' if when is not None else ""
    raw = ("<html><head><title>Webb-site Reports</title></head><body>\n" + MENU
           + f'<div class="mainbody">\n<script type="text/javascript">document.title="{title}";</script>\n'
           + f'\t<div class="summary">{summary}</div>\n<h2 class="center">{title}{dated}</h2>\n' + body)
    (root / name).write_text(raw, encoding="utf-8")


STORY = ("<p>Ooh,\u00a0I   got a\n<a href='x'>gong</a>!</p>\n"
         '<table><tr><td><p>Resolution 1</p></td><td>For</td></tr><tr><td>Resolution 2</td><td>Against</td></tr>'
         "</table>\n"
         "<h3>A Difficult Decision</h3>\n"
         "<ul><li><p>One point,</p> in one list item.</li></ul>\n"
         "<p>Tung&nbsp;Chee Hwa met HKEx (388) on 28-Jul-2010." + FILLER + "</p>\n"
         "<p><em>&copy; Webb-site.com, 2011</em></p>\n" + FOOTER)


def test_webbsite_hk_reads_the_story_and_drops_listings_short_copies_and_war(tmp_path):
    _page(tmp_path, "a_story.asp", 'Webb says \\"No\\" &amp; more', STORY)
    _page(tmp_path, "b_copy.asp", "Another headline", STORY)  # the same text under another name
    _page(tmp_path, "c_listing.asp", "Articles by date", "<p>A database listing." + FILLER + "</p>\n", when=None)
    _page(tmp_path, "d_short.asp", "Short", "<p>Too short.</p>\n", summary="")
    _page(tmp_path, "e_war.asp", "Aid", "<p>A call to Kyiv." + FILLER + "</p>\n")
    _page(tmp_path, "f_war_title.asp", "Ukraine and HK", "<p>A clean body." + FILLER + "</p>\n")
    # closing tags missing: the footer runs into the last paragraph and is cut there
    _page(tmp_path, "g_runon.asp", "Run on", "<p>The first paragraph." + FILLER
          + "</p>\n<p>The last paragraph runs on.\n<h4>Organisations in this story</h4>\n<ul><li>Wharf (Holdings) Ltd"
          + "\n<p>Sign up for our free newsletter\n</div></body></html>")
    _page(tmp_path, "h_baddate.asp", "Odd date", "<p>A story with a date in no known form." + FILLER + "</p>\n",
          when="Spring 2011")
    (tmp_path / "i_notes.html").write_text((tmp_path / "a_story.asp").read_text(encoding="utf-8"), encoding="utf-8")
    articles, dropped = webbsite_hk.convert(tmp_path)
    assert dropped == {"not_a_story": 1, "sampled_out": 0, "copy": 1, "short": 1, "ukraine": 2}
    assert sorted(a["url"].rsplit("/", 1)[1] for a in articles) == ["a_story.asp", "g_runon.asp", "h_baddate.asp"]
    assert [a["id"] for a in articles] == sorted(a["id"] for a in articles)

    story = next(a for a in articles if a["url"] == "https://webb-site.com/articles/a_story.asp")
    assert story["text"].split("\n\n") == [
        "A statement from our Founder.",  # the standfirst leads
        "Ooh, I got a gong!",  # nbsp and runs of whitespace collapsed, links flattened
        "A Difficult Decision",  # a heading is a paragraph of its own
        "One point, in one list item.",  # a <p> inside an <li> is one paragraph
        "Tung Chee Hwa met HKEx (388) on 28-Jul-2010." + FILLER,
    ]  # no menu, no table cells, no copyright line, no footer lists
    assert story["title"] == 'Webb says "No" & more' and story["published"] == "2011-01-14"
    assert story["source"] == "Webb-site Reports" == webbsite_hk.SOURCE
    assert story["id"] == "webb-" + hashlib.sha256(story["text"].encode("utf-8")).hexdigest()[:12]
    assert story["split"] == split_of(story["id"], webbsite_hk.HELDOUT_SHARE)

    runon = next(a for a in articles if a["url"].endswith("/g_runon.asp"))
    assert runon["text"].endswith("\n\nThe last paragraph runs on.")
    assert "Wharf" not in runon["text"] and "in this story" not in runon["text"] and "Sign up" not in runon["text"]
    assert next(a for a in articles if a["url"].endswith("/h_baddate.asp"))["published"] is None

    assert webbsite_hk.convert(tmp_path) == (articles, dropped)  # same ids and split on every run


def test_webbsite_hk_keeps_the_first_stories_in_sample_order(tmp_path, monkeypatch):
    names = [f"story{n}.asp" for n in range(5)]
    for n, name in enumerate(names):
        _page(tmp_path, name, f"Story {n}", f"<p>Story number {n}." + FILLER + "</p>\n")
    monkeypatch.setattr(webbsite_hk, "MAX_KEPT", 2)
    articles, dropped = webbsite_hk.convert(tmp_path)
    assert dropped["sampled_out"] == 3
    first = sorted(names, key=webbsite_hk.sample_key)[:2]
    assert sorted(a["url"].rsplit("/", 1)[1] for a in articles) == sorted(first)
    assert webbsite_hk.sample_key("x.asp") == hashlib.sha256(b"sample:x.asp").hexdigest()


def test_webbsite_hk2009_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("webbsite_hk2009", min_gold_per_type=50)
    assert len(corpus.articles) == webbsite_hk.MAX_KEPT
    annotated = corpus.annotated()
    assert len(annotated) == 20 and annotated <= heldout  # the gold reads held-out articles only
    # the 20 annotated stories are the first held-out ones of at most 5,000 characters in sha256("gold:" + id) order
    short = [a["id"] for a in corpus.articles if a["id"] in heldout and len(a["text"]) <= 5000]
    assert annotated == set(sorted(short, key=lambda i: hashlib.sha256(("gold:" + i).encode()).hexdigest())[:20])
    gold = [g for g in corpus.gold if g.article in heldout]
    assert len(gold) >= 440
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)]
    assert not [g for g in corpus.gold if re.match(r"(Mr|Ms|Mrs|Sir|Dr|Justice|Premier|President)\.?\s", g.text)]
    texts = {a["id"]: a["text"] for a in corpus.articles}
    # "HK" is a place, but not in the currency signs "HK$" and "US$" (SOURCE.md)
    assert any(g.text == "HK" and g.type == "place" for g in gold)
    assert sum(texts[i].count("HK$") + texts[i].count("US$") for i in annotated) > 0
    assert not [g for g in corpus.gold if texts[g.article][g.end:g.end + 1] == "$"]
    # demonyms, rules, campaigns, prizes, schemes, spoof names and hyphen-glued names are not mentions
    assert not [g for g in corpus.gold if g.text in ("Chinese", "Burmese", "English", "Listing Rules",
                                                     "Listing Rule 13.64", "Takeovers Code", "Project Poll",
                                                     "Project Vampire", "Nobel Peace Prize", "Charter 08", "MPF",
                                                     "Employment Support Scheme", "The Grandiose", "The Big",
                                                     "Godfather of Heroin", "HK-listed")]
    assert {a["source"] for a in corpus.articles} == {webbsite_hk.SOURCE}
    assert all(a["url"].startswith("https://webb-site.com/articles/") for a in corpus.articles)
    days = [date.fromisoformat(a["published"]) for a in corpus.articles]  # every kept story is dated
    assert min(days) >= date(1998, 1, 1) and max(days) <= date(2025, 12, 31)
    assert all(re.fullmatch(r"webb-[0-9a-f]{12}", a["id"]) for a in corpus.articles)
    assert len({a["text"] for a in corpus.articles}) == len(corpus.articles)
    assert min(len(a["text"]) for a in corpus.articles) >= webbsite_hk.MIN_CHARS
    paragraphs = [p for a in corpus.articles for p in a["text"].split("\n\n")]
    assert not [p for p in paragraphs if webbsite_hk.COPYRIGHT.match(p) or webbsite_hk.FOOTER.search(p)]
