"""Round 34 of issue 11: more shapes of an organisation's short form met beside its long form in one article
(org_variant_shapes), the United States spelt out as "US", a long form's own longer name no rival of it, and an
owner's possessive inside an org span (org_owners). Each rule is checked to fail with its switch off."""
from __future__ import annotations

import pytest

from indexer.entities import org_variant_shapes, org_variants
from tests.test_entities_units import linked, tagged, values


@pytest.fixture(autouse=True)
def _fresh_keys():
    org_variants._variant_key.cache_clear()  # (the key is cached per switch value since round 37)
    yield
    org_variants._variant_key.cache_clear()


def _one(text, *names, aid="a"):
    return tagged((text, [(n, "ORG") for n in names]), aid=aid)


def _short_value(art, short):
    """The value the short form's own mention got (None: it left the org mentions)."""
    return next((m.value for m in art.mentions if m.kind == "org" and m.text == short), None)


def _switch_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_ORG_VARIANT_SHAPES", "0")
    monkeypatch.setenv("NEWSFACET_FIRM_GROUP", "0")  # (round 50 reads "AVTAR Group" as "AVTAR"'s key too)
    monkeypatch.setenv("NEWSFACET_DEPARTMENT_DROPPED", "0")  # (round 60: "Department of Kelvish Medicine"'s key too)
    org_variants._variant_key.cache_clear()


@pytest.mark.parametrize("text, long, short", [
    ("The Kelvora Council said it funded 40 artists, the Kelvora Council for the Arts wrote.",
     "Kelvora Council for the Arts", "Kelvora Council"),
    ("Tarvik University said fees would rise; students at Tarvik University of Wellington protested.",
     "Tarvik University of Wellington", "Tarvik University"),
    ("The Ministry of Health had ordered vaccines, the Ministry of Health and Population said.",
     "Ministry of Health and Population", "Ministry of Health"),
    ("The Norvane Hurricane Center saw a storm, forecasters at the United States Norvane Hurricane Center said.",
     "United States Norvane Hurricane Center", "Norvane Hurricane Center"),
    ("Angau was full, doctors at Angau Memorial General Hospital said.",
     "Angau Memorial General Hospital", "Angau"),
    ("Kelvish Medicine staff said the Department of Kelvish Medicine ran the survey.",
     "Department of Kelvish Medicine", "Kelvish Medicine"),
    ("AVTAR said women held few posts, and AVTAR Group surveyed firms.", "AVTAR Group", "AVTAR"),
])
def test_a_short_form_beside_its_long_form_in_one_article_is_that_body(monkeypatch, text, long, short):
    assert _short_value(linked(_one(text, long, short))[0], short) == long
    _switch_off(monkeypatch)
    assert _short_value(linked(_one(text, long, short))[0], short) not in (long, None)


@pytest.mark.parametrize("text, long, short", [
    # a state after "of", a town in front: the body's branch or sector, not its full name
    ("The Kelvora Party chose a leader while the Kelvora Party of Wisconsin met.", "Kelvora Party of Wisconsin",
     "Kelvora Party"),
    ("The Tarvik Patrol has grown, agents of the San Diego Tarvik Patrol said.", "San Diego Tarvik Patrol",
     "Tarvik Patrol"),
    # two firms glued by "and"; a country after the name is the firm's national arm
    ("Tarvik Investment Group said Tarvik Investment Group and Holm Park Capital lent money.",
     "Tarvik Investment Group and Holm Park Capital", "Tarvik Investment Group"),
    ("Kelvo Needham said Kelvo Needham U.S. won the account.", "Kelvo Needham U.S.", "Kelvo Needham"),
    # an acronym with a trade's word is a subsidiary
    ("RTZ said RTZ Chemicals cut jobs.", "RTZ Chemicals", "RTZ"),
    # a field of study after a school named by its town makes another school
    ("Tarvik University said Tarvik University of Engineering and Technology held its convocation.",
     "Tarvik University of Engineering and Technology", "Tarvik University"),
])
def test_a_branch_a_sector_or_a_second_body_is_not_the_long_form(text, long, short):
    assert _short_value(linked(_one(text, long, short))[0], short) not in (long, None)


def _tarvik_board_archive():
    a = _one("The Tarvik Board met, the United States Tarvik Board said.", "United States Tarvik Board", "Tarvik Board")
    b = _one("The Tarvik Board met, the US Tarvik Board said.", "US Tarvik Board", "Tarvik Board", aid="b")
    return linked(a, b)


def test_the_united_states_spelt_out_or_as_us_in_front_is_the_bare_names_body(monkeypatch):
    a, b = _tarvik_board_archive()
    assert values(a, "org") == values(b, "org") and len(values(a, "org")) == 1
    _switch_off(monkeypatch)
    a, b = _tarvik_board_archive()
    assert len(set(values(a, "org") + values(b, "org"))) > 1


def _reserve_bank_archive():
    a = _one("The Reserve Bank said prices would fall as the Reserve Bank of Zimbabwe raised rates.",
             "Reserve Bank of Zimbabwe", "Reserve Bank")
    b = _one("The Reserve Bank named accounts the Reserve Bank of Zimbabwe Financial Intelligence Unit froze.",
             "Reserve Bank of Zimbabwe Financial Intelligence Unit", "Reserve Bank", aid="b")
    return linked(a, b)


def test_a_long_forms_own_longer_name_is_no_rival_of_it(monkeypatch):
    a, b = _reserve_bank_archive()
    assert "Reserve Bank of Zimbabwe" in values(b, "org") and "Reserve Bank" not in values(b, "org")
    # the shapes pair "Reserve Bank" with both long forms: without the fold they are rivals, and it stays apart
    monkeypatch.setattr(org_variant_shapes, "fold_extensions", lambda longs, country: longs)
    a, b = _reserve_bank_archive()
    assert "Reserve Bank" in values(b, "org")


def test_the_pair_is_named_by_the_long_form_written_more_often():
    # "Kelvora Bank (KBV)" once, "Kelvora Bank of Vanuatu (KBV)" in three articles: the cut name does not name
    # the bank because it is the shorter
    arts = [_one("Kelvora Bank (KBV) opened a branch.", "Kelvora Bank", aid="a")]
    arts += [_one(f"The Kelvora Bank of Vanuatu (KBV) lent money on day {i}.", "Kelvora Bank of Vanuatu", aid=f"b{i}")
             for i in range(3)]
    arts += [_one("KBV said rates would rise.", "KBV", aid="c")]
    arts = linked(*arts)
    assert _short_value(arts[-1], "KBV") == "Kelvora Bank of Vanuatu"


def test_a_known_bodys_longer_name_with_a_state_stays_the_branch():
    a = _one("The Democratic Party backed it, and the Democratic Party of Wisconsin sued.",
             "Democratic Party of Wisconsin", "Democratic Party")
    a = linked(a)[0]
    assert _short_value(a, "Democratic Party of Wisconsin") == "Democratic Party of Wisconsin"
    assert _short_value(a, "Democratic Party") == "Democratic Party"


# --- an owner's possessive inside an org span (org_owners) ---------------------------------------------------

@pytest.mark.parametrize("text, span, value", [
    ("The youngest is Austria's Medical University of Vienna, founded in 2004.",
     "Austria's Medical University of Vienna", "Medical University of Vienna"),
    ("He studied at the U.K.'s Warwick University before joining.", "U.K.'s Warwick University",
     "Warwick University"),
    ("Steps to mitigate the UK Government's Benefit Cap were announced.", "UK Government's Benefit Cap",
     "UK Government"),
    ("The Office for National Statistics' Annual Survey of Hours and Earnings shows pay rose.",
     "Office for National Statistics' Annual Survey of Hours and Earnings", "Office for National Statistics"),
])
def test_an_owners_possessive_gives_the_body_its_own_value(monkeypatch, text, span, value):
    assert values(linked(tagged((text, [(span, "ORG")])))[0], "org") == [value]
    monkeypatch.setenv("NEWSFACET_ORG_OWNERS", "0")
    assert value not in values(linked(tagged((text, [(span, "ORG")])))[0], "org")


@pytest.mark.parametrize("text, span", [
    # a body named in ordinary words keeps its owner: without it, it is every state's
    ("Oversight moved from Florida's Department of Health to another agency.", "Florida's Department of Health"),
    # a unit keeps the whole name; a people's plural is part of the name
    ("Lawmakers on the House Judiciary Committee's Subcommittee met on Friday.",
     "House Judiciary Committee's Subcommittee"),
    ("The New Zealand Union of Students' Associations said fees rose.", "New Zealand Union of Students' Associations"),
    ("The Ministry of Women and Children's Affairs led the plan.", "Ministry of Women and Children's Affairs"),
])
def test_a_generic_body_a_unit_or_a_peoples_plural_keeps_the_whole_name(text, span):
    assert _short_value(linked(tagged((text, [(span, "ORG")])))[0], span) == span
