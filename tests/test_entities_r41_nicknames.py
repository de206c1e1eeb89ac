"""Round 41 of issue 11: a person written by a familiar given name in some stories and the formal one in others is
one person (person_nicknames.merge_nicknames, the nicknames package's table)."""
from __future__ import annotations

from tests.test_entities_units import linked, tagged, values


def _archive(*names: str):
    return linked(*[tagged((f"{name} spoke to reporters in Melbourne on day {i}.", [(name, "PERSON"),
                                                                                  ("Melbourne", "GPE")]), aid=f"a{i}")
                    for i, name in enumerate(names)])


def _people(arts) -> list[list[str]]:
    return [values(a, "person") for a in arts]


def test_the_familiar_form_joins_the_formal_one_under_the_more_used(monkeypatch):
    arts = _archive("Daniel Andrews", "Daniel Andrews", "Dan Andrews")
    assert _people(arts) == [["Daniel Andrews"]] * 3
    arts = _archive("Chuck Schumer", "Chuck Schumer", "Charles Schumer")
    assert _people(arts) == [["Chuck Schumer"]] * 3
    monkeypatch.setenv("NEWSFACET_NICKNAMES", "0")
    assert _people(_archive("Daniel Andrews", "Dan Andrews")) == [["Daniel Andrews"], ["Dan Andrews"]]


def test_a_tie_goes_to_the_formal_name():
    assert _people(_archive("Dan Andrews", "Daniel Andrews")) == [["Daniel Andrews"]] * 2


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
