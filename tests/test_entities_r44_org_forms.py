"""Round 44 of issue 11: more short forms an article writes beside an organisation's long one
(org_variant_shapes.core_initials, firm_first_word, known_long_enabled), and names tagged ORG among people's names
(name_lists.between_people, read by org_words.weed)."""
from __future__ import annotations

import pytest

from search.model import NO_FACET
from tests.test_entities_units import linked, tagged


def _orgs(text, ents):
    """Org mention text -> value, for the one-article archive's org mentions."""
    art = linked(tagged((text, ents)))[0]
    return {m.text: m.value for m in art.mentions if m.kind == "org"}


_SHORT_FORMS = [
    ("NEWSFACET_ACRONYM_CORES", "The U.S. National Hurricane Center said the storm would grow. The NHC said winds rose.",
     [("U.S. National Hurricane Center", "ORG"), ("NHC", "ORG")], "NHC", "U.S. National Hurricane Center"),
    ("NEWSFACET_ACRONYM_CORES", "Asia Energy Logistics Group Ltd said it would buy a port. AEL shares rose.",
     [("Asia Energy Logistics Group Ltd", "ORG"), ("AEL", "ORG")], "AEL", "Asia Energy Logistics Group Ltd"),
    ("NEWSFACET_FIRM_FIRST_WORD", "A Merrill spokesman said the bank would expand. Merrill Lynch said profits rose.",
     [("Merrill", "ORG"), ("Merrill Lynch", "ORG")], "Merrill", "Merrill Lynch"),
    ("NEWSFACET_KNOWN_LONG_FORMS", "The Security Council voted on sanctions. The UN Security Council had met on Monday.",
     [("Security Council", "ORG"), ("UN Security Council", "ORG")], "Security Council", "UN Security Council"),
]


@pytest.mark.parametrize("switch, text, ents, short, long", _SHORT_FORMS)
def test_a_short_form_beside_its_long_form_in_one_article_is_that_body(switch, text, ents, short, long, monkeypatch):
    assert _orgs(text, ents)[short] == long
    monkeypatch.setenv(switch, "0")
    assert _orgs(text, ents)[short] == short


@pytest.mark.parametrize("text, ents, short", [
    ("The Ford Foundation gave money. Ford said it was pleased.", [("Ford Foundation", "ORG"), ("Ford", "ORG")], "Ford"),
    ("The Senate Finance panel met. The Senate then voted.", [("Senate Finance", "ORG"), ("Senate", "ORG")], "Senate"),
    ("Manchester City won. Manchester celebrated.", [("Manchester City", "ORG"), ("Manchester", "ORG")], "Manchester"),
    # a product or a part of the firm after its name (an English word, no surname): held-out's "Google Translate"
    ("Google said so. Google Translate got it wrong.", [("Google", "ORG"), ("Google Translate", "ORG")], "Google"),
])
def test_a_first_word_that_is_a_body_head_a_place_or_before_a_head_is_no_short_form(text, ents, short):
    assert _orgs(text, ents).get(short, short) == short


def test_an_acronym_of_no_core_of_the_long_form_stays_apart():
    got = _orgs("The U.S. National Hurricane Center said so. The NWS said otherwise.",
                [("U.S. National Hurricane Center", "ORG"), ("NWS", "ORG")])
    assert got["NWS"] == "NWS"


def _kinds(text, ents):
    art = linked(tagged((text, ents)))[0]
    return {m.text: m.kind for m in art.mentions if m.kind in ("person", "org")}


@pytest.mark.parametrize("text, ents, name", [
    ("Some of the players like David Willey, Faf du Plessis, Mark Wood, Murali Vijay were first to practise.",
     [("David Willey", "PERSON"), ("Faf du Plessis", "ORG"), ("Mark Wood", "PERSON"), ("Murali Vijay", "PERSON")],
     "Faf du Plessis"),
    ("AJ Styles vs Shinsuke Nakamura ends in a double count-out.",
     [("AJ Styles", "ORG"), ("Shinsuke Nakamura", "PERSON")], "AJ Styles"),
    ("Shinsuke Nakamura vs AJ Styles ends in a double count-out.",
     [("Shinsuke Nakamura", "PERSON"), ("AJ Styles", "ORG")], "AJ Styles"),
])
def test_a_name_tagged_org_among_peoples_names_is_a_person(text, ents, name, monkeypatch):
    assert _kinds(text, ents)[name] == "person"
    monkeypatch.setenv("NEWSFACET_ORG_IN_NAME_LISTS", "0")
    assert _kinds(text, ents)[name] == "org"


@pytest.mark.parametrize("text, ents, name", [
    ("Morgan Stanley, Goldman Sachs and JP Morgan advised on the deal.",
     [("Morgan Stanley", "ORG"), ("Goldman Sachs", "ORG"), ("JP Morgan", "ORG")], "Goldman Sachs"),
    # one person beside it is no list of people: a firm and an investor
    ("Goldman Sachs and Warren Buffett put money in the bank.",
     [("Goldman Sachs", "ORG"), ("Warren Buffett", "PERSON")], "Goldman Sachs"),
    # a title between the names of office holders: every word English, no initials
    ("The new members are Tarvo Melk, Deputy Finance Secretary, Kritananda Reddy, Principal State Counsel, Mario Chung.",
     [("Tarvo Melk", "PERSON"), ("Deputy Finance Secretary", "ORG"), ("Kritananda Reddy", "PERSON"),
      ("Principal State Counsel", "ORG"), ("Mario Chung", "PERSON")], "Principal State Counsel"),
    # a body's word in the name keeps it a body
    ("Guests were John Smith, Acme Holdings, Jane Roe and others.",
     [("John Smith", "PERSON"), ("Acme Holdings", "ORG"), ("Jane Roe", "PERSON")], "Acme Holdings"),
])
def test_a_firm_beside_one_person_or_with_a_body_word_stays_an_org(text, ents, name):
    assert _kinds(text, ents)[name] == "org"


def test_the_merged_short_form_keeps_its_own_span():
    art = linked(tagged(("A Merrill spokesman spoke. Merrill Lynch said profits rose.",
                         [("Merrill", "ORG"), ("Merrill Lynch", "ORG")])))[0]
    short = next(m for m in art.mentions if m.text == "Merrill")
    assert (short.start, short.end, short.value) == (2, 9, "Merrill Lynch") and short.label != NO_FACET


def test_a_long_form_with_a_country_in_front_is_no_rival_of_the_same_name_without_it():
    """ "U.S. Customs and Border Protection" and "Customs and Border Protection" both spell out CBP (the first by its
    core): one body, so CBP is learnt as before (a rival would leave it apart)."""
    arts = [tagged(("The Customs and Border Protection (CBP) agency said so. CBP agents agreed.",
                    [("Customs and Border Protection", "ORG"), ("CBP", "ORG")]), aid="a"),
            tagged(("U.S. Customs and Border Protection said so. A CBP spokesman agreed.",
                    [("U.S. Customs and Border Protection", "ORG"), ("CBP", "ORG")]), aid="b"),
            tagged(("The Customs and Border Protection agency and CBP officers met.",
                    [("Customs and Border Protection", "ORG"), ("CBP", "ORG")]), aid="c")]
    linked(*arts)
    assert {m.value for a in arts for m in a.mentions if m.text == "CBP"} <= {
        "Customs and Border Protection", "U.S. Customs and Border Protection"}


def test_a_firm_and_its_countrys_arm_stay_apart():
    got = _orgs("A Kmart spokesman said so. Kmart Australia said stores would open.",
                [("Kmart", "ORG"), ("Kmart Australia", "ORG")])
    assert got["Kmart"] != "Kmart Australia"
