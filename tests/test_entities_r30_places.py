"""Round 30 (issue 11): a single word the archive writes as an ordinary word is no place where the model tags it
capitalised -- not a village that shares it ("Police" in Poland, "Central" in Louisiana), not an unlocated name.
Hand-made NER spans; the word must be a gazetteer town's, so a real one is used."""
from __future__ import annotations

from indexer.entities import places
from tests.test_entities_units import linked, tagged


def _place_values(arts):
    return sorted(v for a in arts for v in a.entity_values("place"))


_ORDINARY = [("The police said the police would hire more police officers.", [])]


def test_a_small_town_named_like_an_ordinary_word_of_the_archive_is_no_place():
    assert any(p.kind == "city" and p.population < 100_000 for p in places.candidates("Police"))
    a = tagged(("Athletes trained in Police before the games.", [("Police", "GPE")]),
               *_ORDINARY, aid="a")
    b = tagged(*_ORDINARY, aid="b")
    linked(a, b)
    assert "Police" not in _place_values([a, b])


def test_the_town_stays_where_the_archive_never_writes_the_word_in_lower_case(monkeypatch):
    a = tagged(("The mayor of Police opened a port in Poland.", [("Police", "GPE"), ("Poland", "GPE")]), aid="a")
    linked(a)
    assert "Police" in _place_values([a])


def test_the_switch_turns_it_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_ORDINARY_PLACES", "0")
    a = tagged(("Athletes trained in Police before the games.", [("Police", "GPE")]),
               *_ORDINARY, aid="a")
    b = tagged(*_ORDINARY, aid="b")
    linked(a, b)
    assert "Police" in _place_values([a, b])


def test_a_dateline_filed_at_a_bodys_seat_names_no_town():
    assert places.candidates("UN")  # (a village's name too: Un, India)
    art = tagged(("UN, March 3 (Daily Mirror) - UN rights chief Volker Turk said.", [("UN", "ORG")]))
    assert art.entity_values("place") == [] and art.entity_values("org") == ["United Nations"]
    art = tagged(("BLANTYRE, Malawi (AP) _ Prices rose.", [("BLANTYRE", "ORG")]))
    assert art.entity_values("place") == ["Blantyre", "Malawi"]


def test_a_scripture_is_no_place():
    art = tagged(("He recited verses of the Holy Quran in Lahore.", [("Holy Quran", "GPE"), ("Lahore", "GPE")]))
    assert art.entity_values("place") == ["Lahore"]
    art = tagged(("The Bible Society of Kenya met in Nairobi.", [("Bible Society of Kenya", "ORG")]))
    assert art.entity_values("org") == ["Bible Society of Kenya"]


def test_a_union_leaving_process_and_its_camp_are_none_of_the_facets():
    art = tagged(("Brexit will hit London, Brexiteers said, as the Brexit Party met.",
                  [("Brexit", "GPE"), ("London", "GPE"), ("Brexiteers", "ORG"), ("Brexit Party", "ORG")]))
    assert art.entity_values("place") == ["London"] and art.entity_values("org") == ["Brexit Party"]


def test_an_illness_is_none_of_the_facets():
    art = tagged(("COVID-19 and Ebola reached Accra, the WHO said.",
                  [("COVID-19", "ORG"), ("Ebola", "GPE"), ("Accra", "GPE"), ("WHO", "ORG")]))
    assert art.entity_values("place") == ["Accra"] and "COVID-19" not in art.entity_values("org")
