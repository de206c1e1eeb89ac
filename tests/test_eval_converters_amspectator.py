"""The twenty-first fresh held-out set (The American Spectator's pieces in the AllSides pool of Baly et al.): the
converter on a tiny fixture and the committed corpus with its hand-made gold. A converter that kept a look-alike
host would mix another site into one magazine's desk; one that wrote the pool's empty date as "" would give every
piece a publication day the reader cannot parse; a gold line whose offsets miss its text would make every held-out
number wrong."""
from __future__ import annotations

import json
import re

from eval.convert import amspectator
from tests.corpus_checks import check_heldout_corpus

FILLER = " More words of the piece follow here." * 20


def _piece(root, name, url, body, date=""):
    row = {"source": "American Spectator", "url": url, "title": "A  headline", "date": date,
           "content": "Tokenised , text .", "content_original": body}
    (root / f"{name}.json").write_text(json.dumps(row), encoding="utf-8")


def test_amspectator_keeps_its_host_undated_and_drops_copies_short_and_war(tmp_path):
    _piece(tmp_path, "a", "https://spectator.org/a-piece/", "Congress\u00a0has  left.\n\n\nA second paragraph." + FILLER)
    _piece(tmp_path, "b", "http://spectator.org/another/", "Another piece." + FILLER)
    _piece(tmp_path, "c", "https://www.spectator.org/copy/", "Congress\u00a0has  left.\n\n\nA second paragraph." + FILLER)
    _piece(tmp_path, "d", "https://spectator.org.example/x/", "A look-alike." + FILLER)
    _piece(tmp_path, "e", "https://www.spectator.co.uk/article/x", "The London weekly." + FILLER)
    _piece(tmp_path, "f", "https://spectator.org/short/", "Too short.")
    _piece(tmp_path, "g", "https://spectator.org/war/", "A call to Kyiv." + FILLER)
    _piece(tmp_path, "h", "https://spectator.org/dated/", "A dated piece." + FILLER, date="2018-05-01")
    articles, dropped = amspectator.convert(tmp_path)
    assert dropped == {"other_outlet": 2, "copy": 1, "short": 1, "ukraine": 1}
    assert len(articles) == 3
    first = next(a for a in articles if a["url"].endswith("/a-piece/"))
    assert first["text"].startswith("Congress has left.\n\nA second paragraph.") and first["published"] is None
    assert "Tokenised" not in first["text"] and first["title"] == "A headline"
    assert first["source"] == amspectator.SOURCE and re.fullmatch(r"spec-[0-9a-f]{12}", first["id"])
    assert next(a for a in articles if a["url"].endswith("/dated/"))["published"] == "2018-05-01"
    assert amspectator.convert(tmp_path)[0] == articles  # same ids and split on every run


def test_amspectator2018_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("amspectator2018", min_gold_per_type=100)
    annotated = corpus.annotated()
    assert len(annotated) >= 20 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 450
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)]
    # titles, demonyms, book and film titles, awards and slogans are not mentions (SOURCE.md)
    assert not [g for g in corpus.gold if g.text in ("Mrs.", "Senator", "Congressman", "Democrats", "Americans",
                                                     "The Art of the Deal", "Walter Cronkite Award",
                                                     "Trump Derangement Syndrome", "Black Lives Matter")]
    assert {a["source"] for a in corpus.articles} == {amspectator.SOURCE}
    assert all(a["published"] is None for a in corpus.articles)  # the pool stores no date for this outlet
    assert all(amspectator.spectator_piece(a) for a in corpus.articles)
