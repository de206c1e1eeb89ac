"""Round 56 (issue 11): a span the model tagged PERSON that closes on a country's name -- a body's national arm, a
person with the country of the next words glued on, or the country twice. Invented sentences with hand-made NER
spans (tests.test_entities_units)."""
from __future__ import annotations

import pytest

from tests.test_entities_r53 import _article, _faceted


def _all(article) -> set[tuple[str, str]]:
    return {(m.kind, m.value) for m in article.mentions}


@pytest.mark.parametrize("text, name", [
    ("Air Tuvalu has confirmed twelve flights for next month.", "Air Tuvalu"),
    ("On Friday, Telcomax Samoa said its network was back.", "Telcomax Samoa"),
    ("Funding was granted to Oxbridge Kiribati last year.", "Oxbridge Kiribati"),
    ("Budgets must allow Team Tuvalu to travel to the games.", "Team Tuvalu"),
])
def test_a_bodys_national_arm_tagged_person_is_a_body(text, name):
    """An org mention (in the facet once the archive shows the body's evidence, as every org value needs)."""
    article = _article([(text, [(name, "PERSON")])])
    faceted = _faceted(article)
    assert ("org", name) in _all(article)
    assert not any(kind == "person" for kind, _ in faceted)


def test_the_bare_first_word_of_an_arm_does_not_unmake_the_arm():
    """"According to Telcomax" (tagged PERSON, no fuller name) beside "Telcomax Samoa": the arm stays a body."""
    paras = [("Telcomax Samoa chief executive Ana Lee said the new network was ready.",
              [("Telcomax Samoa", "PERSON"), ("Ana Lee", "PERSON")]),
             ("According to Telcomax, coverage doubled.", [("Telcomax", "PERSON")])]
    assert ("org", "Telcomax Samoa") in _faceted(_article(paras))


def test_an_arm_with_a_title_word_run_on_is_no_person_the_arm_is_glued_to():
    """"[Telcomax Samoa Acting] CEO" tagged PERSON: the arm's ORG spans elsewhere in the article are not glued to
    that "person" (whose name opens with the whole arm) and stay the body."""
    paras = [("All of Telcomax Samoa’s network sites have been improved.", [("Telcomax Samoa’s", "PERSON")]),
             ("This marks the latest step for Telcomax Samoa, the firm said.", [("Telcomax Samoa", "PERSON")]),
             ("“We are proud,” Ana Lee, Telcomax Samoa Acting CEO, said.",
              [("Ana Lee", "PERSON"), ("Telcomax Samoa Acting", "PERSON")])]
    article = _article(paras)
    assert sum(1 for m in article.mentions if (m.kind, m.value) == ("org", "Telcomax Samoa")) >= 2


@pytest.mark.parametrize("text, name, person, country", [
    ("The visit took place under His Excellency the President Dr KM Mutasa Zambia seeks closer ties.",
     "KM Mutasa Zambia", "KM Mutasa", "Zambia"),
    ("The party has confirmed that its chairman, Dr Rafiqul Karim Nepal, will contest the seat.",
     "Rafiqul Karim Nepal", "Rafiqul Karim", "Nepal"),
])
def test_a_country_glued_after_a_name_the_article_names_alone_is_split_off(text, name, person, country):
    faceted = _faceted(_article([(text, [(name, "PERSON")]), (f"{person} said more would follow.", [(person, "PERSON")])]))
    assert ("person", person) in faceted
    assert ("place", country) in faceted
    assert ("person", name) not in faceted


def test_a_name_never_named_without_its_country_word_keeps_it():
    """"Mr Ram Bahadur Nepal" (a Nepali surname) and later "Mr Nepal": no glue, one person."""
    faceted = _faceted(_article([("Crowds cheered Mr Ram Bahadur Nepal on Sunday.", [("Ram Bahadur Nepal", "PERSON")]),
                                 ("Mr Nepal said the road would open.", [("Nepal", "PERSON")])]))
    assert ("person", "Ram Bahadur Nepal") in faceted


@pytest.mark.parametrize("text, name", [
    ("Senator Patricia Ireland said the bill would pass.", "Patricia Ireland"),  # a given name opens it
    ("Rep. Jim Jordan said the inquiry would go on.", "Jim Jordan"),              # a common surname
    ("Land and Water chairman Bobbie Brazil says the trial worked.", "Bobbie Brazil"),
])
def test_a_persons_country_surname_stays_the_persons(text, name):
    faceted = _faceted(_article([(text, [(name, "PERSON")])]))
    assert ("person", name) in faceted
    assert not any(kind == "org" for kind, _ in faceted)


def test_a_country_twice_is_the_country():
    faceted = _faceted(_article([("Game of records for Tonga Tonga thumped Fiji by nine wickets.",
                                  [("Tonga Tonga", "PERSON"), ("Fiji", "GPE")])]))
    assert ("place", "Tonga") in faceted
    assert not any(kind == "person" for kind, _ in faceted)


def test_a_piece_of_a_longer_name_is_no_arm():
    """"Citing Sahabat [Alam Malaysia]": a capitalised word runs into the span, so it is no two-word body."""
    article = _article([("Citing Sahabat Alam Malaysia as an example, the MP questioned its motives.",
                         [("Alam Malaysia", "PERSON")])])
    assert ("org", "Alam Malaysia") not in _all(article)


def test_the_switch_gives_back_the_persons(monkeypatch):
    monkeypatch.setenv("NEWSFACET_PERSON_COUNTRIES", "0")
    article = _article([("Funding was granted to Oxbridge Kiribati last year.", [("Oxbridge Kiribati", "PERSON")])])
    assert ("org", "Oxbridge Kiribati") not in _all(article)


def test_an_arm_stays_beside_its_parent_firm_read_as_a_person():
    """"[Castelor Ricard]" (a firm the model tagged PERSON) beside "[Castelor India]": the arm is no person glued to
    a country, its mention stays a body."""
    paras = [("Castelor Ricard said sales rose in every market.", [("Castelor Ricard", "PERSON")]),
             ("A year ago, Castelor India trimmed over 100 people from its workforce.", [("Castelor India", "PERSON")])]
    article = _article(paras)
    assert ("org", "Castelor India") in _all(article)


def _placed(text: str, spans: list[tuple[str, str]]) -> dict[str, tuple]:
    article = _article([(text, spans)])
    return {m.text: (m.value, m.region, m.country) for m in article.mentions if m.kind == "place"}


@pytest.mark.parametrize("text, spans", [
    ("Lawmakers in Oregon and Washington agreed to the plan.", [("Oregon", "GPE"), ("Washington", "GPE")]),
    ("Attorneys general of two states (Washington and Minnesota) sued.", [("Washington", "GPE"), ("Minnesota", "GPE")]),
    ("Shortages hit Idaho, Utah, Oregon and Washington this winter.",
     [("Idaho", "GPE"), ("Utah", "GPE"), ("Oregon", "GPE"), ("Washington", "GPE")]),
])
def test_a_states_name_listed_beside_states_is_the_state(text, spans):
    assert _placed(text, spans)["Washington"][1:] == ("Washington", "United States")


@pytest.mark.parametrize("text, spans", [
    ("The attacks in New York and Washington shook the markets.", [("New York", "GPE"), ("Washington", "GPE")]),
    ("He flew between Seattle and Washington, D.C. last week.", [("Seattle", "GPE"), ("Washington", "GPE")]),
    ("Officials in Moscow and Washington traded barbs.", [("Moscow", "GPE"), ("Washington", "GPE")]),
])
def test_beside_a_big_city_or_before_dc_the_capital_stays(text, spans):
    assert _placed(text, spans)["Washington"][1] == "District of Columbia"


def test_a_town_too_small_for_the_gazetteer_lies_in_the_state_after_its_comma():
    placed = _placed("The company was founded in Snoqualmie, Washington, in 2012.",
                     [("Snoqualmie", "GPE"), ("Washington", "GPE")])
    assert placed["Snoqualmie"][1:] == ("Washington", "United States")
    assert placed["Washington"][1:] == ("Washington", "United States")


def test_the_list_switch_gives_back_the_capital(monkeypatch):
    monkeypatch.setenv("NEWSFACET_REGION_LISTS", "0")
    placed = _placed("Lawmakers in Oregon and Washington agreed to the plan.", [("Oregon", "GPE"), ("Washington", "GPE")])
    assert placed["Washington"][1] == "District of Columbia"


def test_an_untagged_town_after_in_puts_the_state_after_its_comma():
    """"Founded in Snoqualmie, Washington": the model tagged only the state, the gazetteer lacks the town."""
    placed = _placed("Founded in Snoqualmie, Washington, in 2012, the firm grew fast.", [("Washington", "GPE")])
    assert placed["Washington"][1:] == ("Washington", "United States")


def test_a_city_of_a_country_before_the_countrys_name_is_that_countrys():
    """"Tbilisi, Georgia": the country after the comma, not the US state of the same name."""
    placed = _placed("She grew up in Tbilisi, Georgia, before moving.", [("Tbilisi", "GPE"), ("Georgia", "GPE")])
    assert placed["Tbilisi"][2] == "Georgia" and placed["Georgia"][2] == "Georgia"


def test_a_town_run_into_its_country_is_no_arm():
    """"in [Nadi Fiji]" tagged PERSON: a town and its country, never a body's national arm."""
    article = _article([("The workshop on violence was held in Nadi Fiji last week.", [("Nadi Fiji", "PERSON")])])
    assert ("org", "Nadi Fiji") not in _all(article)


def test_a_country_before_its_people_is_no_body():
    article = _article([("Kosovo Serbs are a despised minority on home ground.", [("Kosovo Serbs", "PERSON")])])
    assert ("org", "Kosovo Serbs") not in _all(article)
