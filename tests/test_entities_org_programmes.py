"""Round 18 org pass (issue 11, org_programmes.py): values the archive uses as a programme, a law or a TV show
are no body, and their mentions go (the gold leaves programmes, laws and shows unannotated). Each test has a
twin where the same shape used as a body keeps its value. Invented names throughout."""
from __future__ import annotations

from collections import Counter

import pytest

from indexer.entities import org_programmes
from tests.test_entities_units import linked, tagged, two, values


def _mentions(art, value):
    return [m for m in art.mentions if m.kind == "org" and m.value == value]


def test_a_programme_people_are_enrolled_in_and_paid_by_is_no_body():
    a, b = two("Millions enrolled in Varnocare last year, and Varnocare payments rose, the KVRA said.",
               [("Varnocare", "ORG"), ("Varnocare", "ORG"), ("KVRA", "ORG")],
               "Senators voted to repeal Varnocare.", [("Varnocare", "ORG")])
    assert values(a, "org") == ["KVRA"] and values(b, "org") == []
    assert not _mentions(a, "Varnocare") and not _mentions(b, "Varnocare")  # the gold marks no programme


def test_a_body_that_speaks_once_keeps_its_value_whatever_else_is_done_to_it():
    a, b = two("Millions enrolled in Varnocare last year, and Varnocare payments rose.",
               [("Varnocare", "ORG"), ("Varnocare", "ORG")],
               "Varnocare said it would cut staff.", [("Varnocare", "ORG")])
    assert values(a, "org") == ["Varnocare"] and values(b, "org") == ["Varnocare"]


def test_a_show_with_contestants_and_a_finale_is_no_body():
    a, b = two("The former Kelvochef contestant opened a cafe.", [("Kelvochef", "ORG")],
               "Fans cried at the Kelvochef finale.", [("Kelvochef", "ORG")])
    assert values(a, "org") == [] and values(b, "org") == []


def test_a_body_named_by_its_head_word_keeps_its_value_under_programme_words():
    # "funding for the Kelvo Development Corporation", "eligible for the Corporation's grants": a body's programmes
    a, b = two("Farmers are eligible for Kelvo Development Corporation grants.", [("Kelvo Development Corporation", "ORG")],
               "He called for cuts to Kelvo Development Corporation spending.", [("Kelvo Development Corporation", "ORG")])
    assert values(a, "org") == ["Kelvo Development Corporation"]


def test_a_bare_law_named_often_needs_only_a_tenth_of_its_mentions():
    bare = [tagged((f"Varnocare has been debated again, part {i}.", [("Varnocare", "ORG")]), aid=f"n{i}")
            for i in range(40)]
    used = [tagged(("Republicans would repeal Varnocare.", [("Varnocare", "ORG")]), aid=f"r{i}") for i in range(5)]
    linked(*bare, *used)
    assert all(values(a, "org") == [] for a in bare + used)


@pytest.mark.parametrize("f, out", [
    (Counter(n=3, thing=2), True), (Counter(n=3, thing=1), False), (Counter(n=7, thing=2), False),
    (Counter(n=50, thing=5), True), (Counter(n=60, thing=5), False), (Counter(n=3, thing=3, body=1), False),
])
def test_decide_shares(f, out):
    assert org_programmes.decide(f) is out


def test_switch_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_ORG_PROGRAMMES", "0")
    a, b = two("The former Kelvochef contestant opened a cafe.", [("Kelvochef", "ORG")],
               "Fans cried at the Kelvochef finale.", [("Kelvochef", "ORG")])
    assert _mentions(a, "Kelvochef") and _mentions(b, "Kelvochef")


def test_a_named_programme_is_no_body_but_a_name_holding_an_acronym_before_programme_stays():
    a, b = two("Farmers praised the Kelvogrow programme in May.", [("Kelvogrow", "ORG")],
               "The Kelvogrow programme trains 400 farmers.", [("Kelvogrow", "ORG")])
    assert values(a, "org") == [] and values(b, "org") == []
    c, d = two("The Kelvo ICT programme anchors the economy.", [("Kelvo ICT", "ORG")],
               "Talks on a new Kelvo ICT programme resume.", [("Kelvo ICT", "ORG")])
    assert values(c, "org") == ["Kelvo ICT"] and values(d, "org") == ["Kelvo ICT"]
