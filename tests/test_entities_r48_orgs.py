"""Round 48 of issue 11: a national body's kind alone takes another article's long form only in its own article or as
the home country's body (org_generic.kind_alone)."""
from __future__ import annotations

from tests.test_entities_units import linked, tagged


def _cabinets():
    salvador = tagged(("The Cabinet representatives presented the initiative of the Security Cabinet to the deputies.",
                       [("Cabinet", "ORG"), ("Security Cabinet", "ORG")]), aid="sv")
    panama = tagged(("Voices are multiplying for President Cortizo to renew his Cabinet, the opposition said.",
                     [("Cortizo", "PERSON"), ("Cabinet", "ORG")]), aid="pa")
    linked(salvador, panama)
    return {m.value for m in panama.mentions if m.kind == "org" and m.text == "Cabinet"}


def test_a_national_bodys_kind_alone_takes_no_other_articles_long_form(monkeypatch):
    assert "Security Cabinet" not in _cabinets()
    monkeypatch.setenv("NEWSFACET_KIND_ALONE_LOCAL", "0")
    assert _cabinets() == {"Security Cabinet"}
