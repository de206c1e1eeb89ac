"""Round-7 evidence gate for places (issue 11): a name the model tagged GPE that the gazetteer cannot locate
stays out of the place facet unless something in the archive shows it to be a place. Invented sentences with
hand-made NER spans; the names are made up so that no gazetteer entry answers for them."""
from __future__ import annotations

from indexer.entities import link_people
from search.model import NO_FACET
from tests.test_entities_units import tagged


def _places(arts) -> set[str]:
    return {v for a in arts for v in a.entity_values("place")}


def test_an_unlocated_name_no_sentence_places_leaves_the_place_facet():
    arts = [tagged(("Shares of Zorblax rose after the merger with Chicago rivals.",
                    [("Zorblax", "GPE"), ("Chicago", "GPE")]), aid="a"),
            tagged(("Zorblax said profits would rise.", [("Zorblax", "GPE")]), aid="b")]
    assert "Zorblax" in _places(arts)  # the article alone keeps the model's reading
    link_people(arts)
    assert "Zorblax" not in _places(arts)
    assert "Chicago" in _places(arts)  # a located place is never touched
    # ... but each mention stays, labelled NO_FACET: still highlighted and counted as a place mention
    kept = [m for a in arts for m in a.mentions if m.value == "Zorblax"]
    assert len(kept) == 2 and all(m.kind == "place" and m.label == NO_FACET for m in kept)
    assert all(m.label != NO_FACET for a in arts for m in a.mentions if m.value == "Chicago")


def test_one_sentence_that_places_the_name_keeps_it_in_every_article():
    arts = [tagged(("Farmers near Quindaroo Flats sold their wool.", [("Quindaroo Flats", "GPE")]), aid="a"),
            tagged(("Quindaroo Flats had rain.", [("Quindaroo Flats", "GPE")]), aid="b")]
    link_people(arts)
    assert {a.id for a in arts if "Quindaroo Flats" in a.entity_values("place")} == {"a", "b"}


def test_a_name_that_says_what_kind_of_place_it_is_or_a_list_of_places_keeps_it():
    arts = [tagged(("Voters in Chicago and Blorvish county went to the polls.",
                    [("Chicago", "GPE"), ("Blorvish county", "GPE")]), aid="a"),
            tagged(("Blorvish county voted.", [("Blorvish county", "GPE")]), aid="b"),
            tagged(("Troops moved from Chicago to Tremmelvania.", [("Chicago", "GPE"), ("Tremmelvania", "GPE")]),
                   aid="c")]
    link_people(arts)
    assert {"Blorvish county", "Tremmelvania"} <= _places(arts)


def test_a_name_the_model_tags_loc_needs_no_sentence():
    arts = [tagged(("The Wumbat River flooded.", [("Wumbat River", "LOC")]), aid="a")]
    link_people(arts)
    assert "Wumbat River" in _places(arts)
