"""The org facet's evidence gate (round 7, issue 11): a name the model tagged ORG becomes an organisation value
only with evidence of a body -- a head word, an acronym, a body's context in its sentence, a team in a match
report, a brand the archive files as a body more than once; otherwise it leaves the facet (invented names)."""
from __future__ import annotations

from tests.test_entities_units import linked, tagged, values


def test_a_name_with_no_evidence_of_a_body_leaves_the_org_facet():
    a = tagged(("Farmers near Varnhollow met the growers of Kelvora.",
                [("Varnhollow", "ORG"), ("Kelvora", "ORG")]))
    (a,) = linked(a)
    assert values(a, "org") == []


def test_head_words_acronyms_and_one_body_words_are_evidence():
    a = tagged(("The Varnhollow Growers Council and the KVR met the Senate and the Tarvex Times.",
                [("Varnhollow Growers Council", "ORG"), ("KVR", "ORG"), ("Senate", "ORG"), ("Tarvex Times", "ORG")]),
               ("Officials of the University of Norvex joined Kelvora & Sons.",
                [("University of Norvex", "ORG"), ("Kelvora & Sons", "ORG")]))
    (a,) = linked(a)
    assert sorted(values(a, "org")) == ["KVR", "Kelvora & Sons", "Senate", "Tarvex Times", "University of Norvex",
                                         "Varnhollow Growers Council"]


def test_a_body_context_in_any_sentence_of_the_archive_is_evidence_for_the_name_everywhere():
    a = tagged(("A spokesman for Quellmark said prices rose.", [("Quellmark", "ORG")]))
    b = tagged(("Prices at Quellmark rose.", [("Quellmark", "ORG")]), aid="b")
    c = tagged(("Prices at Drennick rose.", [("Drennick", "ORG")]), aid="c")
    a, b, c = linked(a, b, c)
    assert values(a, "org") == ["Quellmark"] and values(b, "org") == ["Quellmark"]
    assert values(c, "org") == []


def test_a_one_word_brand_needs_two_articles_filing_it_as_a_body():
    a = tagged(("Sales of the new phone by Zorvane rose.", [("Zorvane", "ORG")]))
    b = tagged(("A phone from Zorvane sold out.", [("Zorvane", "ORG")]), aid="b")
    c = tagged(("A phone from Plivette sold out.", [("Plivette", "ORG")]), aid="c")
    a, b, c = linked(a, b, c)
    assert values(a, "org") == ["Zorvane"] and values(b, "org") == ["Zorvane"]
    assert values(c, "org") == []


def test_a_town_named_team_is_evidence_only_where_the_sentence_uses_it_as_a_team():
    a = tagged(("Adelaide have beaten Kelmouth twice this season.", [("Adelaide", "ORG")]))
    b = tagged(("The Ballarat office said sales rose.", [("Ballarat", "ORG")]), aid="b")
    a, b = linked(a, b)
    assert values(a, "org") == ["Adelaide"]
    assert values(b, "org") == []


def test_the_gate_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_ORG_EVIDENCE", "0")
    a = tagged(("Farmers near Varnhollow met the growers of Kelvora.", [("Varnhollow", "ORG")]))
    (a,) = linked(a)
    assert values(a, "org") == ["Varnhollow"]
