"""Organisation error classes of round 3 (issue 11), on invented sentences and NER spans: datelines in capitals
and bylines run into them, venues and counties, role acronyms and headline words, page furniture, glued and
cut names, squad-list labels, storms, products, religions and families tagged ORG."""
from __future__ import annotations

import pytest

from tests.test_entities_units import linked, tagged, values

pytestmark = pytest.mark.usefixtures("no_org_evidence_gate")



# --- 1. places: datelines, venues, counties ---------------------------------------------------------------

def test_a_capitals_dateline_heading_any_paragraph_is_no_body():
    art = tagged(("RUGBY - KELMORE WIN AGAIN", []),
                 ("OSLO 1996-12-07", [("OSLO", "ORG")]),
                 ("NOTAPLACEX 1996-12-07", [("NOTAPLACEX 1996", "ORG")]),
                 ("DORVALI CREEK 1996-12-06", [("DORVALI", "ORG")]))
    assert values(art, "org") == []
    assert "Oslo" in values(art, "place")


def test_a_capital_acronym_opening_a_sentence_stays_a_body():
    art = tagged(("Markets were calm.", []), ("NATO said on 1996-12-07 it would meet.", [("NATO", "ORG")]))
    assert values(art, "org") == ["NATO"]


def test_a_byline_run_into_the_dateline_is_no_body():
    art = tagged(("By Ilse Varro and Aurel Desmarais OSLO, Sept 14 (Reuters) - Shares fell.",
                  [("Ilse Varro", "PERSON"), ("Aurel Desmarais OSLO", "ORG")]),
                 ("Taxes rise By KNA Dorvali, Aug. 6, KNA - Firms were urged to pay.", [("KNA Dorvali", "ORG")]))
    assert values(art, "org") == []


def test_a_venue_or_a_lower_case_county_tagged_org_is_a_place_and_a_court_house_is_nothing():
    art = tagged(("Play resumed at the Kelmore Cricket Ground and at Dorvali Oval.",
                  [("Kelmore Cricket Ground", "ORG"), ("Dorvali Oval", "ORG")]),
                 ("Cases rose in Varrow county this week.", [("Varrow county", "ORG")]),
                 ("A meeting was held at the Court House.", [("Court House", "ORG")]))
    assert values(art, "org") == []
    assert {"Kelmore Cricket Ground", "Dorvali Oval", "Varrow county"} <= set(values(art, "place"))
    assert "Court House" not in values(art, "place")


def test_a_club_called_county_stays_a_body():
    art = tagged(("Kelmore County won 2-1 at home.", [("Kelmore County", "ORG")]))
    assert values(art, "org") == ["Kelmore County"]


# --- 2. role acronyms and headline words ------------------------------------------------------------------

def test_a_job_title_or_finance_acronym_is_no_body():
    art = tagged(("The CFO said the IPO was delayed, and CIO’s want IR reform.",
                  [("CFO", "ORG"), ("IPO", "ORG"), ("CIO’s", "ORG"), ("IR", "ORG")]),
                 ("Zorvik Corp hired a new CEO.", [("Zorvik Corp", "ORG"), ("CEO", "ORG")]))
    assert values(art, "org") == ["Zorvik Corp"]


def test_a_common_word_in_headline_capitals_is_no_body_but_an_acronym_is():
    a = tagged(("THE BLUSTERY WEATHER RETURNS", [("BLUSTERY", "ORG")]),
               ("It was a blustery day, and the blustery wind blew at the NATO base.", [("NATO", "ORG")]), aid="a")
    b = tagged(("NATO met, and members of NATO agreed.", [("NATO", "ORG"), ("NATO", "ORG")]), aid="b")
    linked(a, b)
    assert values(a, "org") == ["NATO"]


def test_a_capitals_word_the_corpus_also_writes_as_a_name_stays():
    a = tagged(("ZORVIK PROFITS RISE", [("ZORVIK", "ORG")]),
               ("The zorvik is a fish, but shares of Zorvik rose and the zorvik fell.", [("Zorvik", "ORG")]), aid="a")
    linked(a)
    assert [m.text for m in a.mentions if m.kind == "org"] == ["ZORVIK", "Zorvik"]


# --- 3. page furniture --------------------------------------------------------------------------------------

def test_link_text_a_credited_web_address_and_a_time_zone_quote_line_are_no_bodies():
    art = tagged(("For complaints, please Contact us.", [("Contact us", "ORG")]),
                 ("Source: Zorvikbrand.com", [("Zorvikbrand.com", "ORG")]),
                 ("Wed, Sep 30, 2015, 01:39 BST-UK Markets open in 6 hrs", [("BST-UK Markets", "ORG")]),
                 ("Kelmore Heads For Best Week", [("Kelmore Heads For", "ORG")]))
    assert values(art, "org") == []


def test_a_company_named_by_its_web_address_in_a_sentence_stays():
    art = tagged(("Shares of Zorvik.com rose after the sale.", [("Zorvik.com", "ORG")]))
    assert values(art, "org") == ["Zorvik.com"]


# --- 4. fragments and glued pairs -------------------------------------------------------------------------

def test_two_bodies_glued_by_and_or_a_title_glued_to_a_party_are_no_value():
    a = tagged(("He owns shares of Zorvik and Kelmore.", [("Zorvik and Kelmore", "ORG")]),
               ("Zorvik rose; Kelmore fell.", [("Zorvik", "ORG"), ("Kelmore", "ORG")]),
               ("Foreign Minister and KDS vice-chairman Ivo Varro spoke.",
                [("Foreign Minister and KDS", "ORG"), ("Ivo Varro", "PERSON")]), aid="a")
    linked(a)
    assert set(values(a, "org")) == {"Zorvik", "Kelmore"}


def test_a_body_named_x_and_y_stays_when_its_halves_are_no_bodies():
    a = tagged(("Shares of Kelso and Varrow rose.", [("Kelso and Varrow", "ORG")]), aid="a")
    linked(a)
    assert values(a, "org") == ["Kelso and Varrow"]


def test_a_lone_legal_form_a_name_cut_at_its_adjective_and_families_are_no_bodies():
    art = tagged(("Data provided by Kelso Systems, Inc. (KSI).", [("Inc.", "ORG")]),
                 ("He left the ruling Movement for a Democratic Dorvalia last year.",
                  [("Movement for a Democratic", "ORG")]),
                 ("A feud between two families, the Varros and Kelsos, left two dead.", [("Varros and Kelsos", "ORG")]))
    assert values(art, "org") == []


def test_a_whole_name_ending_in_an_adjective_stays():
    art = tagged(("The Party of the Democratic said no.", [("Party of the Democratic", "ORG")]))
    assert values(art, "org") == ["Party of the Democratic"]


# --- 5./6. people, storms, products, religions, nationalities ---------------------------------------------

def test_a_squad_list_label_is_no_body():
    art = tagged(("Goalkeepers - Ivo Varro, Aurel Kelso", [("Goalkeepers - Ivo Varro", "ORG"), ("Aurel Kelso", "PERSON")]))
    assert values(art, "org") == []


def test_a_storm_a_car_make_and_a_religion_are_no_bodies():
    art = tagged(("The tropical cyclone Varrina was 500 km off the coast.", [("Varrina", "ORG")]),
                 ("They were shot at from a Zorvik car at night.", [("Zorvik", "ORG")]),
                 ("He converted to Islam last year.", [("Islam", "ORG")]))
    assert values(art, "org") == []


def test_a_firm_before_car_without_an_article_stays():
    art = tagged(("Zorvik car sales rose.", [("Zorvik", "ORG")]))
    assert values(art, "org") == ["Zorvik"]


def test_a_nationality_in_in_is_no_body():
    from indexer.entities.org_words import nationality

    assert nationality("Montenegrin") and not nationality("Berlin")


def test_a_firm_whose_name_holds_and_stays_even_when_its_halves_are_values():
    a = tagged(("Shares of Kelso Rail and Harbour Co rose.", [("Kelso Rail and Harbour Co", "ORG")]),
               ("Kelso Rail fell; Harbour Co rose.", [("Kelso Rail", "ORG"), ("Harbour Co", "ORG")]), aid="a")
    linked(a)
    assert "Kelso Rail and Harbour Co" in values(a, "org")


def test_plural_names_joined_by_and_stay_a_body_unless_the_sentence_speaks_of_families():
    art = tagged(("Readers met at Varrobooks and Kelsowords on Sunday.", [("Varrobooks and Kelsowords", "ORG")]))
    assert values(art, "org") == ["Varrobooks and Kelsowords"]
