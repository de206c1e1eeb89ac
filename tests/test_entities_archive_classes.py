"""Round-3 place and person classes (issue 11), on invented sentences with hand-made NER spans: a town read in
the archive's home country rather than a foreign namesake, a place name that trades (a company word or a
ticker tag after it), the exchange of a ticker tag, and web-page furniture glued to a person's name."""
from __future__ import annotations

from indexer.entities import link_people
from tests.test_entities_units import tagged


def _us_paper(n: int, source: str = "The Daily Courier") -> list:
    """Short local items of a US paper: each names a US state and a town with one reading."""
    arts = []
    for i in range(n):
        art = tagged((f"The council of Ohio met in Chicago on day {i}.", [("Ohio", "GPE"), ("Chicago", "GPE")]),
                     aid=f"us{i}")
        art.source = source
        arts.append(art)
    return arts


def _place(art, text):
    found = [m for m in art.mentions if m.text == text and m.kind == "place"]
    assert found, f"{text!r} is not a place: {[(m.text, m.kind) for m in art.mentions]}"
    return found[0]


def _item(text, ents, aid, source="The Daily Courier"):
    art = tagged((text, ents), aid=aid)
    art.source = source
    return art


# --- the archive's home country ------------------------------------------------------------------------------

def test_a_town_with_a_home_namesake_is_read_at_home_when_the_archive_is_about_that_country():
    item = _item("The thief was arrested in Florence on Saturday and taken to Chicago.",
                 [("Florence", "GPE"), ("Chicago", "GPE")], "x")
    assert _place(item, "Florence").country == "Italy"  # the article alone: the biggest namesake
    link_people(_us_paper(8) + [item])
    florence = _place(item, "Florence")
    assert florence.country == "United States"
    assert florence.region is None  # several US Florences: no state guessed


def test_a_home_region_named_in_the_article_picks_the_namesake_and_its_region():
    item = _item("The team went to Moscow to play the University of Idaho.",
                 [("Moscow", "GPE"), ("Idaho", "GPE")], "x")
    link_people(_us_paper(8) + [item])
    moscow = _place(item, "Moscow")
    assert (moscow.region, moscow.country) == ("Idaho", "United States")


def test_the_outlet_reading_of_a_name_carries_to_its_other_articles():
    located = _item("The team went to Moscow to play the University of Idaho.",
                    [("Moscow", "GPE"), ("Idaho", "GPE")], "x")
    bare = _item("He died in the hospital at Moscow last week.", [("Moscow", "GPE")], "y")
    link_people(_us_paper(8) + [located, bare])
    assert _place(bare, "Moscow").region == "Idaho"


def test_a_foreign_city_the_archive_also_writes_about_as_foreign_stays_foreign():
    paris_items = [_item("Talks in Paris and Lyon went on; France agreed.",
                         [("Paris", "GPE"), ("Lyon", "GPE"), ("France", "GPE")], f"f{i}") for i in range(3)]
    item = _item("The envoy flew to Paris from Chicago.", [("Paris", "GPE"), ("Chicago", "GPE")], "x")
    link_people(_us_paper(8) + paris_items + [item])
    assert _place(item, "Paris").country == "France"


def test_an_archive_without_a_clear_home_country_changes_nothing():
    mixed = [_item("Talks in Lyon, France.", [("Lyon", "GPE"), ("France", "GPE")], f"f{i}", "Wire")
             for i in range(6)] + [_item("Rain in Chicago, Ohio.", [("Chicago", "GPE"), ("Ohio", "GPE")], f"u{i}",
                                         "Wire") for i in range(6)]
    item = _item("He was arrested in Florence on Saturday.", [("Florence", "GPE")], "x", "Wire")
    link_people(mixed + [item])
    assert _place(item, "Florence").country == "Italy"


# --- a place name that trades -------------------------------------------------------------------------------

def test_a_town_followed_by_a_company_word_the_model_split_off_is_no_place():
    art = tagged(("Analysts at Palo Alto Networks said the malware spread.", [("Palo Alto", "GPE")]))
    assert not any(m.kind == "place" for m in art.mentions if m.text == "Palo Alto")


def test_a_name_with_a_ticker_tag_after_it_is_a_firm_in_the_whole_article():
    art = tagged(("Shares in Glencore (Amsterdam: GX8.AS-news) fell.", [("Glencore", "GPE"), ("Amsterdam", "GPE")]),
                 ("Miners such as Glencore led the fall.", [("Glencore", "GPE")]))
    assert not any(m.kind == "place" for m in art.mentions if m.text == "Glencore")


def test_the_exchange_of_a_ticker_tag_is_no_place():
    art = tagged(("Shares (Berlin: DI6.BE-news) in the lender rose.", [("Berlin", "GPE")]))
    assert not any(m.text == "Berlin" for m in art.mentions)


def test_a_city_in_a_publisher_citation_stays_a_place():
    art = tagged(("His memoir (London: Penguin, 1999) sold well.", [("London", "GPE")]))
    assert _place(art, "London").country == "United Kingdom"


def test_a_country_followed_by_a_company_word_is_no_place():
    art = tagged(("It competes with Aruba Networks Inc. in routers.", [("Aruba", "GPE")]))
    assert not any(m.kind == "place" for m in art.mentions if m.text == "Aruba")


# --- web-page furniture in a person's name ----------------------------------------------------------------

def test_interface_words_glued_to_a_name_are_cut_off_and_lone_furniture_is_dropped():
    art = tagged(("Alex Morrow Share. View Photo. Dana Reyes Photographer Share. Lee Tam Staff wrote it.",
                  [("Alex Morrow Share", "PERSON"), ("View Photo", "PERSON"),
                   ("Dana Reyes Photographer Share", "PERSON"), ("Lee Tam Staff", "PERSON")]))
    link_people([art])
    people = {m.value for m in art.mentions if m.kind == "person"}
    assert people == {"Alex Morrow", "Dana Reyes", "Lee Tam"}
    para = art.paragraphs[0].text
    assert all(para[m.start:m.end] == m.text for m in art.mentions)


# --- a club named after its town, in a sports report --------------------------------------------------------

_SPORT = ("The striker scored twice in the league match and the goalkeeper saved a penalty before half-time.", [])


def test_a_town_whose_club_the_sports_report_names_in_full_is_the_club_when_bare():
    art = tagged(_SPORT, ("AC Verona beat Udinese last week.", [("AC Verona", "ORG")]),
                 ("Can Verona sink any further?", [("Verona", "GPE")]))
    assert not any(m.kind == "place" for m in art.mentions if m.text == "Verona")


def test_a_town_with_a_lead_over_it_or_games_in_hand_is_a_club():
    art = tagged(_SPORT, ("They boast a nine-point lead over Utrecht, who have two games in hand.",
                          [("Utrecht", "GPE")]))
    assert not any(m.kind == "place" for m in art.mentions if m.text == "Utrecht")


def test_a_town_in_a_sports_report_the_sentence_puts_the_reader_in_stays_a_place():
    art = tagged(_SPORT, ("AC Verona beat Udinese last week.", [("AC Verona", "ORG")]),
                 ("Fans gathered in Verona overnight.", [("Verona", "GPE")]))
    assert any(m.kind == "place" for m in art.mentions if m.text == "Verona")


def test_a_town_whose_foreign_country_the_outlet_writes_about_elsewhere_stays_abroad():
    italy = [_item("Talks in Florence and Milan; Italy agreed.", [("Florence", "GPE"), ("Milan", "GPE"),
                                                                 ("Italy", "GPE")], f"i{i}") for i in range(2)]
    item = _item("The thief was arrested in Florence on Saturday.", [("Florence", "GPE")], "x")
    link_people(_us_paper(8) + italy + [item])
    assert _place(item, "Florence").country == "Italy"

