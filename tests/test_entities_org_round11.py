"""Round 11 org gates (issue 11): a name the archive reads as a place keeps an org value only in mentions that
show a body themselves; an organ named only by generic words ("Standing Committee") names one body only when
its mentions name one owner; an acronym before "cases"/"pandemic" is an illness; an age after a name makes it a
person. Invented names throughout."""
from __future__ import annotations

from tests.test_entities_units import linked, tagged, values


def test_a_place_read_as_a_body_once_is_no_body_in_its_other_mentions():
    # "Varnhollow upazila" in one article: the archive's own words say Varnhollow is a place
    a = tagged(("Clashes broke out in Varnhollow upazila on Friday.", [("Varnhollow", "ORG")]), aid="a")
    b = tagged(("Observers travelled to Varnhollow on Monday.", [("Varnhollow", "ORG")]), aid="b")
    c = tagged(("Observers travelled to Varnhollow again.", [("Varnhollow", "ORG")]), aid="c")
    a, b, c = linked(a, b, c)
    assert all("Varnhollow" not in values(x, "org") for x in (a, b, c))


def test_a_place_named_body_keeps_its_value_where_its_own_sentence_shows_a_body():
    a = tagged(("Farmers met in Varnhollow district on Friday.", [("Varnhollow", "ORG")]), aid="a")
    b = tagged(("A spokesman for Varnhollow said rates rose.", [("Varnhollow", "ORG")]), aid="b")
    c = tagged(("Observers travelled to Varnhollow again.", [("Varnhollow", "ORG")]), aid="c")
    a, b, c = linked(a, b, c)
    assert "Varnhollow" in values(b, "org") and "Varnhollow" not in values(c, "org")


def test_a_possessive_before_a_longer_name_is_no_cue_for_the_place():
    a = tagged(("He is a director at Varnhollow's Kelvora Institute, in Varnhollow district.",
                [("Varnhollow", "ORG"), ("Kelvora Institute", "ORG")]), aid="a")
    b = tagged(("Observers went to Varnhollow.", [("Varnhollow", "ORG")]), aid="b")
    a, b = linked(a, b)
    assert "Varnhollow" not in values(a, "org") + values(b, "org") and "Kelvora Institute" in values(a, "org")


def test_an_organ_with_no_owner_in_its_mentions_names_no_one_body():
    arts = [tagged((f"He is a Standing Committee member, day {i}.", [("Standing Committee", "ORG")]), aid=f"s{i}")
            for i in range(3)]
    linked(*arts)
    assert all(values(a, "org") == [] for a in arts)


def test_an_organ_whose_mentions_name_one_owner_stays():
    arts = [tagged((f"The Political Bureau of the KVP Central Committee met, day {i}.",
                    [("Political Bureau", "ORG"), ("KVP Central Committee", "ORG")]), aid=f"p{i}") for i in range(3)]
    linked(*arts)
    assert all("Political Bureau" in values(a, "org") for a in arts)


def test_an_organ_of_several_owners_leaves_the_facet():
    a = tagged(("The KVP's Advisory Council met.", [("Advisory Council", "ORG")]), aid="a")
    b = tagged(("The QRL's Advisory Council met.", [("Advisory Council", "ORG")]), aid="b")
    a, b = linked(a, b)
    assert values(a, "org") == [] and values(b, "org") == []


def test_an_acronym_before_cases_and_pandemic_is_an_illness():
    a = tagged(("QWV-21 cases rose as the KVP met.", [("QWV-21", "ORG"), ("KVP", "ORG")]), aid="a")
    b = tagged(("The QWV-21 pandemic hit the KVP.", [("QWV-21", "ORG"), ("KVP", "ORG")]), aid="b")
    a, b = linked(a, b)
    assert values(a, "org") == ["KVP"] and values(b, "org") == ["KVP"]


def test_an_age_after_a_name_makes_it_a_person_not_a_body():
    a = tagged(("The injured, Tarvo, 22 and Melko, 23, were taken to hospital.", [("Tarvo", "ORG")]))
    (a,) = linked(a)
    assert values(a, "org") == []
