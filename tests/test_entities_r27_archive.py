"""Round 27 (issue 11), archive passes: a person after a descriptor people share with bodies, an item of a list of
places, and a state body named by its kind alone in a pooled archive of several countries. Invented sentences with
hand-made NER spans (tests.test_entities_units)."""
from __future__ import annotations

from indexer.entities import link_people
from indexer.entities.one_facet import body_before
from indexer.entities.place_lists import PLACE_LIST
from tests.test_entities_units import tagged


def _values(arts, kind):
    return {v for a in arts for v in a.entity_values(kind)}


# --- "his Democratic rival Kamala Harris": a descriptor of people too -------------------------------------------

def test_a_full_name_after_rival_or_maker_stays_a_person():
    arts = [tagged(("Voters backed Mr Stone over his rival Maria Kowalczyk in the primary.",
                    [("Stone", "PERSON"), ("Maria Kowalczyk", "PERSON")]), aid="a"),
            tagged(("The film is directed by documentary maker Anders Lindqvist.", [("Anders Lindqvist", "PERSON")]),
                   aid="b"),
            tagged(("Callers rang broadcaster Alan Whitcombe on Monday.", [("Alan Whitcombe", "PERSON")]), aid="c")]
    link_people(arts)
    assert {"Maria Kowalczyk", "Anders Lindqvist", "Alan Whitcombe"} <= _values(arts, "person")
    assert not _values(arts, "org") & {"Maria Kowalczyk", "Anders Lindqvist", "Alan Whitcombe"}


def test_the_same_descriptor_still_marks_a_body():
    # a firm the model tagged PERSON, or a name whose first word is no given name, after "rival"/"maker"
    assert body_before("shares of its rival ", "Kellard Holdings", "PERSON")  # a body's head word closes it
    assert body_before("the chip maker ", "Zentrix Semiconductor", "PERSON")  # no given name first
    assert body_before("rival club ", "Maria Kowalczyk", "PERSON")  # "club" is no descriptor of people
    assert body_before("his rival ", "Maria Kowalczyk", "ORG")  # the model itself read a body
    assert not body_before("his rival ", "Maria Kowalczyk", "PERSON")
    assert not body_before("said ", "Kellard Holdings", "ORG")


# --- "Chitral, Dir, Swat and Mansehra": a list of places ---------------------------------------------------------

def _list_article(label="ORG", text="Heavy rain is expected in Peshawar, Abbottabad, Zorvani and Mardan tonight."):
    return tagged((text, [("Peshawar", "GPE"), ("Abbottabad", "GPE"), ("Zorvani", label), ("Mardan", "GPE")]), aid="a")


def test_an_item_of_a_list_of_places_is_a_place():
    arts = [_list_article()]
    link_people(arts)
    zorvani = [m for m in arts[0].mentions if m.text == "Zorvani"]
    assert zorvani and zorvani[0].kind == "place" and zorvani[0].label == PLACE_LIST
    assert zorvani[0].country is None  # the neighbours say what it is, not where it lies
    assert "Zorvani" in _values(arts, "place") and "Zorvani" not in _values(arts, "org")


def test_a_list_without_a_conjunction_or_of_mixed_things_is_left_alone():
    no_and = _list_article(text="Heavy rain is expected in Peshawar, Abbottabad, Zorvani, Mardan tonight.")
    link_people([no_and])
    assert [m.kind for m in no_and.mentions if m.text == "Zorvani"] == ["org"]
    mixed = tagged(("Delegates came from Peshawar, Abbottabad, Zorvani and Oxfam.",
                    [("Peshawar", "GPE"), ("Abbottabad", "GPE"), ("Zorvani", "ORG"), ("Oxfam", "ORG")]), aid="b")
    link_people([mixed])
    assert [m.kind for m in mixed.mentions if m.text == "Zorvani"] == ["org"]


def test_a_body_by_its_head_word_in_a_list_of_places_stays_a_body():
    arts = [tagged(("Offices opened in Peshawar, Abbottabad, Zorvani Holdings and Mardan.",
                    [("Peshawar", "GPE"), ("Abbottabad", "GPE"), ("Zorvani Holdings", "ORG"), ("Mardan", "GPE")]),
                   aid="a")]
    link_people(arts)
    assert "Zorvani Holdings" in _values(arts, "org")


def test_the_place_list_switch_turns_the_pass_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_PLACE_LISTS", "0")
    arts = [_list_article()]
    link_people(arts)
    assert not [m for m in arts[0].mentions if m.label == PLACE_LIST]


# --- "Ministry of Health" of Ghana and of Kenya in one pooled archive -------------------------------------------

def _outlet(aid, source, text, ents):
    art = tagged((text, ents), aid=aid)
    art.source = source
    return art


def _pool():
    """Two outlets of two countries, five articles each (archive.MIN_OUTLET), both naming their own ministry."""
    arts = []
    for i in range(5):
        arts.append(_outlet(f"gh{i}", "Accra Daily", "In Kumasi and Accra, the Ministry of Health said cases rose in Ghana.",
                            [("Kumasi", "GPE"), ("Accra", "GPE"), ("Ministry of Health", "ORG"), ("Ghana", "GPE")]))
        arts.append(_outlet(f"ke{i}", "Nairobi Star", "In Mombasa and Nairobi, the Ministry of Health said cases rose in Kenya.",
                            [("Mombasa", "GPE"), ("Nairobi", "GPE"), ("Ministry of Health", "ORG"), ("Kenya", "GPE")]))
    return arts


def test_a_generic_body_of_a_pooled_archive_takes_its_country():
    arts = _pool()
    link_people(arts)
    by_id = {a.id: set(a.entity_values("org")) for a in arts}
    assert all(by_id[f"gh{i}"] == {"Ministry of Health (Ghana)"} for i in range(5))
    assert all(by_id[f"ke{i}"] == {"Ministry of Health (Kenya)"} for i in range(5))


def test_a_country_named_before_the_body_decides_over_the_outlets_home():
    arts = _pool()
    arts.append(_outlet("gh9", "Accra Daily", "In Accra, officials said Kenya's Ministry of Health had sent doctors.",
                        [("Accra", "GPE"), ("Kenya", "GPE"), ("Ministry of Health", "ORG")]))
    link_people(arts)
    assert set(arts[-1].entity_values("org")) == {"Ministry of Health (Kenya)"}


def test_one_countrys_archive_and_conventional_names_keep_the_bare_value(monkeypatch):
    one = [_outlet(f"gh{i}", "Accra Daily", "In Kumasi and Accra, the Ministry of Health said cases rose in Ghana.",
                   [("Kumasi", "GPE"), ("Accra", "GPE"), ("Ministry of Health", "ORG"), ("Ghana", "GPE")]) for i in range(5)]
    link_people(one)
    assert {v for a in one for v in a.entity_values("org")} == {"Ministry of Health"}
    from indexer.entities.org_countries import generic_body

    assert generic_body("Supreme Court") and generic_body("Ministry of Foreign Affairs")
    assert not generic_body("State Department") and not generic_body("World Bank")
    assert not generic_body("Ghana Health Service") and not generic_body("Bank of England")
    monkeypatch.setenv("NEWSFACET_ORG_COUNTRIES", "0")
    arts = _pool()
    link_people(arts)
    assert {v for a in arts for v in a.entity_values("org")} == {"Ministry of Health"}
