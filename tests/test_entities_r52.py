"""Round 52 (issue 11): a state body named by its kind alone, in an archive that holds several countries' bodies so
named. A mention names its country after the body ("the Communist Party of Vietnam"); a story filed from abroad about
that country names that country's; a story that places things abroad is no home story; and the mentions no sentence
gives a country go to the archive's usual body by that name, or, with none, leave the facet. Invented sentences with
hand-made NER spans (tests.test_entities_units)."""
from __future__ import annotations

import pytest

from indexer.entities import link_people, tag_entities
from indexer.entities.org_countries import _country_after
from search.model import Article, Paragraph
from tests.test_entities_units import span


def _story(aid, text, ents, source="Capital Wire"):
    """One paragraph's article with the NER spans given, a name given again standing for its next occurrence."""
    seen: dict[str, int] = {}
    spans = []
    for name, label in ents:
        spans.append(span(text, name, label, seen.get(name, 0)))
        seen[name] = seen.get(name, 0) + 1
    art = Article(id=aid, title="t", paragraphs=[Paragraph(0, text)])
    art.mentions = tag_entities(art, [spans])
    art.source = source
    return art


def _home_wire(n=6):
    """A US wire's home stories: its own Congress by the kind alone (archive.MIN_OUTLET articles and more)."""
    return [_story(f"us{i}", "In Texas and Ohio, Congress passed the farm bill in the United States.",
                   [("Texas", "GPE"), ("Ohio", "GPE"), ("Congress", "ORG"), ("the United States", "GPE")])
            for i in range(n)]


def _orgs(art):
    return set(art.entity_values("org"))


@pytest.mark.parametrize("after, country", [
    (" of Vietnam (CPV) on July 29.", "Vietnam"),
    (" of the DPRK on Monday.", "North Korea"),
    (" of Chile (Proletarian Action), the leader", "Chile"),
    (" of Justice ruled on Monday.", None),  # a body's own name goes on
    (" of Maryland ruled on Monday.", None),  # a state's: no country's body
    (" said on Monday.", None),
])
def test_the_country_a_body_name_goes_on_to_name(after, country):
    assert _country_after(after) == country


def test_a_country_after_the_body_is_that_mentions_own():
    # a list of parties: each "Communist Party of X" is X's, not the first one's
    text = ("Messages came from the Communist Party of Vietnam, the Communist Party of Chile and the "
            "Communist Party of Switzerland.")
    arts = _home_wire() + [_story("list", text, [("Communist Party", "ORG")] * 3 + [("Vietnam", "GPE"),
                                                                                      ("Chile", "GPE"),
                                                                                      ("Switzerland", "GPE")])]
    link_people(arts)
    assert _orgs(arts[-1]) == {"Communist Party (Vietnam)", "Communist Party (Chile)", "Communist Party (Switzerland)"}


def test_a_story_filed_from_abroad_about_that_country_names_its_body():
    arts = _home_wire() + [_story("gt", "GUATEMALA CITY (AP) -- Congress in Guatemala voted on adoptions, and "
                                        "Guatemala's courts agreed.",
                                  [("GUATEMALA CITY", "GPE"), ("Congress", "ORG"), ("Guatemala", "GPE"),
                                   ("Guatemala", "GPE")])]
    link_people(arts)
    assert _orgs(arts[-1]) == {"Congress (Guatemala)"}
    assert all(_orgs(a) == {"Congress (United States)"} for a in arts[:-1])


def test_a_dateline_abroad_about_another_country_decides_nothing(monkeypatch):
    # filed from Seoul about the North's cabinet: the country the story names is not the dateline's alone
    seoul = ("SEOUL, South Korea (AP) -- North Korea's premier said the Cabinet met in Pyongyang, South Korea "
             "said.")
    ents = [("SEOUL", "GPE"), ("South Korea", "GPE"), ("North Korea", "GPE"), ("Cabinet", "ORG"),
            ("Pyongyang", "GPE"), ("South Korea", "GPE")]
    home = [_story(f"us{i}", "In Texas and Ohio, the Cabinet met in the United States.",
                   [("Texas", "GPE"), ("Ohio", "GPE"), ("Cabinet", "ORG"), ("the United States", "GPE")])
            for i in range(6)]
    tokyo = _story("jp", "TOKYO (AP) -- The Cabinet met in Osaka and Kyoto, Japan.",
                   [("TOKYO", "GPE"), ("Cabinet", "ORG"), ("Osaka", "GPE"), ("Kyoto", "GPE"), ("Japan", "GPE")])
    arts = home + [tokyo, _story("kr", seoul, ents)]
    link_people(arts)
    assert _orgs(tokyo) == {"Cabinet (Japan)"}
    assert "Cabinet (South Korea)" not in _orgs(arts[-1])


def test_an_unowned_mention_goes_to_the_archives_usual_body_or_leaves_the_facet():
    # a home story that places something abroad is no home story; "Congress" there is the archive's usual one
    abroad = _story("lon", "LONDON -- Congress will vote on the treaty, officials in London said.",
                    [("LONDON", "GPE"), ("Congress", "ORG"), ("London", "GPE")])
    peru = _story("pe", "LIMA (AP) -- Congress in Peru voted, Peru's officials said.",
                  [("LIMA", "GPE"), ("Congress", "ORG"), ("Peru", "GPE"), ("Peru", "GPE")])
    arts = _home_wire() + [peru, abroad]
    link_people(arts)
    assert _orgs(peru) == {"Congress (Peru)"}
    assert _orgs(abroad) == {"Congress (United States)"}  # 6 of the 7 owned stories are the US's

    # with no country owning more than half of the stories, an unowned mention names no body one can tell
    pool = [_story(f"pe{i}", "LIMA (AP) -- Congress in Peru voted, Peru's officials said.",
                   [("LIMA", "GPE"), ("Congress", "ORG"), ("Peru", "GPE"), ("Peru", "GPE")]) for i in range(3)]
    pool += [_story(f"cl{i}", "SANTIAGO (AP) -- Congress in Chile voted, Chile's officials said.",
                    [("SANTIAGO", "GPE"), ("Congress", "ORG"), ("Chile", "GPE"), ("Chile", "GPE")]) for i in range(3)]
    loose = _story("x", "Congress will vote on the treaty next week.", [("Congress", "ORG")])
    pool.append(loose)
    link_people(pool)
    assert not _orgs(loose)
    assert "Congress" in [m.text for m in loose.mentions]  # still a mention: highlighted and searchable
    assert {v for a in pool[:3] for v in _orgs(a)} == {"Congress (Peru)"}


def test_the_switch_turns_the_owners_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_GENERIC_OWNERS", "0")
    text = "Messages came from the Communist Party of Vietnam and the Communist Party of Chile."
    arts = _home_wire() + [_story("list", text, [("Communist Party", "ORG")] * 2 + [("Vietnam", "GPE"),
                                                                                      ("Chile", "GPE")])]
    link_people(arts)
    assert _orgs(arts[-1]) == {"Communist Party"}


# --- "Congress" is no clipping of "Congressional Budget Office" --------------------------------------------------

@pytest.mark.parametrize("short, long, clipped", [
    ("Congress", "Congressional Budget Office", False),  # the plural's strip took both s's: "congre" + "ssional"
    ("Progress", "Progressive Party", False),
    ("Parliament", "Parliamentary Committee", False),
    ("Fed", "Federal Reserve", True),
    ("Lib Dems", "Liberal Democrats", True),
    ("Dems", "Democrats", True),
])
def test_a_body_is_no_clipping_of_its_adjective(short, long, clipped):
    from indexer.entities.org_variants import _short_of

    assert _short_of(short, long) is clipped


def test_congress_keeps_its_own_value_beside_the_budget_office():
    art = _story("cbo", "The budget went to Congress, and the Congressional Budget Office said the deficit would shrink.",
                 [("Congress", "ORG"), ("the Congressional Budget Office", "ORG")])
    link_people([art])
    assert {m.text: m.value for m in art.mentions if m.kind == "org"}["Congress"] == "Congress"


# --- "Novo Nordisk said its chairman": a name the sentence calls "it" ---------------------------------------------

def _kinds(art):
    return {m.text: m.kind for m in art.mentions if m.kind in ("person", "org")}


@pytest.mark.parametrize("text, name", [
    ("Kellmark Nordisk said its chairman, Helge Lund, would step down.", "Kellmark Nordisk"),
    ("Kellmark Nordisk said on Monday its profit rose.", "Kellmark Nordisk"),
    ("Shares fell after Kellmark Nordisk and its partners reported trial data.", "Kellmark Nordisk"),
    ("Analysts at Brannock Ratings, which rates the bank, cut the outlook.", "Brannock Ratings"),
])
def test_a_name_the_sentence_calls_it_is_a_body(text, name):
    art = _story("it", text, [(name, "PERSON")] + ([("Helge Lund", "PERSON")] if "Helge" in text else []))
    assert _kinds(art)[name] == "org"


@pytest.mark.parametrize("text, name", [
    ("John Stanwick said it would rain on Monday.", "John Stanwick"),  # "said it": an expletive, no cue
    ("Maria Kowalczyk, who chairs the board, spoke.", "Maria Kowalczyk"),
    ("The council led by Senior Minister Maria Kowalczyk, which will coordinate the agencies, met.",
     "Maria Kowalczyk"),  # the clause is the council's
])
def test_a_person_keeps_their_reading(text, name):
    art = _story("p", text, [(name, "PERSON")])
    assert _kinds(art)[name] == "person"


def test_the_its_cue_has_a_switch(monkeypatch):
    monkeypatch.setenv("NEWSFACET_ITS_CUES", "0")
    art = _story("it", "Kellmark Nordisk said its profit rose.", [("Kellmark Nordisk", "PERSON")])
    assert _kinds(art)["Kellmark Nordisk"] == "person"


# --- "[Muhammad Fouzul] [Kabir Khan]": one name the model cut in two person spans --------------------------------

def _people(text, ents):
    return {m.value for m in _story("n", text, ents).mentions if m.kind == "person"}


def test_two_person_spans_one_space_apart_are_one_name():
    text = "Adviser Muhammad Fouzul Kabir Khan, in an inter-ministerial meeting, said so."
    assert _people(text, [("Muhammad Fouzul", "PERSON"), ("Kabir Khan", "PERSON")]) == {"Muhammad Fouzul Kabir Khan"}


@pytest.mark.parametrize("text, ents, name", [
    ("Manchester United's Alex Ferguson has praised his players.",
     [("Manchester United's", "PERSON"), ("Alex Ferguson", "PERSON")], "Alex Ferguson"),  # a possessive
    ("When Makeup Artist Rea Ann Silva was sick of working, she left.",
     [("Makeup Artist", "PERSON"), ("Rea Ann Silva", "PERSON")], "Makeup Artist Rea"),  # English words first: as before
    ("The martyrdom of Quaid-e-Awam Shaheed Zulfikar Ali Bhutto was marked.",
     [("Awam Shaheed", "PERSON"), ("Zulfikar Ali Bhutto", "PERSON")], "Zulfikar Ali Bhutto"),  # cut mid-word
])
def test_person_spans_that_are_no_one_name_stay_apart(text, ents, name):
    assert name in _people(text, ents)


def test_joining_people_has_a_switch(monkeypatch):
    monkeypatch.setenv("NEWSFACET_JOIN_PEOPLE", "0")
    text = "Adviser Muhammad Fouzul Kabir Khan, in an inter-ministerial meeting, said so."
    assert "Muhammad Fouzul Kabir Khan" not in _people(text, [("Muhammad Fouzul", "PERSON"), ("Kabir Khan", "PERSON")])


# --- 'Jesús “Chuy” García': a nickname in quotes inside a person's name --------------------------------------------

def _persons(text, ents):
    return {(m.text, m.value) for m in _story("nick", text, ents).mentions if m.kind == "person"}


def test_a_name_with_its_nickname_is_one_person_without_it():
    text = "U.S. Rep. Jesús “Chuy” García said he would run. García said so."
    assert _persons(text, [("U.S.", "GPE"), ("Jesús “Chuy” García", "PERSON"), ("García", "PERSON")]) == {
        ("Jesús “Chuy” García", "Jesús García"), ("García", "Jesús García")}


def test_the_models_cut_nickname_names_are_whole_again():
    # the given name alone tagged PERSON, the rest glued to the next name as a title
    text = 'State Rep. Kambium “Kam” Buckner and Jesús "Chuy" García debated.'
    got = _persons(text, [("Kambium", "PERSON"), ('Kam” Buckner and Jesús "Chuy" García', "WORK_OF_ART")])
    assert got == {("Kambium “Kam” Buckner", "Kambium Buckner"), ('Jesús "Chuy" García', "Jesús García")}
    assert _persons("Dwayne 'The Rock' Johnson starred in it.", [("Dwayne 'The Rock'", "PERSON"), ("Johnson", "PERSON")]) \
        == {("Dwayne 'The Rock' Johnson", "Dwayne Johnson")}


def test_quotes_that_open_no_name_are_no_nickname():
    # an article before the capitalised word: an adjective, no given name; the family name stops at a sentence's end
    art = _story("x", 'He played an Americanised "Jimmy" Bond. MGM said so.', [('Americanised "Jimmy"', "PERSON"),
                                                                                 ("MGM", "ORG")])
    assert [m.text for m in art.mentions if m.kind == "org"] == ["MGM"]
    assert not any("Americanised" in m.text for m in art.mentions)
    # a person span from the quote on shows no given name before it
    art = _story("y", 'Fans of the "Jimmy" Bond films queued.', [('"Jimmy" Bond', "PERSON")])
    assert not any(m.text.startswith("the") for m in art.mentions)


def test_nicknames_have_a_switch(monkeypatch):
    monkeypatch.setenv("NEWSFACET_QUOTED_NICKNAMES", "0")
    text = "U.S. Rep. Jesús “Chuy” García said he would run."
    assert ("Jesús “Chuy” García", "Jesús García") not in _persons(text, [("U.S.", "GPE"), ("Jesús “Chuy” García", "PERSON")])


def test_a_nickname_alone_or_with_the_family_name_is_its_bearer():
    a = _story("a", "U.S. Rep. Jesús “Chuy” García said he would run. Later Chuy said so.",
               [("U.S.", "GPE"), ("Jesús “Chuy” García", "PERSON"), ("Chuy", "PERSON"), ("Chuy", "PERSON")])
    b = _story("b", "Chuy Garcia spoke at the rally on Monday.", [("Chuy Garcia", "PERSON")])
    c = _story("c", "Chuy said nothing.", [("Chuy", "PERSON")])  # alone, in an article that never names him so
    link_people([a, b, c])
    assert {m.text: m.value for m in a.mentions if m.kind == "person"}["Chuy"] == "Jesús García"
    assert [m.value for m in b.mentions if m.kind == "person"] == ["Jesús García"]
    assert [m.value for m in c.mentions if m.kind == "person"] != ["Jesús García"]


# --- a local paper's towns before another state's namesake --------------------------------------------------------

def _local(text, ents, aid):
    return _story(aid, text, ents, source="Lakeshore Daily")


def _chicago_paper(*extra):
    arts = [_local("In Chicago and Naperville, the council met in Joliet.",
                   [("Chicago", "GPE"), ("Naperville", "GPE"), ("Joliet", "GPE")], f"il{i}") for i in range(6)]
    arts += [_local(text, ents, f"x{i}") for i, (text, ents) in enumerate(extra)]
    link_people(arts)
    return arts


def _places(art):
    return {m.text: (m.value, m.region, m.country) for m in art.mentions if m.kind == "place"}


def test_a_local_papers_town_is_not_another_states_namesake():
    arts = _chicago_paper(("Police in Wadsworth and Aurora said the roads were closed.",
                           [("Wadsworth", "GPE"), ("Aurora", "GPE")]))
    got = _places(arts[-1])
    assert got["Aurora"] == ("Aurora", "Illinois", "United States")  # the home state's town by that name
    assert got["Wadsworth"][1:] == (None, "United States")  # no Illinois namesake: no state rather than Ohio


def test_a_placed_or_anchored_town_keeps_its_state():
    arts = _chicago_paper(("Police in Wadsworth, Ohio, said the roads were closed.", [("Wadsworth", "GPE"), ("Ohio", "GPE")]),
                          ("The plant in Wadsworth ships to Columbus and Akron.",
                           [("Wadsworth", "GPE"), ("Columbus", "GPE"), ("Akron", "GPE")]))
    assert _places(arts[-2])["Wadsworth"][1] == "Ohio"
    assert _places(arts[-1])["Wadsworth"][1] == "Ohio"


def test_a_paper_at_home_in_its_capitals_region_is_national(monkeypatch):
    arts = [_local("In Washington, D.C., and Georgetown, officials met.", [("Washington, D.C.", "GPE"), ("Georgetown", "GPE")],
                   f"dc{i}") for i in range(6)]
    arts.append(_local("Police in Wadsworth said the roads were closed.", [("Wadsworth", "GPE")], "x"))
    link_people(arts)
    assert _places(arts[-1])["Wadsworth"][1] == "Ohio"
    monkeypatch.setenv("NEWSFACET_HOME_REGION", "0")
    arts = _chicago_paper(("Police in Wadsworth said the roads were closed.", [("Wadsworth", "GPE")]))
    assert _places(arts[-1])["Wadsworth"][1] == "Ohio"


# --- "Ford Motor Co" beside Premier Doug Ford: a firm named after a family ----------------------------------------

def test_a_firm_named_after_a_family_is_not_glued_to_the_person(monkeypatch):
    text = "Ford Motor Co said it would cut jobs, while Premier Doug Ford spoke."
    ents = [("Ford Motor Co", "ORG"), ("Doug Ford", "PERSON")]
    monkeypatch.setenv("NEWSFACET_ORG_EVIDENCE", "0")  # (one article is no archive: the firm's evidence aside)
    art = _story("f", text, ents)
    assert ("Ford Motor Co", "org") in {(m.value, m.kind) for m in art.mentions}
    assert not any(m.text == "Ford" for m in art.mentions)  # no surname scanned inside the firm's name
    monkeypatch.setenv("NEWSFACET_FAMILY_FIRMS", "0")
    assert ("Ford Motor Co", "org") not in {(m.value, m.kind) for m in _story("g", text, ents).mentions}


def test_a_body_glued_to_a_persons_name_still_goes():
    from indexer.entities.cast import ArticlePeople
    from indexer.entities.named_firms import glued_to_person as _glued_to_person
    from indexer.entities.spans import Cand

    who = ArticlePeople([Cand(0, 0, 18, "Volodymyr Zelensky", "PERSON"), Cand(0, 23, 35, "Bill Clinton", "PERSON")])
    assert _glued_to_person("Zelensky’s party", who)  # a possessive
    assert _glued_to_person("Ukraine Zelensky", who)  # the person last: two sentences run together
    assert _glued_to_person("Clinton Foundation", who)  # a foundation: the archive's links to Clinton stay
    assert not _glued_to_person("Zelensky Holdings Ltd", who)


# --- "Greg Beacham, The Associated Press": a byline in the outlet's "Name, Outlet" style ---------------------------

@pytest.mark.parametrize("line, names", [
    ("Greg Beacham, The Associated Press", "Greg Beacham"),
    ("Amy Forliti and Todd Richmond, The Associated Press", "Amy Forliti and Todd Richmond"),
    ("Mike Blanchfield, The Canadian Press", "Mike Blanchfield"),
    ("Jane Doe, CBC", "Jane Doe"),
    ("Justin Trudeau, Prime Minister", None),  # no newsroom
    ("Ottawa, Canada", None),
    ("The minister, Jane Doe, said so.", None),
])
def test_a_staff_line(line, names):
    from indexer.extract.lines import parse_staff_line

    assert parse_staff_line(line) == names


def test_a_staff_line_and_files_credit_leave_the_facets_and_fill_the_author():
    from indexer.bylines import authors

    art = Article(id="cp", title="t", paragraphs=[
        Paragraph(0, "Greg Beacham, The Associated Press"),
        Paragraph(1, "Mike Trout signed with the Los Angeles Angels on Tuesday."),
        Paragraph(2, "— With files from The Associated Press")])
    spans = [[span(art.paragraphs[0].text, "Greg Beacham", "PERSON"), span(art.paragraphs[0].text, "The Associated Press", "ORG")],
             [span(art.paragraphs[1].text, "Mike Trout", "PERSON"), span(art.paragraphs[1].text, "the Los Angeles Angels", "ORG")],
             [span(art.paragraphs[2].text, "The Associated Press", "ORG")]]
    art.mentions = tag_entities(art, spans)
    faceted = {(m.paragraph, m.text) for m in art.mentions if m.label != "NOFACET"}
    assert (0, "Greg Beacham") not in faceted and not any(p in (0, 2) and "Associated" in t for p, t in faceted)
    assert (1, "Mike Trout") in faceted
    assert authors(art) == ["Greg Beacham"]
