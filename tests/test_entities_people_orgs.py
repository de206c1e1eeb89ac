"""People, organisations and one facet per name, on hand-made sentences and NER spans (no spaCy model).

Each test is a class of error seen on real English news archives (titles kept in names, a surname and its
full name filed apart, a club or party filed as a person, acronyms split from their long form).
"""
from __future__ import annotations

import pytest

from indexer.entities import link_people, name_titles, org_variants
from search.model import NO_FACET
from tests.test_entities_units import tagged, values


def kinds(art, text):
    return {m.kind for m in art.mentions if m.text == text}


# --- honorifics and titles ---------------------------------------------------------------------------------

@pytest.mark.parametrize("span, name", [
    ("Mr Harold Pemberton", "Harold Pemberton"), ("Mrs Pemberton", "Pemberton"), ("Dr. Ana Ruiz", "Ana Ruiz"),
    ("Sir Colin Marsh", "Colin Marsh"), ("Dame Edna Fairweather", "Edna Fairweather"),
    ("Lord Ashdown", "Ashdown"), ("Prime Minister Harold Pemberton", "Harold Pemberton"),
    ("Senator Ruth Okafor", "Ruth Okafor"), ("Sen. Ruth Okafor", "Ruth Okafor"),
    ("Chancellor Ulrich Brandt", "Ulrich Brandt"), ("Governor Ruth Okafor", "Ruth Okafor"),
])
def test_titles_and_honorifics_are_not_part_of_the_name(span, name):
    cut, rest = name_titles.strip_title(span)
    assert rest == name and span[cut:] == name


def test_the_mention_span_is_the_name_without_its_honorific():
    text = "Mr Pemberton told MPs the plan was sound."
    art = tagged((text, [("Mr Pemberton", "PERSON")]))
    assert [(m.text, m.kind) for m in art.mentions] == [("Pemberton", "person")]


def test_a_name_after_an_honorific_is_a_person_whatever_the_model_said():
    art = tagged(("Harold Pemberton spoke first. Later Mr Pemberton left.",
                  [("Harold Pemberton", "PERSON"), ("Mr Pemberton", "ORG")]))
    assert values(art, "person") == ["Harold Pemberton"] and values(art, "org") == []
    assert art.mentions[1].text == "Pemberton"


# --- surnames ----------------------------------------------------------------------------------------------

def test_mr_x_and_x_link_to_the_full_name_of_the_same_article():
    art = tagged(
        ("Prime Minister Harold Pemberton opened the debate.", [("Harold Pemberton", "PERSON")]),
        ("Mr Pemberton said the vote would be close.", [("Pemberton", "PERSON")]),
        ("Pemberton later left for Brussels.", [("Pemberton", "ORG")]),
    )
    assert values(art, "person") == ["Harold Pemberton"]
    assert all(m.value == "Harold Pemberton" for m in art.mentions if m.kind == "person")


def test_a_surname_links_across_articles_only_where_the_article_shows_a_person():
    a = tagged(("Home Secretary Nigel Fairbrook defended the bill.", [("Nigel Fairbrook", "PERSON")]), aid="a")
    b = tagged(("Mr Fairbrook was asked about it.", [("Fairbrook", "PERSON")]), aid="b")
    # A club that shares the word: tagged ORG/GPE in its own and other match reports
    c = tagged(("Fairbrook beat the leaders 2-1.", [("Fairbrook", "PERSON")]), aid="c")
    d = tagged(("The game at Fairbrook was abandoned.", [("Fairbrook", "GPE")]), aid="d")
    e = tagged(("Fairbrook manager Tom Ide was fined.", [("Fairbrook", "ORG"), ("Tom Ide", "PERSON")]), aid="e")
    link_people([a, b, c, d, e])
    assert values(b, "person") == ["Nigel Fairbrook"]
    assert "Nigel Fairbrook" not in values(c, "person") + values(d, "person") + values(e, "person")


def test_a_given_name_alone_is_not_linked_to_someone_with_that_surname():
    x = tagged(("Pop star Craig Hollis released a record.", [("Craig Hollis", "PERSON")]), aid="x")
    y = tagged(("Hollis Grant and Hollis Ward met.", [("Hollis Grant", "PERSON"), ("Hollis Ward", "PERSON")]), aid="y")
    z = tagged(("Hollis scored twice.", [("Hollis", "PERSON")]), aid="z")
    link_people([x, y, z])
    # as often a given name in this corpus as a surname: not linked (and, with no sentence showing a person,
    # no facet value either: person_evidence.py)
    assert [(m.kind, m.value) for m in z.mentions] == [("person", "Hollis")]


def test_a_surname_shared_by_several_people_stays_bare_unless_one_dominates():
    big = [tagged(("Chancellor Gerald Moss spoke.", [("Gerald Moss", "PERSON")]), aid=f"m{i}") for i in range(8)]
    small = tagged(("Striker Kevin Moss scored.", [("Kevin Moss", "PERSON")]), aid="k")
    bare = tagged(("Mr Moss denied it.", [("Moss", "PERSON")]), aid="b")
    link_people([*big, small, bare])
    assert values(bare, "person") == ["Gerald Moss"]
    even = [tagged(("Ann Moss spoke.", [("Ann Moss", "PERSON")]), aid=f"a{i}") for i in range(4)]
    bare2 = tagged(("Mr Moss denied it.", [("Moss", "PERSON")]), aid="b2")
    link_people([*big, *even, small, bare2])
    # no one dominates: the bare surname of three different people names nobody in particular, so it stays a
    # person mention (highlighted) but is no facet value (NO_FACET) that would lump them together
    assert values(bare2, "person") == []
    assert [(m.kind, m.value, m.label) for m in bare2.mentions] == [("person", "Moss", NO_FACET)]


# --- one entity, one facet ---------------------------------------------------------------------------------

def test_one_name_gets_one_facet_in_an_article():
    from indexer.entities import tag_entities
    from indexer.nlp import NerSpan
    from search.model import Article, Paragraph

    text = "Kettleby were held. Kettleby boss Ian Rusk was angry. Kettleby fans left. Then Kettleby lost."
    starts = [i for i in range(len(text)) if text.startswith("Kettleby", i)]
    labels = ["ORG", "PERSON", "ORG", "ORG"]
    spans = [NerSpan(s, s + 8, lab, "Kettleby") for s, lab in zip(starts, labels)]
    spans.append(NerSpan(text.index("Ian Rusk"), text.index("Ian Rusk") + 8, "PERSON", "Ian Rusk"))
    spans.sort(key=lambda s: s.start)
    art = Article(id="k", title="t", paragraphs=[Paragraph(0, text)])
    art.mentions = tag_entities(art, [spans])
    assert {m.kind for m in art.mentions if m.text == "Kettleby"} == {"org"}
    assert values(art, "person") == ["Ian Rusk"]


def test_a_name_ending_in_a_body_word_is_an_organisation_even_tagged_person():
    art = tagged(("Dunmore United beat Ashby Rovers as the Green Valley Party watched.",
                  [("Dunmore United", "PERSON"), ("Ashby Rovers", "PERSON"), ("the Green Valley Party", "PERSON")]))
    assert values(art, "person") == []
    assert values(art, "org") == ["Dunmore United", "Ashby Rovers", "Green Valley Party"]


def test_a_company_described_as_one_is_an_organisation():
    art = tagged(("Shares in oil giant Voskor fell after Voskor said profits dropped.",
                  [("Voskor", "PERSON")]))
    assert kinds(art, "Voskor") == {"org"}


def test_awards_and_competitions_are_no_facet():
    art = tagged(("She won an Oscar and her team reached the Champions League final and the Harbour Cup.",
                  [("Oscar", "PERSON"), ("the Champions League", "ORG"), ("the Harbour Cup", "ORG")]))
    assert values(art, "person") == [] and values(art, "org") == []


def test_an_award_name_that_is_a_persons_given_name_stays_the_person():
    art = tagged(("Oscar Lindqvist arrived. Later Oscar said hello.",
                  [("Oscar Lindqvist", "PERSON"), ("Oscar", "PERSON")]))
    assert values(art, "person") == ["Oscar Lindqvist"]


def test_nationality_words_are_never_people():
    art = tagged(("The Welsh were happy and the Scots were not.", [("Welsh", "PERSON"), ("Scots", "PERSON")]))
    assert values(art, "person") == []


def test_a_bare_word_the_corpus_mostly_reads_as_an_organisation_is_one_where_nothing_says_person():
    clubs = [tagged(("Halvergate won again.", [("Halvergate", "ORG")]), aid=f"c{i}") for i in range(3)]
    odd = tagged(("Halvergate host the leaders.", [("Halvergate", "PERSON")]), aid="odd")
    mr = tagged(("Mr Halvergate resigned.", [("Halvergate", "PERSON")]), aid="mr")
    link_people([*clubs, odd, mr])
    assert values(odd, "org") == ["Halvergate"] and values(odd, "person") == []
    assert values(mr, "person") == ["Halvergate"]


# --- organisation variants ---------------------------------------------------------------------------------

def test_acronym_in_brackets_and_alone_later_are_one_body_across_the_corpus():
    a = tagged(("The Global Fisheries Council (GFC) met.", [("The Global Fisheries Council", "ORG"), ("GFC", "ORG")]),
               ("The GFC said quotas would fall.", [("GFC", "ORG")]), aid="a")
    b = tagged(("The GFC said so again.", [("GFC", "ORG")]), aid="b")
    link_people([a, b])
    assert values(a, "org") == ["Global Fisheries Council"] and values(b, "org") == ["Global Fisheries Council"]


def test_initials_merge_only_when_the_corpus_pairs_them_with_one_long_form():
    a = tagged(("Northern Motors and NM staff.", [("Northern Motors", "ORG"), ("NM", "ORG")]), aid="a")
    b = tagged(("NM shares rose.", [("NM", "ORG")]), aid="b")
    link_people([a, b])
    assert values(b, "org") == ["Northern Motors"]
    a = tagged(("Northern Motors and NM staff.", [("Northern Motors", "ORG"), ("NM", "ORG")]), aid="a")
    c = tagged(("National Museum and NM visitors.", [("National Museum", "ORG"), ("NM", "ORG")]), aid="c")
    d = tagged(("NM shares rose.", [("NM", "ORG")]), aid="d")
    link_people([a, c, d])
    assert values(d, "org") == ["NM"]  # two long forms: ambiguous, left alone


def test_case_the_and_party_variants_are_one_value():
    a = tagged(("The Green Valley party won.", [("The Green Valley party", "ORG")]), aid="a")
    b = tagged(("Green Valley Party MPs voted.", [("Green Valley Party", "ORG")]), aid="b")
    c = tagged(("Green Valley Party leaders met.", [("Green Valley Party", "ORG")]), aid="c")
    link_people([a, b, c])
    assert {v for x in (a, b, c) for v in values(x, "org")} == {"Green Valley Party"}


@pytest.mark.parametrize("short, long, ok", [
    ("Fed", "Federal Reserve", True), ("Lib Dems", "Liberal Democrats", True), ("Commons", "House of Commons", True),
    ("IMF", "International Monetary Fund", True), ("GM", "General Motors", True),
    ("Treasury", "Treasury Committee", False), ("Budget", "Budgets", False), ("England", "Bank of England", False),
    ("Samsung", "Samsung Electronics", True), ("Ford", "Ford Motor", True), ("NM", "National Museum of Art", False),
    ("EC", "EC Commission", False), ("EC", "European Community", True), ("United", "Manchester United", True),
    ("United", "United Nations", False), ("Bank", "Bank of England", False),
])
def test_short_forms(short, long, ok):
    assert org_variants._short_of(short, long) is ok


def test_known_world_bodies_resolve_their_short_forms():
    from indexer.entities import orgs

    assert orgs.normalise_org("the Fed") == "Federal Reserve"
    assert orgs.normalise_org("New Labour") == "Labour Party"
    assert orgs.normalise_org("Lib Dems") == "Liberal Democrats"


def test_legal_form_suffixes_are_variants_of_one_company():
    assert org_variants.variant_key("Halden Corp") == org_variants.variant_key("Halden")
    assert org_variants.variant_key("Halden Motor Co Inc") == org_variants.variant_key("Halden Motor")
    a = tagged(("Halden Corp said sales rose.", [("Halden Corp", "ORG")]), aid="a")
    b = tagged(("Halden shares fell.", [("Halden", "ORG")]), aid="b")
    c = tagged(("Analysts at Halden said.", [("Halden", "ORG")]), aid="c")
    link_people([a, b, c])
    assert {v for x in (a, b, c) for v in values(x, "org")} == {"Halden"}


@pytest.mark.parametrize("text", ["Co", "Co Inc", "Inc", "Ltd"])
def test_a_legal_suffix_alone_is_no_organisation(text):
    from indexer.entities import junk

    assert junk.is_junk_name(text)


def test_a_company_named_in_full_then_by_its_first_word_is_that_company():
    art = tagged(("Talvern Industries cut jobs. Talvern said demand fell.",
                  [("Talvern Industries", "ORG"), ("Talvern", "PERSON")]))
    assert values(art, "person") == [] and values(art, "org") == ["Talvern Industries"]


def test_acronym_of_a_company_with_a_legal_suffix_and_the_dominant_long_form():
    a = tagged(("Gorsedd Motors Corp and GM workers.", [("Gorsedd Motors Corp", "ORG"), ("GM", "ORG")]), aid="a")
    b = tagged(("GM and Gorsedd Motors agreed.", [("GM", "ORG"), ("Gorsedd Motors", "ORG")]), aid="b")
    c = tagged(("GM said so.", [("GM", "ORG")]), aid="c")
    link_people([a, b, c])
    assert {v for x in (a, b, c) for v in values(x, "org")} == {"Gorsedd Motors"}


def test_a_place_opening_an_organisation_name_stays_a_place():
    from indexer.entities import tag_entities
    from search.model import Article, Paragraph
    from tests.test_entities_units import span

    text = "The Ardmore Growers Council met in Ardmore on Monday."
    art = Article(id="p", title="t", paragraphs=[Paragraph(0, text)])
    art.mentions = tag_entities(art, [[span(text, "The Ardmore Growers Council", "ORG"),
                                       span(text, "Ardmore", "GPE", nth=1)]])
    assert values(art, "org") == ["Ardmore Growers Council"]
    ardmore = [m for m in art.mentions if m.text == "Ardmore"]
    assert ardmore and all(m.kind == "place" for m in ardmore)


@pytest.mark.parametrize("span, name", [
    ("Federal Fisheries Minister Ann Pryce", "Ann Pryce"), ("Treasurer Ann Pryce", "Ann Pryce"),
    ("Shadow Home Secretary Ann Pryce", "Ann Pryce"), ("Secretary of State Ann Pryce", "Ann Pryce"),
    ("Secretary-General Ann Pryce", "Ann Pryce"),
])
def test_offices_named_by_their_portfolio_are_titles(span, name):
    assert name_titles.strip_title(span)[1] == name


def test_acronyms_storms_and_generic_nouns_are_not_people_or_bodies():
    art = tagged(("The NFU said Cyclone Morwenna hit before the Budget and the Government acted.",
                  [("NFU", "PERSON"), ("Cyclone Morwenna", "PERSON"), ("the Budget", "ORG"), ("the Government", "ORG")]))
    assert values(art, "person") == [] and values(art, "org") == []


def test_a_storm_named_in_full_then_by_its_given_name_is_no_person():
    from indexer.entities import tag_entities
    from search.model import Article, Paragraph
    from tests.test_entities_units import span

    text = "Cyclone Morwenna hit the coast. Morwenna flattened crops."
    art = Article(id="s", title="t", paragraphs=[Paragraph(0, text)])
    art.mentions = tag_entities(art, [[span(text, "Cyclone Morwenna", "PERSON"),
                                       span(text, "Morwenna", "PERSON", nth=1)]])
    assert values(art, "person") == []
