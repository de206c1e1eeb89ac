"""Round 53 (issue 11): a stock market index is no body. Names that only denote an index ("Kospi", "S&P 500")
are no facet's value; names an index shares with a body (the Nikkei newspaper, Hang Seng Bank, Nasdaq the exchange
operator) only where the article writes them as the index. Invented sentences with hand-made NER spans
(tests.test_entities_units)."""
from __future__ import annotations

import pytest

from indexer.entities import link_people, market_indexes, tag_entities
from search.model import NO_FACET, Article, Paragraph
from tests.test_entities_units import span


def _article(paragraphs: list[tuple[str, list[tuple[str, str]]]], aid: str = "a") -> Article:
    """An article of the paragraphs given with their NER spans, tagged (a name given again stands for its next
    occurrence)."""
    spans = []
    for text, ents in paragraphs:
        seen: dict[str, int] = {}
        para = []
        for name, label in ents:
            para.append(span(text, name, label, seen.get(name, 0)))
            seen[name] = seen.get(name, 0) + 1
        spans.append(para)
    art = Article(id=aid, title="t", paragraphs=[Paragraph(i, t) for i, (t, _) in enumerate(paragraphs)])
    art.mentions = tag_entities(art, spans)
    return art


def _tagged(paragraphs) -> set[tuple[str, str]]:
    """(kind, value) of every mention the tagger gives an article."""
    return {(m.kind, m.value) for m in _article(paragraphs).mentions}


def _faceted(*articles: Article) -> set[tuple[str, str]]:
    """(kind, value) of the mentions left in a facet once the archive's passes ran over the articles."""
    link_people(list(articles))
    return {(m.kind, m.value) for a in articles for m in a.mentions if m.label != NO_FACET}


@pytest.mark.parametrize("text, name, label", [
    ("South Korea's Kospi added 0.4 per cent on Tuesday.", "Kospi", "ORG"),
    ("Australia's S&P ASX 200 added 0.4 per cent.", "S&P ASX 200", "ORG"),
    ("India's Sensex rose 1% in early trade.", "Sensex", "GPE"),
    ("Europe's Stoxx 600 index sank 5.55% this week.", "Stoxx 600", "ORG"),
    ("Bunzl was catapulted into the FTSE 100 earlier this year.", "FTSE 100", "ORG"),
])
def test_a_name_only_an_index_bears_is_no_value(text, name, label):
    assert not any(value == name for _, value in _tagged([(text, [(name, label)])]))


@pytest.mark.parametrize("text, name", [
    ("The Dow fell 793 points, or 1.73%, on Friday.", "Dow"),
    ("Dow futures lost 0.3 per cent overnight.", "Dow"),
    ("The tech-heavy Nasdaq sank 1.59% on the day.", "Nasdaq"),
    ("Japan's Nikkei (.N225) bucked the trend and gained 0.3 percent.", "Nikkei"),
    ("In Hong Kong, the Hang Seng index may be benefiting from the news.", "Hang Seng"),
    ("The Nikkei was up 1.2% in afternoon trade.", "Nikkei"),
])
def test_a_shared_name_written_as_an_index_leaves_the_facet(text, name):
    # the archive names the body elsewhere, so the value is no index of the whole archive: the sentence decides
    body = _article([(f"{name} said on Monday it would hire 200 staff, {name} said in a statement.",
                      [(name, "ORG"), (name, "ORG")])], aid="body")
    index = _article([(text, [(name, "ORG")])], aid="index")
    link_people([body, index])
    assert ("org", name) in {(m.kind, m.value) for m in body.mentions if m.label != NO_FACET}
    assert ("org", name) not in {(m.kind, m.value) for m in index.mentions if m.label != NO_FACET}


@pytest.mark.parametrize("text, name", [
    ("Nasdaq said it would list the shares on Monday, its chief executive told reporters.", "Nasdaq"),
    ("S&P cut Russia's credit rating to junk, S&P said in a statement.", "S&P"),
    ("The Nikkei reported that Toyota would cut 5,000 jobs, citing sources.", "Nikkei"),
    ("Dow said it would close two plants in Texas, the chemical maker said.", "Dow"),
])
def test_a_shared_name_written_as_a_body_stays_a_body(text, name):
    articles = [_article([(text, [(name, "ORG")] * text.count(name))], aid=f"a{i}") for i in range(3)]
    assert ("org", name) in _faceted(*articles)


def test_an_archive_of_market_reports_takes_the_index_out_of_every_mention():
    # "The Dow and Nasdaq each closed ...": no move after the name, but the archive writes the Dow as an index
    reports = [_article([("The Dow fell 453 points on Thursday.", [("Dow", "ORG")]),
                         ("The Dow and Nasdaq each closed at their lowest level since August.",
                          [("Dow", "ORG"), ("Nasdaq", "ORG")])], aid=f"r{i}") for i in range(3)]
    link_people(reports)
    assert not any(m.value == "Dow" and m.label != NO_FACET for a in reports for m in a.mentions)


@pytest.mark.parametrize("after, before, cued", [
    (" fell 793 points", "The ", True),
    (" 500 fell 1.67%", "The ", True),
    (" (.DJI) ended nearly flat on Monday", "and the ", True),
    (" index of leading shares gained 7.6%", "The ", True),
    (" futures lost 0.3 per cent", "", True),
    (" sank 1.59%", "the tech-heavy ", True),
    (" said profit fell 3%", "", False),  # the firm said it: no move of the index
    (" shares fell 2%", "", False),  # the firm's shares
    ("-listed firm", "a ", False),
    (" downgraded the bank", "", False),
])
def test_the_words_that_write_a_shared_name_as_an_index(after, before, cued):
    assert market_indexes.written_as_index(before, after) is cued


def test_the_switch_turns_the_rule_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_MARKET_INDEXES", "0")
    assert not market_indexes.only_index("Kospi")
    assert not market_indexes.market_use("Nikkei", "Japan's ", " gained 0.3 percent")
    assert ("org", "Kospi") in _tagged([("South Korea's Kospi added 0.4 per cent.", [("Kospi", "ORG")])])


# A town's own body by its kind alone ("the City Council", "the Village Board"): in a local archive that names
# several towns' bodies so, a story's bare name is the body of the town it is about.
def _council_archive(story: str, ents) -> Article:
    named = [_article([(f"The {town} City Council voted on the budget in {town}.",
                        [(f"{town} City Council", "ORG"), (town, "GPE")])], aid=f"{town}{i}")
             for town in ("Aurora", "Naperville") for i in range(2)]
    bare = _article([(story, ents)], aid="story")
    link_people(named + [bare])
    return bare


def _orgs(art: Article) -> set[str]:
    return {m.value for m in art.mentions if m.kind == "org" and m.label != NO_FACET}


def test_a_bare_town_body_is_the_body_of_the_town_its_story_names():
    story = "In Aurora, the City Council approved the plan on Tuesday. Aurora residents had asked for it."
    assert _orgs(_council_archive(story, [("Aurora", "GPE"), ("City Council", "ORG"), ("Aurora", "GPE")])) \
        == {"Aurora City Council"}


@pytest.mark.parametrize("story, ents", [
    ("The City Council approved the plan on Tuesday.", [("City Council", "ORG")]),  # no town named
    ("In Aurora and Naperville, the City Council approved the plan.",  # two towns as often: which council?
     [("Aurora", "GPE"), ("Naperville", "GPE"), ("City Council", "ORG")]),
])
def test_a_bare_town_body_with_no_one_town_names_no_body(story, ents):
    assert "City Council" not in _orgs(_council_archive(story, ents))
    assert not _orgs(_council_archive(story, ents)) & {"Aurora City Council", "Naperville City Council"}


def test_the_local_bodies_switch_leaves_a_town_body_bare(monkeypatch):
    monkeypatch.setenv("NEWSFACET_LOCAL_BODIES", "0")
    story = "In Aurora, the City Council approved the plan on Tuesday. Aurora residents had asked for it."
    assert _orgs(_council_archive(story, [("Aurora", "GPE"), ("City Council", "ORG"), ("Aurora", "GPE")])) \
        == {"City Council"}
