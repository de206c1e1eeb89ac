"""Round 17 (issue 11's mention recall): mentions written as news NER gold marks them, facet values unchanged --
a body and its bracketed acronym are two mentions of one value; an org mention the archive's ordinary words
took out stays an org mention with no facet value; a brand's lower-case capitals ("eZorvo") are an org.
Invented names."""
from __future__ import annotations

from indexer.entities import link_people
from indexer.entities.mention_spans import split_defined
from search.model import NO_FACET, Mention
from tests.test_entities_units import tagged


def _orgs(arts):
    return sorted((m.text, m.value) for a in arts for m in a.mentions if m.kind == "org")


def _defined():
    return [tagged(("The Zorvan Revenue Authority (ZRA) said it would collect more.",
                    [("Zorvan Revenue Authority", "ORG"), ("ZRA", "ORG")]),
                   ("The Zorvan Revenue Authority agreed.", [("Zorvan Revenue Authority", "ORG")]), aid="a")]


def test_a_body_and_its_bracketed_acronym_are_two_mentions_of_one_value():
    arts = _defined()
    link_people(arts)
    got = _orgs(arts)
    assert ("ZRA", "Zorvan Revenue Authority") in got
    assert got.count(("Zorvan Revenue Authority", "Zorvan Revenue Authority")) == 2
    assert not any("(" in text for text, _ in got)
    assert arts[0].entity_values("org") == ["Zorvan Revenue Authority"]
    assert all(arts[0].paragraphs[m.paragraph].text[m.start:m.end] == m.text for m in arts[0].mentions)


def test_the_split_keeps_offsets_and_leaves_other_mentions_alone():
    m = Mention(0, 4, 36, "Zorvan Revenue Authority (ZRA)", "org", "Zorvan Revenue Authority", label="ORG")
    p = Mention(0, 40, 45, "Kyiv)", "place", "Kyiv")
    long, short, place = split_defined([m, p])
    assert (long.start, long.end, long.text) == (4, 28, "Zorvan Revenue Authority")
    assert (short.start, short.end, short.text, short.value) == (30, 33, "ZRA", "Zorvan Revenue Authority")
    assert place is p


def test_the_switch_keeps_the_merged_span(monkeypatch):
    monkeypatch.setenv("NEWSFACET_MENTION_SPANS", "0")
    arts = _defined()
    link_people(arts)
    assert any(text.endswith("(ZRA)") for text, _ in _orgs(arts))


def _ordinary():
    a = tagged(("The Opposition leader spoke.", [("Opposition", "ORG")]),
               ("There was little opposition to the plan, and opposition members agreed.", []), aid="a")
    b = tagged(("The Opposition party walked out.", [("Opposition", "ORG")]), aid="b")
    return [a, b]


def test_an_ordinary_word_org_stays_a_mention_with_no_facet_value():
    a, b = arts = _ordinary()
    link_people(arts)
    back = [m for m in a.mentions if m.text == "Opposition"]
    assert back and all(m.kind == "org" and m.label == NO_FACET for m in back)
    assert a.entity_values("org") == [] and b.entity_values("org") == ["Opposition"]


def test_the_switch_drops_the_ordinary_word_again(monkeypatch):
    monkeypatch.setenv("NEWSFACET_MENTION_SPANS", "0")
    a, _ = arts = _ordinary()
    link_people(arts)
    assert not [m for m in a.mentions if m.text == "Opposition"]


def test_a_brand_written_with_a_small_first_letter_is_an_org_mention():
    a = tagged(("She sold the desks on eZorvo for a profit.", [("eZorvo", "ORG")]), aid="a")
    assert [(m.text, m.kind) for m in a.mentions] == [("eZorvo", "org")]


def test_a_lower_case_word_is_still_no_org():
    a = tagged(("The un said so.", [("un", "ORG")]), aid="a")
    assert a.mentions == []


def test_the_brand_case_switch(monkeypatch):
    monkeypatch.setenv("NEWSFACET_BRAND_CASE", "0")
    a = tagged(("She sold the desks on eZorvo for a profit.", [("eZorvo", "ORG")]), aid="a")
    assert a.mentions == []
