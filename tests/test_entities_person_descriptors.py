"""Words written before or in a person's name that are not the name (issue 11, round 5), on invented sentences
with hand-made NER spans: an occupation, a sporting role, a nationality noun or a church before an office;
ships and spacecraft named like people; buildings named after a person; a caption's "Image" credit."""
from __future__ import annotations

import pytest

from indexer.entities import link_people, name_titles
from tests.test_entities_units import tagged


def _people(art):
    return {m.value for m in art.mentions if m.kind == "person"}


@pytest.mark.parametrize("written, name", [
    ("Climatologist Jane Wexler", "Jane Wexler"), ("Defender Omar Haddad", "Omar Haddad"),
    ("Hairdresser Mila Petrovic", "Mila Petrovic"), ("Croat Ivan Horvat", "Ivan Horvat"),
    ("Catholic Bishop Tomas Varga", "Tomas Varga"), ("Australian Peter Smith", "Peter Smith"),
])
def test_a_descriptor_before_a_full_name_is_not_part_of_it(written, name):
    art = tagged((f"{written} said the season was over.", [(written, "PERSON")]))
    assert _people(art) == {name}


@pytest.mark.parametrize("name", ["John Major", "Peter Walker", "Finn Larsen"])
def test_names_that_merely_contain_title_like_words_are_kept(name):
    assert name_titles.strip_title(name) == (0, name)


def test_a_spacecraft_named_like_a_person_is_no_person_and_its_name_does_not_link():
    art = tagged(("Space Shuttle Columbia lifted off in 1981.", [("Space Shuttle Columbia", "PERSON")]),
                 ("Columbia was lost in 2003.", [("Columbia", "PERSON")]))
    assert not _people(art)
    assert not any(m.text.startswith("Space Shuttle") for m in art.mentions)


def test_a_building_named_after_a_person_lends_no_surname():
    art = tagged(("The craft moves to the Steven F. Udvar-Hazy Center next year.",
                  [("Steven F. Udvar-Hazy Center", "PERSON")]),
                 ("Visitors at the Kennedy Space Center cheered.", [("the Kennedy Space Center", "FAC")]))
    assert not any(m.text == "Center" for m in art.mentions)


def test_a_nationality_noun_alone_is_no_person():
    art = tagged(("The Briton outsprinted her in the final 400m, she said.", [("Briton", "PERSON")]))
    assert not _people(art)


def test_a_caption_credit_word_is_cut_from_a_name():
    art = tagged(("President Obama tweeted to student Ahmed Mohamed Image: Twitter.",
                  [("Obama", "PERSON"), ("Ahmed Mohamed Image", "PERSON")]),
                 ("Displays of costumes. Image: Nick Moreau.", [("Image", "PERSON"), ("Nick Moreau", "PERSON")]))
    link_people([art])
    assert "Ahmed Mohamed" in _people(art)
    assert not any("Image" in v for v in _people(art))


@pytest.mark.parametrize("firm", ["Arch Coal", "Atlas Iron", "Snowy Hydro", "Roberts Limited"])
def test_a_name_closed_by_what_a_company_mines_or_is_is_no_person(firm):
    art = tagged((f"{firm} said output rose in the quarter.", [(firm, "PERSON")]))
    assert not _people(art)
    assert firm in {m.value for m in art.mentions if m.kind == "org"}


def test_a_name_printed_in_capitals_is_a_person_in_title_case_but_a_dateline_is_not():
    art = tagged(("The act passed the Senate.", []), ("Approved, JAMES MADISON.", [("JAMES MADISON", "PERSON")]),
                 ("By order of the Board, E. A. SHERMAN, Sheriff.", [("E. A. SHERMAN", "PERSON")]))
    assert _people(art) == {"James Madison", "E. A. Sherman"}
    art = tagged(("JOINT BASE LEWIS-McCHORD, Wash. (AP) - The base reopened.", [("JOINT BASE", "PERSON")]))
    assert not _people(art)


def test_a_region_named_like_its_country_is_left_out_of_the_region_facet():
    art = tagged(("Talks opened in Taipei on Monday.", [("Taipei", "GPE")]))
    taipei = next(m for m in art.mentions if m.text == "Taipei")
    assert taipei.country == "Taiwan" and taipei.region is None
