"""Round 32 (issue 11): a body named by the fields it holds ("Ministry of Business, Innovation and Employment",
"Bureau of Alcohol, Tobacco, Firearms and Explosives") is one organisation: the comma split of glued names does
not cut it, and the model's pieces of it are joined. Hand-made NER spans, as the model gave them."""
from __future__ import annotations

import pytest

from indexer.entities.name_titles import strip_title
from indexer.entities.org_fields import field_list
from tests.test_entities_units import linked, tagged


def _orgs(art):
    return [m.value for m in art.mentions if m.kind == "org"]


def test_a_whole_span_is_not_split_at_its_commas():
    text = "Officials from the Ministry of Business, Innovation and Employment said the figures were final."
    art = tagged((text, [("the Ministry of Business, Innovation and Employment", "ORG")]))
    assert _orgs(art) == ["Ministry of Business, Innovation and Employment"]


def test_the_models_pieces_of_one_list_are_joined():
    text = "Agents from the Bureau of Alcohol, Tobacco, Firearms, and Explosives searched the house on Tuesday."
    art = tagged((text, [("the Bureau of Alcohol, Tobacco, Firearms", "ORG"), ("Explosives", "ORG"),
                         ("Tuesday", "DATE")]))
    assert _orgs(art) == ["Bureau of Alcohol, Tobacco, Firearms, and Explosives"]


def test_an_untagged_rest_of_the_list_is_taken():
    text = "He joined the School of Communication, Journalism and Marketing at Massey University in 2010."
    art = tagged((text, [("the School of Communication", "ORG"), ("Massey University", "ORG"), ("2010", "DATE")]))
    assert _orgs(art) == ["School of Communication, Journalism and Marketing", "Massey University"]


def test_the_switch_turns_it_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_ORG_FIELDS", "0")
    text = "Officials from the Ministry of Business, Innovation and Employment said the figures were final."
    art = tagged((text, [("the Ministry of Business, Innovation and Employment", "ORG")]))
    assert "Ministry of Business, Innovation and Employment" not in _orgs(art)


@pytest.mark.parametrize("text, spans, expected", [
    # other bodies, places and people after a body's name are a list of names, not its fields
    ("Shares in Bank of Scotland, HSBC and Tesco Bank fell sharply.",
     [("Bank of Scotland", "ORG"), ("HSBC", "ORG"), ("Tesco Bank", "ORG")], ["Bank of Scotland", "HSBC", "Tesco Bank"]),
    ("She studied at the Massachusetts Institute of Technology, and Northwestern University.",
     [("the Massachusetts Institute of Technology", "ORG"), ("Northwestern University", "ORG")],
     ["Massachusetts Institute of Technology", "Northwestern University"]),
    ("Researchers at the University of California, San Francisco and Dorothy Caputo studied the data.",
     [("the University of California", "ORG"), ("San Francisco", "GPE"), ("Dorothy Caputo", "PERSON")],
     # (round 62: the campus is named by its town, org_campuses; the person after "and" is still no field of it)
     ["University of California, San Francisco"]),
])
def test_names_after_a_body_are_not_its_fields(text, spans, expected):
    assert _orgs(tagged((text, spans))) == expected


def test_what_a_field_list_is():
    assert field_list("the Ministry of Youth, Sport, Arts and Recreation")
    assert field_list("Department for Environment, Food and Rural Affairs")
    assert field_list("Ministry of Lands, Agriculture, Fisheries, Water and Rural Development")
    assert not field_list("Ministry of Defence, Britain and France")  # countries: WordNet lists them too
    assert not field_list("Ministry of Defence, Foreign Office and Treasury")  # a body word: other bodies
    assert not field_list("Ministry of Defence and MI5")  # an acronym
    assert not field_list("Ministry of Defence, Monday")  # no closing "and": no list
    assert not field_list("Coles, Bi-Lo and Aldi")  # no body word opens it


def test_a_body_named_alone_after_a_body_is_a_second_body():
    text = "The Department of Justice and Congress disagreed on Tuesday."
    art = tagged((text, [("The Department of Justice", "ORG"), ("Congress", "ORG"), ("Tuesday", "DATE")]))
    assert _orgs(art) == ["Department of Justice", "Congress"]


def test_a_field_list_is_not_two_bodies_glued_by_and():
    # each half is an org value elsewhere in the archive: still one ministry, not "Facebook and Google"
    one = tagged(("The Ministry of Federal Education and Professional Training announced the results.",
                  [("The Ministry of Federal Education and Professional Training", "ORG")]), aid="a")
    other = tagged(("The Ministry of Federal Education met. Professional Training was discussed.",
                    [("The Ministry of Federal Education", "ORG"), ("Professional Training", "ORG")]), aid="b")
    linked(one, other)
    assert "Ministry of Federal Education and Professional Training" in _orgs(one)


def test_a_field_is_whole_words():
    assert not field_list("National Business Group on Health and PriceWaterhouseCoopers")  # "Price" is no field
    assert not field_list("Ministry of Business, Innovation and Employment’s Fund")  # a possessive goes on


def test_spelled_out_ranks_are_no_part_of_a_name():
    # the model tagged the rank and the name ORG: a person, the rank stripped
    art, = linked(tagged(("The ceremony was attended by Air Commodore Asad Rasool on Monday.",
                          [("Air Commodore Asad Rasool", "ORG"), ("Monday", "DATE")])))
    assert [(m.kind, m.value) for m in art.mentions if m.kind != "date"] == [("person", "Asad Rasool")]
    for text, name in (("Rear Admiral John Kirby", "John Kirby"), ("Air Vice Marshal Tariq Zia", "Tariq Zia"),
                       ("Group Captain Imran Ali", "Imran Ali"), ("Lieutenant General Ahmed Sharif", "Ahmed Sharif"),
                       ("Marshal Khalifa Haftar", "Khalifa Haftar")):
        assert strip_title(text)[1] == name


@pytest.mark.parametrize("text, spans, expected", [
    # the model's span ran into the "and": two bodies, each whole by its own name, are not joined
    ("Investors in Alibaba Group Holding and Tencent Holdings lost money.",
     [("Alibaba Group Holding and", "ORG"), ("Tencent Holdings", "ORG")], ["Alibaba Group Holding", "Tencent Holdings"]),
    # an untagged acronym before the "and" is a name of its own, not the first half of the next one
    ("Leaders will meet at COP30 and APEC later this year.", [("APEC", "ORG")], ["APEC"]),
    # one body whose name holds "and" is still joined
    ("The Australian Competition and Consumer Commission said prices rose.",
     [("The Australian Competition and", "ORG"), ("Consumer Commission", "ORG")],
     ["Australian Competition and Consumer Commission"]),
])
def test_two_bodies_either_side_of_and_stay_two(text, spans, expected):
    assert _orgs(tagged((text, spans))) == expected


def test_the_two_bodies_switch(monkeypatch):
    monkeypatch.setenv("NEWSFACET_ORG_TWO_BODIES", "0")
    monkeypatch.setenv("NEWSFACET_ORG_AND_APART", "0")  # (round 47: an acronym is whole by itself too)
    art = tagged(("Leaders will meet at COP30 and APEC later this year.", [("APEC", "ORG")]))
    assert _orgs(art) == ["COP30 and APEC"]


def test_chambers_and_portfolios_that_are_body_words():
    assert field_list("Iran Chamber of Commerce, Industries, Mines and Agriculture")
    assert field_list("Ministry of Public Service, Labour, and Social Welfare")
    assert not field_list("Federation of Chambers of Commerce and Industry Also")  # a stop word is no field
