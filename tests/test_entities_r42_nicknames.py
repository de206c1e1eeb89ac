"""Round 42 of issue 11: the nickname merge of round 41 joined namesakes on held-out parts. A "familiar" form that is
a formal name in its own right ("John" beside "Johann") is no short form, and under the commonest English surnames a
familiar and a formal name are one person only where one article writes both or one of them is in three articles or
more (person_nicknames._formal_of, _likely_one)."""
from __future__ import annotations

from tests.test_entities_r41_nicknames import _archive, _people


def test_a_name_in_its_own_right_is_no_familiar_form():
    from indexer.entities.person_nicknames import _formal_of

    assert "johann" not in _formal_of().get("john", ())
    assert _people(_archive("Johann Buttigieg", "John Buttigieg")) == [["Johann Buttigieg"], ["John Buttigieg"]]
    # short forms whose own familiar forms are the formal name's too stay short forms
    assert "michael" in _formal_of()["mike"] and "thomas" in _formal_of()["tom"]
    assert _people(_archive("Mike Buttigieg", "Michael Buttigieg")) == [["Michael Buttigieg"]] * 2


def test_under_a_common_surname_two_lone_stories_are_namesakes():
    assert _people(_archive("Pete Johnson", "Peter Johnson")) == [["Pete Johnson"], ["Peter Johnson"]]
    # a rarer surname needs no more evidence
    assert _people(_archive("Pete Fenwick-Oduya", "Peter Fenwick-Oduya")) == [["Peter Fenwick-Oduya"]] * 2


def test_under_a_common_surname_a_public_figure_or_one_story_naming_both_is_one_person():
    arts = _archive("Daniel Andrews", "Daniel Andrews", "Daniel Andrews", "Dan Andrews")
    assert _people(arts) == [["Daniel Andrews"]] * 4
    assert _people(_archive("Daniel Andrews", "Dan Andrews")) == [["Daniel Andrews"], ["Dan Andrews"]]


def test_one_story_naming_both_forms_joins_them_under_a_common_surname():
    from tests.test_entities_units import linked, tagged

    arts = linked(tagged(("Pete Johnson opened the shop. Peter Johnson, 54, said it was his father's.",
                          [("Pete Johnson", "PERSON"), ("Peter Johnson", "PERSON")]), aid="a0"),
                  tagged(("Peter Johnson spoke in Melbourne.", [("Peter Johnson", "PERSON"), ("Melbourne", "GPE")]),
                         aid="a1"))
    assert _people(arts) == [["Peter Johnson"], ["Peter Johnson"]]
