"""Round 44 of issue 11: a place span the model cut before a connective of its own name takes the whole name
(place_extents.connective_tail in place_fragments.settle_fragments; place_extents.one_place keeps "X and Y" whole in
spans._parts)."""
from __future__ import annotations

import pytest

from search.model import NO_FACET
from tests.test_entities_units import linked, tagged


def _places(text, ents):
    art = linked(tagged((text, ents)))[0]
    return {m.text: (m.value, m.country) for m in art.mentions if m.kind == "place" and m.label != NO_FACET}


@pytest.mark.parametrize("text, ents, whole, country", [
    ("The people of Jammu and Kashmir want a vote.", [("Jammu", "GPE"), ("Kashmir", "LOC")],
     "Jammu and Kashmir", "India"),
    ("Protests spread in the southern state of Rio Grande do Sul yesterday.", [("Rio Grande", "GPE")],
     "Rio Grande do Sul", "Brazil"),
    ("Leaders of Palau and the Federated States of Micronesia met.", [("Palau", "GPE"), ("the Federated States", "GPE"),
                                                                     ("Micronesia", "PERSON")],
     "Federated States of Micronesia", "Micronesia"),
    ("Ilam, Chaharmahal and Bakhtiari, and Tehran reported cases.", [("Ilam", "GPE"),
                                                                    ("Chaharmahal and Bakhtiari", "GPE"),
                                                                    ("Tehran", "GPE")],
     "Chaharmahal and Bakhtiari", "Iran"),
])
def test_a_place_cut_before_a_connective_of_its_name_is_the_whole_place(text, ents, whole, country, monkeypatch):
    got = _places(text, ents)
    assert got[whole][1] == country
    assert not [t for t in got if t != whole and (t in whole)]  # no piece of it left as a place of its own
    monkeypatch.setenv("NEWSFACET_PLACE_EXTENTS", "0")
    assert whole not in _places(text, ents)


@pytest.mark.parametrize("text, ents", [
    ("Flights between Lahore and Karachi resumed on Monday.", [("Lahore and Karachi", "GPE")]),
    ("Rain fell on Kent and Sussex overnight.", [("Kent", "GPE"), ("Sussex", "GPE")]),
    # the name goes on past the gazetteer's: a body's
    ("The Jammu and Kashmir Bank raised rates.", [("Jammu", "GPE")]),
])
def test_a_list_of_places_or_a_longer_name_is_no_cut_place(text, ents):
    assert not any(" and " in t for t in _places(text, ents))
