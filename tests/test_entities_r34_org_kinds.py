"""Round 34 of issue 11: an acronym written as a noun after "a"/"an" is a kind, not a body (org_kinds), and the
"M/s." South Asian copy writes before a firm's name is no part of it (spans), and no span ends in "for". Each rule
is checked to fail with its switch off (the trim, which has none, against the code before it)."""
from __future__ import annotations

from tests.test_entities_units import linked, tagged, values


def _ned_archive():
    a = tagged(("Mr Lam, an NED of Thinsoft since 2008, was appointed on Monday.", [("NED", "ORG")]))
    b = tagged(("Betty So was appointed as NED of Kelvora Holdings.", [("NED", "ORG")]), aid="b")
    c = tagged(("A KTU reporter said the KTU met, and the KTU said talks would go on.",
                [("KTU", "ORG"), ("KTU", "ORG"), ("KTU", "ORG")]), aid="c")
    d = tagged(("Farmers could get a KTU-backed ruling, the KTU said.", [("KTU", "ORG"), ("KTU", "ORG")]), aid="d")
    return linked(a, b, c, d)


def test_an_acronym_written_as_a_noun_after_a_or_an_is_a_kind_not_a_body(monkeypatch):
    a, b, c, d = _ned_archive()
    assert "NED" not in values(a, "org") + values(b, "org")
    assert "KTU" in values(c, "org") and "KTU" in values(d, "org")  # "a KTU reporter", "a KTU-backed": a body
    monkeypatch.setenv("NEWSFACET_ORG_INDEFINITE", "0")
    a, b, c, d = _ned_archive()
    assert "NED" in values(a, "org") + values(b, "org")


def test_messrs_before_a_firm_is_no_part_of_its_name(monkeypatch):
    text = "The contract went to M/s. Geodesic Kelvora Solutions Limited on Monday."
    span = [("M/s. Geodesic Kelvora Solutions Limited", "ORG")]
    assert values(linked(tagged((text, span)))[0], "org") == ["Geodesic Kelvora Solutions Limited"]
    monkeypatch.setenv("NEWSFACET_ORG_MESSRS", "0")
    assert values(linked(tagged((text, span)))[0], "org") == ["M/s. Geodesic Kelvora Solutions Limited"]


def test_a_span_never_ends_in_for():
    # "the economic impact of the University of Waikato for 2013": the model ran the name into the preposition
    text = "The report covers the economic impact of the Kelvora University of Waikato for 2013."
    art = linked(tagged((text, [("Kelvora University of Waikato for", "ORG")])))[0]
    assert [m.text for m in art.mentions if m.kind == "org"] == ["Kelvora University of Waikato"]
