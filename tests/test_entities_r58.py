"""Round 58 (issue 11): a football outlet's club by its town alone is the archive's one full name of that club.
Hand-made mentions at the pass; the sport-word count of each article is set by the test."""
from __future__ import annotations

import pytest

from indexer.entities.club_full_names import merge_club_full_names
from indexer.entities.org_variant_shapes import _team_by_town
from search.model import NO_FACET, Article, Mention, Paragraph


def _article(aid: str, text: str, names: list[tuple[str, str]]) -> Article:
    mentions = []
    for name, label in names:
        start = text.index(name)
        mentions.append(Mention(0, start, start + len(name), name, "org", name, label=label))
    return Article(id=aid, title="t", paragraphs=[Paragraph(0, text)], mentions=mentions)


def _archive(full: str = "Newcastle United", reports_naming_full: int = 2) -> list[Article]:
    """Reports naming ``full`` as a body, then one naming the town's word alone twice (once gated out)."""
    arts = [_article(f"f{i}", f"{full} have signed a striker.", [(full, "ORG")]) for i in range(reports_naming_full)]
    text = "Newcastle made a bid on Monday, and Newcastle want a winger."
    town = _article("t", text, [("Newcastle", "GPE")])
    second = text.index("Newcastle", 1)
    town.mentions.append(Mention(0, second, second + 9, "Newcastle", "org", "Newcastle", label=NO_FACET))
    return arts + [town]


@pytest.fixture
def sports(monkeypatch):
    """Every article a sports report, but those whose id starts with "n" (news)."""
    monkeypatch.setattr("indexer.entities.namesakes.sport_words", lambda a: 1 if a.id.startswith("n") else 6)


def test_a_reports_town_word_is_the_archives_one_full_club_name_and_back_in_the_facet(sports):
    arts = _archive()
    assert merge_club_full_names(arts) == 2
    assert [(m.value, m.label) for m in arts[-1].mentions] == [("Newcastle United", "GPE"), ("Newcastle United", "ORG")]


def test_two_clubs_of_one_town_leave_the_word(sports):
    arts = _archive() + [_article(f"r{i}", "Newcastle Rovers lost again.", [("Newcastle Rovers", "ORG")])
                         for i in range(2)]
    assert merge_club_full_names(arts) == 0
    assert [m.value for m in arts[2].mentions] == ["Newcastle", "Newcastle"]


def test_a_full_name_one_report_names_or_no_report_names_stands_for_nothing(sports):
    assert merge_club_full_names(_archive(reports_naming_full=1)) == 0
    arts = _archive()
    for a in arts[:2]:
        a.id = "n" + a.id  # the full name in news items only ("Newcastle Public Schools" is no sports report's)
    assert merge_club_full_names(arts) == 0


def test_a_news_items_town_word_is_left(sports):
    arts = _archive()
    arts[-1].id = "n1"
    assert merge_club_full_names(arts) == 0 and arts[-1].mentions[0].value == "Newcastle"


@pytest.mark.parametrize("after, changed", [
    (" Wednesday were relegated.", False),  # another club's name cut: "[Newcastle] Wednesday"
    (" United defender Dan Burn stayed.", True),  # the full name cut: that club
    (" want a winger.", True),
])
def test_a_name_going_on_after_the_word_is_another_clubs(sports, after, changed):
    arts = _archive()[:2] + [_article("t", "Newcastle" + after, [("Newcastle", "ORG")])]
    assert merge_club_full_names(arts) == int(changed)


def test_club_full_names_switch_leaves_them(sports, monkeypatch):
    monkeypatch.setenv("NEWSFACET_CLUB_FULL_NAMES", "0")
    arts = _archive()
    assert merge_club_full_names(arts) == 0 and arts[-1].mentions[1].label == NO_FACET


@pytest.mark.parametrize("town, full, team", [
    ("Ipswich", "Ipswich Town", True), ("Plymouth", "Plymouth Argyle", True), ("Sheffield", "Sheffield Wednesday", True),
    ("Newcastle", "Newcastle United", True), ("Cape", "Cape Town", False),  # no town called "Cape"
    ("Boston", "Boston Globe", False),  # a paper, no side's word
])
def test_british_clubs_words_after_a_town_make_a_team(town, full, team):
    assert _team_by_town(town.split(), full.split()) is team


@pytest.mark.parametrize("name, competition", [
    ("League One", True), ("League Two", True), ("Nations League", True), ("Conference League", True),
    ("Championship", True), ("Premier League", False), ("English Football League", False),  # bodies too
])
def test_footballs_competitions_by_their_names_are_no_body(name, competition):
    from indexer.entities.one_facet import is_event

    assert is_event(name) is competition


def _tails_archive(sentences: list[str], name: str, also: list[tuple[str, str, str]] = ()) -> list[Article]:
    """One article per sentence, each with an org mention of ``name`` (and ``also``: (text, kind, label) mentions)."""
    arts = []
    for i, text in enumerate(sentences):
        start = text.index(name)
        mentions = [Mention(0, start, start + len(name), name, "org", name, label="ORG")]
        for other, kind, label in also:
            if other in text:
                at = text.index(other)
                mentions.append(Mention(0, at, at + len(other), other, kind, other, label=label))
        arts.append(Article(id=f"a{i}", title="t", paragraphs=[Paragraph(0, text)], mentions=mentions))
    return arts


_CUSTOMS = ["Agents of Customs and Border Protection seized the flowers.",
            "Customs and Border Protection officials deployed a laser.",
            "The report was sent to Customs and Border Protection on Friday."]


def test_a_name_the_archive_always_writes_on_through_its_and_runs_on():
    from indexer.entities.org_and_tails import extend_cut_names

    arts = _tails_archive(_CUSTOMS, "Customs")
    assert extend_cut_names(arts) == 3
    assert {(m.text, m.value) for a in arts for m in a.mentions} == \
        {("Customs and Border Protection", "Customs and Border Protection")}


def test_a_name_going_on_differently_or_seldom_or_into_a_name_of_its_own_stays():
    from indexer.entities.org_and_tails import extend_cut_names

    mixed = _CUSTOMS[:2] + ["Customs officials said nothing.", "Customs seized it."]  # 2 of 4 go on
    assert extend_cut_names(_tails_archive(mixed, "Customs")) == 0
    assert extend_cut_names(_tails_archive(_CUSTOMS[:2], "Customs")) == 0  # two mentions only
    firms = ["Offers came from Dresser Industries and Ingersoll Rand on Monday.",
             "Dresser Industries and Ingersoll Rand bid again.", "Dresser Industries and Ingersoll Rand won."]
    tagged = _tails_archive(firms, "Dresser Industries", also=[("Ingersoll Rand", "org", "ORG")])
    assert extend_cut_names(tagged) == 0  # the model named the second firm: two bodies


def test_org_and_tails_switch_leaves_the_half(monkeypatch):
    from indexer.entities.org_and_tails import extend_cut_names

    monkeypatch.setenv("NEWSFACET_ORG_AND_TAILS", "0")
    assert extend_cut_names(_tails_archive(_CUSTOMS, "Customs")) == 0


def test_a_span_whose_second_half_the_archive_writes_only_after_an_and_is_one_body():
    from indexer.entities.org_and_tails import written_alone
    from indexer.entities.org_words import _two_in_one

    arts = _tails_archive(["Customs and Border Protection seized it.", "They met Customs and Border Protection."],
                          "Customs", also=[("Border Protection", "org", "ORG")])
    alone = written_alone(arts)
    assert alone == {"Customs"}  # "Border Protection" only ever after an "and"
    assert not _two_in_one("Customs and Border Protection", alone)
    assert _two_in_one("Customs and Border Protection", alone | {"Border Protection"})  # written alone: two bodies


@pytest.mark.parametrize("after, cued", [
    (" agents arrested him on Monday.", True), (" officers stopped the car.", True),
    (" personnel were moved.", True), (" arrested him on Monday.", False),
])
def test_an_agencys_people_after_a_name_are_evidence_of_a_body(after, cued):
    from indexer.entities.org_evidence import _cued

    name = "Immigration and Customs Enforcement"
    assert _cued(name + after, 0, len(name)) is cued
    assert not _cued("RL" + after, 0, 2)  # a technique's capitals: "RL agents", "AI agents"


@pytest.mark.parametrize("short, long, of, paired", [
    ("DOJ", "Justice Department", "1", True),  # "Department of Justice" with its "O"
    ("DOJ", "Department of Justice", "1", True),
    ("BOE", "Bank of England", "1", True),
    ("USDA", "US Agriculture Department", "1", True),  # as before
    ("DOJ", "Justice Department", "0", False),  # the switch: no "O"
    ("DOJ", "Department of Jobs and Transport", "1", False),
])
def test_an_acronym_may_keep_the_o_of_its_names_of(monkeypatch, short, long, of, paired):
    from indexer.entities.org_variants import _short_of

    monkeypatch.setenv("NEWSFACET_OF_INITIALS", of)
    assert _short_of(short, long) is paired


@pytest.mark.parametrize("text, name, gated", [
    ("Snow fell at Ronald Reagan Washington National Airport on Friday.", "Ronald Reagan", True),
    ("He founded the Jane Goodall Institute in 1977.", "Jane Goodall", True),
    ("Protesters gathered near Trump Tower in New York.", "Trump", True),
    ("The Magnitsky Act targets abusers.", "Magnitsky", True),
    ("Brando's Academy Award revived his career.", "Brando", False),  # the person's own
    ("Watson of the Tax Foundation says so.", "Watson", False),  # a connective
    ("Chelsea's John Terry and Wayne Bridge are out.", "John Terry", False),
    ("Reagan said the airport would stay open.", "Reagan", False),
    ("Biden Signs New Infrastructure Act Into Law", "Biden", False),  # a heading in title case
])
def test_a_name_opening_a_things_name_is_no_mention_of_the_person(text, name, gated):
    from indexer.entities.person_facilities import gate_named_facilities

    start = text.index(name)
    m = Mention(0, start, start + len(name), name, "person", name, label="PERSON")
    arts = [Article(id="a", title="t", paragraphs=[Paragraph(0, text)], mentions=[m])]
    assert gate_named_facilities(arts) == int(gated)
    assert (m.label == NO_FACET) is gated


def test_named_facilities_switch_leaves_the_person(monkeypatch):
    from indexer.entities.person_facilities import gate_named_facilities

    monkeypatch.setenv("NEWSFACET_NAMED_FACILITIES", "0")
    text = "Snow fell at Ronald Reagan Washington National Airport."
    m = Mention(0, 13, 26, "Ronald Reagan", "person", "Ronald Reagan", label="PERSON")
    assert gate_named_facilities([Article(id="a", title="t", paragraphs=[Paragraph(0, text)], mentions=[m])]) == 0


def _acronym_archive(definition: str, uses: list[str], long: str = "Football Association") -> list[Article]:
    """An article defining ``long`` with an acronym in brackets, then one article per use, untagged."""
    start = definition.index(long)
    defining = Article(id="d", title="t", paragraphs=[Paragraph(0, definition)],
                       mentions=[Mention(0, start, start + len(long), long, "org", long, label="ORG")])
    return [defining] + [Article(id=f"u{i}", title="t", paragraphs=[Paragraph(0, u)], mentions=[])
                         for i, u in enumerate(uses)]


def test_an_acronym_defined_after_a_bodys_name_is_that_body_wherever_written():
    from indexer.entities.org_acronym_scan import scan_defined_acronyms

    arts = _acronym_archive("The Football Association (FA) fined the club.", ["The FA said so.", "FA rules apply."])
    arts += _acronym_archive("The Football Association (FA) met again.", [])  # a second definition: two letters
    assert scan_defined_acronyms(arts) == 4  # the two uses and the brackets' own letters
    assert [(m.text, m.kind, m.value, m.label) for m in arts[1].mentions] == [("FA", "org", "Football Association", "SCAN")]


@pytest.mark.parametrize("definition, uses, long", [
    ("The Football Association (FA) fined the club.", ["The FA said so."], "Football Association"),  # once: two letters
    ("The Reserve Bank of India (RBI) held rates; artificial intelligence (RBI) is no bank.", ["RBI said."],
     "Reserve Bank of India"),  # also defined after words in lower case
    ("The Reserve Bank of India (RBX) held rates.", ["RBX said."], "Reserve Bank of India"),  # no initials of it
])
def test_an_acronym_defined_once_twice_over_or_loosely_is_left(definition, uses, long):
    from indexer.entities.org_acronym_scan import scan_defined_acronyms

    arts = _acronym_archive(definition, uses, long)
    assert scan_defined_acronyms(arts) == 0 and not arts[1].mentions


def test_a_three_letter_acronym_needs_one_definition():
    from indexer.entities.org_acronym_scan import scan_defined_acronyms

    arts = _acronym_archive("The Reserve Bank of India (RBI) held rates.", ["RBI said.", "The RBI's rate."],
                            "Reserve Bank of India")
    assert scan_defined_acronyms(arts) == 3 and [m.text for a in arts[1:] for m in a.mentions] == ["RBI", "RBI"]


def test_acronym_scan_switch_adds_nothing(monkeypatch):
    from indexer.entities.org_acronym_scan import scan_defined_acronyms

    monkeypatch.setenv("NEWSFACET_ACRONYM_SCAN", "0")
    arts = _acronym_archive("The Reserve Bank of India (RBI) held rates.", ["RBI said."], "Reserve Bank of India")
    assert scan_defined_acronyms(arts) == 0


@pytest.mark.parametrize("text, names, changed", [
    ("Prices rose in London, Newcastle and the north-east.", [("London", "place"), ("Newcastle", "org")], False),
    ("The show runs at the Laing Art Gallery, Newcastle, until May.", [("Laing Art Gallery", "org"), ("Newcastle", "org")],
     False),
    ("He played for Arsenal, Newcastle and Burnley.", [("Arsenal", "org"), ("Newcastle", "org")], True),
])
def test_a_town_word_after_a_place_or_a_building_is_the_town(sports, text, names, changed):
    arts = _archive()[:2]
    mentions = []
    for name, kind in names:
        start = text.index(name)
        mentions.append(Mention(0, start, start + len(name), name, kind, name, label="GPE"))
    arts.append(Article(id="t", title="t", paragraphs=[Paragraph(0, text)], mentions=mentions))
    merge_club_full_names(arts)
    assert (arts[-1].mentions[-1].value == "Newcastle United") is changed


@pytest.mark.parametrize("of, spelt", [("1", True), ("0", False)])
def test_an_article_spelling_an_acronym_out_reads_the_of_initials(monkeypatch, of, spelt):
    from indexer.entities.org_variants import _spelt

    monkeypatch.setenv("NEWSFACET_OF_INITIALS", of)
    found: dict[str, str] = {}
    _spelt(found, "DOJ", "Department of Justice")
    assert (found == {"DOJ": "Department of Justice"}) is spelt


def test_a_franchise_by_its_nickname_stands_for_no_town_word(sports):
    arts = _archive("Newcastle Suns")  # a city's teams play in several leagues: its name alone is any of them
    assert merge_club_full_names(arts) == 0


@pytest.mark.parametrize("use, scanned", [
    ("The CPI said so.", True), ("The CPI (M) said so.", False), ("The CPI(M) leader spoke.", False),
    ("CPI PF rallied.", False), ("CPI PFs conference.", False), ("CPI Chairperson spoke.", True),
])
def test_an_acronym_with_another_name_going_on_after_it_is_not_scanned(use, scanned):
    from indexer.entities.org_acronym_scan import scan_defined_acronyms

    arts = _acronym_archive("The Communist Party of India (CPI) met.", [use], "Communist Party of India")
    scan_defined_acronyms(arts)
    assert bool(arts[1].mentions) is scanned


def test_an_acronym_also_defined_after_other_capitalised_words_is_left():
    from indexer.entities.org_acronym_scan import scan_defined_acronyms

    arts = _acronym_archive("Students of the School of Education (SOE) met.", ["The SOE rules apply."], "School of Education")
    arts[1].paragraphs[0] = Paragraph(0, "Under the Government's State of Emergency (SOE), the SOE rules apply.")
    assert scan_defined_acronyms(arts) == 0
    arts[1].paragraphs[0] = Paragraph(0, "The SOE rules apply.")
    assert scan_defined_acronyms(arts) == 2  # (the control, defined once for the school: its use and its brackets)


def test_an_acronym_defined_again_by_a_spelling_of_the_same_name_is_still_scanned():
    from indexer.entities.org_acronym_scan import scan_defined_acronyms

    arts = _acronym_archive("The School of Education (SOE) met.", ["The SOE rules apply."], "School of Education")
    arts[1].paragraphs[0] = Paragraph(0, "As the Education School (SOE) says, the SOE rules apply.")
    assert scan_defined_acronyms(arts) > 0  # a word in common: a spelling of the school's name, no other thing


def test_an_acronym_defined_by_a_gated_org_mention_of_another_thing_is_left():
    from indexer.entities.org_acronym_scan import scan_defined_acronyms

    arts = _acronym_archive("The School of Education (SOE) met.", ["The SOE rules apply."], "School of Education")
    text = "Under the State of Emergency (SOE), the SOE rules apply."
    gated = Mention(0, 10, 28, "State of Emergency", "org", "State of Emergency", label=NO_FACET)
    arts[1] = Article(id="u0", title="t", paragraphs=[Paragraph(0, text)], mentions=[gated])
    assert scan_defined_acronyms(arts) == 0
