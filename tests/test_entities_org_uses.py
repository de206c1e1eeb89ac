"""Round 14 org gate (issue 11, org_uses.py): values the archive's sentences use as something else than a body --
a rank, a byline's desk, a venue, a group of office holders, a cut title, a name with its possessive glued on.
Each test has a twin where the same shape used as a body keeps its value. Invented names throughout."""
from __future__ import annotations

from tests.test_entities_units import linked, tagged, two, values


def test_a_rank_before_names_or_after_rank_of_is_no_body():
    a, b = two("He was promoted to the rank of Major-General by the KVRA.", [("Major-General", "ORG"), ("KVRA", "ORG")],
                "Major General (Rtd) Tarvo Melk told the KVRA.", [("Major General", "ORG"), ("KVRA", "ORG")])
    assert values(a, "org") == ["KVRA"] and values(b, "org") == ["KVRA"]


def test_a_body_named_with_an_office_word_stays():
    # "General" alone is an office word, but a name with a body's word in it is not a rank
    a, b = two("The Varno General Assembly said it would meet.", [("Varno General Assembly", "ORG")],
                "Delegates of the Varno General Assembly agreed.", [("Varno General Assembly", "ORG")])
    assert values(a, "org") == ["Varno General Assembly"] and values(b, "org") == ["Varno General Assembly"]


def test_a_bureau_closing_a_byline_is_a_desk():
    a = tagged(("Tarvo Melk, Kelvo Bureau", [("Tarvo Melk", "PERSON"), ("Kelvo Bureau", "ORG")]),
               ("The KVRA said rains were late.", [("KVRA", "ORG")]), aid="a")
    b = tagged(("Kelvo Bureau", [("Kelvo Bureau", "ORG")]), ("The KVRA met.", [("KVRA", "ORG")]), aid="b")
    a, b = linked(a, b)
    assert values(a, "org") == ["KVRA"] and values(b, "org") == ["KVRA"]


def test_a_bureau_inside_sentences_stays():
    a, b = two("The Kelvo Statistics Bureau said prices rose.", [("Kelvo Statistics Bureau", "ORG")],
                "Figures from the Kelvo Statistics Bureau show a fall.", [("Kelvo Statistics Bureau", "ORG")])
    assert values(a, "org") == ["Kelvo Statistics Bureau"] and values(b, "org") == ["Kelvo Statistics Bureau"]


def test_a_club_or_house_used_as_a_venue_is_no_body():
    a, b = two("Varno won the match at Kelvo Sports Club yesterday, the KVRA said.",
                [("Kelvo Sports Club", "ORG"), ("KVRA", "ORG")],
                "The next Test is at Kelvo Sports Club, and the KVRA met at Varno House.",
                [("Kelvo Sports Club", "ORG"), ("KVRA", "ORG"), ("Varno House", "ORG")])
    assert values(a, "org") == ["KVRA"] and values(b, "org") == ["KVRA"]


def test_a_hotel_used_as_a_venue_is_no_body_and_one_that_acts_stays():
    a, b = two("He died of a heart attack at the Kelvo Grand Hotel in Varno, the KVRA said.",
                [("Kelvo Grand Hotel", "ORG"), ("KVRA", "ORG")],
                "The KVRA held a press conference at the Kelvo Grand Hotel on Saturday.",
                [("KVRA", "ORG"), ("Kelvo Grand Hotel", "ORG")])
    assert values(a, "org") == ["KVRA"] and values(b, "org") == ["KVRA"]
    a, b = two("The Varno Palace Hotel said on Monday it would hire 40 staff.", [("Varno Palace Hotel", "ORG")],
                "The Varno Palace Hotel announced record profits.", [("Varno Palace Hotel", "ORG")])
    assert values(a, "org") == ["Varno Palace Hotel"] and values(b, "org") == ["Varno Palace Hotel"]


def test_a_house_that_acts_stays():
    a, b = two("Varno House said on Monday it would act.", [("Varno House", "ORG")],
                "Officials at Varno House met, and Varno House announced a plan.", [("Varno House", "ORG")])
    assert values(a, "org") == ["Varno House"] and values(b, "org") == ["Varno House"]


def test_heads_of_state_and_a_span_cut_after_head_of_are_no_bodies():
    # (the cut span follows an office's "of" in all its mentions, three or more, and is made of common words)
    cut = ("The Head of State and Government thanked the KVRA, as the state and the government agreed.",
           [("State and Government", "ORG"), ("KVRA", "ORG")])
    a = tagged(("The Heads of State and Government met the KVRA.", [("Heads of State and Government", "ORG"),
                                                                    ("KVRA", "ORG")]), cut, aid="a")
    b, c = tagged(cut, aid="b"), tagged(cut, aid="c")
    linked(a, b, c)
    assert values(a, "org") == ["KVRA"] and values(b, "org") == ["KVRA"]


def test_a_body_after_an_office_of_the_stays():
    a, b = two("The Secretary-General of the Varno Union spoke.", [("Varno Union", "ORG")],
                "The Varno Union said it would.", [("Varno Union", "ORG")])
    assert values(a, "org") == ["Varno Union"] and values(b, "org") == ["Varno Union"]


def test_a_glued_possessive_merges_into_its_body_or_leaves_for_a_country_or_person():
    a, b = two("The Kelvo City Council met. Kelvo City Councils budget fell.",
                [("Kelvo City Council", "ORG"), ("Kelvo City Councils", "ORG")],
                "The Kelvo City Council sold Kelvo City Councils property, and Cubas support and Tarvo Melk "
                "praised Melks victory.", [("Kelvo City Council", "ORG"), ("Kelvo City Councils", "ORG"),
                                           ("Cubas", "ORG"), ("Tarvo Melk", "PERSON"), ("Melks", "ORG")])
    assert values(a, "org") == ["Kelvo City Council"] and values(b, "org") == ["Kelvo City Council"]


def test_a_plural_name_that_acts_stays():
    # (an archive that writes its possessives with the apostrophe: "the KVRA's chief")
    a, b = two("Kelvo Mills shares rose, the KVRA's chief said.", [("Kelvo Mills", "ORG"), ("KVRA", "ORG")],
                "Kelvo Mill workers and Kelvo Mills agreed, as did the KVRA's board.",
                [("Kelvo Mill", "ORG"), ("Kelvo Mills", "ORG"), ("KVRA", "ORG")])
    assert "Kelvo Mills" in values(a, "org")


def test_the_pass_can_be_turned_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_ORG_USES", "0")
    # (round 32 made the spelled-out ranks titles, so the tagger's office-alone rule drops a rank tagged ORG by
    # itself too: off as well, to see what this pass alone does)
    monkeypatch.setenv("NEWSFACET_OFFICE_ALONE", "0")
    a, b = two("He was promoted to the rank of Major-General by the KVRA.", [("Major-General", "ORG"), ("KVRA", "ORG")],
                "Major General (Rtd) Tarvo Melk told the KVRA.", [("Major General", "ORG"), ("KVRA", "ORG")])
    assert "Major-General" in values(a, "org") + values(b, "org")


def test_a_country_short_plural_and_a_compass_part_of_a_place_are_places():
    a, b = two("Investors in the Solomons met the KVRA in Varno.", [("Solomons", "ORG"), ("KVRA", "ORG"),
                                                                     ("Varno", "GPE")],
                "Voters in Central Varno told the KVRA; the Solomons agreed.",
                [("Central Varno", "ORG"), ("KVRA", "ORG"), ("Solomons", "ORG")])
    assert values(a, "org") == ["KVRA"] and values(b, "org") == ["KVRA"]


def _lone(acronym_articles):
    from indexer.entities import link_people

    arts = [tagged((text, spans), aid=f"x{i}") for i, (text, spans) in enumerate(acronym_articles)]
    link_people(arts)
    return [values(a, "org") for a in arts]


def test_an_acronym_spelt_out_one_way_in_two_articles_is_that_body_everywhere():
    long = "Kelvo Varno Development Authority"
    got = _lone([(f"The {long} (KVDA) met.", [(f"{long} (KVDA)", "ORG")]),
                 (f"The {long} and the KVDA agreed.", [(long, "ORG"), ("KVDA", "ORG")]),
                 ("The KVDA said it would act.", [("KVDA", "ORG")]),
                 ("Leaders of the KVDA met.", [("KVDA", "ORG")]),
                 ("The KVDA summit ended.", [("KVDA", "ORG")])])
    assert got[2:] == [[long]] * 3


def test_an_acronym_spelt_out_once_stays_apart_where_it_stands_alone():
    long = "Kelvo Varno Development Authority"
    got = _lone([(f"The {long} (KVDA) met.", [(f"{long} (KVDA)", "ORG")]),
                 ("The KVDA said it would act.", [("KVDA", "ORG")]),
                 ("Leaders of the KVDA met.", [("KVDA", "ORG")]),
                 ("The KVDA summit ended.", [("KVDA", "ORG")])])
    assert got[1:] == [["KVDA"]] * 3


def test_one_lower_case_word_the_model_calls_an_org_takes_no_alias_but_a_lower_case_ministry_does():
    """"episodes that fed growing suspicion" is no Federal Reserve, "un" no United Nations (straitstimes2020,
    cnn2026, herald_zw2025); "the defence ministry" still names a body through the alias table."""
    a = tagged(("Episodes that fed growing suspicion and un-backed claims.", [("fed", "ORG"), ("un", "ORG")]),
               ("The Fed raised rates, the defence ministry said.", [("Fed", "ORG"), ("defence ministry", "ORG")]))
    assert sorted(values(a, "org")) == ["Defense Ministry", "Federal Reserve"]
    assert [m.paragraph for m in a.mentions if m.kind == "org" and m.value == "Federal Reserve"] == [1]


# Round 19: a portfolio named only inside an office's title, "the" between or not, an office in any case, or the
# tail of a longer name after a body's head word and "for"/"of".
_PORTFOLIO = ("Tarvo Melk, president of the State Harvests of the Varno Republic, met the KVRA; the state said "
              "its harvests were good.", [("Tarvo Melk", "PERSON"), ("State Harvests", "ORG"), ("KVRA", "ORG")])


def test_a_portfolio_named_only_after_an_office_is_no_body():
    a, b, c = (tagged(_PORTFOLIO, aid=aid) for aid in "abc")
    linked(a, b, c)
    assert values(a, "org") == ["KVRA"] and values(c, "org") == ["KVRA"]
    assert [m.text for m in a.mentions if m.kind == "org"] == ["State Harvests", "KVRA"]  # still a mention


def test_a_portfolio_after_a_vice_presidency_for_is_a_cut_name():
    # (the office's "Vice President for" is a body's cue to the evidence gate; the "Presidency for" cuts the name)
    cut = ("The Vice Presidency for Science and Harvests backed the KVRA; the science and harvests grew.",
           [("Science and Harvests", "ORG"), ("KVRA", "ORG")])
    office = ("Tarvo Melk, Vice President for Science and Harvests, met the KVRA.",
              [("Tarvo Melk", "PERSON"), ("Science and Harvests", "ORG"), ("KVRA", "ORG")])
    a, b, c = tagged(cut, aid="a"), tagged(cut, aid="b"), tagged(office, aid="c")
    linked(a, b, c)
    assert values(a, "org") == ["KVRA"]


def test_a_portfolio_used_alone_once_stays():
    # one mention outside a title: the archive uses the name for a body of its own
    a, b, c = tuple(tagged(_PORTFOLIO, aid=aid) for aid in "ab") + (tagged(
        ("The State Harvests said the KVRA was right.", [("State Harvests", "ORG"), ("KVRA", "ORG")]), aid="c"),)
    linked(a, b, c)
    assert "State Harvests" in values(a, "org")


def test_a_unit_or_a_name_after_an_office_stays():
    # a unit's word ("Staff") or a name the archive never writes in lower case keeps its value
    staff = ("Tarvo Melk, head of the General Staff, met the KVRA; the general staff agreed.",
             [("Tarvo Melk", "PERSON"), ("General Staff", "ORG"), ("KVRA", "ORG")])
    named = ("Tarvo Melk, chairman of the Kelvotrans, met the KVRA.",
             [("Tarvo Melk", "PERSON"), ("Kelvotrans", "ORG"), ("KVRA", "ORG")])
    arts = [tagged(staff, aid=f"s{i}") for i in range(3)] + [tagged(named, aid=f"n{i}") for i in range(3)]
    linked(*arts)
    assert "General Staff" in values(arts[0], "org") and "Kelvotrans" in values(arts[3], "org")


def test_a_party_cut_before_its_level_office_is_no_body():
    cut = ("KVP State president Tarvo Melk met the KVRA.", [("KVP State", "ORG"), ("Tarvo Melk", "PERSON"),
                                                           ("KVRA", "ORG")])
    a, b = two(*cut, *cut)
    assert values(a, "org") == ["KVRA"] and values(b, "org") == ["KVRA"]


def test_the_switch_keeps_portfolios(monkeypatch):
    monkeypatch.setenv("NEWSFACET_TITLE_PORTFOLIO", "0")
    a, b, c = (tagged(_PORTFOLIO, aid=aid) for aid in "abc")
    linked(a, b, c)
    assert "State Harvests" in values(a, "org")
