"""Classes of person and place errors seen on real news archives (issue 11), on made-up sentences with
hand-made NER spans (no spaCy model): towns of the article's own country read as namesakes abroad, trade
rounds named after a city, storms, firms and districts the model called people, places named like people.
"""
from __future__ import annotations

from tests.test_entities_units import tagged


def place(art, text):
    found = [m for m in art.mentions if m.text == text and m.kind == "place"]
    assert found, f"{text!r} is not a place: {[(m.text, m.kind) for m in art.mentions]}"
    return found[0]


def kinds(art, text):
    return {m.kind for m in art.mentions if m.text == text}


# --- a town abroad needs the article to talk about its country ---------------------------------------------

def test_a_small_town_abroad_gets_no_country_in_an_article_about_another_country():
    # the gazetteer knows only the English Exmouth; the story is about Queensland and New South Wales
    art = tagged(("Graziers in Queensland and New South Wales want rain.", [("Queensland", "GPE"),
                                                                             ("New South Wales", "GPE")]),
                 ("Prawn trawlers moored at Exmouth on Friday.", [("Exmouth", "GPE")]))
    m = place(art, "Exmouth")
    assert (m.value, m.region, m.country) == ("Exmouth", None, None)
    assert place(art, "Queensland").country == "Australia"


def test_a_small_town_keeps_its_country_when_the_article_talks_about_it():
    art = tagged(("Flooding hit England and Wales overnight.", [("England", "GPE"), ("Wales", "GPE")]),
                 ("Boats were moored at Exmouth on Friday.", [("Exmouth", "GPE")]))
    m = place(art, "Exmouth")
    assert (m.region, m.country) == ("England", "United Kingdom")


def test_a_town_alone_keeps_the_country_of_its_only_reading():
    art = tagged(("Boats were moored at Exmouth on Friday.", [("Exmouth", "GPE")]))
    assert place(art, "Exmouth").country == "United Kingdom"


def test_a_major_city_abroad_keeps_its_country():
    art = tagged(("Graziers in Queensland want rain.", [("Queensland", "GPE")]),
                 ("Wool buyers in Frankfurt held back.", [("Frankfurt", "GPE")]))
    assert place(art, "Frankfurt").country == "Germany"


def test_a_dateline_keeps_its_country_whatever_else_the_story_names():
    art = tagged(("PADERBORN, March 3 - The maker said sales in Japan and Brazil rose.",
                  [("Japan", "GPE"), ("Brazil", "GPE")]))
    assert place(art, "PADERBORN").country == "Germany"


def test_an_alternate_name_of_a_world_city_is_not_that_city_in_another_countrys_story():
    # "Roma" is also Rome's Italian name; in a Queensland story it is the local town
    art = tagged(("Cattle sold well at Queensland saleyards.", [("Queensland", "GPE")]),
                 ("Prices at Roma rose again.", [("Roma", "GPE")]))
    m = place(art, "Roma")
    assert (m.value, m.country) == ("Roma", None)


def test_a_region_named_after_a_town_puts_it_in_that_country_over_a_big_namesake_abroad():
    art = tagged(("The cattle leave from Portland in Victoria next month.", [("Portland", "GPE"),
                                                                              ("Victoria", "GPE")]))
    m = place(art, "Portland")
    assert (m.region, m.country) == ("Victoria", "Australia")


def test_a_world_city_is_not_moved_by_a_list_of_other_cities():
    art = tagged(("Talks were held in Jeddah, Riyadh, London and Istanbul.",
                  [("Jeddah", "GPE"), ("Riyadh", "GPE"), ("London", "GPE"), ("Istanbul", "GPE")]))
    assert place(art, "Jeddah").country == "Saudi Arabia"


def test_a_trade_round_named_after_a_city_is_not_that_city():
    art = tagged(("Ministers tried to revive the Doha round of trade talks.", [("Doha", "GPE")]),
                 ("The Uruguay Round ended in 1994.", [("Uruguay", "GPE")]))
    assert kinds(art, "Doha") == set() and kinds(art, "Uruguay") == set()


def test_a_round_of_talks_held_in_a_city_is_in_that_city():
    art = tagged(("Envoys met for the Istanbul round of talks.", [("Istanbul", "GPE")]))
    assert place(art, "Istanbul").country == "Turkey"
