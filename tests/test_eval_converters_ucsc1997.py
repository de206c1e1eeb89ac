"""The seventh fresh held-out set (US local): the UC Santa Cruz news-office converter on tiny fixtures and the
committed corpus with its hand-made gold. A converter that kept the Source permalink, the reference definitions or
the images would file www1.ucsc.edu and "Photo of ..." under every article; one that kept Markdown would leave
link targets, emphasis marks or entities inside names; a post kept twice or a one-line post would pad the counts."""
from __future__ import annotations

import re

from eval.convert import ucsc
from tests.corpus_checks import check_heldout_corpus

BODY = ("![\\[Photo of Chancellor Greenwood\\]][1]\n\n"
        "SANTA CRUZ, CA--The [Lick Observatory][2] will host **Joseph Miller** and the _Sentinel _reporter.\n"
        "A second line of the same paragraph &amp; more.\n\n"
        + "\"More text here,\" said Miller. " * 20 + "\n\n"
        "[1]: http://www1.ucsc.edu/oncampus/art/a.gif\n[2]: http://www.ucolick.org\n\n"
        "[Source](http://www1.ucsc.edu/news_events/press_releases/x.html \"Permalink to x\")\n")


def _post(root, name: str, title: str, body: str, tail: str = "") -> None:
    (root / f"{name}.md").write_text(f"---\nlayout: post\ntitle: {title}\nauthor: Robert Irion\n---{tail}\n\n{body}",
                                     encoding="utf-8")


def test_ucsc_keeps_the_story_without_permalink_images_or_markdown(tmp_path):
    _post(tmp_path, "1997-05-01-dome", "Research Update&#58; Lick", BODY, tail="\t")  # a closing line with a tab
    _post(tmp_path, "1997-05-02-again", "Same story again", BODY)  # a copy
    _post(tmp_path, "1998-05-03-brief", "Brief", "One line.")
    _post(tmp_path, "1999-01-04-later", "Next year", BODY + " x")  # after the period
    _post(tmp_path, "1996-12-31-earlier", "Last year", BODY + " y")  # before it
    articles, dropped = ucsc.convert(tmp_path)
    assert dropped == {"copy": 1, "short": 1, "ukraine": 0}
    [a] = articles
    assert a["title"] == "Research Update: Lick" and a["published"] == "1997-05-01"
    assert a["author"] == "Robert Irion" and a["url"] == "http://www1.ucsc.edu/news_events/press_releases/x.html"
    # the image is gone, links keep their words, emphasis marks and entities go, a paragraph's lines are joined
    assert a["text"].startswith("SANTA CRUZ, CA--The Lick Observatory will host Joseph Miller and the Sentinel "
                                "reporter. A second line of the same paragraph & more.\n\n\"More text here,\"")
    assert a["text"].endswith("said Miller.")  # no reference definitions or Source line
    assert not re.search(r"Photo|Source|http|\*\*|\]|&amp;|_", a["text"])
    assert re.fullmatch(r"ucsc-[0-9a-f]{12}", a["id"]) and a["source"] == "UC Santa Cruz news office"
    assert ucsc.convert(tmp_path)[0] == articles  # same ids and split on every run


def test_ucsc1997_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("ucsc1997", min_gold_per_type=80)
    annotated = corpus.annotated()
    assert len(annotated) >= 15 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 300
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)]
    # titles are not part of a person: "Chancellor Greenwood" is gold "Greenwood"
    assert not [g for g in corpus.gold
                if g.type == "person" and re.match(r"(Dr|Professor|Chancellor|Chief|Gov|Sen|Regent)\b", g.text)]
    # the archive's furniture never reaches the text, and every text keeps the years of the period
    assert not [a["id"] for a in corpus.articles if re.search(r"\[Source\]|!\[|\]\[\d+\]|&#\d+;", a["text"])]
    assert {a["published"][:4] for a in corpus.articles} == {"1997", "1998"}
