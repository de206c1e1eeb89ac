"""Round 50 of issue 11: one body's name the model tagged as two ORG spans either side of its "and"
(org_and_halves.py). Each test turns the switch off and gets the two halves back."""
from __future__ import annotations

import pytest

from tests.test_entities_units import tagged


def _org_texts(art):
    return [m.text for m in art.mentions if m.kind == "org"]


@pytest.mark.parametrize("sentence, left, right", [
    ("The Farmers and Graziers Association says processors need relief.", "Farmers", "Graziers Association"),
    ("He met the World Travel and Tourism Council (WTTC) chief.", "the World Travel", "Tourism Council"),
    ("The Zimbabwe Parks and Wildlife Management Authority (ZimParks) said so.", "The Zimbabwe Parks",
     "Wildlife Management Authority"),
    ("An analyst at the Institute for Near East and Gulf Military Analysis in Dubai said so.",
     "the Institute for Near East", "Gulf Military Analysis"),  # (no body word before its "for": no field list)
    ("The Blue Cross and Blue Shield Association said in a statement.", "The Blue Cross", "Blue Shield Association"),
])
def test_two_halves_of_one_name_are_one_body(monkeypatch, sentence, left, right):
    text = (sentence, [(left, "ORG"), (right, "ORG")])
    whole = sentence[sentence.index(left):sentence.index(right) + len(right)].removeprefix("the ").removeprefix("The ")
    assert whole in _org_texts(tagged(text))
    monkeypatch.setenv("NEWSFACET_ORG_AND_HALVES", "0")
    assert whole not in _org_texts(tagged(text))


@pytest.mark.parametrize("sentence, left, right", [
    ("Labour and Green Party members voted against it.", "Labour", "Green Party"),  # a party's one word
    ("It was cleared by the Department of Justice and Congress.", "the Department of Justice", "Congress"),
    ("The Bureau of Meteorology and the Greenhouse Office are debating it.", "The Bureau of Meteorology",
     "the Greenhouse Office"),  # "the" opens another body
    ("The Treasury and Reserve Bank of Australia agreed.", "The Treasury", "Reserve Bank of Australia"),  # a place
    ("Mauritius and Geodesic Technology Solutions Limited signed a deal.", "Mauritius", "Geodesic Technology Solutions Limited"),
    ("Shares in Dodge and Jeep rose.", "Dodge", "Jeep"),  # no body word: two makes
    ("Citigroup, Bank of America and Morgan Stanley dominate the market.", "Bank of America", "Morgan Stanley"),
])
def test_two_bodies_stay_two(sentence, left, right):
    text = (sentence, [(left, "ORG"), (right, "ORG")])
    assert not any(" and " in t for t in _org_texts(tagged(text)))


def _orgs(art):
    return {m.value: m.label for m in art.mentions if m.kind == "org"}


def test_a_ticker_is_no_value_and_says_the_name_before_it_is_a_listed_company(monkeypatch):
    from tests.test_entities_units import linked

    text = ("Fannie Mae ( FNM.N ) and Apple Inc ( AAPL.O ) rose; Citigroup Inc ( C.N ) fell.",
            [("Fannie Mae", "ORG"), ("FNM.N", "ORG"), ("Apple Inc", "ORG"), ("AAPL.O", "ORG"),
             ("Citigroup Inc", "ORG"), ("C.N", "ORG")])
    (art,) = linked(tagged(text))
    orgs = _orgs(art)
    assert not {"FNM.N", "AAPL.O", "C.N"} & set(orgs)
    assert orgs["Fannie Mae"] == "ORG"  # (a firm named like a person: listed, so shown)
    monkeypatch.setenv("NEWSFACET_TICKERS", "0")
    (art,) = linked(tagged(text))
    assert "AAPL.O" in _orgs(art) and _orgs(art)["Fannie Mae"] != "ORG"


def test_codes_that_are_no_tickers_stay():
    from indexer.entities.tickers import is_ticker, ticker_after

    assert not is_ticker("U.S", "the ", " economy")  # one letter before the dot, no brackets
    assert is_ticker("C.N", "Citigroup Inc ( ", " ) fell")
    assert not ticker_after(" (AP) - Stocks fell") and not ticker_after(" (D-NY) said")
    assert ticker_after(" <MER> said") and ticker_after(" ( 6758.T ) said")


@pytest.mark.parametrize("name, region, country", [
    ("Gyeonggi Province", "Gyeonggi-do", "KR"), ("Gangwon", "Gangwon-do", "KR"),
    ("North Gyeongsang Province", "Gyeongsangbuk-do", "KR"), ("Chungcheongbuk-do", "North Chungcheong", "KR"),
    ("Aichi Prefecture", "Aichi", "JP"), ("Hokkaido Prefecture", "Hokkaido", "JP"),
])
def test_a_region_in_another_form_is_that_region(monkeypatch, name, region, country):
    from indexer.entities import places

    assert [(p.region, p.country_code) for p in places.candidates(name)] == [(region, country)]
    monkeypatch.setenv("NEWSFACET_REGION_FORMS", "0")
    assert places.candidates(name) == []


@pytest.mark.parametrize("name", ["Western Region", "Capital Province", "Kent County", "Tarlac Province"])
def test_generic_words_or_no_region_find_nothing(name):
    from indexer.entities import places

    assert places.candidates(name) == []  # (no first-level region by that name: nothing, as before)


def test_a_korean_province_rolls_up_in_running_text():
    text = ("Heavy rain hit Gyeonggi Province and North Gyeongsang Province on Monday.",
            [("Gyeonggi Province", "GPE"), ("North Gyeongsang Province", "GPE"), ("Monday", "DATE")])
    found = {(m.region, m.country) for m in tagged(text).mentions if m.kind == "place"}
    assert found == {("Gyeonggi-do", "South Korea"), ("Gyeongsangbuk-do", "South Korea")}


def test_a_firm_s_group_or_holdings_name_is_the_firm(monkeypatch):
    from tests.test_entities_units import linked

    a = ("Goldman Sachs Group Inc ( GS.N ) will buy back shares.", [("Goldman Sachs Group Inc", "ORG")])
    b = ("Goldman Sachs and Lehman Brothers said profits rose.", [("Goldman Sachs", "ORG"), ("Lehman Brothers", "ORG")])
    c = ("Goldman Sachs and Lehman Brothers Holdings Inc fell.", [("Goldman Sachs", "ORG"),
                                                                  ("Lehman Brothers Holdings Inc", "ORG")])
    arts = linked(tagged(a, aid="a"), tagged(b, aid="b"), tagged(c, aid="c"))
    values = {m.value for art in arts for m in art.mentions if m.kind == "org"}
    assert values == {"Goldman Sachs", "Lehman Brothers"}
    monkeypatch.setenv("NEWSFACET_FIRM_GROUP", "0")
    arts = linked(tagged(a, aid="a"), tagged(b, aid="b"), tagged(c, aid="c"))
    assert "Goldman Sachs Group Inc" in {m.value for art in arts for m in art.mentions if m.kind == "org"}


def _sports_archive(extra, n=12, source="Sports Desk"):
    """``n`` sports reports of one outlet naming Kelvingrove as a club, then the ``extra`` paragraphs' article."""
    report = ("Kelvingrove beat Oldmoor 2-1 in the league match; the striker scored twice and the coach praised "
              "the squad.", [("Kelvingrove", "ORG"), ("Oldmoor", "ORG")])
    arts = [tagged(report, aid=f"r{i}") for i in range(n)] + [tagged(extra, aid="x")]
    for a in arts:
        a.source = source
    return arts


def test_a_sports_outlet_s_club_town_is_the_club_where_its_sentence_does_not_place_it(monkeypatch):
    from tests.test_entities_units import linked

    extra = ("Newcastle have signed forward Anthony Elanga, the club said.", [("Newcastle", "GPE"),
                                                                               ("Anthony Elanga", "PERSON")])
    monkeypatch.setattr("indexer.entities.namesakes.sport_words", lambda a: 2 if a.id == "x" else 6)
    club = ("Newcastle beat Kelvingrove 3-0; the striker scored.", [("Newcastle", "ORG"), ("Kelvingrove", "ORG")])
    arts = _sports_archive(extra)
    arts[0] = tagged(club, aid="r0")
    arts[1] = tagged(club, aid="r1")
    for a in arts:
        a.source = "Sports Desk"
    linked(*arts)
    assert {(m.kind, m.value) for m in arts[-1].mentions if m.text == "Newcastle"} == {("org", "Newcastle")}
    monkeypatch.setenv("NEWSFACET_CLUB_TOWNS", "0")
    arts = _sports_archive(extra)
    arts[0], arts[1] = tagged(club, aid="r0"), tagged(club, aid="r1")
    for a in arts:
        a.source = "Sports Desk"
    linked(*arts)
    assert {m.kind for m in arts[-1].mentions if m.text == "Newcastle"} == {"place"}


def test_a_general_paper_s_sports_pages_make_no_club_of_a_town(monkeypatch):
    from tests.test_entities_units import linked

    monkeypatch.setattr("indexer.entities.namesakes.sport_words", lambda a: 6 if a.id in ("r0", "r1") else 0)
    club = ("Newcastle beat Kelvingrove 3-0; the striker scored.", [("Newcastle", "ORG"), ("Kelvingrove", "ORG")])
    extra = ("Newcastle has a new hospital, the council said.", [("Newcastle", "GPE")])
    arts = [tagged(club, aid="r0"), tagged(club, aid="r1")] + [
        tagged(("The council met on Monday.", []), aid=f"n{i}") for i in range(10)] + [tagged(extra, aid="x")]
    for a in arts:
        a.source = "Daily Paper"
    linked(*arts)
    assert {m.kind for m in arts[-1].mentions if m.text == "Newcastle"} == {"place"}


@pytest.mark.parametrize("before", ["joined from ", "bought him from ", "sign Carlos Baleba from ",
                                    "arrived for £30m from ", "a second offer from ", "interest from "])
def test_the_transfer_market_s_words_name_the_club_a_player_leaves(monkeypatch, before):
    from indexer.entities import team_cues

    assert team_cues.before_cue("The winger " + before)
    monkeypatch.setenv("NEWSFACET_SIGNING_WORDS", "0")
    assert not team_cues.before_cue("The winger " + before)


def test_a_possessive_the_text_writes_bare_elsewhere_is_no_name_ending_in_s(monkeypatch):
    from tests.test_entities_units import linked

    a = ("Meanwhile, Facebook’s algorithm improved, as Facebook’s engineers said.", [("Facebook’s", "ORG")])
    b = ("Facebook said on Tuesday it would hire more staff. Facebook is testing it.", [])  # (bare: untagged)
    c = ("Ads ran on platforms such as Facebook’s, the report said.", [("Facebook’s", "ORG")])  # (read as a name)
    arts = linked(tagged(a, aid="a"), tagged(b, aid="b"), tagged(c, aid="c"))
    assert {m.value for art in arts for m in art.mentions if m.kind == "org"} == {"Facebook"}
    monkeypatch.setenv("NEWSFACET_POSSESSIVE_TEXT", "0")
    arts = linked(tagged(a, aid="a"), tagged(b, aid="b"), tagged(c, aid="c"))
    assert "Facebook's" in {m.value for art in arts for m in art.mentions if m.kind == "org"}


def test_a_surname_written_bare_does_not_unmake_a_name_ending_in_s():
    from indexer.entities.org_possessive import _written_bare

    art = tagged(("Ronald McDonald House opened; John McDonald spoke. McDonald's said sales rose.", []))
    assert _written_bare({"McDonald"}, [art]) == set()


def test_held_out_mends_a_country_in_the_second_half_and_a_family_s_group():
    from indexer.entities.org_and_halves import _no_name
    from indexer.entities.org_spans import LEGAL
    from indexer.entities.org_variants import variant_key

    assert not _no_name("Vanuatu Broadcasting and Television Corporation", LEGAL)  # a country's word: a body's name
    assert _no_name("Maritime Organization", LEGAL)  # (Togo's "Maritime" region is no sure place)
    assert variant_key("Chaudhary Group") != variant_key("Chaudhary")  # one word: the family's member too
    assert variant_key("HSBC Holdings") == variant_key("HSBC")  # capitals: the firm
