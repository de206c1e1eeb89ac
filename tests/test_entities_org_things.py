"""Round 15 org gate (issue 11, org_things.py and two small extensions): values the archive's sentences use as a
thing -- a market index or security, a platform used as a medium, a vehicle, a room, a photo credit's tag --
a state by its spelt-out initials, two agencies joined in one dateline credit. Each test has a twin where the
same shape used as a body keeps its value. Invented names throughout."""
from __future__ import annotations

from tests.test_entities_units import linked, tagged, two, values


def test_an_index_the_market_page_moves_in_points_is_no_body():
    a, b = two("The Varex fell 469 points on Monday, and the KVRA said trade was thin.",
               [("Varex", "ORG"), ("KVRA", "ORG")],
               "Futures rose and the tech-heavy Varex closed higher, the KVRA said.", [("Varex", "ORG"), ("KVRA", "ORG")])
    assert values(a, "org") == ["KVRA"] and values(b, "org") == ["KVRA"]


def test_a_security_leaves_but_its_issuer_acting_in_its_own_sentence_stays():
    a = tagged(("KVT yields climbed as investors sold bonds.", [("KVT", "ORG")]), aid="a")
    b = tagged(("The 10-year KVT hit 4%.", [("KVT", "ORG")]), ("In 2019 the KVT sanctioned the firm.", [("KVT", "ORG")]),
               aid="b")
    linked(a, b)
    assert values(a, "org") == [] and values(b, "org") == ["KVT"]


def test_a_company_whose_shares_move_in_per_cent_stays():
    # a stock is written without "the" and moves in per cent: no index
    a, b = two("Varnotek fell 3% after rivals said sales slowed.", [("Varnotek", "ORG")],
               "Varnotek rose 2% on Friday.", [("Varnotek", "ORG")])
    assert values(a, "org") == ["Varnotek"] and values(b, "org") == ["Varnotek"]


def test_a_platform_used_as_a_medium_leaves_only_in_those_mentions():
    a, b = two("The singer wrote on Kelvogram that she was fine.", [("Kelvogram", "ORG")],
               "Kelvogram sued the regulator over the ban.", [("Kelvogram", "ORG")])
    assert values(a, "org") == [] and values(b, "org") == ["Kelvogram"]


def test_a_broadcaster_people_talk_to_keeps_its_on_air_mentions():
    a, b = two("The minister said on KBX that talks had failed.", [("KBX", "ORG")],
               "His sister told KBX she was relieved.", [("KBX", "ORG")])
    assert values(a, "org") == ["KBX"] and values(b, "org") == ["KBX"]


def test_a_craft_people_travel_aboard_is_no_body():
    a = tagged(("The president told reporters aboard Air Varno One that talks went well.", [("Air Varno One", "ORG")]), aid="a")
    b = tagged(("Speaking aboard Air Varno One, he praised the KVRA.", [("Air Varno One", "ORG"), ("KVRA", "ORG")]),
               ("The new Air Varno One paint job drew comment.", [("Air Varno One", "ORG")]), aid="b")
    linked(a, b)
    assert values(a, "org") == [] and values(b, "org") == ["KVRA"]


def test_a_room_things_happen_in_that_never_acts_is_no_body():
    a = tagged(("He said from the Kelvo Oval Office that he would sign.", [("Kelvo Oval Office", "ORG")]),
               ("Later in the Kelvo Oval Office he met the KVRA.", [("Kelvo Oval Office", "ORG"), ("KVRA", "ORG")]), aid="a")
    b = tagged(("Microphones were placed inside the Kelvo Oval Office.", [("Kelvo Oval Office", "ORG")]), aid="b")
    linked(a, b)
    assert values(a, "org") == ["KVRA"] and values(b, "org") == []


def test_a_body_people_work_in_that_acts_stays():
    a = tagged(("Talks in the Varno Assembly stalled.", [("Varno Assembly", "ORG")]),
               ("The Varno Assembly said it would vote.", [("Varno Assembly", "ORG")]), aid="a")
    b = tagged(("A row broke out in the Varno Assembly.", [("Varno Assembly", "ORG")]), aid="b")
    linked(a, b)
    assert values(a, "org") == ["Varno Assembly"] and values(b, "org") == ["Varno Assembly"]


def test_a_credit_tag_under_a_photo_is_no_body_but_a_credited_agency_stays():
    a, b = two("The plant in Kelvo in 2005. PHOTO: KT FILE", [("KT FILE", "ORG")],
               "The port at dawn. PHOTO: KVRA", [("KVRA", "ORG")])
    linked(a, b)
    assert values(a, "org") == [] and values(b, "org") == ["KVRA"]


def test_a_state_by_the_initials_the_archive_spells_out_is_no_body():
    a, b = two("Schools in New South Wales (NSW) reopened, the KVRA said.", [("NSW", "ORG"), ("KVRA", "ORG")],
               "Cruise ships waited off the NSW coast.", [("NSW", "ORG")])
    assert values(a, "org") == ["KVRA"] and values(b, "org") == []


def test_a_body_by_initials_spelt_out_as_its_name_stays():
    a, b = two("The Kelvo Varno Railways (KVR) said trains ran.", [("KVR", "ORG")],
               "The KVR announced new fares.", [("KVR", "ORG")])
    assert values(a, "org") == ["KVR"] or values(a, "org") == ["Kelvo Varno Railways"]
    assert values(b, "org") in (["KVR"], ["Kelvo Varno Railways"])


def test_two_agencies_of_several_words_joined_in_a_dateline_credit_name_no_body():
    a = tagged(("KELVO (THE KELVO POST/VARNO NEWS NETWORK) - The KVRA met.",
                [("THE KELVO POST/VARNO NEWS NETWORK", "ORG"), ("KVRA", "ORG")]), aid="a")
    linked(a)
    assert values(a, "org") == ["KVRA"]


def _defined(long, aid):
    return tagged((f"The {long} (KVA) met on Monday.", [(long, "ORG"), ("KVA", "ORG")]), aid=aid)


def _alone(aid):
    return tagged(("The KVA said talks went well.", [("KVA", "ORG")]), aid=aid)


def test_an_acronym_spelt_out_one_way_but_for_a_slip_is_its_long_form_everywhere():
    arts = [_defined("Kelvo Varno Alliance", "a"), _defined("Kelvo Varno Alliance", "b"),
            _defined("Kelvo Varno Alliance", "c"), _defined("Kelvo Varnos Alliance", "d"),
            *[_alone(aid) for aid in "efghi"]]
    linked(*arts)
    assert values(arts[-1], "org") == ["Kelvo Varno Alliance"]


def test_an_acronym_spelt_out_as_two_bodies_stays_apart_where_it_stands_alone():
    arts = [_defined("Kelvo Varno Alliance", "a"), _defined("Kelvo Varno Alliance", "b"),
            _defined("Kelvo Varno Alliance", "c"), _defined("Kelvo Vintners Association", "d"),
            *[_alone(aid) for aid in "efghi"]]
    linked(*arts)
    assert values(arts[-1], "org") == ["KVA"]


def test_an_account_at_a_bank_is_no_medium_but_an_account_on_a_platform_is():
    # "account" is a medium's word only for a name the archive also shows as a medium ("a Kelvogram post")
    a, b = two("Donations went to the Kelvo Bank account at the KVRA office. She shared a Kelvogram video.",
               [("Kelvo Bank", "ORG"), ("KVRA", "ORG"), ("Kelvogram", "ORG")],
               "His Kelvogram account was closed.", [("Kelvogram", "ORG")])
    assert values(a, "org") == ["KVRA", "Kelvo Bank"] or sorted(values(a, "org")) == ["KVRA", "Kelvo Bank"]
    assert values(b, "org") == []
