"""Round 61 (issue 11): what two fresh archives, of the music press and of US health news, showed.

Each test builds the mentions the tagger would have made (no spaCy model needed) and runs the one pass or rule that
round 61 changed, then the same with the rule's switch off, so the old reading stays one variable away."""
from __future__ import annotations

import pytest

from search.model import Article, Mention, Paragraph


def _article(aid: str, text: str, *names: tuple[str, str]) -> Article:
    """An article of one paragraph with a mention of each (name, kind), at the name's first place after the last."""
    mentions, at = [], 0
    for name, kind in names:
        start = text.index(name, at)
        mentions.append(Mention(0, start, start + len(name), name, kind, name, label=kind.upper()))
        at = start + len(name)
    return Article(id=aid, title="t", paragraphs=[Paragraph(0, text)], mentions=mentions)


# --- a band the model read as a person (group_cues, person_shapes) ------------------------------------------------

def _band_archive() -> list[Article]:
    return [
        _article("a", "Iron Maiden have just five concerts to go on their tour.", ("Iron Maiden", "person")),
        _article("b", "Iron Maiden frontman Bruce Dickinson spoke to the press.", ("Iron Maiden", "person"),
                 ("Bruce Dickinson", "person")),
        _article("c", "Steve Harris (Iron Maiden) played bass on it.", ("Steve Harris", "person"),
                 ("Iron Maiden", "person")),
        _article("d", "The new album came out on Friday, Iron Maiden announced.", ("Iron Maiden", "person")),
    ]


def test_a_name_its_sentences_write_as_a_band_is_filed_as_an_organisation(monkeypatch):
    from indexer.entities.person_shapes import gate_person_shapes
    arts = _band_archive()
    why = gate_person_shapes(arts)
    assert why["Iron Maiden"] == "group"
    assert {(m.kind, m.label) for a in arts for m in a.mentions if m.value == "Iron Maiden"} == {("org", "ORG")}
    # the people of the same sentences stay people
    assert {m.kind for a in arts for m in a.mentions if m.value in ("Bruce Dickinson", "Steve Harris")} == {"person"}
    monkeypatch.setenv("NEWSFACET_GROUP_CUES", "0")
    arts = _band_archive()
    assert "Iron Maiden" not in gate_person_shapes(arts)
    assert {m.kind for a in arts for m in a.mentions if m.value == "Iron Maiden"} == {"person"}


def test_each_cue_of_a_group_is_read_and_a_possessive_before_a_full_name_is_one():
    from indexer.entities.group_cues import counts
    arts = [_article("a", "Judas Priest's Scott Travis speaks.", ("Judas Priest", "person"), ("Scott Travis", "person")),
            _article("b", "Judas Priest were on tour.", ("Judas Priest", "person")),
            _article("c", "Judas Priest's classic lineup reunited.", ("Judas Priest", "person")),
            _article("d", "Judas Priest's new album is out.", ("Judas Priest", "person"))]
    assert counts(arts)["Judas Priest"] == 3  # (an album is anyone's: no cue)


def test_a_plural_verb_after_a_name_its_sentence_may_list_is_no_cue():
    """The verb is the list's: "X, as well as Head of IOOC [Alireza Salmanzadeh] were" (a dev sentence), "and"."""
    from indexer.entities.group_cues import counts
    arts = [_article("a", "Director Pirouz Mousavi, as well as Head of IOOC Alireza Salmanzadeh were among them.",
                     ("Pirouz Mousavi", "person"), ("Alireza Salmanzadeh", "person")),
            _article("b", "Lemmy and Phil Campbell were on stage.", ("Lemmy", "person"), ("Phil Campbell", "person")),
            _article("c", "If Phil Campbell were here, he would play.", ("Phil Campbell", "person"))]
    assert counts(arts)["Alireza Salmanzadeh"] == 0
    assert counts(arts)["Phil Campbell"] == 0
    # held-out, first scoring: a plural verb whose subject opens the sentence; a role in brackets after its actor
    arts = [_article("a", "Stars including Daisy Lowe have been sharing this image.", ("Daisy Lowe", "person")),
            _article("b", "The film follows Cindy Busby (Caroline Wilson), a restaurateur.", ("Cindy Busby", "person"),
                     ("Caroline Wilson", "person"))]
    assert counts(arts)["Daisy Lowe"] == counts(arts)["Caroline Wilson"] == 0


def test_a_person_with_a_strong_cue_or_few_group_cues_stays_a_person():
    from indexer.entities.group_cues import is_group
    assert not is_group(1, 1, False)  # one sentence is noise ("Beyoncé guitarist Bibi McGill")
    assert is_group(2, 3, False)
    assert is_group(3, 40, False)
    assert not is_group(3, 40, True)  # "singer Ozzy Osbourne" somewhere: a person
    from indexer.entities.group_cues import counts
    arts = [_article("a", "Eddie Van Halen guitarist? No: Van Halen have a new lineup.", ("Van Halen", "person"))]
    arts[0].mentions[0].value = "Eddie Van Halen"  # a shorter form linked to a person says nothing of the person
    assert counts(arts)["Eddie Van Halen"] == 0


# --- one list of legal forms (legal_forms) --------------------------------------------------------------------------

def test_every_firm_pass_reads_one_list_of_legal_forms():
    from indexer.entities import one_facet, org_owners, org_variants
    from indexer.entities.legal_forms import GROUP_WORDS, LEGAL_FORMS, TRAILING
    assert org_variants._LEGAL is TRAILING
    assert one_facet._LEGAL_WORDS >= LEGAL_FORMS | GROUP_WORDS
    for name, bare in (("Chrysler Corp", "Chrysler"), ("British Petroleum Co Plc", "British Petroleum"),
                       ("Philips N.V.", "Philips"), ("Bear Stearns Cos", "Bear Stearns"), ("Sime Darby Bhd", "Sime Darby")):
        assert TRAILING.sub("", name) == bare
    assert TRAILING.sub("", "Abba") == "Abba"
    # an owner's legal form or group word as a wire writes it, capitalised; a lower-case "group" is anybody's
    for owner in ("Alphabet Inc", "Comcast Corp.", "Tata Group", "Volkswagen AG", "Sime Darby Bhd"):
        assert org_owners._LEGAL_FORM.search(owner), owner
    assert not org_owners._LEGAL_FORM.search("the rebel group")


@pytest.mark.parametrize("name, kind", [("Merck KGaA", "org"), ("Nokia Oyj", "org"), ("Hovid Bhd", "org"),
                                        ("Lee Ji Se", "person"), ("Maria Sa", "person")])
def test_a_name_closing_on_a_legal_form_is_a_firms_unless_the_form_is_a_syllable_of_names(name, kind):
    """Round 61: a health archive's "Merck KGaA" was a person of 3 articles (the model's PERSON stood)."""
    from tests.test_entities_units import tagged
    text = f"Shares of {name} rose after {name} said sales grew."
    art = tagged((text, [(name, "PERSON"), (name, "PERSON")]))
    assert {m.kind for m in art.mentions} == {kind}


# --- a capital among other places abroad stays the capital (archive) ------------------------------------------------

def _us_paper(n: int) -> list:
    from tests.test_entities_archive_classes import _us_paper as paper  # (a US paper's short items: home is the US)
    return paper(n)


def _tour(aid: str):
    from tests.test_entities_units import tagged
    art = tagged(("The tour plays Milan, Italy, then Vienna, and ends in Rosemont, Illinois.",
                  [("Milan", "GPE"), ("Italy", "GPE"), ("Vienna", "GPE"), ("Rosemont", "GPE"), ("Illinois", "GPE")]),
                 aid=aid)
    art.source = "The Daily Courier"
    return art


def _place(art, text):
    return next(m for m in art.mentions if m.text == text and m.kind == "place")


def test_a_capital_named_among_other_places_abroad_stays_abroad_whatever_home_region_the_article_names(monkeypatch):
    from indexer.entities import link_people
    tour = _tour("t")
    link_people(_us_paper(8) + [tour])
    assert _place(tour, "Vienna").country == "Austria"
    monkeypatch.setenv("NEWSFACET_ABROAD_ELSEWHERE", "0")
    tour = _tour("t")
    link_people(_us_paper(8) + [tour])
    assert (_place(tour, "Vienna").region, _place(tour, "Vienna").country) == ("Illinois", "United States")


def test_a_capitals_name_alone_beside_a_home_region_still_comes_home():
    """"Moscow" in a story naming Idaho and nothing abroad is Moscow, Idaho (round 3's reading, kept)."""
    from indexer.entities import link_people
    from tests.test_entities_units import tagged
    item = tagged(("Police in Moscow said the students of Idaho died.", [("Moscow", "GPE"), ("Idaho", "GPE")]), aid="x")
    item.source = "The Daily Courier"
    link_people(_us_paper(8) + [item])
    assert (_place(item, "Moscow").region, _place(item, "Moscow").country) == ("Idaho", "United States")


# --- the other marks that name a story's staff (extract/credit_line, entities/credit_lines) -------------------------


@pytest.mark.parametrize("text, roles", [
    ("Write to Ron Winslow at ron.winslow@wsj.com", [("written", "Ron Winslow")]),
    ("Write to Peter Loftus at peter.loftus@wsj.com and Shirley S. Wang at shirley.wang@wsj.com",
     [("written", "Peter Loftus"), ("written", "Shirley S. Wang")]),
    ("A view of the campus in Linden, New Jersey March 9, 2009. REUTERS/Jeff Zelevansky", [("photo", "Jeff Zelevansky")]),
    ("The logo is seen in Basel, Switzerland. REUTERS/Arnd Wiegmann/File Photo", [("photo", "Arnd Wiegmann")]),
    ("-- Thomas H. Maugh II / Los Angeles Times", [("written", "Thomas H. Maugh II")]),
    ("Spencer Platt/Getty Images", [("photo", "Spencer Platt")]),
    ("Photo: F. Martin Ramin/The Wall Street Journal, Styling by Anne Cardenas",
     [("photo", "F. Martin Ramin"), ("photo", "Anne Cardenas")]),
])
def test_a_sign_off_a_photo_credit_and_a_pictures_maker_name_the_staff(text, roles):
    from indexer.extract.credit_line import credits, reporters
    assert [(r, text[a:b]) for c in credits(text) for r, a, b in c.roles] == roles
    assert reporters(text) == [name for role, name in roles if role == "written"]  # the author facet's


@pytest.mark.parametrize("text", ["a photo by Annie Leibovitz shows the singer", "REUTERS/NIH/Handout",
                                  "Yangtzekiang Garment / YGM Trading",  # (a dev heading: two firms, no sign-off)
                                  "The vote split 3/4, Smith/Jones said", "Write to your MP about it."])
def test_prose_and_a_bodys_credit_are_no_staff_mark(text):
    from indexer.extract.credit_line import credits
    assert credits(text) == ()


def test_a_staff_marks_name_stays_a_mention_out_of_the_person_facet():
    from tests.test_entities_units import tagged
    text = "Write to Ron Winslow at ron.winslow@wsj.com"
    art = tagged((text, [("Ron Winslow", "PERSON")]))
    assert [(m.text, m.kind, m.label) for m in art.mentions] == [("Ron Winslow", "person", "NOFACET")]


@pytest.mark.parametrize("line, names", [("By Thomas H. Maugh II", "Thomas H. Maugh II"),
                                         ("By J.K. Rowling", "J.K. Rowling"), ("By Ron Winslow.", "Ron Winslow"),
                                         ("By the time he arrived, it was over.", None), ("By 2020, the U.S. will", None)])
def test_a_byline_may_hold_an_initials_period(line, names):
    """Round 61: "By Thomas H. Maugh II" was no byline, its initial's period read as a sentence's end."""
    from indexer.extract.lines import parse_byline
    assert parse_byline(line) == names


# --- a newsletter form's country menu (boilerplate) -----------------------------------------------------------------

_MENU = ("Get The Brief. Sign up to receive the top stories you need to know right now. Choose your country "
         "Afghanistan Albania Cuba Monaco Aruba")


def _menu_archive() -> list[Article]:
    from search.model import Mention
    arts = []
    for i in range(6):
        story = f"Story {i} tells of a new trial of a drug number {i} in patients, unlike any other before it."
        if i == 0:
            story += " It ran in Cuba."
        paras = [Paragraph(0, story), Paragraph(1, _MENU)]
        mentions = [Mention(1, _MENU.index(c), _MENU.index(c) + len(c), c, "place", c, country=c, label="GPE")
                    for c in ("Afghanistan", "Cuba", "Monaco")]
        if i == 0:
            mentions.append(Mention(0, story.index("Cuba"), story.index("Cuba") + 4, "Cuba", "place", "Cuba",
                                    country="Cuba", label="GPE"))
        arts.append(Article(id=f"a{i}", title="t", paragraphs=paras, mentions=mentions))
    arts.append(Article(id="b", title="t", paragraphs=[Paragraph(0, "Talks in Monaco and Afghanistan went on.")],
                        mentions=[Mention(0, 9, 15, "Monaco", "place", "Monaco", country="Monaco", label="GPE"),
                                  Mention(0, 20, 31, "Afghanistan", "place", "Afghanistan", country="Afghanistan",
                                          label="GPE")]))
    return arts


def test_a_furniture_paragraphs_places_leave_the_stories_that_name_them_nowhere_else(monkeypatch):
    from indexer.entities.boilerplate import drop_furniture_mentions
    arts = _menu_archive()
    drop_furniture_mentions(arts)
    assert set(arts[0].entity_values("place")) == {"Cuba"}  # its story's own Cuba stays
    assert all(not a.entity_values("place") for a in arts[1:6])
    assert set(arts[6].entity_values("place")) == {"Monaco", "Afghanistan"}
    monkeypatch.setenv("NEWSFACET_FURNITURE_PLACES", "0")
    arts = _menu_archive()
    drop_furniture_mentions(arts)  # (the archive names every country elsewhere: all stay, as before)
    assert all(set(a.entity_values("place")) >= {"Afghanistan", "Monaco"} for a in arts[:6])


# --- a town named for a country, its region written after it (places, town_qualifiers) ----------------------------

def test_a_countrys_name_with_a_region_after_it_is_that_regions_town(monkeypatch):
    from indexer.entities import places
    from indexer.entities.evidence import region_abbreviated
    found = places.candidates("Lebanon")
    res = places.resolve("Lebanon", found, "New Hampshire", set(), explicit=True, alone=True, short_region=True)
    assert (res.regions, res.country) == (("New Hampshire",), "United States")
    assert region_abbreviated(", N.H. Still, one study", "New Hampshire")
    # a region by its own name is most often a list's next item ("Guam, Hawaii, or parts of Alaska": held-out)
    assert not region_abbreviated(", Hawaii, or parts of Alaska", "Hawaii")
    assert places.resolve("Lebanon", found, "New Hampshire", set(), explicit=True, alone=True).country == "Lebanon"
    assert places.resolve("Lebanon", found, "New Hampshire", set(), explicit=True, alone=False,
                          short_region=True).country == "Lebanon"
    # nor a country before a region that is a country's name too ("El Salvador, Guatemala": a department as well)
    salvador = places.resolve("El Salvador", places.candidates("El Salvador"), "Guatemala", set(), explicit=True,
                              alone=True, short_region=True)
    assert salvador.country == "El Salvador"
    monkeypatch.setenv("NEWSFACET_TOWN_COUNTRY_NAMES", "0")
    assert places.resolve("Lebanon", found, "New Hampshire", set(), explicit=True, alone=True,
                          short_region=True).country == "Lebanon"


# --- a university by the name before its "University" (org_variant_shapes) ----------------------------------------

def test_a_university_called_by_its_first_name_is_that_university(monkeypatch):
    from indexer.entities.org_variants import _short_of
    assert _short_of("Harvard", "Harvard University")
    assert _short_of("Johns Hopkins", "Johns Hopkins University")
    assert not _short_of("Boston", "Boston University")  # a town's name too: the town's team, its council ...
    assert not _short_of("Harvard", "Harvard Medical School")
    monkeypatch.setenv("NEWSFACET_UNIVERSITY_FIRST", "0")
    assert not _short_of("Harvard", "Harvard University")


def test_a_town_with_its_country_written_after_it_stays_in_that_country(monkeypatch):
    """A health archive's "Erasmus Medical Center in Rotterdam, the Netherlands" went home to Rotterdam, New York."""
    from indexer.entities import link_people
    from indexer.entities.evidence import comma_country
    from tests.test_entities_units import tagged
    assert comma_country(", the Netherlands, said so", "Rotterdam") == "NL"

    def story():
        art = tagged(("A researcher at Erasmus Medical Center in Rotterdam, the Netherlands, said doctors in Albany, "
                      "N.Y. agreed.", [("Rotterdam", "GPE"), ("Netherlands", "GPE"), ("Albany", "GPE"), ("N.Y.", "GPE")]),
                     aid="x")
        art.source = "The Daily Courier"
        return art
    item = story()
    link_people(_us_paper(8) + [item])
    assert _place(item, "Rotterdam").country == "Netherlands"
    monkeypatch.setenv("NEWSFACET_COMMA_COUNTRY_STAYS", "0")
    monkeypatch.setenv("NEWSFACET_ABROAD_ELSEWHERE", "0")
    item = story()
    link_people(_us_paper(8) + [item])
    assert _place(item, "Rotterdam").country == "United States"  # (the home region the story names decided)
