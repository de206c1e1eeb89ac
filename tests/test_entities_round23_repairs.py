"""Round 23 (issue 11) repairs of what the model tags. A body's acronym written as a word ("Ukip", "Nato" in British
style) that the model tagged GPE and the gazetteer never located is the body the archive writes in capitals, not a
place (indexer/entities/unproven.py); a span stopped inside a compound ("Party Co" + "-leader") loses the cut word
(indexer/entities/span_edges.trim). Invented names; each test has a twin where the shape is no such thing."""
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


def test_a_span_the_model_stopped_inside_a_compound_loses_the_cut_word():
    # (round 23, indexer/entities/span_edges.trim) "Green Party Co" + "-leader" is the party; a firm's "Co" stays
    from indexer.entities.spans import trim

    text = "said Kelvo Party Co-leader Ana Brin. Kelvo Sachs Co said more."
    start = text.index("Kelvo Party")
    assert text[slice(*trim(text, start, text.index("-leader")))] == "Kelvo Party"
    start = text.index("Kelvo Sachs")
    assert text[slice(*trim(text, start, text.index(" said more")))] == "Kelvo Sachs Co"
