"""Round 23 (issue 11): a body's acronym written as a word ("Ukip", "Nato" in British style) that the model tagged
GPE and the gazetteer never located is the body the archive writes in capitals, not a place
(indexer/entities/unproven.py). Invented names; each test has a twin where the capitals are no acronym."""
from __future__ import annotations

from tests.test_entities_units import linked, tagged, values


def test_an_acronym_written_small_is_the_body_the_archive_writes_in_capitals():
    a = tagged(("Voters said the KVUP leader would resign.", [("KVUP", "ORG")]), aid="a")
    b = tagged(("Support for Kvup rose in the north.", [("Kvup", "GPE")]), aid="b")
    linked(a, b)
    assert values(b, "place") == [] and values(b, "org") == ["KVUP"]


def test_a_headlines_capitals_are_no_acronym_and_a_place_stays_a_place():
    # "KVORTA" only opens a headline, and "kvorta" is written in lower case: the archive's word, no body
    a = tagged(("KVORTA: what the talks mean.", [("KVORTA", "ORG")]), aid="a")
    b = tagged(("The kvorta fell in the night. Flights to Kvorta resumed.", [("Kvorta", "GPE")]), aid="b")
    linked(a, b)
    assert values(b, "org") == []
