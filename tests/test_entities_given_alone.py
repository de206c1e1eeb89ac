"""Round 17 (issue 11): a bare given name that opens the full names of two or more people of the archive is no
person value (given_alone.py); a reign's name after its title ("Pope Francis") is. Invented sentences, hand-made
NER spans."""
from __future__ import annotations

from tests.test_entities_units import linked, tagged


def _people(arts):
    return {v for a in arts for v in a.entity_values("person")}


def _archive(bare="Tom said he would stay home.", spans=(("Tom", "PERSON"),)):
    return [tagged(("Tom Banton scored a century, Tom Banton said.", [("Tom Banton", "PERSON")]), aid="a"),
            tagged(("Tom Cruise said he was filming in Sydney.", [("Tom Cruise", "PERSON"), ("Sydney", "GPE")]),
                   aid="b"),
            tagged((bare, list(spans)), aid="c")]


def test_a_given_name_of_two_people_alone_is_nobody():
    arts = linked(*_archive())
    assert "Tom" not in _people(arts)
    assert {"Tom Banton", "Tom Cruise"} <= _people(arts)
    assert any(m.text == "Tom" and m.kind == "person" for m in arts[2].mentions)  # still a mention


def test_a_given_name_of_one_person_is_left_to_the_other_rules():
    arts = linked(tagged(("Tom Banton scored a century, Tom Banton said.", [("Tom Banton", "PERSON")]), aid="a"),
                  tagged(("Tom said he would stay home.", [("Tom", "PERSON")]), aid="c"))
    assert "Tom" in _people(arts)


def _three_francises():
    return linked(tagged(("Francis Ford said he liked films, Francis Ford said.", [("Francis Ford", "PERSON")]),
                         aid="a"),
                  tagged(("Francis Bacon said he painted, Francis Bacon said.", [("Francis Bacon", "PERSON")]),
                         aid="b"),
                  tagged(("Pope Francis said he would visit Manila.", [("Francis", "PERSON"), ("Manila", "GPE")]),
                         aid="c"))


def test_a_reigns_name_after_its_title_stays(monkeypatch):
    assert "Pope Francis" in _people(_three_francises())  # (round 47: the style stays with a one-word name)
    monkeypatch.setenv("NEWSFACET_ROYAL_STYLE", "0")
    assert "Francis" in _people(_three_francises())  # cut from its title, still no lumped given name


def _brendans():
    arts = [tagged(("Brendan Cox said he would speak for Jo Cox, Brendan Cox said.",
                    [("Brendan Cox", "PERSON"), ("Jo Cox", "PERSON")]), aid=f"c{i}") for i in range(4)]
    arts.append(tagged(("Brendan Kernan said he agreed.", [("Brendan Kernan", "PERSON")]), aid="k"))
    arts.append(tagged(("Brendan said he was grateful to Jo Cox.", [("Brendan", "PERSON"), ("Jo Cox", "PERSON")]),
                       aid="b"))
    return arts


def test_a_given_name_one_bearer_dominates_stays(monkeypatch):
    # "Brendan" is Brendan Cox when the archive names him in four times the articles of every other Brendan: the gate
    # leaves it in the facet (alone, before round 66) ...
    monkeypatch.setenv("NEWSFACET_SOLE_GIVEN_NAMES", "0")
    arts = _brendans()
    linked(*arts)
    assert "Brendan" in _people(arts)
    # ... and round 66 gives it his full name (given_alone.link_sole_given_names)
    monkeypatch.delenv("NEWSFACET_SOLE_GIVEN_NAMES")
    arts = _brendans()
    linked(*arts)
    assert [m.value for m in arts[-1].mentions if m.kind == "person"] == ["Brendan Cox", "Jo Cox"]
    arts = _brendans() + [tagged(("Brendan Chilton said he disagreed.", [("Brendan Chilton", "PERSON")]), aid="h")]
    linked(*arts)
    # four articles against two: no longer one man's name, gated and not linked
    assert "Brendan" not in _people(arts) and [m.value for m in arts[-2].mentions] == ["Brendan", "Jo Cox"]


def test_the_switch_turns_the_gate_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_GIVEN_ALONE", "0")
    arts = linked(*_archive())
    assert "Tom" in _people(arts)
