"""Round 39 of issue 11: a one-word place no sentence of the archive places, that the archive writes in lower case
at least half as often as capitalised, is a word of the language (place_words.drop_lower_words)."""
from __future__ import annotations

from indexer.entities.place_words import drop_lower_words
from search.model import NO_FACET, Article, Mention, Paragraph


def _article(aid: str, text: str, *places: tuple[str, str | None]) -> Article:
    mentions = []
    for name, country in places:
        at = text.index(name)
        mentions.append(Mention(0, at, at + len(name), name, "place", name, region=None, country=country, label="GPE"))
    return Article(id=aid, title="", paragraphs=[Paragraph(0, text)], mentions=mentions)


def _labels(arts, value):
    return [m.label for a in arts for m in a.mentions if m.value == value]


def _archive():
    return [
        _article("a", "In Antrim 440 people voted to Remain and 349 voted to Leave.", ("Antrim", "United Kingdom"),
                 ("Leave", None)),
        _article("b", "The DUP backs Leave.", ("Leave", None)),
        _article("c", "Ministers said they would leave the talks. Staff on leave were recalled.", ),
    ]


def test_a_word_the_archive_writes_in_lower_case_is_no_place(monkeypatch):
    monkeypatch.setenv("NEWSFACET_PLACE_LOWER", "0")
    arts = _archive()
    assert drop_lower_words(arts) == 0 and _labels(arts, "Leave") == ["GPE", "GPE"]
    monkeypatch.delenv("NEWSFACET_PLACE_LOWER")
    arts = _archive()
    assert drop_lower_words(arts) == 2 and _labels(arts, "Leave") == [NO_FACET, NO_FACET]
    assert _labels(arts, "Antrim") == ["GPE"]


def test_a_place_the_archive_rarely_writes_in_lower_case_stays():
    arts = [_article("a", "Tankers crossed the Gulf on Monday. The Gulf states met.", ("Gulf", None)),
            _article("b", "Shipping in the Gulf slowed. A gulf between them remains. Gulf ports shut.")]
    assert drop_lower_words(arts) == 0


def test_a_place_some_sentence_placed_stays_whatever_its_case():
    arts = [_article("a", "She grew up in Reading, where reading was a pastime.", ("Reading", "United Kingdom")),
            _article("b", "The Reading festival, the reading room and the reading list.", ("Reading", None))]
    assert drop_lower_words(arts) == 0
