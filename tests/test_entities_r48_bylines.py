"""Round 48 of issue 11: a byline the lead opens with (extract/lead_byline, entities/lead_bylines) and three-letter
places (evidence.short_place), seen on a Nigerian paper's leads."""
from __future__ import annotations

import pytest

from indexer.bylines import authors
from indexer.extract.lead_byline import inline_byline
from search.model import Article, Paragraph
from tests.test_entities_archive_classes import _place
from tests.test_entities_units import linked, tagged


@pytest.mark.parametrize("lead, names, after", [
    ("By Henry Umoru – Abuja The Federal Government has said", ["Henry Umoru"], " – Abuja"),
    ("By Chidi Nkwopara, Owerri Three out of the 27 councils", ["Chidi Nkwopara"], ", Owerri"),
    ("By Ikechukwu Nnochiri The Abuja Division of the court", ["Ikechukwu Nnochiri"], " The Abuja"),
    ("By Henry Umoru ABUJA- THE Senate has queried", ["Henry Umoru"], " ABUJA-"),
    ("By Nwafor Sunday Amnesty International has accused", ["Nwafor Sunday"], " Amnesty"),
    ("By Samuel Oyadongha & Emem Idio Comrade Ebilade said", ["Samuel Oyadongha", "Emem Idio"], " Comrade"),
    ("By Y. Z. Yau MEMORIALS like this are important", ["Y. Z. Yau"], " MEMORIALS"),
    ("By Aare Afe Babalola, SAN, OFR Political institutions", ["Aare Afe Babalola"], ", SAN"),
])
def test_a_byline_opening_the_lead_ends_where_the_story_starts(lead, names, after):
    found, _, end = inline_byline(lead)
    assert found == names and lead[end:].startswith(after)


@pytest.mark.parametrize("lead", [
    "By Monday, the council had met twice.", "By the time the police arrived it was over.",
    "By Elon Musk's standards, the launch was small.", "Bystanders said the car was red.",
])
def test_a_lead_opening_with_by_and_no_reporter_has_no_byline(lead):
    assert inline_byline(lead) is None


def test_the_reporters_of_a_lead_byline_are_the_articles_authors():
    art = Article(id="a", title="t", paragraphs=[Paragraph(0, "By Henry Umoru – Abuja The Federal Government has said "
                                                           "that the aviation sector must meet standards.")])
    assert authors(art) == ["Henry Umoru"]


_BYLINE = ("By Bashir Bello A Chief Magistrate Court sitting in Nomansland, Kano State has again granted bail.",
           [("Bashir Bello", "PERSON"), ("Nomansland", "GPE"), ("Kano State", "GPE")])


def _people(art):
    """(facet person values, every person mention's text) of an article."""
    return ({m.value for m in art.mentions if m.kind == "person" and m.label != "NOFACET"},
            {m.text for m in art.mentions if m.kind == "person"})


def test_the_reporter_of_a_lead_byline_is_no_person_of_the_story(monkeypatch):
    facet, mentions = _people(linked(tagged(_BYLINE))[0])
    assert "Bashir Bello" in mentions and not any("Bashir" in p for p in facet)  # highlighted, in no person value
    monkeypatch.setenv("NEWSFACET_LEAD_BYLINES", "0")
    monkeypatch.setenv("NEWSFACET_CUT_NAMES", "0")  # (round 59 keeps the run-on "Bashir Bello A" out of the facet too)
    assert any("Bashir" in p for p in _people(linked(tagged(_BYLINE))[0])[0])


def test_a_name_run_on_into_the_story_is_cut_at_the_bylines_end():
    art = tagged(("By Vincent Ujumadu & Peter Okutu Justin Nwankwo, the former manager of a hotel demolished in 2013, "
                  "said he had been paid.", [("Vincent Ujumadu", "PERSON"), ("Peter Okutu Justin Nwankwo", "PERSON")]))
    assert _people(art) == ({"Justin Nwankwo"}, {"Vincent Ujumadu", "Peter Okutu", "Justin Nwankwo"})


def test_the_town_after_a_lead_byline_is_its_dateline(monkeypatch):
    lead = ("By Henry Umoru – Abuja The Federal Government has said that the aviation sector must meet standards.",
            [("Henry Umoru", "PERSON"), ("Abuja The Federal Government", "ORG")])
    art = tagged(lead)
    assert (_place(art, "Abuja").country, _people(art)[0]) == ("Nigeria", set())
    monkeypatch.setenv("NEWSFACET_LEAD_BYLINES", "0")
    assert "Abuja" not in {m.text for m in tagged(lead).mentions if m.kind == "place"}


def test_a_byline_glued_to_its_by_is_a_byline():
    found, _, end = inline_byline("ByLuisa Maria Jacinta C.Jocson,Reporter THE PHILIPPINE banking industry grew.")
    assert found == ["Luisa Maria Jacinta C.Jocson"]


def test_a_byline_after_a_kicker_is_a_byline_but_not_after_a_sentence():
    kicker = "Challenges critics to present evidence of contract irregularities By Gabriel Ewepu – Abuja A group said."
    assert inline_byline(kicker).names == ["Gabriel Ewepu"]
    assert inline_byline("The bill was passed on Monday. By Tuesday Evening the deal was done.") is None


@pytest.mark.parametrize("town, region", [("Jos", "Plateau State"), ("Aba", "Abia State"), ("Ufa", None)])
def test_a_three_letter_city_the_model_calls_a_place_is_one(town, region, monkeypatch):
    text = f"Voters in {town} stayed home on Sunday."
    place = _place(tagged((text, [(town, "GPE")])), town)
    assert place.country is not None and (region is None or place.region == region)
    monkeypatch.setenv("NEWSFACET_SHORT_PLACES", "0")
    assert town not in {m.text for m in tagged((text, [(town, "GPE")])).mentions if m.kind == "place"}


@pytest.mark.parametrize("word", ["Us", "Ely"])
def test_a_three_letter_word_or_small_town_stays_out(word):
    text = f"Voters in {word} stayed home on Sunday."
    assert word not in {m.text for m in tagged((text, [(word, "GPE")])).mentions if m.kind == "place"}


def test_a_country_after_the_byline_opens_a_bodys_name_not_a_dateline():
    art = tagged(("By Anita Roberts & Kizzy KalsakauThe Vanuatu National Provident Fund (VNPF) Board approved the "
                  "appointment.", [("Anita Roberts", "PERSON"), ("KalsakauThe Vanuatu National Provident Fund", "ORG")]))
    assert "Vanuatu National Provident Fund" in {m.value for m in art.mentions if m.kind == "org"}


def test_an_old_papers_abbreviated_given_name_is_no_three_letter_city():
    text = "In a fire which destroyed the home of Jos. C. Wendell, police found blood."
    assert "Jos" not in {m.text for m in tagged((text, [("Jos", "GPE")])).mentions if m.kind == "place"}
