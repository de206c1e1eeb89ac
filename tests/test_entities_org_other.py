"""Counter-evidence for org values (round 9, issue 11): a name with some evidence of a body still leaves the org
facet when the archive shows it is a place, a person, a thing an acronym stands for, an event or document, a
title, or one generic name for different countries' bodies (org_other.py). Invented names throughout."""
from __future__ import annotations

from tests.test_entities_units import linked, tagged, values


def test_a_geographic_word_makes_a_place_unless_a_body_word_closes_the_name():
    a = tagged(("Farmers of Varnhollow County met the Kelvora County Council.",
                [("Varnhollow County", "ORG"), ("Kelvora County Council", "ORG")]))
    (a,) = linked(a)
    assert values(a, "org") == ["Kelvora County Council"]


def test_a_place_shaped_name_stays_where_its_sentence_uses_it_as_a_body():
    a = tagged(("A spokesman for Varnhollow County said rates rose.", [("Varnhollow County", "ORG")]))
    (a,) = linked(a)
    assert values(a, "org") == ["Varnhollow County"]


def test_an_acronym_spelt_out_in_lower_case_names_a_thing():
    a = tagged(("Cases of quelvan wasting fever (QWF) rose, the Kelvora Growers Association (KGA) said.",
                [("QWF", "ORG"), ("Kelvora Growers Association", "ORG"), ("KGA", "ORG")]),
               ("The QWF cases worried the KGA.", [("QWF", "ORG"), ("KGA", "ORG")]))
    (a,) = linked(a)
    assert "QWF" not in values(a, "org") and "Kelvora Growers Association" in values(a, "org")


def test_an_acronym_after_a_number_is_a_unit():
    a = tagged(("The plant makes 500 KVW and the KVR runs it.", [("KVW", "ORG"), ("KVR", "ORG")]),
               ("A second plant adds 300 KVW.", [("KVW", "ORG")]))
    (a,) = linked(a)
    assert values(a, "org") == ["KVR"]


def test_an_acronym_right_before_a_persons_name_is_a_title():
    # "said": the person gate (person_evidence.py) wants a person's context for a name of no known given name
    a = tagged(("DIGX Tarek Vollan said he visited the site.", [("DIGX", "ORG"), ("Tarek Vollan", "PERSON")]))
    (a,) = linked(a)
    assert values(a, "org") == [] and values(a, "person") == ["Tarek Vollan"]


def test_events_days_and_treaties_are_not_bodies():
    a = tagged(("The Kelvora Harvest Day and the Varnhollow Treaty were hailed by the Kelvora Growers Council.",
                [("Kelvora Harvest Day", "ORG"), ("Varnhollow Treaty", "ORG"), ("Kelvora Growers Council", "ORG")]))
    (a,) = linked(a)
    assert values(a, "org") == ["Kelvora Growers Council"]


def test_a_title_glued_to_a_body_is_not_the_body():
    a = tagged(("Speaker Varnhollow Assembly met the Kelvora Council.",
                [("Speaker Varnhollow Assembly", "ORG"), ("Kelvora Council", "ORG")]))
    (a,) = linked(a)
    assert values(a, "org") == ["Kelvora Council"]


def test_a_name_the_archive_files_as_a_person_is_no_body():
    a = tagged(("Tarek Vollan said he would stay.", [("Tarek Vollan", "PERSON")]))
    b = tagged(("Tarek Vollan scored twice.", [("Tarek Vollan", "PERSON")]), aid="b")
    c = tagged(("The crowd cheered for Vollan Group.", [("Vollan Group", "ORG")]),
               ("Vollan & Sons and Vollan Group met.", [("Vollan", "ORG")]), aid="c")
    a, b, c = linked(a, b, c)
    assert "Vollan" not in values(c, "org") and "Vollan Group" in values(c, "org")


def test_a_generic_state_body_of_several_countries_leaves_the_facet_but_one_countrys_stays():
    texts = [("Ghana", "In Ghana, the Ministry of Education said the new ministry rules would hold."),
             ("Kenya", "In Kenya, the Ministry of Education said the new ministry rules would hold."),
             ("Peru", "In Peru, the Ministry of Education said that education was a priority.")]
    arts = [tagged((t, [(c, "GPE"), ("Ministry of Education", "ORG")]), aid=c) for c, t in texts]
    linked(*arts)
    assert all(values(a, "org") == [] for a in arts)
    one = [tagged((f"In Ghana, the Ministry of Education said the new ministry rules would hold, day {i}.",
                   [("Ghana", "GPE"), ("Ministry of Education", "ORG")]), aid=f"g{i}") for i in range(3)]
    linked(*one)
    assert all(values(a, "org") == ["Ministry of Education"] for a in one)


def test_the_counter_evidence_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_ORG_OTHER", "0")
    a = tagged(("Farmers of Varnhollow County met.", [("Varnhollow County", "ORG")]))
    (a,) = linked(a)
    assert values(a, "org") == ["Varnhollow County"]


# --- round 12: a place of the archive's home country -----------------------------------------------------------

def _us_paper(n: int) -> list:
    """Short items of a US paper: each names a US state and a city with one reading (home country: the US)."""
    arts = []
    for i in range(n):
        art = tagged((f"The council of Ohio met in Chicago on day {i}.", [("Ohio", "GPE"), ("Chicago", "GPE")]),
                     aid=f"us{i}")
        art.source = "The Daily Courier"
        arts.append(art)
    return arts


def _item(text, ents, aid):
    art = tagged((text, ents), aid=aid)
    art.source = "The Daily Courier"
    return art


def _dayton(bare_text="Flights to Dayton resumed on Monday, said the Kelvora Growers Council."):
    cued = _item("A spokesman for Dayton said rates rose.", [("Dayton", "ORG")], "y")
    bare = _item(bare_text, [("Dayton", "ORG"), ("Kelvora Growers Council", "ORG")], "x")
    linked(*_us_paper(8), cued, bare)
    return cued, bare


def test_a_home_country_town_tagged_org_leaves_the_facet_where_its_own_sentence_makes_it_no_body():
    cued, bare = _dayton()  # the archive shows a body once: only that mention keeps the value
    assert values(cued, "org") == ["Dayton"]
    assert "Dayton" not in values(bare, "org") and "Kelvora Growers Council" in values(bare, "org")
    assert any(m.text == "Dayton" for m in bare.mentions)  # the mention stays, without a facet value


def test_the_home_place_test_wants_the_home_country_and_reads_abbreviations():
    from indexer.entities.org_other import home_place

    assert home_place("Dayton", "United States") and home_place("Ft Wayne", "United States")
    assert not home_place("Dayton", "Finland") and not home_place("Dayton", None)
    assert not home_place("Nokia", "United States")  # a company named after a town abroad
    assert home_place("PNG", "Papua New Guinea") and not home_place("PNG", "United States")
    assert not home_place("UC Irvine", "United States")  # a university GeoNames lists among the town's names


def test_the_home_place_gate_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_ORG_HOME_PLACE", "0")
    cued, bare = _dayton()
    assert "Dayton" in values(bare, "org")


def test_an_editions_year_a_final_and_a_numbered_sitting_are_events_not_bodies():
    # round 19: "FIFA World Cup 2022", "AFL Grand Final", "Eighth Party Congress"; a bank named by an ordinal stays
    a = tagged(("The Kelvo Cup 2022 and the KVL Grand Final drew crowds.", [("Kelvo Cup 2022", "ORG"), ("KVL Grand Final", "ORG")]),
               ("Delegates met at the Ninth Kelvo Congress, the Fifth Varn Bank said.",
                [("Ninth Kelvo Congress", "ORG"), ("Fifth Varn Bank", "ORG")]))
    (a,) = linked(a)
    assert values(a, "org") == ["Fifth Varn Bank"]
