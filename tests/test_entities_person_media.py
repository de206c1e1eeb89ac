"""Round 16: a name filed as a person that the archive uses as a medium ("wrote on Zwitcher", "his Zwitcher
account") is a platform: filed as an organisation, its medium mentions out of the facet. Invented names."""
from __future__ import annotations

from indexer.entities import link_people
from search.model import NO_FACET
from tests.test_entities_units import tagged


def _archive():
    return [tagged(("The minister wrote on Zwitcher that he had lost the vote.", [("Zwitcher", "PERSON")]), aid="a"),
            tagged(("She posted on Zwitcher that her party had won.", [("Zwitcher", "PERSON")]), aid="b"),
            tagged(("He shared the clip on Zwitcher before he left.", [("Zwitcher", "PERSON")]), aid="e"),
            tagged(("Zwitcher said he had broken its rules.", [("Zwitcher", "PERSON")]), aid="c")]


def test_a_platform_the_model_tags_person_is_an_organisation():
    arts = _archive()
    link_people(arts)
    assert not any("Zwitcher" in a.entity_values("person") for a in arts)
    ms = [m for a in arts for m in a.mentions if m.text == "Zwitcher"]
    assert ms and all(m.kind == "org" for m in ms)
    assert {a.id for a in arts if "Zwitcher" in a.entity_values("org")} <= {"c"}  # "on Zwitcher" leaves the facet
    assert sum(m.label == NO_FACET for m in ms) >= 2


def test_a_person_with_a_title_is_never_a_platform():
    arts = _archive() + [tagged(("Mr Zwitcher resigned.", [("Zwitcher", "PERSON")]), aid="d")]
    link_people(arts)
    assert all(m.kind == "person" for a in arts for m in a.mentions if m.text == "Zwitcher" and m.label != NO_FACET) \
        or not any(m.kind == "org" for a in arts for m in a.mentions if m.text == "Zwitcher")


def test_the_switch_turns_it_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_PERSON_MEDIA", "0")
    arts = _archive()
    link_people(arts)
    assert not any(m.kind == "org" for a in arts for m in a.mentions if m.text == "Zwitcher")
