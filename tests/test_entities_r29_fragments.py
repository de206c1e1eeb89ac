"""Round 29 (issue 11): an org mention cut from a name the archive tags whole takes it (org_fragments). Invented names
and sentences with hand-made NER spans; each rule has a twin that keeps the ordinary reading."""
from __future__ import annotations

import pytest

from indexer.entities.org_fragments import restore_whole_names
from tests.test_entities_units import linked, tagged, values

# --- a piece of a name the archive tags whole (org_fragments) -------------------------------------------------

def _grown(*arts):
    return [(m.text, m.value) for a in arts for m in a.mentions if m.kind == "org"]


def _movement():
    return (tagged(("The United Kelvo Movement for West Varno was granted observer status.",
                    [("United Kelvo Movement", "ORG")]), aid="a"),
            tagged(("The United Kelvo Movement for West Varno said talks failed.",
                    [("United Kelvo Movement for West Varno", "ORG")]), aid="b"))


def test_a_piece_cut_at_for_takes_the_whole_name_written_around_it():
    a, b = _movement()
    assert restore_whole_names([a, b]) == 1
    assert _grown(a) == [("United Kelvo Movement for West Varno", "United Kelvo Movement for West Varno")]


def test_a_place_inside_the_whole_name_goes_with_it():
    a = tagged(("Analyst at Meat and Varno Australia Peter Weeks says prices fell.",
                [("Meat and Varno", "ORG"), ("Australia", "GPE"), ("Peter Weeks", "PERSON")]), aid="a")
    b = tagged(("Meat and Varno Australia said exports rose.", [("Meat and Varno Australia", "ORG")]), aid="b")
    assert restore_whole_names([a, b]) == 1
    assert _grown(a) == [("Meat and Varno Australia", "Meat and Varno Australia")]
    assert [m.kind for m in a.mentions] == ["org", "person"]


def test_two_bodies_written_together_a_possessive_and_a_persons_name_do_not_grow():
    a = tagged(("Talks with the Kelvo Fund and Varno Bank stalled.", [("Kelvo Fund", "ORG"), ("Varno Bank", "ORG")]),
               aid="a")
    b = tagged(("The Kelvo Fund and Varno Bank met.", [("Kelvo Fund and Varno Bank", "ORG")]), aid="b")
    c = tagged(("The new Kelvin Varnes thriller opened.", [("Kelvin Varnes", "ORG")]),
               ("Kelvin Varnes stars.", [("Kelvin Varnes", "PERSON")]), ("It stars Varnes.", [("Varnes", "ORG")]), aid="c")
    assert restore_whole_names([a, b, c]) == 0


def test_the_archive_pass_files_the_whole_name_and_the_switch_turns_it_off(monkeypatch):
    a, _ = linked(*_movement())
    assert values(a, "org") == ["United Kelvo Movement for West Varno"]
    monkeypatch.setenv("NEWSFACET_ORG_FRAGMENTS", "0")
    a, _ = linked(*_movement())
    assert values(a, "org") != ["United Kelvo Movement for West Varno"]


@pytest.mark.parametrize("text, spans, piece", [
    ("Two members of the Latvian Senate spoke.", [("Latvian", "NORP"), ("Senate", "ORG")], "Senate"),
    ("The Republican Senate passed the bill.", [("Senate", "ORG")], "Senate"),
    ("The case went to the Kelvoland District Court on Monday.", [("Kelvoland", "GPE"), ("District Court", "ORG")],
     "District Court"),
])
def test_words_that_only_say_whose_body_it_is_do_not_grow_it(text, spans, piece):
    # the archive tags the qualified name whole once; the body keeps its own name in this sentence
    whole = text[text.index(spans[0][0]) if spans[0][1] != "ORG" else text.index("Republican"):text.index(piece) + len(piece)]
    a = tagged((text, spans), aid="a")
    b = tagged((f"The {whole} said it would meet.", [(whole, "ORG")]), aid="b")
    restore_whole_names([a, b])
    assert piece in [m.text for m in a.mentions if m.kind == "org"]


@pytest.mark.parametrize("text, piece, whole", [
    ("A University of Kelvo PhD student built a game.", "University of Kelvo", "University of Kelvo PhD"),
    ("The KNA Speaker briefed the party.", "KNA", "KNA Speaker"),
])
def test_a_degree_or_a_title_after_a_complete_name_is_no_part_of_it(text, piece, whole):
    a = tagged((text, [(piece, "ORG")]), aid="a")
    b = tagged((f"A {whole} said so.", [(whole, "ORG")]), aid="b")
    assert restore_whole_names([a, b]) == 0


def test_a_legal_form_or_a_joined_tail_after_a_complete_name_is_part_of_it():
    from indexer.entities.org_evidence import _heads
    from indexer.entities.org_programmes import _headed

    assert _headed("Kelvo Holdings", _heads())  # (a complete name: only its legal form may follow)
    a = tagged(("Shares of Kelvo Holdings Ltd rose.", [("Kelvo Holdings", "ORG")]),
               ("A spokesman for the Ministry of Varno Defence of the KPRV said so.", [("Ministry of Varno Defence", "ORG")]),
               aid="a")
    b = tagged(("Kelvo Holdings Ltd said so.", [("Kelvo Holdings Ltd", "ORG")]),
               ("The Ministry of Varno Defence of the KPRV said so.", [("Ministry of Varno Defence of the KPRV", "ORG")]),
               aid="b")
    assert restore_whole_names([a, b]) == 2


def test_a_byline_of_two_reporters_is_no_name_to_grow_into():
    a = tagged(("By Kelvi Varsakau & Anita Roberts. The fund will lend.", [("Anita", "ORG")]),
               ("Kelvi Varsakau reported it.", [("Kelvi Varsakau", "PERSON")]), aid="a")
    b = tagged(("By Kelvi Varsakau & Anita Roberts. Flights resume.", [("Kelvi Varsakau & Anita", "ORG")]), aid="b")
    assert restore_whole_names([a, b]) == 0


@pytest.mark.parametrize("text, spans, whole", [
    ("Under the Republican Congress the tax fell.", [("Republican", "ORG"), ("Congress", "ORG")], "Republican Congress"),
    ("A revision of the Catechism of the Kelvo Church was approved.", [("Kelvo Church", "ORG")],
     "Catechism of the Kelvo Church"),
])
def test_a_determiner_another_body_or_what_a_body_has_does_not_grow_the_name(text, spans, whole):
    a = tagged((text, spans), aid="a")
    b = tagged((f"A {whole} said so.", [(whole, "ORG")]), aid="b")
    restore_whole_names([a, b])
    assert whole not in [m.text for m in a.mentions]


def test_a_determiner_alone_adds_nothing_to_the_name():
    from indexer.entities.org_fragments import _grow

    para = "The Kelvo Post reported it."
    assert _grow(para, 4, 14, {"The Kelvo Post": "Kelvo Post"}) is None
    assert _grow("Kelvo Post Group said.", 0, 10, {"Kelvo Post Group": "Kelvo Post Group"}) == (0, 16)
