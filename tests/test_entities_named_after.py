"""Things named after somebody and things named like somebody's firm (round 19, issue 11): the word closing the
name ("Lecture", "Scholar", "Garden", "Campus") and the archive's employer sentences ("analyst at X")."""
from __future__ import annotations

from indexer.entities import link_people, not_people, people
from tests.test_entities_units import tagged, values


def test_a_name_closed_by_an_honour_programme_or_institution_word_is_no_person(monkeypatch):
    for name in ("Neil Harbin Lecture", "Edmund Crane Scholar", "Alan Whitcombe Garden", "Lick Observatory",
                 "Emalus Campus", "Albert Municipality", "Employment Programme", "Award"):
        assert not_people.named_after(name) and not people.looks_like_name(name), name
    for name in ("Mary Gardener", "Alan Whitcombe", "award", "Campus Smith"):
        assert not not_people.named_after(name), name
    monkeypatch.setenv("NEWSFACET_NAMED_AFTER", "0")
    assert not not_people.named_after("Neil Harbin Lecture")


def test_a_surname_like_law_or_park_closes_a_things_name_only_after_no_given_name():
    assert not_people.named_after("Cariño Law") and not_people.named_after("Decentralization Law")
    assert not not_people.named_after("Jude Law") and not not_people.named_after("Nick Park")
    assert not not_people.named_after("Law") and not not_people.named_after("Park")


def test_a_benefits_name_is_no_person_and_its_last_word_links_to_no_one():
    """Government releases name benefits like people ("Baby Payment", "Carer's Allowance"); the model tags some PERSON,
    and surname linking then filed every later "Payment" under the benefit (seen on govscot2022)."""
    for name in ("Baby Payment", "Carer's Allowance", "Child Winter Supplement"):
        assert not_people.named_after(name), name
    assert not not_people.named_after("Jerami Grant")  # a surname: a rare given name is still somebody
    art = tagged(("The Baby Payment rises, said Mary Gardener.", [("Baby Payment", "PERSON"),
                                                                  ("Mary Gardener", "PERSON")]),
                 ("Families apply once. The Payment is automatic.", [("Payment", "PERSON")]))
    link_people([art])
    assert values(art, "person") == ["Mary Gardener"]


def test_the_tagger_files_no_person_for_a_lecture_and_links_no_bare_word_to_it():
    art = tagged(("The talk is in the Sir Neil Harbin Lecture Theatres, said Mary Gardener.",
                  [("Neil Harbin Lecture", "PERSON"), ("Mary Gardener", "PERSON")]),
                 ("The Lecture starts at six. Gardener said it was free.", [("Lecture", "PERSON"),
                                                                              ("Gardener", "PERSON")]))
    link_people([art])
    assert values(art, "person") == ["Mary Gardener"]


def test_a_firm_named_after_its_founders_is_an_org_by_its_analysts_and_polls():
    art = tagged(("Harlow Pemberly analyst Karen Gibbs said sales fell.",
                  [("Harlow Pemberly", "PERSON"), ("Karen Gibbs", "PERSON")]),
                 ("Energy analyst Rosario Ilacqua of Harlow Pemberly said prices rose.",
                  [("Rosario Ilacqua", "PERSON"), ("Harlow Pemberly", "PERSON")]),
                 ("A Maria Velde poll was out. Maria Velde said she would run.",
                  [("Maria Velde", "PERSON"), ("Maria Velde", "PERSON")]))
    link_people([art])
    assert {m.kind for m in art.mentions if m.text == "Harlow Pemberly"} == {"org"}
    assert set(values(art, "person")) == {"Karen Gibbs", "Rosario Ilacqua", "Maria Velde"}
