"""Round 13 org gate (issue 11, org_kinds.py): values the archive's own text shows to be no body -- an amount in
a currency's letters, a product by its model number, an office or a scheme by its acronym, a common noun the
archive writes in the plural, a country's initials, a demonym, a name cut out of a longer one. Each test has a
twin where the same shape with a body's evidence keeps its value. Invented names throughout."""
from __future__ import annotations

from tests.test_entities_units import linked, tagged, two, values


def test_a_currency_letter_glued_to_an_amount_is_money():
    a, b = two("The KVRA paid Q10 million and Q3.50 a litre.", [("Q10", "ORG"), ("KVRA", "ORG")],
                "Fees rose to Q10 for the KVRA, and Q25,000 was raised.", [("Q10", "ORG"), ("KVRA", "ORG")])
    assert values(a, "org") == ["KVRA"] and values(b, "org") == ["KVRA"]


def test_a_letter_and_number_that_is_never_money_stays():
    # "G20"-shaped: the letters never come before a decimal, a thousands comma or "million"
    a, b = two("Leaders of the Q20 met in Varno.", [("Q20", "ORG")],
                "The Q20 summit ended as the Q20 agreed.", [("Q20", "ORG")])
    assert values(a, "org") == ["Q20"] and values(b, "org") == ["Q20"]


def test_a_maker_before_model_numbers_is_a_product():
    a, b = two("Air Kelvo leased a Vornex 737-800 and the KVRA approved.", [("Vornex", "ORG"), ("KVRA", "ORG")],
                "The Vornex aircraft was grounded by the KVRA.", [("Vornex", "ORG"), ("KVRA", "ORG")])
    assert values(a, "org") == ["KVRA"] and values(b, "org") == ["KVRA"]


def test_a_maker_acting_as_a_company_stays():
    a, b = two("Vornex said profits rose.", [("Vornex", "ORG")],
                "Shares in Vornex fell after Vornex cut jobs.", [("Vornex", "ORG")])
    assert "Vornex" in values(a, "org") and "Vornex" in values(b, "org")


def test_an_acronym_spelt_out_as_an_office_is_a_title_and_with_a_surname_a_person():
    a, b = two("The fund's General Manager (GM) Tarvo Melk said the KVRA agreed.", [("GM", "ORG"), ("KVRA", "ORG")],
                "GM Melk said the GM would meet the KVRA.", [("GM Melk", "ORG"), ("GM", "ORG"), ("KVRA", "ORG")])
    assert values(a, "org") == ["KVRA"] and values(b, "org") == ["KVRA"]


def test_an_acronym_spelt_out_as_a_body_stays():
    a, b = two("The Varno Marine Council (VMC) met.", [("VMC", "ORG")], "The VMC said it would.", [("VMC", "ORG")])
    assert values(a, "org") == ["VMC"] and values(b, "org") == ["VMC"]


def test_an_acronym_before_scheme_and_workers_is_a_scheme():
    a, b = two("More QSE workers left for Varno under the KVRA.", [("QSE", "ORG"), ("KVRA", "ORG")],
                "The QSE scheme grew, said the KVRA.", [("QSE", "ORG"), ("KVRA", "ORG")])
    assert values(a, "org") == ["KVRA"] and values(b, "org") == ["KVRA"]


def test_an_acronym_the_archive_writes_in_the_plural_is_a_common_noun():
    a, b = two("Two QNGs and the KVRA met.", [("KVRA", "ORG")],
                "The QNG said the KVRA was wrong; other QNGs agreed.", [("QNG", "ORG"), ("KVRA", "ORG")])
    assert values(b, "org") == ["KVRA"] and values(a, "org") == ["KVRA"]


def test_a_country_by_its_initials_is_no_body():
    a, b = two("Exports to the UAE rose, the KVRA said.", [("UAE", "ORG"), ("KVRA", "ORG")],
                "The UAE and the KVRA signed.", [("UAE", "ORG"), ("KVRA", "ORG")])
    assert values(a, "org") == ["KVRA"] and values(b, "org") == ["KVRA"]


def test_a_demonym_used_before_nouns_and_in_the_plural_is_a_people():
    a, b = two("Varnitan farmers met the KVRA.", [("Varnitan", "ORG"), ("KVRA", "ORG")],
                "Varnitans and Varnitan residents told the KVRA.", [("Varnitan", "ORG"), ("KVRA", "ORG")])
    assert values(a, "org") == ["KVRA"] and values(b, "org") == ["KVRA"]


def test_a_country_name_made_plural_is_a_people():
    # (a plural name passes the evidence gate as a team's in a match report: this is the test that catches it)
    from indexer.entities.org_kinds import _demonym_plural

    assert _demonym_plural("Papua New Guineans") and _demonym_plural("Solomon Islanders") is False
    assert not _demonym_plural("New York Jets") and not _demonym_plural("Papua New Guinea Hunters")


def test_a_span_ending_in_an_ampersand_is_a_cut_name():
    a, b = two("By Tarvo Melkson & Kelvo Arn", [("Tarvo Melkson &", "ORG")],
                "By Tarvo Melkson & Kelvo Arn. The KVRA met.", [("Tarvo Melkson &", "ORG"), ("KVRA", "ORG")])
    assert values(a, "org") == [] and values(b, "org") == ["KVRA"]


def test_a_span_cut_out_of_a_ministry_name_is_no_body():
    # a word filed as a body in three articles and never written in lower case passes as a brand: its
    # mentions inside a ministry's name say it is a cut piece of that name
    arts = [tagged((f"The Ministry of Agriculture, Drovestock, Forestry and Fisheries met on day {i}.",
                    [("Drovestock", "ORG")]), aid=f"d{i}") for i in range(3)]
    linked(*arts)
    assert all(values(a, "org") == [] for a in arts)


def test_a_brand_outside_a_ministry_name_stays():
    arts = [tagged((f"Drovestock opened a shop on day {i}.", [("Drovestock", "ORG")]), aid=f"d{i}") for i in range(3)]
    linked(*arts)
    assert all(values(a, "org") == ["Drovestock"] for a in arts)


def test_a_span_cut_before_an_office_is_no_body():
    a, b = two("The KVRA General Manager said so.", [("KVRA General", "ORG")],
                "KVRA General Manager Tarvo Melk agreed.", [("KVRA General", "ORG")])
    assert values(a, "org") == [] and values(b, "org") == []


def test_a_small_home_place_from_the_place_tier_leaves_the_org_facet(monkeypatch):
    # the seam to the PLACE side's small-place tier (small_places.home_place): a locality below the shipped
    # gazetteer's population cut, named bare in a US paper, is the town, not a body
    from indexer.entities import org_other
    from indexer.entities.gazetteer import Place
    from tests.test_entities_org_other import _item, _us_paper

    tier = {("Varnhollow", "United States"): (Place("Varnhollow", "US", "Ohio", 700, "city"),)}
    monkeypatch.setattr(org_other, "_small_home_places", lambda v, home: tier.get((v, home), ()))
    org_other.home_place.cache_clear()
    bare = _item("Flights to Varnhollow resumed, said the Kelvora Growers Council.",
                 [("Varnhollow", "ORG"), ("Kelvora Growers Council", "ORG")], "x")
    cued = _item("A spokesman for Varnhollow said rates rose.", [("Varnhollow", "ORG")], "y")
    other = _item("Flights to Varnhollow resumed again.", [("Varnhollow", "ORG")], "z")
    linked(*_us_paper(8), bare, cued, other)
    org_other.home_place.cache_clear()
    assert "Varnhollow" not in values(bare, "org") + values(other, "org") and values(cued, "org") == ["Varnhollow"]


def test_a_home_region_by_its_initials_is_a_home_place():
    from indexer.entities.org_other import home_place

    assert home_place("NSW", "Australia") and not home_place("NSW", "United States")
    assert not home_place("NS", "Australia")  # two letters spell too many other things
    # a province by its name less "Province" ("East New Britain Province" in GeoNames)
    assert home_place("East New Britain", "Papua New Guinea") and not home_place("East New Britain", "Australia")


def test_a_shouted_first_word_of_a_lede_is_recased_where_the_archive_writes_it_in_title_case():
    a = tagged(("KELVORA Growers Council met on Monday.", [("KELVORA Growers Council", "ORG")]), aid="a")
    # (the title-case word is no org value anywhere: only the archive's spelling of the word says how to case it)
    b = tagged(("Farmers from Kelvora and the KVRA Growers Council met.", [("KVRA Growers Council", "ORG")]), aid="b")
    c = tagged(("KVRA Growers Council met.", [("KVRA Growers Council", "ORG")]), aid="c")  # an acronym stays
    a, b, c = linked(a, b, c)
    assert values(a, "org") == ["Kelvora Growers Council"]
    assert values(c, "org") == ["KVRA Growers Council"]
