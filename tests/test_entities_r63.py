"""Round 63 (issue 11): what a fresh Canadian archive (CTV News, the Toronto Star, the Waterloo Region Record) showed.

Each test runs the one pass or rule that round 63 changed on text or mentions built here, then the same with the
rule's switch off, so the old reading stays one variable away."""
from __future__ import annotations

from search.model import Article, Mention, Paragraph

# --- province abbreviations after a town (comma_provinces) ---------------------------------------------------------


def test_a_province_written_short_after_a_town_is_that_province(monkeypatch):
    from indexer.entities import comma_provinces, evidence

    assert comma_provinces.after_town(", Alta. was robbed") == "Alberta"
    assert comma_provinces.after_town(", B.C., last week") == "British Columbia"
    assert evidence.comma_region(", B.C., last week", "Victoria") == "British Columbia"
    text = "A pharmacy in Lethbridge, Alta. has been chosen. PINE LAKE, ALTA. -- Twenty years on."
    at = text.index("Alta")
    assert comma_provinces.own_span(text, at, at + 4) == "Alberta"  # the span without its full stop
    at = text.index("ALTA")
    assert comma_provinces.own_span(text, at, at + 5) == "Alberta"  # a dateline's capitals, with it
    monkeypatch.setenv("NEWSFACET_COMMA_PROVINCES", "0")
    assert comma_provinces.after_town(", Alta. was robbed") is None
    assert evidence.comma_region(", B.C., last week", "Victoria") is None


def test_the_abbreviations_other_uses_are_no_province():
    from indexer.entities import comma_provinces

    era = "The temple was built in 300 B.C. by the king."
    at = era.index("B.C.")
    assert comma_provinces.own_span(era, at, at + 4) is None  # the era: no town and comma before it
    initials = "said the director, N.S. Rajan, on Monday"
    at = initials.index("N.S.")
    assert comma_provinces.own_span(initials, at, at + 4) is None  # a person's initials: no name before the comma
    assert comma_provinces.after_town(", Alta Vista Drive") is None  # a word, not the abbreviation
    assert comma_provinces.after_town(" B.C. Hydro said") is None  # no comma


def test_a_province_read_from_its_abbreviation_votes_for_its_country_not_for_the_towns_namesake():
    from indexer.entities import archive

    text = "A pharmacy in Lethbridge, Alta. was robbed."
    at = text.index("Alta")
    m = Mention(0, at, at + 4, "Alta", "place", "Alberta", label="GPE", region="Alberta", country="Canada")
    art = Article(id="a", title="t", paragraphs=[Paragraph(0, text)], mentions=[m])
    assert archive._article_countries(art) == {"Canada": {"Alta"}}  # not Norway, by the town of Alta


# --- a dateline names a town (dateline_towns) ----------------------------------------------------------------------


def _dateline_article(aid: str, name: str, value: str, region, country, body: str = " -- A {} woman spoke.") -> Article:
    text = name.upper() + body.format(name)
    at = text.index(name, len(name))
    ms = [Mention(0, 0, len(name), name.upper(), "place", value, label="DATELINE", region=region, country=country),
          Mention(0, at, at + len(name), name, "place", value, label="GPE", region=region, country=country)]
    return Article(id=aid, title="t", paragraphs=[Paragraph(0, text)], mentions=ms)


def test_a_dateline_read_as_a_region_abroad_is_the_home_town_of_its_name(monkeypatch):
    from indexer.entities.dateline_towns import settle_dateline_towns

    art = _dateline_article("v", "Victoria", "Victoria", "Victoria", "Australia")
    settle_dateline_towns([art], ["Canada"])
    assert {(m.value, m.region, m.country) for m in art.mentions} == {("Victoria", "British Columbia", "Canada")}
    monkeypatch.setenv("NEWSFACET_DATELINE_TOWNS", "0")
    art = _dateline_article("v", "Victoria", "Victoria", "Victoria", "Australia")
    settle_dateline_towns([art], ["Canada"])
    assert {m.country for m in art.mentions} == {"Australia"}


def test_a_dateline_left_unplaced_goes_home_only_where_the_home_town_is_the_bigger():
    from indexer.entities.dateline_towns import settle_dateline_towns

    art = _dateline_article("c", "Vancouver", "Vancouver", None, None)  # British Columbia's, or Washington state's
    settle_dateline_towns([art], ["Canada"])
    assert {(m.region, m.country) for m in art.mentions} == {("British Columbia", "Canada")}
    art = _dateline_article("u", "Vancouver", "Vancouver", None, None)
    settle_dateline_towns([art], ["United States"])  # a US wire's bare "VANCOUVER --" is still British Columbia's
    assert {m.country for m in art.mentions} == {None}


def test_a_dateline_of_a_bigger_town_abroad_or_placed_by_its_line_stays():
    from indexer.entities.dateline_towns import settle_dateline_towns

    art = _dateline_article("l", "London", "London", "England", "United Kingdom")
    settle_dateline_towns([art], ["Canada"])
    assert {m.country for m in art.mentions} == {"United Kingdom"}
    art = _dateline_article("p", "Victoria", "Victoria", "Victoria", "Australia", body=", Australia -- A {} woman.")
    settle_dateline_towns([art], ["Canada"])
    assert {m.country for m in art.mentions} == {"Australia"}


def test_a_datelines_region_after_its_town_is_no_town_of_the_home_country():
    from indexer.entities.dateline_towns import settle_dateline_towns

    text = "MISSISSAUGA, Ontario -- Ten standouts were named."
    at = text.index("Ontario")
    m = Mention(0, at, at + 7, "Ontario", "place", "Ontario", label="DATELINE", region="Ontario", country="Canada")
    art = Article(id="m", title="t", paragraphs=[Paragraph(0, text)], mentions=[m])
    settle_dateline_towns([art], ["United States"])  # an NBA outlet: Ontario, California is a town of its home
    assert (m.value, m.region, m.country) == ("Ontario", "Ontario", "Canada")


# --- a bare surname its article writes as a street's, a school's or a club's name (surname_links) ------------------


def _person(aid: str, text: str, *names: str, at: int = 0) -> Article:
    ms = []
    for name in names:
        start = text.index(name, at)
        ms.append(Mention(0, start, start + len(name), name, "person", name, label="PERSON"))
        at = start + len(name)
    return Article(id=aid, title="t", paragraphs=[Paragraph(0, text)], mentions=ms)


def _weber_archive() -> list[Article]:
    return [
        _person("a", "Peter Weber, the pilot, said he was sorry. Weber told reporters so.", "Peter Weber", "Weber"),
        _person("b", "The shop is at 401 Weber St. N. in Waterloo. Roadworks on Weber may make access tricky.",
                "Weber", at=30),  # (the bare "Weber" of the roadworks)
        _person("c", "Weber said on Monday that the season would go on.", "Weber"),
    ]


def test_a_bare_name_its_article_writes_as_a_streets_is_not_linked_to_the_archives_person(monkeypatch):
    from indexer.entities.linking import link_people

    arts = _weber_archive()
    link_people(arts)
    assert [m.value for m in arts[1].mentions] == ["Weber"]  # the street
    assert [m.value for m in arts[2].mentions] == ["Peter Weber"]  # the pilot, as before
    monkeypatch.setenv("NEWSFACET_NAMED_FACILITIES", "0")
    arts = _weber_archive()
    link_people(arts)
    assert [m.value for m in arts[1].mentions] == ["Peter Weber"]


def test_things_named_reads_a_towns_street_school_and_club_words():
    from indexer.entities.person_facilities import things_named

    art = Article(id="x", title="t", paragraphs=[Paragraph(0, "A soon-to-be Galt Collegiate graduate, she played for "
                                                            "Hamilton United and lived off Weber Street; Moss said.")])
    assert things_named(art, {"Galt", "Hamilton", "Weber", "Moss"}) == {"Galt", "Hamilton", "Weber"}
    trophy = "They retained the Warne-Muralitharan Trophy, after Muralitharan and Vaas took wickets."
    assert things_named(Article(id="y", title="t", paragraphs=[Paragraph(0, trophy)]), {"Muralitharan"}) == set()


# --- a university's one-word name (org_university_names) -----------------------------------------------------------


def test_a_universitys_one_word_name_paired_with_it_alone_is_that_university(monkeypatch):
    from collections import Counter

    from indexer.entities.org_university_names import alone_names

    learnt = {"ryerson": "Ryerson University", "boston": "Boston University", "queen": "Queen University"}
    pairs = {"ryerson": Counter({"Ryerson University": 1}), "boston": Counter({"Boston University": 3}),
             "queen": Counter({"Queen University": 3, "Queen Mary University": 1})}
    # Boston is a town; "Queen" is paired with two long forms
    assert alone_names(learnt, pairs) == {"ryerson"}
    monkeypatch.setenv("NEWSFACET_UNIVERSITY_ALONE", "0")
    assert alone_names(learnt, pairs) == set()



def test_a_dateline_with_readings_at_home_only_stays_as_read():
    from indexer.entities.dateline_towns import settle_dateline_towns

    art = _dateline_article("d", "Denton", "Denton", None, None)  # no reading abroad: a local paper's own town, unplaced
    settle_dateline_towns([art], ["United States"])
    assert {(m.region, m.country) for m in art.mentions} == {(None, None)}


# --- a people's adjective, capitalised (identity_words) --------------------------------------------------------------


def test_a_capitalised_peoples_adjective_is_nobodys_name(monkeypatch):
    from indexer.entities.identity_words import adjectival
    from indexer.entities.junk import is_junk_name

    def at(text, word="Black"):
        i = text.index(word)
        return adjectival(text, i, i + len(word))

    assert at("If you are a Black woman who has worn extensions, you know.")
    assert at("It is the acronym for Black, Indigenous and people of colour.")
    assert at("He shared opinions on Black and Asian people.")
    assert at("Queer Black business owners met.")
    assert not at("Black said the plan would work.")  # the person
    assert not at("Black's novels sold well.")
    assert is_junk_name("Indigenous")  # no surname: a people's word wherever it stands
    monkeypatch.setenv("NEWSFACET_IDENTITY_WORDS", "0")
    assert not at("If you are a Black woman who has worn extensions, you know.")


# --- an outlet's name and its site's (org_spacings.join_spacings) --------------------------------------------


def test_a_name_written_as_its_site_is_the_name_the_archive_writes(monkeypatch):
    from collections import Counter

    from indexer.entities.org_spacings import join_spacings

    def joined():
        forms = {"ctv news": Counter({"CTV News": 39}), "ctvnews ca": Counter({"CTVNews.ca": 21}),
                 "sky": Counter({"Sky": 5}), "sky net": Counter({"Sky Net": 1})}
        canon = {k: next(iter(c)) for k, c in forms.items()}
        join_spacings(forms, canon, set())
        return canon

    canon = joined()
    assert canon["ctvnews ca"] == canon["ctv news"] == "CTV News"
    assert canon["sky net"] == "Sky Net"  # no site written: no domain to take off
    monkeypatch.setenv("NEWSFACET_ORG_SPACINGS", "0")
    assert joined()["ctvnews ca"] == "CTVNews.ca"


# --- a sports listing's lines (sports_listings) ----------------------------------------------------------------------


def test_a_sports_listings_lines_name_teams(monkeypatch):
    from indexer.entities.sports_listings import in_listing

    listing = ["Kentucky at Texas, 3:30 p.m. (ABC).", "Michigan vs. Penn St., noon (BTN).", "Boston 32 10 .762 —",
               "Maryland 78, Minnesota 65", "BATTING: Kwan, Cleveland, .360; Perez, Kansas City, .355",
               "Regional Coverage: Cleveland at Cincinnati, Jacksonville at Tennessee, Atlanta at New Orleans"]
    prose = ["He moved to Texas in 2010, at 3 p.m.", "The team from Texas won 78, and Boston 65 points.",
             "Trump vs. Biden", "Biden was at Camp David, 3 p.m.", "He lives in Easton, Talbot, 21601"]
    assert all(in_listing(t, 0) for t in listing)
    assert not any(in_listing(t, 0) for t in prose)
    page = "MEN'S COLLEGE BASKETBALL\nKentucky at Texas, 3:30 p.m. (ABC).\nThe game was moved to Texas."
    assert in_listing(page, page.index("Texas")) and not in_listing(page, page.rindex("Texas"))  # line by line
    assert not in_listing("Cleveland at Atlanta", 0) and in_listing("Cleveland at Atlanta", 0, page=True)
    monkeypatch.setenv("NEWSFACET_SPORTS_LISTINGS", "0")
    assert not in_listing(listing[0], 0)


def test_an_article_of_listing_lines_is_a_listing_page():
    from indexer.entities.sports_listings import listing_page

    def article(*paras):
        return Article(id="p", title="t", paragraphs=[Paragraph(i, t) for i, t in enumerate(paras)])

    assert listing_page(article("NBA Glance", "Boston 32 10 .762", "Miami 24 18 .571", "Orlando 22 20 .524",
                                "Cleveland at Atlanta"))
    assert not listing_page(article("Boston beat Miami 112-99 on Tuesday, their 32nd win in 42 games.",
                                    "Cleveland at Atlanta"))


# --- a local paper's datelines (home_region) ------------------------------------------------------------------------


def test_a_local_papers_dateline_is_as_doubtful_as_its_other_towns(monkeypatch):
    from indexer.entities import home_region

    text = "AURORA -- The village board met."
    m = Mention(0, 0, 6, "AURORA", "place", "Aurora", label="DATELINE", region="Ohio", country="United States")
    art = Article(id="d", title="t", paragraphs=[Paragraph(0, text)], mentions=[m])
    assert home_region._doubtful(art, m, "United States", "Illinois")
    monkeypatch.setenv("NEWSFACET_HOME_DATELINES", "0")
    assert not home_region._doubtful(art, m, "United States", "Illinois")


# --- a body's initials with a small letter, a place's people (cast.mixed_acronym, city_peoples) ---------------------


def test_an_acronym_with_a_small_letter_is_a_body_not_a_person(monkeypatch):
    from indexer.entities.cast import mixed_acronym, plausible_person

    plausible_person.cache_clear()
    assert [w for w in ("TfL", "DfE", "MoD", "DfES", "JoJo", "LeBron", "Tim") if mixed_acronym(w)] == ["TfL", "DfE", "MoD",
                                                                                                      "DfES"]
    assert not plausible_person("TfL") and plausible_person("JoJo Siwa")
    monkeypatch.setenv("NEWSFACET_MIXED_ACRONYMS", "0")
    plausible_person.cache_clear()
    assert not mixed_acronym("TfL") and plausible_person("TfL")
    plausible_person.cache_clear()


def test_a_places_people_is_no_place(monkeypatch):
    from indexer.entities.city_peoples import peoples

    assert [w for w in ("Londoners", "New Yorkers", "Parisians", "Hammers", "Peters", "Lakers", "Rangers")
            if peoples(w)] == ["Londoners", "New Yorkers", "Parisians"]
    monkeypatch.setenv("NEWSFACET_CITY_PEOPLES", "0")
    assert not peoples("Londoners")


def test_an_address_or_a_handle_names_nothing_and_a_bracketed_handle_leaves_its_name(monkeypatch):
    from indexer.entities.junk import at_sign

    assert at_sign("HaveYourSay@bbc.co.uk") == "" and at_sign("@stephenfhayes") == "" and at_sign("Utah @ Vivint") == ""
    assert at_sign("NARAL (@NARAL)") == "NARAL" and at_sign("Milwaukee Bucks (@Bucks") == "Milwaukee Bucks"
    assert at_sign("Transport for London") is None
    monkeypatch.setenv("NEWSFACET_AT_SIGNS", "0")
    assert at_sign("HaveYourSay@bbc.co.uk") is None


def test_an_acronym_keeping_the_f_of_its_for_is_its_long_forms(monkeypatch):
    from indexer.entities.org_name_forms import acronym_forms, of_case

    assert of_case("TfL") == "TFL" and "TFL" in acronym_forms("Transport for London")
    assert of_case("DfES") == "DFES" and "DFES" in acronym_forms("Department for Education and Skills")
    assert of_case("MoD") == "MOD" and of_case("Tim") == "Tim"
    monkeypatch.setenv("NEWSFACET_GROUPS_OF", "0")
    assert of_case("TfL") == "TfL"


def test_a_first_name_written_far_wider_than_its_longer_name_is_the_body_not_the_product():
    from collections import Counter

    from indexer.entities.org_firm_names import first_names
    from indexer.entities.org_variants import variant_key

    def org(aid, *values):
        return Article(id=aid, title="t", paragraphs=[Paragraph(0, " ".join(values))],
                       mentions=[Mention(0, 0, len(v), v, "org", v, label="ORG") for v in values])

    arts = [org("k1", "Amazon", "Amazon Key"), org("k2", "Amazon", "Amazon Key")]
    arts += [org(f"a{i}", "Amazon") for i in range(12)] + [org("m1", "Merrill", "Merrill Lynch"),
                                                          org("m2", "Merrill", "Merrill Lynch"), org("m3", "Merrill")]
    pairs = {"amazon": Counter({"Amazon Key": 2}), "merrill": Counter({"Merrill Lynch": 2})}
    learnt = {"amazon": "Amazon Key", "merrill": "Merrill Lynch"}
    forms: dict = {}  # (as org_variants counts them: key -> values, by articles)
    for a in arts:
        for v in {m.value for m in a.mentions}:
            forms.setdefault(variant_key(v), Counter())[v] += 1
    sole = first_names(arts, pairs, Counter(), variant_key, learnt, forms)
    assert sole == {"merrill": "Merrill Lynch"} and learnt == {"merrill": "Merrill Lynch"}  # Amazon: 14 articles to 2
