"""Round 16 of issue 11: person values that are not one right person's name -- a given name the model cut before a
middle name the archive itself shows (middle_names.py), a bare surname linked across articles to another bearer
(surname_bearers.py, linking), a cut name completed to a longer name it is not part of (person_evidence), and
post-nominal letters kept in the value (person_titles)."""
from __future__ import annotations

from indexer.entities import middle_names, person_titles
from tests.test_entities_units import linked, tagged

# Given names and surnames nobody's tables hold, so only the archive can teach the rule.
_GIVEN = ["Quilo", "Brazen", "Tovik", "Marlu", "Zendi", "Orvik"]
_FAMILY = ["Zentra", "Kavalo", "Pudrik", "Sorvin", "Belmak", "Tunrez"]


def _middle_archive(middle="Bahadur"):
    """Six people named "<given> <middle> <surname>" in full, one article each."""
    return [tagged((f"{g} {middle} {f} said the plan had failed.", [(f"{g} {middle} {f}", "PERSON")]), aid=f"m{i}")
            for i, (g, f) in enumerate(zip(_GIVEN, _FAMILY))]


def person_values(arts):
    return [m.value for a in arts for m in a.mentions if m.kind == "person"]


def test_a_word_inside_many_names_is_a_middle_name():
    assert middle_names.middle_words(_middle_archive()) == {"bahadur"}


def test_a_word_in_front_of_one_persons_name_is_no_middle_name():
    # a tabloid's "Tory Boris Johnson", "Brexiteer Boris Johnson": one surname after the word, however many fronts
    arts = [tagged((f"{front} Tovik Zentra spoke.", [(f"{front} Tovik Zentra", "PERSON")]), aid=f"t{i}")
            for i, front in enumerate(["Tory", "Brexiteer", "Meet", "Top", "Remain"])]
    assert middle_names.middle_words(arts) == set()


def test_a_given_name_cut_before_a_middle_name_is_given_back_with_its_surname():
    arts = _middle_archive()
    arts.append(tagged(("Dr Sameeq Bahadur Kavalo, the spokesperson, said so.", [("Bahadur Kavalo", "PERSON")]),
                       ("Kavalo told the Post more.", [("Kavalo", "PERSON")]), aid="cut"))
    linked(*arts)
    assert set(person_values(arts[-1:])) == {"Sameeq Bahadur Kavalo"}
    assert arts[-1].mentions[0].text == "Sameeq Bahadur Kavalo"


def test_a_given_name_the_model_read_as_something_else_joins_the_name():
    arts = _middle_archive()
    arts.append(tagged(("Advocates Zura Pel and Manesh Bahadur Sorvin filed it.",
                        [("Zura Pel", "PERSON"), ("Manesh", "GPE"), ("Bahadur Sorvin", "PERSON")]), aid="cut"))
    linked(*arts)
    assert "Manesh Bahadur Sorvin" in person_values(arts[-1:])


def test_a_word_of_the_language_before_a_middle_name_is_not_taken():
    arts = _middle_archive()
    arts.append(tagged(("Yesterday Bahadur Kavalo said so.", [("Bahadur Kavalo", "PERSON")]),
                       ("It rained yesterday.", []), aid="cut"))
    linked(*arts)
    assert "Yesterday Bahadur Kavalo" not in person_values(arts[-1:])


def test_a_cut_name_is_not_completed_to_a_longer_name_with_another_word_where_it_was_cut():
    arts = [tagged(("Dhanu Rami Zentra, a joint secretary, said so.", [("Dhanu Rami Zentra", "PERSON")]), aid="a"),
            tagged(("Army Chief Prabo Rami Zentra is going abroad.", [("Rami Zentra", "PERSON")]), aid="b")]
    linked(*arts)
    assert "Dhanu Rami Zentra" not in person_values(arts[1:])


def test_a_bare_surname_is_not_linked_across_articles_where_its_article_names_another_bearer():
    arts = [tagged(("Prem Lal Voskar, the district officer, said so.", [("Prem Lal Voskar", "PERSON")]), aid="a"),
            tagged(("According to Somu Prasad Voskar, director of a committee, the fines stand.", []),
                   ("\u201cWe have seen nothing,\u201d said Voskar.", [("Voskar", "PERSON")]), aid="b")]
    linked(*arts)
    assert "Prem Lal Voskar" not in person_values(arts[1:])


def test_a_surname_before_a_body_after_the_is_not_linked_across_articles():
    arts = [tagged(("Prime Minister Jung Kaval Ranor signed the treaty.", [("Jung Kaval Ranor", "PERSON")]), aid="a"),
            tagged(("They fought even the Ranor regime.", [("Ranor", "PERSON")]), aid="b")]
    linked(*arts)
    assert "Jung Kaval Ranor" not in person_values(arts[1:])


def test_a_doctor_by_surname_stays_the_person_his_article_names():
    arts = [tagged(("Dr Ge Tarkur, former director, said so.", [("Ge Tarkur", "PERSON")]),
                   ("Dr Tarkur said it again.", [("Tarkur", "PERSON")]), aid="a"),
            tagged(("Its new Director Sanjo Kumo Tarkur took over.", [("Sanjo Kumo Tarkur", "PERSON")]),
                   ("Dr Tarkur says there is much to do.", [("Tarkur", "PERSON")]), aid="b")]
    linked(*arts)
    assert set(person_values(arts[1:])) == {"Sanjo Kumo Tarkur"}


def test_the_article_names_another_bearer_so_the_scan_does_not_take_the_surname():
    art = tagged(("Ram Chandro Poudez, a senior leader, spoke.", [("Ram Chandro Poudez", "PERSON")]),
                 ("\u201cIt is deferred,\u201d said Pradip Poudez, a member.", []), aid="a")
    assert [m.text for m in art.mentions if m.kind == "person"] == ["Ram Chandro Poudez"]


def test_post_nominal_letters_are_no_part_of_the_name():
    art = tagged(("Tributes were paid to Jo Coxley MP, 41, on Friday.", [("Jo Coxley MP", "PERSON")]), aid="a")
    person_titles.drop_postnominals([art])
    (m,) = [m for m in art.mentions if m.kind == "person"]
    assert (m.value, m.text) == ("Jo Coxley", "Jo Coxley")


def test_given_names_written_as_one_word_or_two_are_one_person():
    arts = [tagged(("Finance Minister Yuba Raj Khativo said so.", [("Yuba Raj Khativo", "PERSON")]), aid="a"),
            tagged(("Yubaraj Khativo said it again.", [("Yubaraj Khativo", "PERSON")]), aid="b"),
            tagged(("Yubaraj Khativo spoke once more.", [("Yubaraj Khativo", "PERSON")]), aid="c")]
    linked(*arts)
    assert set(person_values(arts)) == {"Yubaraj Khativo"}


def test_a_photo_credits_agency_is_no_part_of_the_name():
    text = "President Trump speaks in Washington. Jonathan Ernst/Reuters"
    art = tagged((text, [("Jonathan Ernst/Reuters", "PERSON")]), aid="a")
    person_titles.drop_credit_tails([art])
    (m,) = [m for m in art.mentions if m.kind == "person"]
    assert (m.value, m.text) == ("Jonathan Ernst", "Jonathan Ernst")
    assert text[m.start:m.end] == "Jonathan Ernst"


def test_a_slash_with_no_name_before_it_is_left_alone():
    art = tagged(("Photo: /Reuters staff", [("/Reuters", "PERSON")]), aid="a")
    before = [(m.value, m.text) for m in art.mentions if m.kind == "person"]
    person_titles.drop_credit_tails([art])
    assert [(m.value, m.text) for m in art.mentions if m.kind == "person"] == before
