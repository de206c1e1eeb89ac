"""Round 31 (issue 11): a part of a long name links to the one full name it closes ("Kwakye Ofosu" of "Felix
Kwakye Ofosu"); the short forms of ranks and styles ("Brig", "Maj Gen", "Cde", "Hav", "Atty") are no part of a
name; a title alone is nobody. Hand-made NER spans."""
from __future__ import annotations

from indexer.entities.cast import plausible_person
from indexer.entities.name_titles import strip_title
from indexer.entities.part_names import completed, front_word
from tests.test_entities_units import tagged


def _values(art, text):
    return [(m.kind, m.value) for m in art.mentions if m.text == text]


_OFOSU = (("Government spokesperson Felix Kwakye Ofosu spoke on Wednesday.", [("Felix Kwakye Ofosu", "PERSON")]),
          ("Kwakye Ofosu admitted that commuting had become harder.", [("Kwakye Ofosu", "PERSON")]),
          ("Ofosu said more buses were coming.", [("Ofosu", "PERSON")]))


def test_a_part_of_a_long_name_links_to_the_full_name_it_closes():
    art = tagged(*_OFOSU)
    assert _values(art, "Kwakye Ofosu") == [("person", "Felix Kwakye Ofosu")]
    # the bare surname had two "full names" ending with it and linked to neither
    assert _values(art, "Ofosu") == [("person", "Felix Kwakye Ofosu")]


def test_the_switch_turns_it_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_PART_NAMES", "0")
    art = tagged(*_OFOSU)
    assert _values(art, "Kwakye Ofosu") == [("person", "Kwakye Ofosu")]


def test_a_part_after_another_given_name_is_another_person():
    # Pawlu Borg Bonaci (the model cut "Pawlu") is not his grandfather Carmelo Borg Bonaci
    art = tagged(("The firm was founded by Carmelo Borg Bonaci in 1953.", [("Carmelo Borg Bonaci", "PERSON")]),
                 ("Pawlu Borg Bonaci says chocolate should be appreciated.", [("Borg Bonaci", "PERSON")]))
    assert ("person", "Carmelo Borg Bonaci") not in _values(art, "Borg Bonaci")


def test_a_roll_of_names_keeps_its_short_and_long_names_apart():
    names = ["Ullah Khan", "Asif Ali", "Azam Khan", "Naheem Akhtar", "Zahid Ullah Khan"]
    text = "The martyrs were " + ", ".join(names) + "."
    art = tagged((text, [(n, "PERSON") for n in names]))
    assert ("person", "Ullah Khan") in _values(art, "Ullah Khan")


def test_what_a_full_name_may_hold_before_its_part():
    forms = {"rafael caro quintero": None, "donald trump jr": None}
    shown = {"rafael caro quintero": "Rafael Caro Quintero", "donald trump jr": "Donald Trump Jr"}.__getitem__
    assert completed(["caro", "quintero"], forms, shown) == "rafael caro quintero"
    assert completed(["donald", "trump"], forms, shown) is None  # a part that opens a name: left alone
    assert front_word("J.") and front_word("Felix")
    assert not front_word("Cde") and not front_word("McLaren’s") and not front_word("Maj")


def test_rank_and_style_abbreviations_are_no_part_of_the_name():
    for text, name in (("Brig Sohail Imtiaz", "Sohail Imtiaz"), ("Maj Gen Rizwan Sadiq", "Rizwan Sadiq"),
                       ("Hav Muhammad Shahab", "Muhammad Shahab"), ("Cde Collins Kasiya", "Collins Kasiya"),
                       ("Atty Gigi Reyes", "Gigi Reyes"), ("Supt Warrick Simatab", "Warrick Simatab"),
                       ("DIG Nihal Thalduwa", "Nihal Thalduwa"), ("Fr Polycarp Lamma", "Polycarp Lamma")):
        assert strip_title(text)[1] == name


def test_a_rank_in_the_span_does_not_make_a_second_person():
    art = tagged(("Brig Sohail Imtiaz briefed the committee.", [("Brig Sohail Imtiaz", "PERSON")]),
                 ("Sohail Imtiaz said the road would open.", [("Sohail Imtiaz", "PERSON")]))
    assert {v for _, v in _values(art, "Sohail Imtiaz")} == {"Sohail Imtiaz"}
    assert not [m for m in art.mentions if m.kind == "person" and m.value.startswith("Brig")]


def test_a_title_alone_is_nobody():
    assert not plausible_person("Dr") and not plausible_person("Maj Gen") and not plausible_person("Cde")
    assert plausible_person("Kwame Nkrumah")


def test_a_long_name_cut_after_its_third_word_is_finished():
    from indexer.entities.people import extend_name

    text = "Federal Minister Muhammad Junaid Anwaar Chaudhry on Wednesday revealed the plan."
    start = text.index("Muhammad")
    end = text.index(" Chaudhry")
    assert text[start:extend_name(text, start, end)] == "Muhammad Junaid Anwaar Chaudhry"
    # an English word or a place after it is no part of the name
    text = "Legislator Alan Leong Kah Kit filed returns."
    start = text.index("Alan")
    assert text[start:extend_name(text, start, text.index(" Kit"))] == "Alan Leong Kah"
    text = "Minister Syed Zafar Hussain Karachi visit was cancelled."
    start = text.index("Syed")
    assert text[start:extend_name(text, start, text.index(" Karachi"))] == "Syed Zafar Hussain"


def test_the_long_names_switch_turns_it_off(monkeypatch):
    from indexer.entities.people import extend_name

    monkeypatch.setenv("NEWSFACET_LONG_NAMES", "0")
    text = "Federal Minister Muhammad Junaid Anwaar Chaudhry on Wednesday revealed the plan."
    start = text.index("Muhammad")
    assert text[start:extend_name(text, start, text.index(" Chaudhry"))] == "Muhammad Junaid Anwaar"


def test_a_word_the_articles_names_open_with_is_found_bare_as_no_surname():
    # a roll names "Noor Muhammad" and "Muhammad Rafique": a bare, untagged "Muhammad" is neither's surname
    art = tagged(("Officers decorated: Noor Muhammad, Muhammad Rafique and Asad Khan.",
                  [("Noor Muhammad", "PERSON"), ("Muhammad Rafique", "PERSON"), ("Asad Khan", "PERSON")]),
                 ("Later Muhammad thanked the chief, and Khan spoke.", []))
    assert ("person", "Noor Muhammad") not in _values(art, "Muhammad")
    # ... while a surname no other name opens with is still found and linked
    assert _values(art, "Khan") == [("person", "Asad Khan")]


def test_a_place_no_gazetteer_holds_after_a_capital_the_is_a_title():
    art = tagged(("Peter Beinart, writing in The Atlantic, argued that the deal was dead.", [("Atlantic", "LOC")]))
    assert _values(art, "Atlantic") == [("org", "The Atlantic")]  # the magazine
    art = tagged(("Storms formed over the Atlantic last week.", [("Atlantic", "LOC")]))
    assert _values(art, "Atlantic") == [("place", "Atlantic")]  # the ocean, "the" in lower case


def test_the_titled_places_switch_turns_it_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_TITLED_PLACES", "0")
    art = tagged(("Peter Beinart, writing in The Atlantic, argued that the deal was dead.", [("Atlantic", "LOC")]))
    assert _values(art, "Atlantic") == [("place", "Atlantic")]


_FOUNDATION = (("Donors to the Clinton Foundation were named on Monday.", [("Clinton Foundation", "ORG")]),
               ("Clinton said she would answer every question.", [("Clinton", "PERSON")]),
               ("Clinton leads the race by three points.", [("Clinton", "PERSON")]))


def test_a_bare_name_beside_a_body_named_after_a_person_is_not_the_body():
    art = tagged(*_FOUNDATION)
    assert ("org", "Clinton Foundation") not in _values(art, "Clinton")
    # a firm's name still takes its bare first word ("Fairchild said" beside "Fairchild Industries")
    art = tagged(("Shares in Fairchild Industries rose on Monday.", [("Fairchild Industries", "ORG")]),
                 ("Fairchild said profits would rise.", [("Fairchild", "PERSON")]),
                 ("Fairchild expects a good year.", [("Fairchild", "PERSON")]))
    assert set(_values(art, "Fairchild")) == {("org", "Fairchild Industries")}


def test_the_named_for_people_switch_turns_it_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_NAMED_FOR_PEOPLE", "0")
    art = tagged(*_FOUNDATION)
    assert set(_values(art, "Clinton")) == {("org", "Clinton Foundation")}


_CLINTON = (("Hillary Clinton met donors in New York.", [("Hillary Clinton", "PERSON")]),
            ("Trump and Clinton are to meet in the second debate.", [("Trump", "PERSON"), ("Clinton", "GPE")]),
            ("Clinton said she would win the state.", [("Clinton", "GPE")]))


def test_a_surname_filed_as_a_small_town_that_speaks_is_a_person_in_all_its_article():
    from indexer.entities.linking import link_people

    art = tagged(*_CLINTON[1:])
    link_people([tagged(_CLINTON[0]), art])
    assert {m.kind for m in art.mentions if m.text == "Clinton"} == {"person"}


def test_the_personal_after_switch_turns_it_off(monkeypatch):
    from indexer.entities.linking import link_people

    monkeypatch.setenv("NEWSFACET_PERSONAL_AFTER", "0")
    art = tagged(*_CLINTON[1:])
    link_people([tagged(_CLINTON[0]), art])
    assert "place" in {m.kind for m in art.mentions if m.text == "Clinton"}


def test_a_name_opened_by_an_english_word_takes_no_fourth_word():
    from indexer.entities.people import extend_name

    text = "Agents of the Border Patrol Agent Brian Terry unit met."
    start = text.index("Border")
    assert text[start:extend_name(text, start, text.index(" Brian"))] == "Border Patrol Agent"
    text = "Senator Syed Yousaf Raza Gilani spoke."  # a given name of the tables opens it: the long name is whole
    start = text.index("Syed")
    assert text[start:extend_name(text, start, text.index(" Raza"))] == "Syed Yousaf Raza Gilani"


def _nr_archive():
    from tests.test_entities_units import linked

    arts = [tagged(("National Review editors said NR would stay independent.", [("National Review", "ORG"), ("NR", "ORG")]),
                   aid=f"p{i}") for i in range(10)]
    arts.append(tagged(("The New Republic and NR disagreed again.", [("New Republic", "ORG"), ("NR", "ORG")]), aid="rival"))
    arts += [tagged(("Members help keep NR going.", [("NR", "ORG")]), aid=f"a{i}") for i in range(30)]
    return linked(*arts)


def test_an_acronym_spelt_out_one_way_in_all_but_one_article_of_ten_is_that_body_everywhere():
    arts = _nr_archive()
    assert {m.value for m in arts[-1].mentions if m.text == "NR"} == {"National Review"}


def test_the_acronym_rivals_switch_turns_it_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_ACRONYM_RIVALS", "0")
    arts = _nr_archive()
    assert {m.value for m in arts[-1].mentions if m.text == "NR"} == {"NR"}


def test_an_office_alone_tagged_org_is_no_body():
    art = tagged(("Our operation is ongoing, said the ASP.", [("ASP", "ORG")]),
                 ("Officials at Justice declined to comment.", [("Justice", "ORG")]))
    assert _values(art, "ASP") == []
    assert _values(art, "Justice") == [("org", "Justice")]  # the Justice Department's short name


def test_the_office_alone_switch_turns_it_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_OFFICE_ALONE", "0")
    art = tagged(("Our operation is ongoing, said the ASP.", [("ASP", "ORG")]))
    assert _values(art, "ASP") == [("org", "ASP")]
