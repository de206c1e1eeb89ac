"""Round-8 place classes (issue 11): namesakes filed abroad although the archive's own country has the place
(a region abroad named like a home town, a foreign spelling variant, a home town of comparable size), and a
country known by a short name that a small town also carries."""
from __future__ import annotations

from indexer.entities import archive, link_people, places
from tests.test_entities_archive_classes import _item, _place, _us_paper


def test_a_country_by_its_short_name_is_the_country_not_a_town_carrying_it():
    best = places.dominant(places.candidates("Palestine"))
    assert best.kind == "country" and best.country_code == "PS"


def test_a_region_named_like_towns_abroad_does_not_vote_for_its_country():
    assert archive.sure_country("California") == "United States"
    assert archive.sure_country("Santa Cruz") is None  # Bolivian department and Californian town


def _campus(n: int) -> list:
    """A Californian campus paper: its town is always named, in articles that also name the state."""
    return [_item(f"Students in Santa Cruz met on day {i}. The governor of California agreed.",
                  [("Santa Cruz", "GPE"), ("California", "GPE")], f"c{i}") for i in range(n)]


def test_a_home_town_named_like_a_region_abroad_is_the_home_town_across_the_outlet():
    bare = _item("The lecture in Santa Cruz drew a crowd.", [("Santa Cruz", "GPE")], "bare")
    assert _place(bare, "Santa Cruz").country == "Bolivia"  # the article alone: the department
    bolivia = _item("Talks in La Paz, Bolivia ended.", [("La Paz", "GPE"), ("Bolivia", "GPE")], "bo")
    link_people(_campus(6) + [bare, bolivia])
    assert _place(bare, "Santa Cruz").country == "United States"


def test_a_home_town_beats_a_foreign_city_that_only_lists_its_name_as_a_spelling():
    item = _item("The aquarium in Monterey reopened.", [("Monterey", "GPE")], "m")
    mexico = _item("Trade fair in Mexico City and Guadalajara, Mexico.", [("Mexico City", "GPE"),
                   ("Guadalajara", "GPE"), ("Mexico", "GPE")], "mx")
    link_people(_us_paper(8) + [item, mexico])
    assert _place(item, "Monterey").country == "United States"
