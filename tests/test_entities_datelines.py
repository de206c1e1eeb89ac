"""Datelines are places (issue 11): a dateline opening a later paragraph (a photo caption stands before it) is
the place the story was filed, not a body; agencies joined by a slash in its credit are no one body."""
from __future__ import annotations

from tests.test_entities_units import linked, tagged

_CAPTION = "Chief Adviser at a meeting -File Photo"


def _kinds(art):
    return {(m.kind, m.value) for m in art.mentions}


def test_dateline_after_a_caption_is_a_place_not_an_org():
    text = "DHAKA, Feb 15, 2026 (BSS) - The government today clarified the Awami League position."
    art = tagged((_CAPTION, []), (text, [("DHAKA", "ORG"), ("BSS", "ORG"), ("Awami League", "ORG")]))
    linked(art)
    assert ("place", "Dhaka") in _kinds(art)
    assert not any(m.kind == "org" and m.text.upper() == "DHAKA" for m in art.mentions)
    assert ("org", "Awami League") in _kinds(art)


def test_capitals_opening_a_paragraph_without_date_or_credit_stay_what_they_were():
    # "NATO, which ..." opens a paragraph but no date or agency credit follows: no dateline
    text = "NATO, which met today, said the Awami League would be heard."
    art = tagged((_CAPTION, []), (text, [("NATO", "ORG"), ("Awami League", "ORG")]))
    linked(art)
    assert not any(m.kind == "place" for m in art.mentions)


def test_joined_agency_credit_is_no_org():
    text = "HANOI, Vietnam, Feb 15, 2026 (BSS/AFP) - Vietnam has granted a licence to a company."
    art = tagged((_CAPTION, []), (text, [("HANOI", "ORG"), ("BSS/AFP", "ORG")]))
    linked(art)
    assert not any(m.text == "BSS/AFP" for m in art.mentions)
    assert ("place", "Hanoi") in _kinds(art)
