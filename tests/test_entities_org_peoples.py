"""Round 19 org passes (issue 11): values the archive uses as a people or an illness are no body and their mentions
go (org_peoples.py; the gold leaves nationalities, demonyms, peoples and diseases unannotated); a platform used as a
medium in a third of its mentions is a medium in all of them but its actor's sentences (org_things.py). Each test
has a twin where the same shape used as a body keeps its value. Invented names, but for places the gazetteer
must know."""
from __future__ import annotations

from collections import Counter

import pytest

from indexer.entities import org_peoples, org_things
from tests.test_entities_units import linked, tagged, two, values


def _mentions(art, value):
    return [m for m in art.mentions if m.kind == "org" and m.value == value]


def test_an_adjective_before_a_peoples_nouns_is_no_body():
    a, b = two("An Ovrani woman was hurt, the KVRA said.", [("Ovrani", "ORG"), ("KVRA", "ORG")],
               "Ovrani elders met on Monday.", [("Ovrani", "ORG")])
    assert values(a, "org") == ["KVRA"] and values(b, "org") == []
    assert not _mentions(a, "Ovrani") and not _mentions(b, "Ovrani")  # the gold marks no demonym


def test_a_party_with_a_chairman_keeps_its_value_among_people_readings():
    a = tagged(("Ovrani elders met.", [("Ovrani", "ORG")]), ("Ovrani women marched.", [("Ovrani", "ORG")]), aid="a")
    b = tagged(("The Ovrani chairman resigned.", [("Ovrani", "ORG")]), aid="b")
    linked(a, b)
    assert values(b, "org") == ["Ovrani"] and _mentions(a, "Ovrani")


def test_a_places_people_in_the_plural_needs_one_counted_use():
    a, b = two("Many Tasmanians stayed home.", [("Tasmanians", "ORG")],
               "The rule protects Tasmanians, the premier said.", [("Tasmanians", "ORG")])
    assert values(a, "org") == [] and values(b, "org") == []


def test_a_places_people_counted_by_a_number_or_written_bare_is_no_body():
    # (round 23) a number before the plural counts people; so does the plural with no article, twice in three
    a, b = two("On Monday 50 Samoans arrived in Sydney.", [("Samoans", "ORG")],
               "The Samoans will stay a month.", [("Samoans", "ORG")])
    assert values(a, "org") == [] and values(b, "org") == []
    arts = [tagged(("Officials urged Fijians to stay home.", [("Fijians", "ORG")]), aid="x"),
            tagged(("The rules protect Fijians from harm.", [("Fijians", "ORG")]), aid="y"),
            tagged(("The Fijians won the match.", [("Fijians", "ORG")]), aid="z")]
    linked(*arts)
    assert all(values(x, "org") == [] for x in arts)


def test_a_team_by_a_peoples_word_takes_the_article_and_keeps_its_value():
    arts = [tagged(("The Fijians won the match.", [("Fijians", "ORG")]), aid="x"),
            tagged(("The Fijians had too much experience.", [("Fijians", "ORG")]), aid="y"),
            tagged(("The 2024 Fijians side was young, though Fijians make up a fifth of players.",
                    [("Fijians", "ORG"), ("Fijians", "ORG")]), aid="z")]
    linked(*arts)
    assert values(arts[0], "org") == ["Fijians"]


def test_a_plural_name_that_is_no_places_people_needs_a_third():
    # "Kelvorns" is no gazetteer place's people: one counted use of four is no people
    arts = [tagged((f"The Kelvorns won again, part {i}.", [("Kelvorns", "ORG")]), aid=f"n{i}") for i in range(3)]
    arts.append(tagged(("Many Kelvorns fans cheered.", [("Kelvorns", "ORG")]), aid="m"))
    linked(*arts)
    assert values(arts[0], "org") == ["Kelvorns"]


def test_an_illness_caught_and_vaccinated_against_is_no_body():
    a, b = two("Two guards tested positive for KOVAX-7 on Monday.", [("KOVAX-7", "ORG")],
               "The KOVAX-7 pandemic hit the islands.", [("KOVAX-7", "ORG")])
    assert values(a, "org") == [] and values(b, "org") == []
    assert not _mentions(a, "KOVAX-7")


def test_an_illness_named_after_a_diseases_word_is_no_body():
    # (round 23) "the novel coronavirus, known as X": what the name is named after says what it is
    a, b = two("The novel coronavirus, known as KOVAX-7, reached the port.", [("KOVAX-7", "ORG")],
               "The disease, officially called KOVAX-7, spread.", [("KOVAX-7", "ORG")])
    assert values(a, "org") == [] and values(b, "org") == []


def test_a_body_named_after_any_other_word_keeps_its_value():
    a, b = two("The new agency, known as KVBA, opened an office.", [("KVBA", "ORG")],
               "The regulator, officially called KVBA, fined two banks.", [("KVBA", "ORG")])
    assert values(a, "org") == ["KVBA"] and values(b, "org") == ["KVBA"]


def test_a_makers_vaccines_are_no_illness():
    a = tagged(("The KVBio vaccine trial began.", [("KVBio", "ORG")]), ("KVBio boosters shipped.", [("KVBio", "ORG")]), aid="a")
    b = tagged(("Two KVBio jabs were given.", [("KVBio", "ORG")]), aid="b")
    linked(a, b)
    assert _mentions(a, "KVBio") and _mentions(b, "KVBio")


def test_a_body_that_speaks_is_no_illness_whatever_its_infections():
    a = tagged(("KVBio infections rose.", [("KVBio", "ORG")]), ("The KVBio virus spread.", [("KVBio", "ORG")]), aid="a")
    b = tagged(("KVBio said it would hire 200 staff.", [("KVBio", "ORG")]), aid="b")
    linked(a, b)
    assert values(b, "org") == ["KVBio"]


def test_a_places_outbreak_is_no_illness():
    a, b = two("Two cafes were linked to the Kelvo Mall outbreak.", [("Kelvo Mall", "ORG")],
               "The Kelvo Mall outbreak grew to 12 cases.", [("Kelvo Mall", "ORG")])
    assert _mentions(a, "Kelvo Mall") and _mentions(b, "Kelvo Mall")


@pytest.mark.parametrize("f, v, out", [
    (Counter(n=3, people=1), "Ovrani", None), (Counter(n=3, people=2), "Ovrani", "people"),
    (Counter(n=30, people=2), "Ovrani", None), (Counter(n=30, people=2), "Tasmanians", "people"),
    (Counter(n=3, people=2, body=1), "Ovrani", None), (Counter(n=30, people=2, body=3), "Tasmanians", None),
    (Counter(n=6, illness=2), "KOVAX", "illness"), (Counter(n=6, illness=2, acts=1), "KOVAX", None),
])
def test_decide_shares(f, v, out):
    kind = org_peoples.decide(f, v)
    assert (kind.split()[0] if kind else None) == out


def test_place_people_forms():
    assert org_peoples.place_people("Tasmanians") and org_peoples.place_people("Queenslanders")
    assert not org_peoples.place_people("Kelvorns") and not org_peoples.place_people("Tasmania")


def test_switch_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_ORG_PEOPLES", "0")
    a, b = two("An Ovrani woman was hurt.", [("Ovrani", "ORG")],
               "Ovrani elders met on Monday.", [("Ovrani", "ORG")])
    assert _mentions(a, "Ovrani") and _mentions(b, "Ovrani")


def test_a_platform_posted_on_in_a_third_of_its_mentions_is_a_medium_in_all_but_its_actors_sentences():
    a = tagged(("She shared a video on Kelvogram.", [("Kelvogram", "ORG")]),
               ("He posted on Kelvogram again.", [("Kelvogram", "ORG")]), aid="a")
    b = tagged(("A Kelvogram photo went round.", [("Kelvogram", "ORG")]),
               ("Later Kelvogram said it would act.", [("Kelvogram", "ORG")]), aid="b")
    c = tagged(("She took to Kelvogram.", [("Kelvogram", "ORG")]), aid="c")
    d = tagged(("Kelvogram is growing in Asia.", [("Kelvogram", "ORG")]), aid="d")
    a2, b2 = linked(a, b, c, d)[:2]
    assert values(a2, "org") == [] and values(c, "org") == [] and values(d, "org") == []
    assert values(b2, "org") == ["Kelvogram"]  # "Kelvogram said": the company acts in its own sentence
    assert _mentions(c, "Kelvogram")  # the gold files platforms as orgs: the mention stays


def test_a_platform_written_about_as_a_company_keeps_its_unmarked_mentions(monkeypatch):
    arts = [tagged(("She wrote on Kelvogram that she was fine.", [("Kelvogram", "ORG")]), aid="w")]
    arts += [tagged((f"Kelvogram is growing in Asia, part {i}.", [("Kelvogram", "ORG")]), aid=f"g{i}") for i in range(4)]
    linked(*arts)
    assert values(arts[1], "org") == ["Kelvogram"]


def test_medium_switch_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_ORG_MEDIA", "0")
    f = Counter(n=3, medium=2, faceted=3)
    assert org_things.decide("Kelvogram", f) is None
    monkeypatch.delenv("NEWSFACET_ORG_MEDIA")
    assert org_things.decide("Kelvogram", f).startswith("medium")
