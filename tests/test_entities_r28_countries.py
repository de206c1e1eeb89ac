"""Round 28 (issue 11): the forms news copy writes countries in ("Congo", "DRC", "Burma", "Bosnia", "UAE", "East
Timor", "St Lucia") are countries, from CLDR's English names, ISO common names and the style books' short forms
(indexer/entities/country_forms.py, built into the gazetteer)."""
from __future__ import annotations

import pytest

from indexer.entities import places
from indexer.entities.corpus import spans_for, tag_corpus
from indexer.entities.country_forms import country_forms, written_forms
from search.model import Article, Paragraph


@pytest.mark.parametrize("written, country", [
    ("DRC", "Democratic Republic of the Congo"),
    ("Democratic Republic of Congo", "Democratic Republic of the Congo"),
    ("Republic of Congo", "Republic of the Congo"), ("Congo Republic", "Republic of the Congo"),
    ("Burma", "Myanmar"), ("Bosnia", "Bosnia and Herzegovina"), ("Swaziland", "Eswatini"),
    ("UAE", "United Arab Emirates"), ("East Timor", "Timor Leste"), ("Macedonia", "North Macedonia"),
    ("St Lucia", "Saint Lucia"), ("Cape Verde", "Cabo Verde"),
])
def test_the_gazetteer_knows_the_form_as_the_country(written, country):
    found = [p for p in places.candidates(written) if p.kind == "country"]
    assert [p.name for p in found] == [country]


def test_cldr_names_are_written_as_running_text_writes_them():
    assert written_forms("Myanmar (Burma)") == ["Myanmar", "Burma"]
    assert written_forms("St. Kitts & Nevis") == ["St. Kitts and Nevis", "St Kitts and Nevis", "Saint Kitts and Nevis"]
    assert written_forms("Congo - Kinshasa") == ["Congo-Kinshasa"]
    assert written_forms("Hong Kong SAR China") == ["Hong Kong"]
    assert written_forms("Korea, Republic of") == []  # ISO's inverted form is no running text


def test_congo_alone_is_the_drc_unless_the_article_places_it_in_the_republic():
    assert "Congo" in country_forms("CD") and "Congo" in country_forms("CG")
    a = Article(id="x", title="t", paragraphs=[Paragraph(0, "Officials in Brazzaville said Congo will hold "
                                                          "elections in March.")])
    b = Article(id="y", title="t", paragraphs=[Paragraph(0, "Refugees fled to eastern Congo last week.")])
    tag_corpus([a], spans_for([a]))
    tag_corpus([b], spans_for([b]))
    assert {m.country for m in a.mentions if m.text == "Congo"} == {"Republic of the Congo"}
    assert {m.country for m in b.mentions if m.text == "Congo"} == {"Democratic Republic of the Congo"}


def test_tagged_copy_files_the_forms_under_their_country():
    a = Article(id="x", title="t", paragraphs=[Paragraph(0, "Fighting in eastern Congo displaced thousands, "
                                                          "officials in the DRC said."),
                                                Paragraph(1, "Leaders of Burma and Bosnia met in the UAE.")])
    tag_corpus([a], spans_for([a]))
    countries = {m.text: m.country for m in a.mentions if m.kind == "place"}
    assert countries["Congo"] == countries["DRC"] == "Democratic Republic of the Congo"
    assert countries["Burma"] == "Myanmar" and countries["Bosnia"] == "Bosnia and Herzegovina"
    assert countries["UAE"] == "United Arab Emirates"


def test_a_country_named_with_and_is_one_place():
    # the model tags "Trinidad" and "Tobago" apart; together they are one country, and a list stays a list
    a = Article(id="x", title="t", paragraphs=[Paragraph(0, "Trinidad and Tobago and Antigua and Barbuda joined, "
                                                          "as did Britain and France.")])
    tag_corpus([a], spans_for([a]))
    found = [(m.text, m.country) for m in a.mentions if m.kind == "place"]
    assert ("Trinidad and Tobago", "Trinidad and Tobago") in found
    assert ("Antigua and Barbuda", "Antigua and Barbuda") in found
    assert ("Britain", "United Kingdom") in found and ("France", "France") in found
