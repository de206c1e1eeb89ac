"""Round 46 of issue 11: a firm named with its founder's initials ("S.G. Warburg and Co Ltd") is the article's
"Warburg" later on, not the German town (named_firms)."""
from __future__ import annotations

from indexer.entities import tag_entities
from search.model import Article, Paragraph
from tests.test_entities_units import span

FIRM = "S.G. Warburg and Co Ltd"


def _warburg(text, firm_first: bool):
    spans = [span(text, FIRM, "ORG"), span(text, "Warburg", "GPE", nth=1 if firm_first else 0)]
    art = Article(id="a", title="t", paragraphs=[Paragraph(0, text)])
    return [(m.kind, m.value) for m in tag_entities(art, [spans]) if m.text == "Warburg"]


def test_the_word_after_a_firms_initials_is_its_short_name(monkeypatch):
    text = f"{FIRM} raised its stake to 12 pct. Warburg said it may buy more shares."
    assert _warburg(text, True) == [("org", FIRM)]
    monkeypatch.setenv("NEWSFACET_FIRM_INITIALS", "0")
    assert _warburg(text, True)[0][0] == "place"  # the old reading: the town in North Rhine-Westphalia


def test_the_town_written_as_a_place_stays_the_town():
    assert _warburg(f"He grew up in Warburg before joining {FIRM} in London.", False) == [("place", "Warburg")]
