"""Round 42 of issue 11: a surname's link to the article's full name is one inference, counted once per name, not a
strong person cue at every mention (one_facet._votes / settle_article); and a politician's supporters and fans are
no cue of a body."""
from __future__ import annotations

from tests.test_entities_units import linked, tagged, values

_VILLA = ("Aston Villa boss David O'Leary signed a new contract on Thursday. Villa chairman Doug Ellis said he was "
          "happy. \"Someone has to put Aston Villa back where they belong,\" he told Villa's website. Mellberg "
          "spoke of his dislike of Villa's rivals.",
          [("Aston Villa", "PERSON"), ("David O'Leary", "PERSON"), ("Villa", "ORG"), ("Doug Ellis", "PERSON"),
           ("Aston Villa", "PERSON"), ("Villa", "ORG"), ("Villa", "ORG")])


def test_a_club_the_model_read_as_a_person_is_a_body_where_its_sentences_say_so(monkeypatch):
    art = linked(tagged(_VILLA))[0]
    assert "Aston Villa" in values(art, "org") and "Aston Villa" not in values(art, "person")
    assert "David O'Leary" in values(art, "person")
    monkeypatch.setenv("NEWSFACET_LINK_ONCE", "0")
    art = linked(tagged(_VILLA))[0]
    assert "Aston Villa" in values(art, "person")


_LINCOLN = ("Recently I wondered what would have happened when Abraham Lincoln was president. Democrats would have "
            "impeached Lincoln. Lincoln issued the proclamation. Lincoln sent an emissary. Lincoln should be "
            "impeached. His aides packed the halls with Lincoln supporters. Throngs of Lincoln supporters filled "
            "the gallery.",
            [("Abraham Lincoln", "PERSON"), ("Lincoln", "ORG"), ("Lincoln", "ORG"), ("Lincoln", "PERSON"),
             ("Lincoln", "ORG"), ("Lincoln", "ORG"), ("Lincoln", "ORG")])


def test_a_politicians_supporters_are_no_cue_of_a_body():
    art = linked(tagged(_LINCOLN))[0]
    assert values(art, "person") == ["Abraham Lincoln"] and "Abraham Lincoln" not in values(art, "org")


def test_a_clubs_fans_still_make_a_lone_word_a_body():
    art = linked(tagged(("Chelsea fans sang all night. Chelsea fans were happy.",
                         [("Chelsea", "PERSON"), ("Chelsea", "ORG")])))[0]
    assert "Chelsea" not in values(art, "person")


def test_a_team_named_by_its_town_is_the_clubs_full_name():
    from indexer.entities.org_variant_shapes import _team_by_town

    assert _team_by_town(["Boston"], ["Boston", "Celtics"])
    assert _team_by_town(["New", "York"], ["New", "York", "Knicks"])
    assert _team_by_town(["Mumbai"], ["Mumbai", "Indians"])
    assert _team_by_town(["Birmingham"], ["Birmingham", "City"])
    # a town's other bodies, and its papers, are no team
    assert not _team_by_town(["Boston"], ["Boston", "University"])
    assert not _team_by_town(["Boston"], ["Boston", "Consulting", "Group"])
    assert not _team_by_town(["New", "York"], ["New", "York", "Times"])
    assert not _team_by_town(["Washington"], ["Washington", "Post"])
    # a word that is no place has no town's team
    assert not _team_by_town(["Celtic"], ["Celtic", "Rangers"])


def test_an_articles_town_filed_as_a_body_takes_its_teams_name(monkeypatch):
    from indexer.entities.org_variants import _short_of

    assert _short_of("Birmingham", "Birmingham City")
    monkeypatch.setenv("NEWSFACET_TEAM_BY_TOWN", "0")
    assert not _short_of("Boston", "Boston Celtics")
