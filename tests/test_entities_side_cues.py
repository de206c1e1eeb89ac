"""Round 18: national sides the country, region and place facets still counted (indexer/entities/side_cues.py),
on invented sentences with hand-made mentions. Each rule has a test that fails without it
(NEWSFACET_SIDE_CUES=0) and a test that the country or region itself is kept."""
from __future__ import annotations

import pytest

from indexer.entities.namesakes import national_teams
from search.model import NO_FACET, Article, Mention, Paragraph

_SPORT = "The striker scored a goal in the league match and the coach praised the squad at half-time."
_UK = ("England", "Scotland", "Wales")


@pytest.fixture(params=["1", "0"])
def switch(request, monkeypatch):
    monkeypatch.setenv("NEWSFACET_SIDE_CUES", request.param)
    return request.param == "1"


def _run(paras: list[str], names: list[tuple[int, str]]) -> list[Mention]:
    """national_teams over ``paras`` with a place mention of each (paragraph, name) (its n-th if repeated)."""
    ms, seen = [], {}
    for n, text in names:
        start = paras[n].index(text, seen.get((n, text), 0))
        seen[(n, text)] = start + 1
        region, country = (text, "United Kingdom") if text in _UK else (None, text)
        ms.append(Mention(n, start, start + len(text), text, "place", text, region=region, country=country,
                          label="GPE"))
    article = Article(id="a", title="t", paragraphs=[Paragraph(i, p) for i, p in enumerate(paras)], mentions=ms,
                      source="paper")
    national_teams(article, ms)
    return ms


def _countries(ms):
    return [m.country for m in ms]


def test_a_region_that_fields_a_side_gives_no_region_where_it_plays_but_stays_where_it_is_a_place(switch):
    paras = ["England won by five wickets after a victory over Scotland in Kolkata.", "Scotland bowled tightly.",
             "The captain flew back to Scotland on Sunday.", _SPORT]
    ms = _run(paras, [(0, "Scotland"), (1, "Scotland"), (2, "Scotland")])
    assert _countries(ms) == ([None, None, "United Kingdom"] if switch else ["United Kingdom"] * 3)
    assert [m.region for m in ms] == ([None, None, "Scotland"] if switch else ["Scotland"] * 3)
    assert ms[0].label == (NO_FACET if switch else "GPE")  # the mention stays (a place by the gold's convention)


def test_a_score_before_the_side_is_a_match_even_after_to_and_in_an_article_with_no_sport_words(switch):
    paras = ["Nepal have lost 7-0 to Kuwait in their away matches.", "The Warriors arrive after a 2-2 draw against Benin."]
    assert _countries(_run(paras, [(0, "Kuwait"), (1, "Benin")])) == ([None, None] if switch else ["Kuwait", "Benin"])
    # a player the country's name qualifies is the opponent, not its side
    paras = ["She went down 6-2 7-5 to France's Nathalie Dechy.", "He overcame Spain's Felix Mantilla.",
             "The Russian beat Germany's Rainer Schuettler in the tournament."]
    assert _countries(_run(paras, [(0, "France"), (1, "Spain"), (2, "Germany")])) == ["France", "Spain", "Germany"]
    # no score: the country itself
    paras = ["Nepal sent 7,000 workers to Kuwait and 600 to Benin last year."]
    assert _countries(_run(paras, [(0, "Kuwait"), (0, "Benin")])) == ["Kuwait", "Benin"]


def test_a_briefs_sentence_about_a_game_reads_the_words_before_the_country_as_a_sports_report_does(switch):
    paras = ["The Black Ferns open their World Cup campaign against Kazakhstan on August 1.",
             "Kazakhstan's president visits Wellington next month."]
    assert _countries(_run(paras, [(0, "Kazakhstan"), (1, "Kazakhstan")])) == (
        [None, "Kazakhstan"] if switch else ["Kazakhstan"] * 2)
    # a politics brief's sport words far from the name, and its "X face" restrictions, are no match
    paras = ["Fans from qualified nations like Senegal and Ivory Coast face restrictions, the football body said."]
    assert _countries(_run(paras, [(0, "Ivory Coast")])) == ["Ivory Coast"]


def test_an_epithet_between_the_contest_word_and_the_side_and_a_dated_list_of_opponents(switch):
    paras = ["Bangladesh will take on hosts Thailand in the cricket tournament on Monday."]  # a brief
    assert _countries(_run(paras, [(0, "Thailand")])) == ([None] if switch else ["Thailand"])
    paras = ["Nepal were to host Chinese Taipei on October 8, Australia on October 13 and Jordan on November 12.",
             _SPORT]
    assert _countries(_run(paras, [(0, "Jordan")])) == ([None] if switch else ["Jordan"])


def test_the_former_country_international_whatever_verb_follows(switch):
    paras = ["The former Croatia international espouses an aggressive style of play.", _SPORT]
    assert _countries(_run(paras, [(0, "Croatia")])) == ([None] if switch else ["Croatia"])


def test_a_brief_paragraph_using_the_country_as_a_side_uses_it_so_in_the_next_sentence_not_elsewhere(switch):
    paras = ["Jamaica beat Windward Islands by 186 runs. Jamaica batted first and scored 270 all out.",
             "Jamaica's prime minister opened the new stadium."]
    ms = _run(paras, [(0, "Jamaica"), (0, "Jamaica"), (1, "Jamaica")])
    assert _countries(ms) == ([None, None, "Jamaica"] if switch else ["Jamaica"] * 3)


def test_a_later_name_of_a_list_opened_by_a_places_preposition_is_a_place(switch):
    paras = ["England beat Wales 2-1 in the qualifier.", "Reports in France and England are suggesting a move.",
             _SPORT]
    ms = _run(paras, [(0, "England"), (1, "England")])
    assert _countries(ms) == ([None, "United Kingdom"] if switch else ["United Kingdom"] * 2)


def test_the_articles_first_name_is_a_side_by_its_own_cue_only(switch):
    paras = ["Ireland's captain Lorcan Tucker plays a shot during the match.", _SPORT]
    assert _countries(_run(paras, [(0, "Ireland")])) == ([None] if switch else ["Ireland"])
    paras = ["Ireland has a new government.", _SPORT]
    assert _countries(_run(paras, [(0, "Ireland")])) == ["Ireland"]


def test_sport_words_count_within_the_mentions_window_of_its_paragraph_only():
    """sport_near reads the words within NEAR characters of the mention, found once per paragraph: a game's
    word nearby counts, one a long paragraph's far end holds does not, and a word the window would cut
    ("tournaments" cut to "tournament") is the word it is, not the shorter one."""
    from types import SimpleNamespace

    from indexer.entities.side_cues import NEAR, sport_near

    def at(para, name):
        start = para.index(name)
        return SimpleNamespace(start=start, end=start + len(name))

    near = "Fiji beat Samoa in the rugby final on Saturday."
    assert sport_near(near, at(near, "Samoa"))
    far = "Samoa signed the trade deal. " + "x" * NEAR + " The rugby final was on Saturday."
    assert not sport_near(far, at(far, "Samoa"))
    filler = "y" * (NEAR - len(" tournament"))  # "tournament" ends where the window does, its "s" after
    cut = "Samoa" + filler + " tournaments are held there."
    assert "tournament" in cut[:at(cut, "Samoa").end + NEAR] and not sport_near(cut, at(cut, "Samoa"))
    assert sport_near(cut.replace("tournaments", "tournament."), at(cut, "Samoa"))
