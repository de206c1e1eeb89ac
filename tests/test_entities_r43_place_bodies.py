"""Round 43 of issue 11: a name no gazetteer knows, filed as a place, that a sentence marks as a body and none
places, is that body (place_bodies.refile_cued_bodies)."""
from __future__ import annotations

import pytest

from tests.test_entities_units import linked, tagged, values


def _oxfam():
    return linked(tagged(("She worked for aid agency Oxfam for a decade.", [("Oxfam", "LOC")]), aid="a"),
                  tagged(("The charity Oxfam said today it would help.", [("Oxfam", "LOC")]), aid="b"))


def test_a_name_a_sentence_calls_a_charity_is_a_body_not_a_place(monkeypatch):
    a, b = _oxfam()
    assert values(a, "place") == [] and values(b, "org") == ["Oxfam"]
    monkeypatch.setenv("NEWSFACET_PLACE_BODIES", "0")
    a, b = _oxfam()
    assert values(a, "place") == ["Oxfam"]


@pytest.mark.parametrize("text, ents, place", [
    # a cue that is no body's: a mountain range compared, a power station's officials
    ("Ranges of ice to rival the Alps were seen.", [("Alps", "LOC")], "Alps"),
    ("Officials of the Jangjingang power station checked the gates.", [("Jangjingang", "LOC")], "Jangjingang"),
])
def test_a_name_cued_otherwise_stays_a_place(text, ents, place):
    assert place in values(linked(tagged((text, ents)))[0], "place")


def test_a_name_a_sentence_of_the_archive_places_stays_a_place():
    a, b = linked(tagged(("The charity Matatoa said so.", [("Matatoa", "LOC")]), aid="a"),
                  tagged(("Later we stayed in Matatoa.", [("Matatoa", "LOC")]), aid="b"))
    assert values(a, "place") == ["Matatoa"] and values(b, "place") == ["Matatoa"]


def test_a_mention_kept_out_of_the_facet_stays_out_when_its_name_turns_out_a_body():
    from indexer.entities.place_bodies import refile_cued_bodies
    from search.model import NO_FACET, Mention

    art = tagged(("The charity Oxfam said so. Oxfam beat the visitors 2-1.", []))
    art.mentions = [Mention(0, 12, 17, "Oxfam", "place", "Oxfam", label="LOC"),
                    Mention(0, 26, 31, "Oxfam", "place", "Oxfam", label=NO_FACET)]
    assert refile_cued_bodies([art]) == 2
    assert [(m.kind, m.label) for m in art.mentions] == [("org", "ORG"), ("org", NO_FACET)]
