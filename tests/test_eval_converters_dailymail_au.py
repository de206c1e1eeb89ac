"""A sixteenth fresh held-out set (Daily Mail Online's Australian stories, August-October 2020): the converter on a
tiny fixture and the committed corpus with its hand-made gold. Upstream files are Markdown posts: a front matter
(title, standfirst, "2020-09-17-16-58-57" date) then the body; the feeds mix the London, New York and Sydney desks.
A converter that kept the front matter in the text would hand the tagger "extends: _layouts.post" as a first
paragraph, one that kept every desk would make a second UK-press corpus, and a gold line whose offsets miss its
text would make every held-out number wrong."""
from __future__ import annotations

import re

from eval.convert import dailymail_au
from tests.corpus_checks import check_heldout_corpus

FILLER = " More words of the story follow here." * 20


def _post(root, name, title, standfirst, date, paragraphs):
    body = "\n\n".join(paragraphs)
    (root / name).write_text(f"---\nextends: _layouts.post\nsection: content\ntitle: {title}  \n"
                             f"description: {standfirst} \ndate: {date} \ncategories: [latest, news] \n--- \n"
                             f"{body}\n\n", encoding="utf-8")


def test_dailymail_au_keeps_australian_stories_reads_front_matter_drops_copies_short_and_war(tmp_path):
    _post(tmp_path, "a.md", "Sydney man wins", "A Sydney man won.", "2020-09-17-16-58-57",
          ["Scott Morrison  said\u00a0so.", "Caption: the man (pictured)" + FILLER])
    _post(tmp_path, "b.md", "Copy", "Again, in Melbourne.", "2020-09-18-01-00-00",
          ["Scott Morrison  said\u00a0so.", "Caption: the man (pictured)" + FILLER])  # the same text: a copy
    _post(tmp_path, "c.md", "London bus", "A London story.", "2020-09-18-02-00-00", ["Boris Johnson spoke." + FILLER])
    _post(tmp_path, "d.md", "Victoria Beckham", "Victoria in London.", "2020-09-18-03-00-00", ["Posh." + FILLER])
    _post(tmp_path, "e.md", "Perth", "Short.", "2020-09-19-00-00-00", ["Too short."])
    _post(tmp_path, "f.md", "Brisbane", "War news.", "2020-09-20-00-00-00", ["Talks on Ukraine." + FILLER])
    _post(tmp_path, "g.md", "Quiet", "Nothing here.", "2020-09-21-00-00-00", ["A Queensland farmer." + FILLER])
    (tmp_path / "h.md").write_text("no front matter at all" + FILLER, encoding="utf-8")
    articles, dropped = dailymail_au.convert(tmp_path)
    assert dropped == {"unparsed": 1, "not_australian": 2, "over_cap": 0, "copy": 1, "short": 1, "ukraine": 1}
    assert len(articles) == 2  # the Queensland story counts: its first paragraph names the state
    first = next(a for a in articles if a["title"] == "Sydney man wins")
    assert first["text"].split("\n\n")[0] == "Scott Morrison said so."  # whitespace and no-break space collapsed
    assert "extends" not in first["text"] and "description" not in first["text"]
    assert first["published"] == "2020-09-17" and first["source"] == "Daily Mail Australia"
    assert re.fullmatch(r"dma-[0-9a-f]{12}", first["id"])
    assert dailymail_au.convert(tmp_path)[0] == articles  # same ids and split on every run


def test_dailymail_au_caps_the_kept_stories_by_a_fixed_sample(tmp_path, monkeypatch):
    for n in range(5):
        _post(tmp_path, f"{n}.md", f"Sydney {n}", "Sydney.", "2020-09-01-00-00-00", [f"Story {n}." + FILLER])
    monkeypatch.setattr(dailymail_au, "CAP", 3)
    articles, dropped = dailymail_au.convert(tmp_path)
    assert len(articles) == 3 and dropped["over_cap"] == 2
    assert dailymail_au.convert(tmp_path)[0] == articles


def test_dailymail_au2020_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("dailymail_au2020", min_gold_per_type=100)
    annotated = corpus.annotated()
    assert len(annotated) >= 15 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 300
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text)
                or (re.search(r"['’]s$", g.text) and g.text != "McDonald's")]  # the firm's name, not a possessive
    assert not [g for g in corpus.gold if g.text in ("Mr", "Ms", "Australian", "Aussies", "COVID-19", "Big Mac")]
    assert all(a["published"] and a["published"].startswith("2020-") for a in corpus.articles)
    assert {a["source"] for a in corpus.articles} == {dailymail_au.SOURCE}
    assert len(corpus.articles) <= dailymail_au.CAP
