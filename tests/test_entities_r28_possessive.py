"""Round 28 (issue 11): a firm whose name ends in a possessive ("McDonald's", "Standard & Poor's") keeps it, and a
body the archive also names without "'s" stays a possessive. Invented sentences with hand-made NER spans."""
from __future__ import annotations

from indexer.entities import link_people
from indexer.entities.org_possessive import restore_name_possessives
from tests.test_entities_units import tagged


def _orgs(arts):
    return [(a.paragraphs[m.paragraph].text[m.start:m.end], m.value) for a in arts for m in a.mentions
            if m.kind == "org"]


def test_a_name_used_whole_with_its_possessive_keeps_it_in_every_article():
    arts = [tagged(("McDonald's said sales rose in March.", [("McDonald", "ORG")]), aid="a"),
            tagged(("Profits at McDonald's restaurants fell.", [("McDonald", "ORG")]), aid="b"),
            tagged(("Standard & Poor's downgraded the bonds.", [("Standard & Poor", "ORG")]), aid="c")]
    assert restore_name_possessives(arts) == 3
    assert _orgs(arts) == [("McDonald's", "McDonald's"), ("McDonald's", "McDonald's"),
                           ("Standard & Poor's", "Standard & Poor's")]


def test_a_body_the_archive_names_without_it_keeps_its_possessive_apart():
    arts = [tagged(("Apple's chief said the phone would ship.", [("Apple", "ORG")]), aid="a"),
            tagged(("Apple said sales rose.", [("Apple", "ORG")]), aid="b"),
            tagged(("Shares of Apple's rival fell; Apple's.", [("Apple", "ORG")]), aid="c")]
    assert restore_name_possessives(arts) == 0
    assert {v for _, v in _orgs(arts)} == {"Apple"}


def test_a_possessive_followed_by_what_it_owns_is_no_evidence():
    # "Acme's" is always written with "'s" here, but each time as a possessive: no sentence uses it as a name
    arts = [tagged(("Acme's profits rose and Acme's shares fell.", [("Acme", "ORG"), ("Acme", "ORG")]), aid="a")]
    assert restore_name_possessives(arts) == 0


def test_acronyms_and_long_names_never_take_it():
    arts = [tagged(("It was the FBI's.", [("FBI", "ORG")]), aid="a"),
            tagged(("said an analyst of the University of Louisiana at Monroe's.",
                    [("University of Louisiana at Monroe", "ORG")]), aid="b")]
    assert restore_name_possessives(arts) == 0


def test_the_archive_pass_files_the_whole_name(monkeypatch):
    monkeypatch.setenv("NEWSFACET_ORG_EVIDENCE", "0")
    arts = [tagged(("Wendy's, another operator of fast food restaurants, rose.", [("Wendy", "ORG")]), aid="a")]
    link_people(arts)
    assert ("Wendy's", "Wendy's") in _orgs(arts)


def test_the_switch_turns_it_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_ORG_POSSESSIVE", "0")
    arts = [tagged(("McDonald's said sales rose in March.", [("McDonald", "ORG")]), aid="a")]
    assert restore_name_possessives(arts) == 0
