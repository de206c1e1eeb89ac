"""Round 41 of issue 11: a person written by a familiar given name in some stories and the formal one in others is
one person (person_nicknames.merge_nicknames, the nicknames package's table); and a body of the UN or the EU is one
value whether the union is written out or in letters, and a name with or without its space one (org_variant_shapes)."""
from __future__ import annotations

from tests.test_entities_units import linked, tagged, values


def _archive(*names: str):
    return linked(*[tagged((f"{name} spoke to reporters in Melbourne on day {i}.", [(name, "PERSON"),
                                                                                  ("Melbourne", "GPE")]), aid=f"a{i}")
                    for i, name in enumerate(names)])


def _people(arts) -> list[list[str]]:
    return [values(a, "person") for a in arts]


def test_the_familiar_form_joins_the_formal_one_under_the_more_used(monkeypatch):
    # (round 42: "Andrews" is one of the commonest English surnames; the rarer "Hannan" needs no third article)
    arts = _archive("Daniel Hannan", "Daniel Hannan", "Dan Hannan")
    assert _people(arts) == [["Daniel Hannan"]] * 3
    arts = _archive("Chuck Schumer", "Chuck Schumer", "Charles Schumer")
    assert _people(arts) == [["Chuck Schumer"]] * 3
    monkeypatch.setenv("NEWSFACET_NICKNAMES", "0")
    assert _people(_archive("Daniel Hannan", "Dan Hannan")) == [["Daniel Hannan"], ["Dan Hannan"]]


def test_a_tie_goes_to_the_formal_name():
    assert _people(_archive("Dan Hannan", "Daniel Hannan")) == [["Daniel Hannan"]] * 2


def test_a_familiar_form_of_two_formal_names_of_the_archive_stays_apart():
    arts = _archive("Pat Smithers", "Patrick Smithers", "Patricia Smithers")
    assert _people(arts) == [["Pat Smithers"], ["Patrick Smithers"], ["Patricia Smithers"]]


def test_the_tables_pairs_across_letters_are_not_taken():
    # the table gives "Erin" for Aaron and "Lisa" for Alice: two people, not one
    assert _people(_archive("Erin Dawkins", "Aaron Dawkins")) == [["Erin Dawkins"], ["Aaron Dawkins"]]
    assert _people(_archive("Lisa Dawkins", "Alice Dawkins")) == [["Lisa Dawkins"], ["Alice Dawkins"]]


def test_other_surnames_or_other_given_names_stay_apart():
    assert _people(_archive("Dan Andrews", "Daniel Anderson")) == [["Dan Andrews"], ["Daniel Anderson"]]
    assert _people(_archive("Kevin Andrews", "Daniel Andrews")) == [["Kevin Andrews"], ["Daniel Andrews"]]


def test_the_un_and_the_eu_written_out_or_in_letters_are_one_bodys_name():
    from indexer.entities.org_variants import _short_of, variant_key

    assert variant_key("United Nations Security Council") == variant_key("UN Security Council") \
        == variant_key("U.N. Security Council")
    assert variant_key("European Union Commission") == variant_key("EU Commission")
    assert variant_key("United Nations") != variant_key("UN Security Council")
    assert _short_of("Security Council", "United Nations Security Council")
    assert _short_of("Security Council", "UN Security Council")


def test_two_articles_naming_the_un_body_both_ways_list_it_once():
    arts = linked(tagged(("The United Nations Security Council met on Monday in New York.",
                          [("United Nations Security Council", "ORG"), ("New York", "GPE")]), aid="a"),
                  tagged(("The UN Security Council met again on Friday in New York.",
                          [("UN Security Council", "ORG"), ("New York", "GPE")]), aid="b"))
    assert len({v for a in arts for v in values(a, "org")}) == 1


def test_a_name_written_with_and_without_its_space_is_one_body(monkeypatch):
    def archive():
        return linked(*[tagged((f"{name} reported the strike on day {i}, its correspondent said.", [(name, "ORG")]),
                               aid=f"j{i}") for i, name in enumerate(["Al Jazeera"] * 3 + ["Aljazeera"] * 2)])
    assert {v for a in archive() for v in values(a, "org")} == {"Al Jazeera"}
    monkeypatch.setenv("NEWSFACET_ORG_SPACINGS", "0")
    assert {v for a in archive() for v in values(a, "org")} == {"Al Jazeera", "Aljazeera"}


def test_a_familiar_form_of_a_name_of_the_other_gender_stays_apart():
    assert _people(_archive("Chris Matthewson", "Christine Matthewson")) == [["Chris Matthewson"],
                                                                             ["Christine Matthewson"]]
