"""Round 35 of issue 11: a given name the model cut off before a name that opens with no middle name comes back
when it is a given name by Faker's tables or by the archive's own full names and no word of English
(middle_names.restore_given_names, NEWSFACET_GIVEN_BEFORE)."""
from __future__ import annotations

from indexer.entities import tag_entities
from tests.test_entities_units import article, linked, span, tagged, values


def _hayem():
    return linked(tagged(("The Minister of Economy, María Luisa Hayem, highlighted the commitment. Hayem said it "
                          "was good news.", [("Luisa Hayem", "PERSON"), ("Hayem", "PERSON")])))[0]


def test_a_given_name_of_fakers_tables_cut_off_by_the_model_comes_back(monkeypatch):
    assert values(_hayem(), "person") == ["María Luisa Hayem"]  # the bare surname follows the whole name
    monkeypatch.setenv("NEWSFACET_GIVEN_BEFORE", "0")
    assert values(_hayem(), "person") == ["Luisa Hayem"]


def _maharjan():
    a = tagged(("Chiri Lama opened the road on Sunday.", [("Chiri Lama", "PERSON")]), aid="a")
    b = tagged(("Chiri Gurung won the race in Pokhara.", [("Chiri Gurung", "PERSON")]), aid="b")
    c = tagged(("Lalitpur Mayor Chiri Babu Maharjan told the Post on Monday evening.", [("Babu Maharjan", "PERSON")]),
               aid="c")
    return linked(a, b, c)[2]


def test_a_given_name_that_opens_two_of_the_archives_full_names_comes_back(monkeypatch):
    assert values(_maharjan(), "person") == ["Chiri Babu Maharjan"]
    monkeypatch.setenv("NEWSFACET_GIVEN_BEFORE", "0")
    assert values(_maharjan(), "person") == ["Babu Maharjan"]


def test_a_word_of_english_before_a_name_is_no_given_name():
    art = linked(tagged(("The Minister for Social Care and Sport Maree Todd said the plan would help.",
                         [("Maree Todd", "PERSON")])))[0]
    assert values(art, "person") == ["Maree Todd"]


def _tsang():
    # (the brother "Tsang Yam Pui" keeps the older linking from folding the short form into the full one)
    text = ("The two candidates, incumbent Donald Tsang Yam Kuen and Alan Kelvo, filed their returns. Donald Tsang's "
            "brother Tsang Yam Pui is a director of the firm.")
    art, _ = article((text, []))
    art.mentions = tag_entities(art, [[span(text, "Donald Tsang Yam Kuen", "PERSON"), span(text, "Alan Kelvo", "PERSON"),
                                       span(text, "Donald Tsang", "PERSON", 1), span(text, "Tsang Yam Pui", "PERSON")]])
    return linked(art)[0]


def test_a_short_name_beside_its_full_form_in_one_article_is_that_person(monkeypatch):
    assert "Donald Tsang" not in values(_tsang(), "person") and "Donald Tsang Yam Kuen" in values(_tsang(), "person")
    monkeypatch.setenv("NEWSFACET_PERSON_PREFIXES", "0")
    assert "Donald Tsang" in values(_tsang(), "person")


def test_words_glued_after_a_name_make_no_longer_form_of_it():
    for tail in ("Killed", "Labs", "II", "Zimbabwe"):
        text = f"Werner Kelvo spoke on Monday about the deal. The Werner Kelvo {tail} story ran on Tuesday, he killed it."
        art = linked(tagged((text, [("Werner Kelvo", "PERSON"), (f"Werner Kelvo {tail}", "PERSON")])))[0]
        assert "Werner Kelvo" in values(art, "person"), tail
