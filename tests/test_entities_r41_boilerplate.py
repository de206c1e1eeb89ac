"""Round 41 of issue 11: a site's promotion repeated word for word under many different stories is furniture: the
names in it leave the facets (entities/boilerplate.py); a wire story carried word for word by several outlets, and
short repeated lines, keep theirs."""
from __future__ import annotations

from tests.test_entities_units import linked, tagged, values

PROMO = ("Sign up for the Acme Media Group newsletter and get the stories you care about delivered to your inbox.",
         [("Acme Media Group", "ORG")])


def _story(i: int, *extra):
    own = (f"Story number {i} tells of a flood that hit the valley town on a wet morning this week, the mayor said.",
           [])
    return tagged(own, *extra, aid=f"s{i}")


def test_a_promotion_under_many_stories_names_no_body(monkeypatch):
    arts = linked(*[_story(i, PROMO) for i in range(6)])
    assert all("Acme Media Group" not in values(a, "org") for a in arts)
    assert all(any("Acme Media Group" in p.text for p in a.paragraphs) for a in arts)  # the text stays
    monkeypatch.setenv("NEWSFACET_BOILERPLATE", "0")
    assert all("Acme Media Group" in values(a, "org") for a in linked(*[_story(i, PROMO) for i in range(6)]))


def test_a_word_the_tagger_resolved_to_the_promotions_name_is_its_own_name_again():
    # the model tags "Monitor" PERSON, and the tagger reads it as the article's "Monitor Stories"
    promo = ("Get the Monitor Stories you care about delivered to your inbox. By signing up, you agree to our Privacy "
             "Policy.", [("Monitor Stories", "ORG")])

    def aside(i):  # each story's own sentence
        return (f"Her language mirrors the tirades on Big Business, as the Monitor's Linda Feldmann noted in week {i}.",
                [("Monitor", "PERSON"), ("Linda Feldmann", "PERSON")])
    arts = linked(*[_story(i, promo, aside(i)) for i in range(6)])
    assert all(values(a, "org") == ["Monitor"] for a in arts)


def test_fewer_stories_keep_the_names():
    arts = linked(*[_story(i, PROMO) for i in range(4)])
    assert all("Acme Media Group" in values(a, "org") for a in arts)


def test_a_wire_story_carried_word_for_word_keeps_its_names():
    wire = [("Officials of the World Health Organization met in Geneva on Monday to discuss the outbreak in "
             "the region.", [("World Health Organization", "ORG"), ("Geneva", "GPE")]),
            ("The meeting ended late on Monday evening with a statement from the organisation on vaccines "
             "and funding.", [])]
    arts = linked(*[tagged(*wire, aid=f"w{i}") for i in range(6)])
    assert all("World Health Organization" in values(a, "org") and "Geneva" in values(a, "place") for a in arts)


def test_a_reprinted_box_that_asks_nothing_of_the_reader_keeps_its_names():
    box = ("Western Australia closed to everywhere without an exemption from the state government.",
           [("Western Australia", "GPE")])
    arts = linked(*[_story(i, box) for i in range(6)])
    assert all("Western Australia" in values(a, "place") for a in arts)


def test_a_name_the_stories_write_too_keeps_its_mentions_in_the_promotion():
    promo = ("Sign up for the Acme Media Group newsletter and get the stories you care about delivered to your inbox.",
             [("Acme Media Group", "ORG")])
    own = ("The Acme Media Group said on Monday it had hired four new reporters for its city desk.",
           [("Acme Media Group", "ORG")])
    arts = linked(*[_story(i, promo) for i in range(5)], tagged(own, aid="own"))
    assert all("Acme Media Group" in values(a, "org") for a in arts)
