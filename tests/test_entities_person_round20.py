"""Round 20: person values that are not one person -- a thing owned by somebody ("X’s Y"), a place or an office
glued in front of a name the archive also writes alone, a credit glued to a name with no space, and newspapers and
works the archive's own sentences name as such (person_shapes, person_titles, person_media). Invented names."""
from __future__ import annotations

import pytest

from indexer.entities import person_shapes, person_titles
from indexer.entities.person_media import gate_outlets_and_works
from search.model import NO_FACET
from tests.test_entities_units import linked, tagged


def faceted(arts):
    return {m.value for a in arts for m in a.mentions if m.kind == "person" and m.label != NO_FACET}


def test_somebodys_thing_is_no_person_and_somebodys_person_is_that_person():
    arts = [tagged(("Crowds queued for Zebulon Karst’s Quorvania on Friday.", [("Zebulon Karst’s Quorvania", "PERSON")]),
                   aid="a"),
            tagged(("Critics loved Zebulon Karst’s Quorvania again.", [("Zebulon Karst’s Quorvania", "PERSON")]), aid="b"),
            tagged(("Fans cheered Brindle’s Marta Quill at the final.", [("Brindle’s Marta Quill", "PERSON")]), aid="c"),
            tagged(("Coach Marta Quill, 41, said the team was tired.", [("Marta Quill", "PERSON")]), aid="d"),
            tagged(("Lovers queued for Quorin Vask’s Amelia Rose.", [("Quorin Vask’s Amelia Rose", "PERSON")]), aid="e")]
    person_shapes.gate_person_shapes(list(arts))
    # (a tail the archive never shows as a person, "Amelia Rose" the rose, leaves the facet with its owner)
    assert faceted(arts) == {"Marta Quill"}


def test_the_owned_things_switch_turns_it_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_OWNED_THINGS", "0")
    arts = [tagged(("Crowds queued for Zebulon Karst’s Quorvania.", [("Zebulon Karst’s Quorvania", "PERSON")]))]
    person_shapes.gate_person_shapes(list(arts))
    assert faceted(arts) == {"Zebulon Karst’s Quorvania"}


def _glued_place_archive():
    arts = [tagged(("Chief Minister Tasmania Quorin Brindle said the plan failed.",
                    [("Tasmania Quorin Brindle", "PERSON")]), aid="a"),
            tagged(("Quorin Brindle said it again on Monday.", [("Quorin Brindle", "PERSON")]), aid="b")]
    for m in arts[1].mentions:  # as linking leaves it: the short form folded into the archive's longer one
        if m.kind == "person":
            m.value = "Tasmania Quorin Brindle"
    return arts


def test_a_place_glued_in_front_of_a_name_the_archive_writes_alone_leaves_the_name():
    arts = _glued_place_archive()
    person_shapes.gate_person_shapes(list(arts))
    assert faceted(arts) == {"Quorin Brindle"}


def test_the_fused_alone_switch_turns_it_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_FUSED_ALONE", "0")
    arts = _glued_place_archive()
    person_shapes.gate_person_shapes(list(arts))
    assert faceted(arts) == {"Tasmania Quorin Brindle"}


@pytest.mark.parametrize("glued, name", [("Quorin BrindleQ", "Quorin Brindle"),
                                         ("Q.V. BrindlesworthQ.V.Brindlesworth", "Q.V. Brindlesworth")])
def test_a_credit_glued_to_a_name_with_no_space_is_cut_off(glued, name):
    text = f"The minister speaks in Hobart. {glued} Other news follows."
    art = tagged((text, [(glued, "PERSON")]))
    person_titles.drop_credit_tails([art])
    (m,) = [m for m in art.mentions if m.kind == "person"]
    assert (m.value, text[m.start:m.end]) == (name, name)


@pytest.mark.parametrize("name", ["Quorin McBrindle", "Quorin MacBrindle", "Quorin DiBrindle", "Quorin FitzBrindle"])
def test_a_name_with_a_capital_after_a_short_prefix_is_left_alone(name, monkeypatch):
    art = tagged((f"{name} said so.", [(name, "PERSON")]))
    person_titles.drop_credit_tails([art])
    assert [m.value for m in art.mentions if m.kind == "person"] == [name]
    monkeypatch.setenv("NEWSFACET_GLUED_CREDIT", "0")
    art = tagged(("Quorin BrindleQ said so.", [("Quorin BrindleQ", "PERSON")]))
    person_titles.drop_credit_tails([art])
    assert [m.value for m in art.mentions if m.kind == "person"] == ["Quorin BrindleQ"]


def _media_archive():
    return [tagged(("An editor of the state daily Zebulon Karst wrote that the talks failed.",
                    [("Zebulon Karst", "PERSON")]), aid="a"),
            tagged(("Zebulon Karst said the talks would resume.", [("Zebulon Karst", "PERSON")]), aid="b"),
            tagged(("Children queued for the film Quorin Brindle on Friday.", [("Quorin Brindle", "PERSON")]), aid="c"),
            tagged(("Quorin Brindle dolls sold out. Quorin Brindle films did too.",
                    [("Quorin Brindle", "PERSON"), ("Quorin Brindle", "PERSON")]), aid="d"),
            tagged(("Critics called it a Marta Quill movie for the small screen.", [("Marta Quill", "PERSON")]), aid="e"),
            tagged(("Minister Olen Vasko, the daily Olen Vasko readers know, spoke.",
                    [("Olen Vasko", "PERSON"), ("Olen Vasko", "PERSON")]), aid="f")]


def test_a_newspaper_is_an_organisation_and_a_work_leaves_the_facet():
    arts = _media_archive()
    gate_outlets_and_works(arts)
    # a director's "a Marta Quill movie" once is no work; a person's title keeps "Olen Vasko"
    assert faceted(arts) == {"Marta Quill", "Olen Vasko"}
    paper = [m for a in arts for m in a.mentions if m.text == "Zebulon Karst"]
    assert paper and all(m.kind == "org" and m.label == NO_FACET for m in paper)
    assert all(m.kind == "person" for a in arts for m in a.mentions if m.text == "Quorin Brindle")


def test_the_works_switch_turns_it_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_PERSON_WORKS", "0")
    arts = _media_archive()
    gate_outlets_and_works(arts)
    assert {"Zebulon Karst", "Quorin Brindle"} <= faceted(arts)


def test_in_the_archive_pass_a_newspaper_leaves_the_person_facet():
    arts = linked(*_media_archive())
    assert "Zebulon Karst" not in faceted(arts) and "Quorin Brindle" not in faceted(arts)


def test_a_columnists_own_weekly_is_no_newspaper():
    arts = [tagged((f"The following is Dara Quellin’s weekly newsletter, part {n}.", [("Dara Quellin", "PERSON")]),
                   aid=f"w{n}") for n in range(3)]
    gate_outlets_and_works(arts)
    assert faceted(arts) == {"Dara Quellin"}
