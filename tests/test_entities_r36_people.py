"""Round 36 of issue 11: bare names the sentence shows are nobody's surname (name_uses.py), family names written
elsewhere than last (family_names.py), another bearer's given name that is also a word of English
(surname_bearers.article_bearers), and an office the archive gives one full name (surname_links.link_surnames)."""
from __future__ import annotations

from tests.test_entities_units import linked, tagged, values


def _archive(*arts):
    return linked(*[tagged(*paras, aid=str(i)) for i, paras in enumerate(arts)])


def test_a_bare_family_name_inside_a_hong_kong_name_is_that_person(monkeypatch):
    paras = (("Duncan Chui Tak Keung (Mr Chui) is the chairman of the company.",
              [("Duncan Chui Tak Keung", "PERSON")]),
             ("Mr Chui said he would stay on the board.", [("Chui", "PERSON")]))
    assert values(_archive(paras)[0], "person") == ["Duncan Chui Tak Keung"]
    monkeypatch.setenv("NEWSFACET_FAMILY_NAMES", "0")
    assert "Chui" in values(_archive(paras)[0], "person")


def _hui():
    return _archive(
        (("Herbert Hui Ho Ming (Mr Hui) was appointed Deputy Chairman.", [("Herbert Hui Ho Ming", "PERSON")]),
         ("Mr Hui then became Managing Director of the bank.", [("Hui", "PERSON")])),
        (("Ronnie Hui Ka Wah (Dr Hui) was appointed as an executive director.", [("Ronnie Hui Ka Wah", "PERSON")]),
         ("Dr Hui said the board had approved it.", [("Hui", "PERSON")])),
        (("Mr Hui said the deal was fair to minority shareholders.", [("Hui", "PERSON")]),))


def test_a_family_name_two_people_of_the_archive_share_names_nobody_alone(monkeypatch):
    arts = _hui()
    assert values(arts[0], "person") == ["Herbert Hui Ho Ming"] and values(arts[1], "person") == ["Ronnie Hui Ka Wah"]
    assert values(arts[2], "person") == []  # "Hui" alone: either of them
    monkeypatch.setenv("NEWSFACET_FAMILY_NAMES", "0")
    assert values(_hui()[2], "person") == ["Hui"]


def _cheng():
    return _archive(
        (("The tycoon Cheng Yu Tung founded the group in 1970.", [("Cheng Yu Tung", "PERSON")]),
         ("Mr Cheng said the company would keep its shares.", [("Cheng", "PERSON")])),
        (("Mr Cheng said the jewellery business would grow.", [("Cheng", "PERSON")]),))


def test_a_family_name_written_first_links_across_articles_as_a_surname_does(monkeypatch):
    assert values(_cheng()[1], "person") == ["Cheng Yu Tung"]
    monkeypatch.setenv("NEWSFACET_FAMILY_NAMES", "0")
    assert values(_cheng()[1], "person") == ["Cheng"]


def _sister():
    return _archive(
        (("England captain Eoin Morgan scored 50 runs and said he was pleased.", [("Eoin Morgan", "PERSON")]),),
        (("Jaimi is survived by her father, her brother Jett and her sister Morgan.", [("Jett", "PERSON"), ("Morgan", "PERSON")]),))


def test_a_name_after_a_kin_word_is_a_given_name_no_surname_links(monkeypatch):
    assert "Eoin Morgan" not in values(_sister()[1], "person")
    monkeypatch.setenv("NEWSFACET_GIVEN_WORD_USES", "0")
    assert "Eoin Morgan" in values(_sister()[1], "person")


def _prince():
    return _archive(
        (("Netball star Verity Charles, 29, was targeted by fans, and Charles said she was upset.",
          [("Verity Charles", "PERSON"), ("Charles", "PERSON")]),),
        (("The women studied at the college whose president is Prince Charles, and they spoke out.",
          [("Charles", "PERSON")]),))


def test_a_name_after_a_royal_title_is_a_given_name_no_surname_links(monkeypatch):
    assert "Verity Charles" not in values(_prince()[1], "person")
    monkeypatch.setenv("NEWSFACET_ROYAL_STYLE", "0")  # (round 47: "Prince Charles" is whole by itself)
    assert "Verity Charles" not in values(_prince()[1], "person")
    monkeypatch.setenv("NEWSFACET_GIVEN_WORD_USES", "0")
    assert "Verity Charles" in values(_prince()[1], "person")


def _valentine():
    return _archive(
        (("Kim Valentine, of Hobart, bought the car in the 1970s.", [("Kim Valentine", "PERSON")]),
         ("It just kept going, Mr Valentine said.", [("Valentine", "PERSON")])),
        (("Alicia launched her brand on Valentine's Day in 2020, and it sold out.", [("Valentine", "PERSON")]),))


def test_a_name_before_the_possessive_of_a_day_or_a_bay_is_no_person(monkeypatch):
    assert values(_valentine()[1], "person") == []
    monkeypatch.setenv("NEWSFACET_GIVEN_WORD_USES", "0")
    assert values(_valentine()[1], "person") == ["Kim Valentine"]


def _taylor():
    return _archive(
        (("Ministers Paul Toole and Bronnie Taylor arrived at the office, Bronnie Taylor said on Monday.",
          [("Paul Toole", "PERSON"), ("Bronnie Taylor", "PERSON")]),),
        (("Minister for Energy and Emissions Reduction Angus Taylor said the Coalition would not act.",
          [("Taylor", "PERSON")]),))


def test_a_given_name_that_is_a_word_of_english_still_names_another_bearer(monkeypatch):
    assert "Bronnie Taylor" not in values(_taylor()[1], "person")  # "Angus Taylor": not the archive's Bronnie
    monkeypatch.setenv("NEWSFACET_ENGLISH_GIVEN", "0")
    assert "Bronnie Taylor" in values(_taylor()[1], "person")


def _president():
    return _archive(
        (("President Emmerson Mnangagwa opened the farm on Monday.", [("Emmerson Mnangagwa", "PERSON")]),),
        (("Patrick Mnangagwa spoke to farmers about the season.", [("Patrick Mnangagwa", "PERSON")]),
         ("President Mnangagwa himself has spoken of his passion for farming.", [("Mnangagwa", "PERSON")])))


def test_an_office_the_archive_writes_before_one_full_name_names_that_person(monkeypatch):
    assert "Emmerson Mnangagwa" in values(_president()[1], "person")
    monkeypatch.setenv("NEWSFACET_BEARER_OFFICES", "0")
    assert "Emmerson Mnangagwa" not in values(_president()[1], "person")


def _cut(sentence, span):
    return values(_archive(((sentence, [(span, "PERSON")]),))[0], "person")


def test_a_given_name_wordnet_knows_from_a_saint_comes_back_before_its_name(monkeypatch):
    assert _cut("Deputy Minister Teresa Amarelle Baue said the plan was ready.", "Amarelle Baue") \
        == ["Teresa Amarelle Baue"]
    monkeypatch.setenv("NEWSFACET_ENGLISH_GIVEN", "0")
    assert "Teresa Amarelle Baue" not in _cut("Deputy Minister Teresa Amarelle Baue said the plan was ready.",
                                              "Amarelle Baue")


def test_a_city_or_the_object_of_a_titles_of_is_no_given_name():
    assert _cut("The former Mayor of London Boris Johnson said he would vote.", "Boris Johnson") == ["Boris Johnson"]
    assert "Peace Dianne Hensley" not in _cut("The Justice of the Peace Dianne Hensley said she would appeal.",
                                              "Dianne Hensley")
    assert _cut("The church's Pastor Robert Jeffress said he would pray.", "Robert Jeffress") == ["Robert Jeffress"]


def test_a_family_name_written_first_links_across_articles_only_after_a_title():
    arts = _archive(
        (("The tycoon Cheng Yu Tung founded the group in 1970.", [("Cheng Yu Tung", "PERSON")]),
         ("Mr Cheng said the company would keep its shares.", [("Cheng", "PERSON")])),
        (("Cheng dong merrily on high, the carol rang out on Monday.", [("Cheng", "PERSON")]),))
    assert "Cheng Yu Tung" not in values(arts[1], "person")


def _webb():
    return _archive(
        (("The editor David M. Webb wrote the piece, and David Webb said on Monday the board had failed.",
          [("David M. Webb", "PERSON"), ("David Webb", "PERSON")]),),
        (("David Webb said the exchange should act on the listing rules.", [("David Webb", "PERSON")]),),
        (("Shareholders backed David Webb at the meeting, he said.", [("David Webb", "PERSON")]),))


def test_a_name_with_and_without_its_middle_initial_in_one_article_is_one_person_everywhere(monkeypatch):
    assert {v for a in _webb() for v in values(a, "person")} == {"David Webb"}
    monkeypatch.setenv("NEWSFACET_PERSON_MIDDLES", "0")
    assert {v for a in _webb() for v in values(a, "person")} == {"David Webb", "David M. Webb"}


def test_a_middle_name_is_no_middle_initial_two_people_may_share_the_rest():
    arts = _archive(
        (("Brigadier Muhammad Osama Bin Arshad and Major Muhammad Arshad received the award.",
          [("Muhammad Osama Bin Arshad", "PERSON"), ("Muhammad Arshad", "PERSON")]),))
    assert sorted(values(arts[0], "person")) == ["Muhammad Arshad", "Muhammad Osama Bin Arshad"]
