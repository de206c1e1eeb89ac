"""Round 62 (issue 11): what two more fresh archives, and one left from round 61's health archive, showed.

Each test runs the one pass or rule that round 62 changed on text or mentions built here, then the same with the
rule's switch off, so the old reading stays one variable away."""
from __future__ import annotations


def test_a_country_written_after_a_town_beats_a_region_of_its_name_elsewhere(monkeypatch):
    from indexer.entities import places

    found = places.candidates("Bari")  # a region of Somalia and a city of Italy share the name
    assert {p.kind for p in found} >= {"region", "city"}
    res = places.resolve("Bari", found, None, set(), owner="IT")
    assert (res.country, res.regions) == ("Italy", ("Apulia",))
    monkeypatch.setenv("NEWSFACET_OWNER_OVER_REGIONS", "0")
    assert places.resolve("Bari", found, None, set(), owner="IT").country == "Somalia"


def test_a_country_by_its_own_name_is_never_a_town_of_the_country_written_after_it():
    from indexer.entities import places

    found = places.candidates("Venezuela")  # also a town of Cuba
    res = places.resolve("Venezuela", found, None, set(), owner="CU")
    assert res.country == "Venezuela"


# --- a cricket report's national sides (side_cues, namesakes.national_teams) --------------------------------------

_CRICKET = [
    "Australia 129 for 4 (Finch 39, Tahir 2-21) beat South Africa 128 for 7 (De Kock 41, Starc 2-16) by six wickets",
    "Australia's bowlers set up the win in Centurion, restricting South Africa to a below-par total.",
    "Their batsmen chased it down in 15 overs to reach the World T20 in Bangladesh with the series won.",
    "Australia drew first blood when Starc trapped Amla leg before, and by then Australia needed 26 runs.",
    "It was the sixth-highest total in Twenty20 matches in Australia.",
]


def _cricket_article():
    from search.model import Article, Mention, Paragraph

    ms = []
    for n, para in enumerate(_CRICKET):
        for name in ("Australia", "South Africa", "Bangladesh"):
            at = para.find(name)
            while at >= 0:
                ms.append(Mention(n, at, at + len(name), name, "place", name, label="GPE", country=name))
                at = para.find(name, at + 1)
    return Article(id="c", title="t", paragraphs=[Paragraph(i, p) for i, p in enumerate(_CRICKET)], mentions=ms)


def test_a_cricket_reports_own_words_make_it_a_sports_report_and_its_countries_sides(monkeypatch):
    from indexer.entities import namesakes, side_cues

    art = _cricket_article()
    assert namesakes.sport_words(art) < namesakes.SPORT_WORDS <= side_cues.sport_words(art)
    namesakes.national_teams(art, art.mentions)
    kept = [(m.paragraph, m.text) for m in art.mentions if m.country]
    # every side's mention leaves the country facet but the places the sentences put things in
    assert kept == [(2, "Bangladesh"), (4, "Australia")]
    monkeypatch.setenv("NEWSFACET_SIDE_SPORT_WORDS", "0")
    monkeypatch.setenv("NEWSFACET_CRICKET_SIDES", "0")
    art = _cricket_article()
    namesakes.national_teams(art, art.mentions)
    assert len([m for m in art.mentions if m.country]) > 2


def test_a_cricket_total_after_a_name_is_a_scorecard_line_and_other_numbers_are_not():
    from indexer.entities.side_cues import score_cue

    class At:
        def __init__(self, para: str, name: str):
            self.start = para.index(name)
            self.end = self.start + len(name)

    for line in ("Australia 4 for 551 dec beat Sri Lanka 211 and 300 (Silva 43, Lee 4-86)",
                 "Australia 141 for 7 (M Hussey 47*, Smith 27) beat Bangladesh",
                 "England 287/7 (50 ov) lost to India", "Pakistan 211 and 300 (Silva 43) lost to Australia"):
        assert score_cue(line, At(line, line.split()[0])), line
    for line in ("Australia 25 (2013) is a film", "Sales in Australia 20 (percent) rose",
                 "the population of Australia 25 million (2020)"):
        assert not score_cue(line, At(line, "Australia")), line


def test_one_stray_side_word_does_not_make_a_politics_story_a_sports_report():
    from indexer.entities import namesakes, side_cues
    from search.model import Article, Paragraph

    paras = ["The Prime Minister stepped up to a government podium to speak of tennis, the league and the club.",
             "He said he would not stay on to bat for the overs of another term."]
    art = Article(id="p", title="t", paragraphs=[Paragraph(i, p) for i, p in enumerate(paras)], mentions=[])
    assert side_cues.sport_words(art) == namesakes.sport_words(art) == 3


# --- a person written with initials the model read as an organisation (initialled_names) ---------------------------

def _story(aid: str, text: str, *names: tuple[str, str]):
    from tests.test_entities_r61 import _article  # one paragraph, a mention per (name, kind)

    return _article(aid, text, *names)


def test_initials_and_a_surname_the_stories_write_alone_as_a_person_are_that_person(monkeypatch):
    from indexer.entities.initialled_names import refile_initialled_names

    def archive():
        return [
            _story("a", "JP Duminy made 40 before Duminy was bowled.", ("JP Duminy", "org"), ("Duminy", "person")),
            _story("b", "JP Duminy took two wickets and Duminy said it was his best day.", ("JP Duminy", "org"),
                   ("Duminy", "person")),
            _story("c", "A late flurry from JP Duminy sealed it.", ("JP Duminy", "org")),
            # a bank's stories never write "Morgan" alone as somebody
            _story("d", "JP Morgan raised its forecast for the year.", ("JP Morgan", "org")),
            _story("e", "Analysts at JP Morgan cut the target.", ("JP Morgan", "org")),
            # capitals the archive writes alone as a body: no initials
            _story("f", "UC Davis said Davis would speak. UC staff agreed.", ("UC Davis", "org"), ("Davis", "person"),
                   ("UC", "org")),
        ]
    arts = archive()
    assert refile_initialled_names(arts) == 3
    kinds = {(m.value, m.kind) for a in arts for m in a.mentions if m.value in ("JP Duminy", "JP Morgan", "UC Davis")}
    assert kinds == {("JP Duminy", "person"), ("JP Morgan", "org"), ("UC Davis", "org")}
    monkeypatch.setenv("NEWSFACET_INITIALLED_NAMES", "0")
    assert refile_initialled_names(archive()) == 0


def test_initials_before_an_english_word_are_a_body_whatever_its_sentences_say():
    from indexer.entities.initialled_names import refile_initialled_names

    arts = [_story(x, "GW Pharma and Sarah Jones said the trial was over.", ("GW Pharma", "org"),
                   ("Sarah Jones", "person")) for x in "ab"]
    assert refile_initialled_names(arts) == 0


# --- a small town the gazetteer holds only in another state (evidence.comma_state) ---------------------------------

def test_a_small_town_written_with_its_state_lies_there_though_the_gazetteer_knows_it_elsewhere(monkeypatch):
    from indexer.entities import evidence, places

    assert {p.region for p in places.candidates("Hanford")} == {"California"}
    assert [p.region for p in evidence.comma_state("Washington", ", site were evacuated.", "Hanford")] == ["Washington"]
    # a list going on after the region is a list of towns, no town and its state
    for after in (", Tauranga and Napier", " and the new route", ", and Gweru"):
        assert evidence.comma_state("Washington", after, "Hanford") == []
    # a big city elsewhere is that city: "Boston, Washington" is two cities
    assert evidence.comma_state("Washington", ".", "Boston") == []
    monkeypatch.setenv("NEWSFACET_SMALL_TOWN_STATE", "0")
    assert evidence.comma_state("Washington", ", site were evacuated.", "Hanford") == []


# --- a league outlet's towns written alone for their clubs (club_towns._named_clubs) -------------------------------

def _league_outlet(town_text: str = "Denver"):
    from search.model import Article, Mention, Paragraph

    arts = []
    for i in range(12):
        paras = [f"The {town_text} Nuggets beat the Suns with 30 points, 12 rebounds and 9 assists in the NBA game.",
                 f"{town_text}'s bench was deep, and the coach said the team would fly home from a road trip to Phoenix.",
                 f"He was born in {town_text} and grew up there."]
        ms = [Mention(0, 4, 4 + len(town_text) + 8, f"{town_text} Nuggets", "org", f"{town_text} Nuggets", label="ORG"),
              Mention(1, 0, len(town_text), town_text, "place", town_text, region="Colorado", country="United States",
                      label="GPE"),
              Mention(2, 15, 15 + len(town_text), town_text, "place", town_text, region="Colorado",
                      country="United States", label="GPE")]
        arts.append(Article(id=f"n{i}", title="t", paragraphs=[Paragraph(j, p) for j, p in enumerate(paras)],
                            mentions=ms, source="NBA.com"))
    return arts


def test_a_league_outlets_town_that_opens_one_clubs_name_is_that_club_unless_placed(monkeypatch):
    from indexer.entities.club_towns import refile_club_towns

    arts = _league_outlet()
    refile_club_towns(arts)
    got = {(m.paragraph, m.kind, m.value) for a in arts for m in a.mentions if m.text == "Denver"}
    assert got == {(1, "org", "Denver Nuggets"), (2, "place", "Denver")}
    monkeypatch.setenv("NEWSFACET_CLUB_TOWN_NAMES", "0")
    arts = _league_outlet()
    refile_club_towns(arts)
    assert {m.kind for a in arts for m in a.mentions if m.text == "Denver"} == {"place"}


def test_a_town_two_clubs_share_stays_a_place():
    from indexer.entities.club_towns import refile_club_towns
    from search.model import Mention

    arts = _league_outlet()
    for a in arts[:4]:  # a second club of the town, in four of the stories
        a.mentions.append(Mention(0, 0, 0, "Denver Broncos", "org", "Denver Broncos", label="ORG"))
    refile_club_towns(arts)
    assert {m.kind for a in arts for m in a.mentions if m.text == "Denver"} == {"place"}


# --- a state university system's campus named by its town (org_campuses) -------------------------------------------

def test_a_systems_name_and_a_town_of_its_state_are_one_campus_name(monkeypatch):
    from indexer.entities.org_campuses import campus_name, join_campuses
    from indexer.nlp import NerSpan

    assert campus_name("the University of California, Davis") and campus_name("University of Texas at Austin")
    assert campus_name("California State University, Fullerton")
    assert not campus_name("University of Oxford, England")  # England is no town of a state called Oxford
    assert not campus_name("University of California, Austin")  # Austin lies in Texas
    text = "A team at the University of California, Berkeley, found it."
    spans = [NerSpan(10, 39, "ORG", "the University of California,"), NerSpan(40, 48, "GPE", "Berkeley")]
    assert [s.text for s in join_campuses(text, spans)] == ["the University of California, Berkeley"]
    text = "Students at the University of California, Davis and Stanford protested."
    spans = [NerSpan(12, 40, "ORG", "the University of California"), NerSpan(42, 47, "PERSON", "Davis")]
    assert [s.text for s in join_campuses(text, spans)] == ["the University of California, Davis"]
    monkeypatch.setenv("NEWSFACET_CAMPUS_NAMES", "0")
    assert len(join_campuses(text, spans)) == 2


def test_a_system_the_archive_writes_with_one_town_only_keeps_its_own_name():
    from indexer.entities.org_campuses import settle_campuses

    arts = [_story("a", "The University of Iowa, Iowa City, led it.", ("University of Iowa, Iowa City", "org")),
            _story("b", "At the University of California, Davis and the University of California, Irvine.",
                   ("University of California, Davis", "org"), ("University of California, Irvine", "org")),
            # "at" writes a university's own name, not its seat
            _story("c", "He taught at the University of Louisiana at Monroe.",
                   ("University of Louisiana at Monroe", "org")),
            # the campus written short by the system's initials is the campus the archive names in full
            _story("d", "A UC Davis study agreed.", ("UC Davis", "org"))]
    assert settle_campuses(arts) == 2
    assert [m.value for a in arts for m in a.mentions] == [
        "University of Iowa", "University of California, Davis", "University of California, Irvine",
        "University of Louisiana at Monroe", "University of California, Davis"]


def test_a_clubs_town_the_model_read_as_a_body_joins_the_clubs_full_name():
    from indexer.entities.club_towns import refile_club_towns
    from search.model import Mention

    arts = _league_outlet()
    text = arts[0].paragraphs[1].text
    arts[0].mentions[1] = Mention(1, 0, 6, "Denver", "org", "Denver", label="ORG")  # "Denver's bench" tagged ORG
    assert text.startswith("Denver")
    refile_club_towns(arts)
    assert arts[0].mentions[1].value == "Denver Nuggets"


def test_a_clubs_town_written_as_a_town_stays_the_town():
    from indexer.entities.club_towns import _town_use

    class At:
        def __init__(self, para: str, name: str):
            self.start, self.text = para.index(name), name
            self.end = self.start + len(name)

    for para in ("The Denver native scored 20.", "Northwest – Denver, Colo. is next.", "Denver police said",
                 "life in the Denver bubble"):
        assert _town_use(para, At(para, "Denver")), para
    for para in ("Denver beat Miami 110-99.", "Denver's bench was deep."):
        assert not _town_use(para, At(para, "Denver")), para
