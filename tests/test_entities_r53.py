"""Round 53 (issue 11), bodies and people: stock market indexes are no bodies; a town's body by its kind alone and a
state's chamber are the town's and the state's; a team's nickname is the team; a name listed among bodies, a
special district and a firm closing on its trade are bodies; a chair's or a council's office is no part of a name; a
clipped word beside a whole one is a clipping. (Places: tests.test_entities_r53_places.) Invented sentences with
hand-made NER spans (tests.test_entities_units)."""
from __future__ import annotations

import pytest

from indexer.entities import link_people, market_indexes, state_chambers, tag_entities
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


# A state's chamber written as the nation's: "the state Senate", "Senate Bill 327" (round 53, state_chambers).
def _wire(n=4):
    """A US paper's home stories naming the nation's Senate."""
    return [_article([("In Washington, the U.S. Senate voted on the bill, and the Senate adjourned.",
                       [("Washington", "GPE"), ("U.S. Senate", "ORG"), ("Senate", "ORG")])], aid=f"us{i}")
            for i in range(n)]


@pytest.mark.parametrize("story, ents, value", [
    ("In Springfield, Illinois, the state Senate voted 30-20 for the measure.",
     [("Springfield", "GPE"), ("Illinois", "GPE"), ("Senate", "ORG")], "Illinois Senate"),
    ("Indiana lawmakers in Indianapolis passed Senate Bill 327 on Tuesday.",
     [("Indiana", "GPE"), ("Indianapolis", "GPE"), ("Senate", "ORG")], "Indiana Senate"),
    ("In Sacramento, California, the state Assembly passed the budget.",
     [("Sacramento", "GPE"), ("California", "GPE"), ("Assembly", "ORG")], "California Assembly"),
])
def test_a_state_chamber_is_its_states(story, ents, value):
    story_article = _article([(story, ents)], aid="state")
    wire = _wire()
    link_people(wire + [story_article])
    assert value in _orgs(story_article)
    assert not _orgs(story_article) & {"Senate", "U.S. Senate", "Assembly"}
    assert "U.S. Senate" in _orgs(wire[0])  # the nation's Senate of the other stories stays the nation's


def test_a_state_chamber_with_no_one_state_leaves_the_facet():
    story = _article([("Lawmakers passed Senate Bill 2395 on Thursday.", [("Senate", "ORG")])], aid="state")
    link_people(_wire() + [story])
    assert not _orgs(story)


@pytest.mark.parametrize("before, after, state", [
    ("passed out of a state ", " committee Tuesday", True),
    ("Mishler's ", " Bill 327 would", True),
    ("the ", " Joint Resolution 12", True),
    ("the ", " voted 52-48", False),
    ("the United States ", " voted", False),
    ("State ", " Bill", False),  # no number: a bill of the Senate's, no state's
])
def test_the_words_that_make_a_chamber_a_states(before, after, state):
    assert state_chambers.state_chamber("Senate", before, after) is state


def test_the_state_chambers_switch_leaves_them_the_nations(monkeypatch):
    monkeypatch.setenv("NEWSFACET_STATE_CHAMBERS", "0")
    story = _article([("In Springfield, Illinois, the state Senate voted 30-20 for the measure.",
                       [("Springfield", "GPE"), ("Illinois", "GPE"), ("Senate", "ORG")])], aid="state")
    link_people(_wire() + [story])
    assert "Illinois Senate" not in _orgs(story)


def _home_stories(body: str, n: int = 6) -> list[Article]:
    """A US wire's home stories naming ``body``."""
    return [_article([(f"In Texas and Ohio, the {body} passed the farm bill in the United States.",
                       [("Texas", "GPE"), ("Ohio", "GPE"), (body, "ORG"), ("the United States", "GPE")])],
                     aid=f"us{i}") for i in range(n)]


def _one_wire(articles: list[Article]) -> None:
    """The articles as one outlet's, linked as an archive."""
    for a in articles:
        a.source = "Capital Wire"
    link_people(articles)


def test_a_states_chamber_is_no_long_form_of_the_nations():
    # a US paper's "the Senate" stories and one story naming the Illinois Senate: the bare name stays the nation's
    bare = _home_stories("Senate")
    state = _article([("In Springfield, the Illinois Senate voted on Monday.", [("Springfield", "GPE"),
                                                                              ("Illinois Senate", "ORG")]),
                      ("Later the Senate adjourned for the week.", [("Senate", "ORG")])], aid="il")
    _one_wire(bare + [state])
    assert all("Illinois Senate" not in _orgs(a) for a in bare)
    assert "Illinois Senate" in _orgs(state)


# A team by its nickname alone, read as a place: the team the archive names in full (round 53, team_nicknames).
def _team_archive(story_text, story_ents, full="Chicago Bears"):
    reports = [_article([(f"The {full} beat Detroit 24-10 on Sunday, the quarterback threw two touchdown passes "
                          f"and the coach praised the football team's defense.", [(full, "ORG"), ("Detroit", "GPE")])],
                        aid=f"r{i}") for i in range(3)]
    story = _article([(story_text, story_ents)], aid="story")
    link_people(reports + [story])
    return story


def test_a_teams_nickname_read_as_a_place_is_the_team():
    story = _team_archive("City officials held months of talks with the Bears about the stadium in Chicago.",
                          [("Bears", "LOC"), ("Chicago", "GPE")])
    assert [(m.kind, m.value) for m in story.mentions if m.text == "Bears"] == [("org", "Chicago Bears")]


def test_a_tail_no_sports_pages_name_is_left_alone():
    # "Brussels Eurocrats" is no team: the archive never writes it in a sports report
    bodies = [_article([("The Brussels Eurocrats met on Monday to discuss the budget in Belgium.",
                         [("Brussels Eurocrats", "ORG"), ("Belgium", "GPE")])], aid=f"b{i}") for i in range(3)]
    story = _article([("Voters said the Eurocrats had too much power.", [("Eurocrats", "LOC")])], aid="story")
    link_people(bodies + [story])
    assert not any(m.value == "Brussels Eurocrats" for m in story.mentions)


def test_the_team_nicknames_switch_leaves_the_nickname_as_read(monkeypatch):
    monkeypatch.setenv("NEWSFACET_TEAM_NICKNAMES", "0")
    story = _team_archive("City officials held months of talks with the Bears about the stadium in Chicago.",
                          [("Bears", "LOC"), ("Chicago", "GPE")])
    assert ("org", "Chicago Bears") not in {(m.kind, m.value) for m in story.mentions if m.text == "Bears"}


def test_a_whole_name_is_no_home_form_of_a_longer_one():
    # "Ala. Chicago Bears" (a state's abbreviation run into the name) must not take the archive's Chicago Bears
    plain = _home_stories("Chicago Bears")
    glued = _article([("He grew up in Mobile, Ala. Chicago Bears fans cheered him.", [("Mobile", "GPE"),
                                                                                     ("Ala. Chicago Bears", "ORG")]),
                      ("Later the Chicago Bears signed him.", [("Chicago Bears", "ORG")])], aid="al")
    _one_wire(plain + [glued])
    assert all({m.value for m in a.mentions if m.kind == "org"} == {"Chicago Bears"} for a in plain)


@pytest.mark.parametrize("text, name", [
    ("Abbott Labs is a company we have been looking at quite carefully, the analyst said.", "Abbott Labs"),
    ("Mayuresh Joshi, Fund Manager, Angel Broking, tells the channel.", "Angel Broking"),
    ("Reliance Jio Infocomm has extended the deal till June 28.", "Reliance Jio Infocomm"),
])
def test_a_trade_closing_a_name_the_model_read_as_a_person_makes_it_a_firm(text, name):
    assert ("org", name) in _tagged([(text, [(name, "PERSON")])])


@pytest.mark.parametrize("text, name", [
    ("The Purchasing Managers' Index (PMI) for December fell to 49.7.", "PMI"),
    ("He was charged with DUI after the crash.", "DUI"),
])
def test_an_indicators_or_an_offences_initials_are_no_body(text, name):
    assert not any(value == name for _, value in _tagged([(text, [(name, "ORG")])]))


def test_a_special_district_is_a_body_not_an_area():
    # "District" alone closes an area's name; "School District" a body's
    arts = [_article([(f"ALLENTOWN, Pa. — The Allentown School District allowed teacher {i} to keep working.",
                       [("ALLENTOWN", "GPE"), ("Pa.", "GPE"), ("Allentown School District", "ORG")])], aid=f"a{i}")
            for i in range(2)]
    assert ("org", "Allentown School District") in _faceted(*arts)


def test_a_name_listed_among_bodies_is_a_body():
    text = "Stocks trading in the green were Axis Bank, Reliance Industries, SBI and Hindustan Unilever."
    ents = [("Axis Bank", "ORG"), ("Reliance Industries", "ORG"), ("SBI", "ORG"), ("Hindustan Unilever", "ORG")]
    assert ("org", "Hindustan Unilever") in _faceted(_article([(text, ents)]))


def test_a_list_of_subjects_names_no_body():
    text = ("Its courses include Banking & Finance, Operations & Supply Chain Management, Human Capital Management, "
            "Business Analytics and more. Human capital and business analytics are in demand, as are management, "
            "operations, supply chains, banking and finance.")
    ents = [("Banking & Finance", "ORG"), ("Operations & Supply Chain Management", "ORG"),
            ("Human Capital Management", "ORG"), ("Business Analytics", "ORG")]
    faceted = _faceted(_article([(text, ents)]))
    assert not faceted & {("org", "Human Capital Management"), ("org", "Business Analytics")}


def test_the_org_lists_switch_keeps_the_listed_name_out(monkeypatch):
    monkeypatch.setenv("NEWSFACET_ORG_LISTS", "0")
    text = "Stocks trading in the green were Axis Bank, Reliance Industries, SBI and Hindustan Unilever."
    ents = [("Axis Bank", "ORG"), ("Reliance Industries", "ORG"), ("SBI", "ORG"), ("Hindustan Unilever", "ORG")]
    assert ("org", "Hindustan Unilever") not in _faceted(_article([(text, ents)]))


@pytest.mark.parametrize("text, span_text, name", [
    ("Legal Affairs Committee Chairperson Albert Mbawala has since warned the ministry.",
     "Chairperson Albert Mbawala", "Albert Mbawala"),
    ("Public Accounts Committee Vice Chairperson Ned Poya said the committee would meet.",
     "Vice Chairperson Ned Poya", "Ned Poya"),
    ("The vote was led by Councilman Bob Jones on Tuesday.", "Councilman Bob Jones", "Bob Jones"),
])
def test_a_chairs_and_a_councils_offices_are_no_part_of_the_name(text, span_text, name):
    assert ("person", name) in _tagged([(text, [(span_text, "PERSON")])])


@pytest.mark.parametrize("short, long, same", [
    ("Met Police", "Metropolitan Police", True),
    ("Man City", "Manchester City", True),
    ("Met Office", "Metropolitan Police", False),  # the whole word must be the long name's
    ("Treasury", "Treasury Committee", False),
])
def test_a_clipped_word_beside_a_whole_one_is_a_clipping(short, long, same):
    from indexer.entities.org_variants import _short_of

    assert _short_of(short, long) is same


def test_a_body_word_ending_in_s_is_no_teams_nickname():
    # "Confederation Congress" is no team of a town "Confederation": the archive's "Congress" stays Congress
    reports = [_article([("The Confederation Congress passed the ordinance; the league cup match and the football "
                          "coach's squad drew fans.", [("Confederation Congress", "ORG")])], aid=f"r{i}")
               for i in range(2)]
    story = _article([("Congress must check the president.", [("Congress", "ORG")])], aid="story")
    link_people(reports + [story])
    assert [m.value for m in story.mentions if m.text == "Congress"] == ["Congress"]
