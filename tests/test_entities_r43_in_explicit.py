"""Round 43 of issue 11: "X in Y" right after a place places it in Y as firmly as "X, Y" does, over a world city
of the name elsewhere (place_mentions._in_explicit); a list's "A, B of Y" does not."""
from __future__ import annotations

from search.model import NO_FACET
from tests.test_entities_units import linked, tagged

_TEXT = "The exchange will end its leases at Yennora in Sydney and Brooklyn in Melbourne next year."
_ENTS = [("Yennora", "GPE"), ("Sydney", "GPE"), ("Brooklyn", "GPE"), ("Melbourne", "GPE")]


def _where(text, ents, name):
    art = linked(tagged((text, ents)))[0]
    return next((m.region, m.country) for m in art.mentions if m.kind == "place" and m.text == name
                and m.label != NO_FACET)


def test_a_town_in_a_city_is_there_whatever_world_city_shares_its_name(monkeypatch):
    assert _where(_TEXT, _ENTS, "Brooklyn") == ("Victoria", "Australia")
    monkeypatch.setenv("NEWSFACET_IN_EXPLICIT", "0")
    assert _where(_TEXT, _ENTS, "Brooklyn")[1] == "United States"


def test_a_world_city_in_a_list_before_another_city_stays_itself():
    text = "Representatives of Gray's Inn chambers of London, Allens of Melbourne and others came."
    ents = [("London", "GPE"), ("Allens", "ORG"), ("Melbourne", "GPE")]
    assert _where(text, ents, "London") == ("England", "United Kingdom")
