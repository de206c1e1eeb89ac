"""Round 16 (issue 11, "one entity, one facet"): a string the archive's own sentences use as a place is a place in
its org and person mentions too. Invented sentences with hand-made NER spans; the names are made up so that no
gazetteer entry answers for them (the gazetteer lacks most districts and suburbs: the archive must tell)."""
from __future__ import annotations

from indexer.entities import link_people
from indexer.entities.place_uses import PLACE_USE
from tests.test_entities_units import tagged


def _archive(org_label="ORG"):
    return [
        tagged(("Five new cases were reported in Zembuli on Monday.", [("Zembuli", "GPE")]), aid="a"),
        tagged(("Of the new cases, 48 in Zembuli, 12 in Dorvane and 7 in Kathmandu were men.",
                [("Zembuli", org_label), ("Dorvane", "GPE"), ("Kathmandu", "GPE")]), aid="b"),
        tagged(("Health workers of Zembuli district ran out of kits, officials said.", [("Zembuli", org_label)]),
               aid="c"),
        tagged(("Farmers in Zembuli, Dorvane and Pokhara sold rice.",
                [("Zembuli", org_label), ("Dorvane", "GPE"), ("Pokhara", "GPE")]), aid="d"),
    ]


def _facet(arts, kind, value):
    return {a.id for a in arts if value in a.entity_values(kind)}


def test_a_district_the_model_tags_org_is_the_archives_place(monkeypatch):
    arts = _archive()
    link_people(arts)
    assert not _facet(arts, "org", "Zembuli")
    assert _facet(arts, "place", "Zembuli") == {"a", "b", "c", "d"}
    refiled = [m for a in arts for m in a.mentions if m.text == "Zembuli" and m.label == PLACE_USE]
    assert refiled and all(m.kind == "place" and m.country is None for m in refiled)


def test_a_district_the_model_tags_person_is_the_archives_place():
    arts = _archive("PERSON")
    link_people(arts)
    assert not _facet(arts, "person", "Zembuli")
    assert _facet(arts, "place", "Zembuli") == {"a", "b", "c", "d"}


def test_the_switch_turns_the_pass_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_PLACE_USES", "0")
    arts = _archive()
    link_people(arts)
    assert "Zembuli" not in {m.value for a in arts for m in a.mentions if m.label == PLACE_USE}
    assert _facet(arts, "place", "Zembuli") != {"a", "b", "c", "d"}


def test_a_body_the_archive_also_uses_as_a_body_stays_one():
    # "in Vostrel" twice, but "Vostrel said" and "Vostrel's chairman" as often: a body whose shops are somewhere
    arts = [tagged(("Shoppers queued in Vostrel on Friday.", [("Vostrel", "ORG")]), aid="a"),
            tagged(("Prices were cut in Vostrel last week.", [("Vostrel", "ORG")]), aid="b"),
            tagged(("Vostrel said profits would rise.", [("Vostrel", "ORG")]), aid="c"),
            tagged(("Vostrel's chairman quit.", [("Vostrel", "ORG")]), aid="d")]
    link_people(arts)
    assert not _facet(arts, "place", "Vostrel")


def test_a_common_noun_with_a_capital_is_no_place():
    # "in Parliament": the archive writes "parliament" in lower case too
    arts = [tagged(("The bill was tabled in Parliament on Monday.", [("Parliament", "ORG")]), aid=x)
            for x in "abc"]
    arts.append(tagged(("The parliament met.", []), aid="d"))
    link_people(arts)
    assert not _facet(arts, "place", "Parliament")


def test_a_modifier_after_in_is_no_place_use():
    # "in Quelari culture": the name modifies the noun after it (a people, a language), it places nothing
    arts = [tagged((f"Sweets are central in Quelari {noun}.", [("Quelari", "ORG")]), aid=str(i))
            for i, noun in enumerate(("culture", "society", "tradition"))]
    link_people(arts)
    assert not _facet(arts, "place", "Quelari")


def test_a_full_name_is_never_refiled():
    arts = [tagged(("He had the skill of a Frenchman in Eric Blomqvard.", [("Eric Blomqvard", "PERSON")]), aid=x)
            for x in "abc"]
    link_people(arts)
    assert not _facet(arts, "place", "Eric Blomqvard")


def test_a_datelines_month_is_never_refiled_as_a_place():
    from indexer.entities.place_uses import _eligible

    class M:
        kind, value, text = "org", "Mar", "Mar"

    assert not _eligible(M())
    M.text = M.value = "Banke"
    assert _eligible(M())
