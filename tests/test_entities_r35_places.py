"""Round 35 of issue 11: place names the model cut before their last words, a kind of place alone, a town's word
that is a firm's or a school's short name, and a capital chosen by the countries its story talks about (with the
gazetteer's capitals matched however GeoNames spells them). Each rule is checked to fail with its switch off."""
from __future__ import annotations

from indexer.entities import places
from indexer.entities.gazetteer import is_capital
from tests.test_entities_units import linked, tagged, values


def _places(art):
    return [(m.text, m.value, m.region, m.country) for m in art.mentions if m.kind == "place" and m.label != "NOFACET"]


def test_a_place_cut_before_its_last_word_is_widened_to_its_whole_name(monkeypatch):
    text = "Videos promoting violence were shown during the committee hearing in Port Moresby yesterday."
    art = linked(tagged((text, [("Port", "GPE")])))[0]
    assert _places(art) == [("Port Moresby", "Port Moresby", "National Capital", "Papua New Guinea")]
    monkeypatch.setenv("NEWSFACET_CUT_TAILS", "0")
    art = linked(tagged((text, [("Port", "GPE")])))[0]
    assert [m.text for m in art.mentions if m.kind == "place"] == ["Port"]


def test_the_words_a_cut_tail_takes_back_are_no_mention_of_their_own():
    text = "Trump supporters hold a rally in Aliso Viejo before violence breaks out."
    art = linked(tagged((text, [("Aliso", "GPE"), ("Viejo", "PERSON")])))[0]
    assert _places(art) == [("Aliso Viejo", "Aliso Viejo", "California", "United States")]
    assert not [m for m in art.mentions if m.text == "Viejo"]


def test_a_name_that_goes_on_after_the_place_is_no_cut_place():
    # "Hamilton City" is a gazetteer key, but "Council" carries the name on: a body named after the town
    text = "The Hamilton City Council met on Monday to discuss the rail plan."
    art = linked(tagged((text, [("Hamilton", "GPE")])))[0]
    assert [m.text for m in art.mentions if m.kind == "place"] == ["Hamilton"]


def test_a_kind_of_place_alone_is_no_place_value(monkeypatch):
    text = "The Covid-19 death toll in the Valley stands at 35, officials in Kathmandu said."
    spans = [("Valley", "LOC"), ("Kathmandu", "GPE")]
    art = linked(tagged((text, spans)))[0]
    assert values(art, "place") == ["Kathmandu"]
    assert [m.label for m in art.mentions if m.text == "Valley"] == ["NOFACET"]  # kept, highlighted, no value
    monkeypatch.setenv("NEWSFACET_KIND_ALONE", "0")
    art = linked(tagged((text, spans)))[0]
    assert "Valley" in values(art, "place")


def _carson():
    return linked(tagged(
        ("Carson Pirie Scott and Co reported lower profits on Tuesday.", [("Carson Pirie Scott and Co", "ORG")]),
        ("Carson said it was extremely optimistic about 1987.", [("Carson", "GPE")])))[0]


def test_a_towns_word_the_article_writes_as_a_firm_is_the_firms_short_name(monkeypatch):
    art = _carson()
    assert "Carson" not in values(art, "place") and not art.entity_values("region")
    assert [m.value for m in art.mentions if m.text == "Carson"] == ["Carson Pirie Scott and Co"]
    monkeypatch.setenv("NEWSFACET_FIRM_NAMES", "0")
    assert "Carson" in values(_carson(), "place")


def test_a_firms_town_its_sentence_places_stays_a_place():
    text = "A steel works in Pohang, South Korea, will be built by Pohang Iron and Steel Co. Ltd next year."
    art = linked(tagged((text, [("Pohang", "GPE"), ("South Korea", "GPE"), ("Pohang Iron and Steel Co. Ltd", "ORG")])))[0]
    assert "Pohang" in values(art, "place")


def _massey(town="Massey"):
    return linked(tagged(
        (f"{town} University celebrates 50 years this week.", [(f"{town} University", "ORG")]),
        (f"It is a joint venture with {town}, the Ministry for Culture and Heritage and the army.", [(town, "GPE")])))[0]


def test_a_small_towns_word_the_article_writes_as_a_school_is_the_school(monkeypatch):
    art = _massey()
    assert "Massey" not in values(art, "place")
    assert [m.value for m in art.mentions if m.text == "Massey"] == ["Massey University"]
    monkeypatch.setenv("NEWSFACET_FIRM_NAMES", "0")
    assert "Massey" in values(_massey(), "place")


def test_a_big_towns_university_leaves_the_town_a_place():
    # a city of 300,000 names its university after itself: "Leicester" alone is the city
    assert "Leicester" in values(_massey("Leicester"), "place")


def test_geonames_capitals_are_matched_however_the_country_table_spells_them():
    def capital(name, code):
        return any(is_capital(p) for p in places.candidates(name) if p.country_code == code)

    # "San Jose", "Bogota", "Nur-Sultan" in GeoNames' country table; "Moscow", "Kyiv" in the full-detail countries
    for name, code in [("San José", "CR"), ("Bogotá", "CO"), ("Astana", "KZ"), ("Moscow", "RU"), ("Kyiv", "UA")]:
        assert capital(name, code), name
    assert capital("New Delhi", "IN") and not capital("Delhi", "IN")  # the city named so, not one listing the name


def test_a_capital_of_the_storys_country_beats_a_bigger_namesake_abroad(monkeypatch):
    text = "It lies on the North Pacific side of Costa Rica, 243 kilometers from San Jose."
    spans = [("Costa Rica", "GPE"), ("San Jose", "GPE")]
    art = linked(tagged((text, spans)))[0]
    assert ("San Jose", "San José", "San José", "Costa Rica") in _places(art)
    monkeypatch.setenv("NEWSFACET_CAPITAL_INSIDE", "0")
    monkeypatch.setenv("NEWSFACET_HOME_UNPLACED", "0")  # (round 47: an unplaced San Jose in a Costa Rican story)
    art = linked(tagged((text, spans)))[0]
    assert not [p for p in _places(art) if p[0] == "San Jose" and p[3] == "Costa Rica"]


def test_a_smaller_capital_abroad_leaves_a_us_story_its_own_big_town():
    text = "San Jose, the biggest city of Silicon Valley in the United States, raised its budget."
    art = linked(tagged((text, [("San Jose", "GPE"), ("Silicon Valley", "LOC"), ("United States", "GPE")])))[0]
    assert ("San Jose", "San Jose", "California", "United States") in _places(art)


def _enga_archive():
    # filed as a body in more articles than as a place, placed by "in" in the others: place_uses refiles the bodies
    located = [tagged((f"Fighting broke out again in Enga on day {i}, police said.", [("Enga", "GPE")]), aid=f"g{i}")
               for i in range(2)]
    refiled = [tagged((f"Again yesterday, the elites of Enga took the stage against guns on day {i}.",
                       [("Enga", "ORG")]), aid=f"o{i}") for i in range(3)]
    return linked(*located, *refiled)


def test_a_place_use_refiled_from_org_takes_the_gazetteers_reading_of_the_name(monkeypatch):
    art = _enga_archive()[-1]
    assert _places(art) == [("Enga", "Enga Province", "Enga Province", "Papua New Guinea")]
    monkeypatch.setenv("NEWSFACET_PLACE_USE_READINGS", "0")
    # (round 38: place_forms also locates the bare "Enga" by the archive's located "Enga Province": off for this check)
    monkeypatch.setenv("NEWSFACET_PLACE_FORMS", "0")
    art = _enga_archive()[-1]
    assert [(m.value, m.country, m.label) for m in art.mentions if m.text == "Enga"] == [("Enga", None, "PLACE_USE")]
    monkeypatch.setenv("NEWSFACET_PLACE_FORMS", "1")
    art = _enga_archive()[-1]
    assert [(m.value, m.country) for m in art.mentions if m.text == "Enga"] == [("Enga", "Papua New Guinea")]


def test_a_place_one_space_after_a_bodys_name_is_part_of_it(monkeypatch):
    text = "Amnesty International UK also questioned whether the decisions rested on torture evidence."
    spans = [("Amnesty International", "ORG"), ("UK", "GPE")]
    art = linked(tagged((text, spans)))[0]
    assert values(art, "org") == ["Amnesty International UK"] and not values(art, "place")
    monkeypatch.setenv("NEWSFACET_ORG_PLACE_TAILS", "0")
    art = linked(tagged((text, spans)))[0]
    assert values(art, "org") == ["Amnesty International"] and values(art, "place") == ["United Kingdom"]


def test_a_place_after_a_source_the_sentence_reports_from_starts_the_reported_clause():
    text = "But the Pentagon told Kelvora News US policy condemns and prohibits torture."
    art = linked(tagged((text, [("Pentagon", "ORG"), ("Kelvora News", "ORG"), ("US", "GPE")])))[0]
    assert values(art, "place") == ["United States"]


def test_an_outlets_own_edition_is_one_name_where_the_archive_writes_it_so_twice():
    arts = linked(*(tagged((f"The rule was changed on day {i}, a spokesman told Kelvora Mail Australia.",
                             [("Kelvora Mail", "ORG"), ("Australia", "GPE")]), aid=f"m{i}") for i in range(2)))
    assert all(values(a, "org") == ["Kelvora Mail Australia"] and not values(a, "place") for a in arts)


def test_a_place_that_names_an_agreement_gives_no_place_value(monkeypatch):
    texts = [("Farmers hope the Doha round of trade talks ends farm subsidies.", "Doha"),
             ("Marape wants rules as outlined in the global Paris climate agreement.", "Paris"),
             ("Britain joined after the Treaty of Rome was signed by six countries.", "Rome")]
    for text, name in texts:
        art = linked(tagged((text, [(name, "GPE")])))[0]
        assert name not in values(art, "place") and "Italy" not in art.entity_values("country"), text
    art = linked(tagged(("A man in Doha said the talks would go on.", [("Doha", "GPE")])))[0]
    assert values(art, "place") == ["Doha"]
    monkeypatch.setenv("NEWSFACET_NAMED_AGREEMENTS", "0")
    art = linked(tagged(("Britain joined after the Treaty of Rome was signed.", [("Rome", "GPE")])))[0]
    assert "Rome" in values(art, "place")
