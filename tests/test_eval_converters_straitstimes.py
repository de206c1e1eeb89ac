"""A fourteenth fresh held-out set (The Straits Times, Singapore, March-September 2020): the converter on a tiny
fixture tree and the committed corpus with its hand-made gold. The upstream digests link each day's ST articles;
a converter that read every file of a day would mix in the BBC and CNN stories kept beside them, one that missed the
":"-as-"_" file names would lose the March stories, and one that kept the site's "Related Story" promos would hand
the tagger other stories' headlines as this story's text."""
from __future__ import annotations

import re

from eval.convert import straitstimes
from tests.corpus_checks import check_heldout_corpus

FILLER = "\n\n".join(["More of the story follows here, at some length, as a real article would."] * 10)


def _article(title: str, url: str, body: str, date: str = "2020-08-22 20:07:30+08:00") -> str:
    return (f"## {title}\n\nkeywords: a b\n\nauthors: Someone\n\npublish date: {date}\n\n![](https://x/img.jpg)\n\n"
            f"[中文翻译]({title}_zh.md)\n\n[Original Article]({url})\n\n{body}\n")


def _day(root, day: str, files: dict[str, str], st_links: list[str]) -> None:
    folder = root / day
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "ST.md").write_text("".join(f"## x\n\n[详情](a_zh.md) [Details]({link})\n\n" for link in st_links),
                                  encoding="utf-8")


def test_straitstimes_reads_linked_st_articles_drops_promos_copies_short_and_war(tmp_path):
    body = ("KUALA LUMPUR - Mr Azmin Ali said on Saturday (Aug 22) that he would join Bersatu.\n\n"
            "Related Story Umno snubs formal pact with PM Muhyiddin\n\n" + FILLER)
    _day(tmp_path, "2020/03/21", {
        "Coronavirus_ Malaysia acts.md": _article("Coronavirus: Malaysia acts", "https://www.straitstimes.com/asia/a",
                                                  body, date="None"),
        "BBC story.md": _article("BBC story", "https://www.bbc.com/news/b", FILLER),  # linked from BBC.md only
        "Short one.md": _article("Short one", "https://www.straitstimes.com/asia/c", "SINGAPORE - Too short."),
    }, ["Coronavirus%3A%20Malaysia%20acts.md", "Short%20one.md", "Not%20there.md"])
    _day(tmp_path, "2020/08/23", {
        "Coronavirus_ Malaysia acts.md": _article("Coronavirus: Malaysia acts", "https://www.straitstimes.com/asia/a",
                                                  body),  # the same story linked again on a later day
        "War story.md": _article("War story", "https://www.straitstimes.com/world/d", FILLER + "\n\nKyiv said."),
        "Second story.md": _article("Second story", "https://www.straitstimes.com/singapore/e",
                                    "SINGAPORE -\xa0The  MOH said.\n\n" + FILLER),
    }, ["Coronavirus%3A%20Malaysia%20acts.md", "War%20story.md", "Second%20story.md"])
    articles, dropped = straitstimes.convert(tmp_path)
    assert dropped == {"missing": 1, "same_url": 1, "copy": 0, "short": 1, "ukraine": 1}
    assert len(articles) == 2 and all(a["source"] == "The Straits Times" for a in articles)
    first = next(a for a in articles if a["url"].endswith("/asia/a"))
    assert first["title"] == "Coronavirus: Malaysia acts" and first["published"] is None  # "publish date: None"
    assert first["text"].startswith("KUALA LUMPUR - Mr Azmin Ali said") and "Related Story" not in first["text"]
    second = next(a for a in articles if a["url"].endswith("/singapore/e"))
    assert second["published"] == "2020-08-22" and second["text"].startswith("SINGAPORE - The MOH said.\n\n")
    assert re.fullmatch(r"st-[0-9a-f]{12}", second["id"])
    assert straitstimes.convert(tmp_path)[0] == articles  # same ids and split on every run


def test_straitstimes2020_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("straitstimes2020", min_gold_per_type=100)
    annotated = corpus.annotated()
    assert len(annotated) >= 15 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 300
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s(?!hague)", g.text) or re.search(r"['’]s$", g.text)]
    assert not [g for g in corpus.gold if g.text.startswith("US$")]  # a currency, not the country
    assert not [a["id"] for a in corpus.articles if "Related Story" in a["text"]]
    assert all(a["published"] for a in corpus.articles) and all(a["source"] == "The Straits Times"
                                                                for a in corpus.articles)
