"""Round 51 of issue 11: a story's credit line (extract/credit_line, entities/credit_lines, bylines.authors) -- the
outlet's reporters and editors, no people of the story -- seen on a Reuters business archive, where they were 29
of the person facet's top 40 values; and the stem two countries share ("Korea"), read by the archive's home (a Korea
Herald archive)."""
from __future__ import annotations

import pytest

from indexer.bylines import authors
from indexer.extract.credit_line import credits, reporters
from search.model import Article, Paragraph
from tests.test_entities_units import linked, tagged


def _roles(text):
    return [[(role, text[a:b]) for role, a, b in c.roles] for c in credits(text)]


@pytest.mark.parametrize("text, roles", [
    ("Profits rose. (Reporting by Jane Doe in London; Additional reporting by John Roe; Editing by Ann Poe)",
     [[("reporting", "Jane Doe in London"), ("additional reporting", "John Roe"), ("editing", "Ann Poe")]]),
    ("Reporting by Jane Doe; Writing by John Roe", [[("reporting", "Jane Doe"), ("writing", "John Roe")]]),
    ("(Reporting By Katharina Bart)", [[("reporting", "Katharina Bart")]]),
    ("(Reporting by Shinichi Saoshiro; Additional reporting by Melanie Burton in Melbourne.; Editing by Eric Meijer)",
     [[("reporting", "Shinichi Saoshiro"), ("additional reporting", "Melanie Burton in Melbourne"),
       ("editing", "Eric Meijer")]]),
    ("• Staff writer Peter Grier contributed to this report.", [[("contributed", "• Staff writer Peter Grier")]]),
    ("Reporting by Michael Erman Editing by James Dalgleish", [[("reporting", "Michael Erman"),
                                                                 ("editing", "James Dalgleish")]]),
    ("It rose. Associated Press writer Jane Doe in Kyiv contributed to this report.",
     [[("contributed", "Associated Press writer Jane Doe in Kyiv")]]),
    ("He spoke. CNN's Jane Doe and John Roe contributed reporting.", [[("contributed", "CNN's Jane Doe and John Roe")]]),
])
def test_a_credit_line_names_its_roles_and_their_names(text, roles):
    assert _roles(text) == roles


@pytest.mark.parametrize("text", [
    "It was a song written by Paul McCartney in 1965.",  # prose credits no staff
    "Data compiled by Bloomberg show a rise in bond sales.",
    "Compiled by the UN, the list ranks 190 countries.",  # a lower-case word among the "names": prose
    "Reporting by investigative outlets, the Insider and Foreign Policy, has documented systemic abuse.",  # the seeds
    "The firm said it had contributed to this report on growth.",
])
def test_prose_with_a_role_and_by_is_no_credit(text):
    assert credits(text) == ()


def _article(*paragraphs, byline=None):
    return Article(id="a", title="t", byline=byline, paragraphs=[Paragraph(i, p) for i, p in enumerate(paragraphs)])


def test_the_reporters_of_a_credit_line_are_the_authors_when_no_byline_names_any():
    text = "(Reporting by Jane Doe in London and John Roe in New York; Additional reporting by Ann Poe; Editing by Bob Smith)"
    assert reporters(text) == ["Jane Doe in London and John Roe in New York", "Ann Poe"]
    assert authors(_article("Stocks rose on Monday.", text)) == ["Jane Doe", "John Roe", "Ann Poe"]  # no editor
    assert authors(_article("He spoke.", "AP writer Maria Danilova in Kyiv contributed to this report.")) == [
        "Maria Danilova"]
    assert authors(_article("He spoke.", text, byline="Mark Roe")) == ["Mark Roe"]  # the byline comes first


_STORY = ("Goldman Sachs chief Lloyd Blankfein said profits rose.", [("Goldman Sachs", "ORG"), ("Lloyd Blankfein", "PERSON")])
_CREDIT = ("(Reporting by Lisa Von Ahn in New York; Editing by Richard Chang)",
           [("Lisa Von Ahn", "ORG"), ("New York", "GPE"), ("Richard Chang", "PERSON")])


def _facets(art, kind):
    return {m.value for m in art.mentions if m.kind == kind and m.label != "NOFACET"}


def test_a_credit_lines_names_stay_mentions_out_of_the_person_facet_and_its_filing_place_out_of_the_place_facet(monkeypatch):
    art = linked(tagged(_STORY, _CREDIT))[0]
    assert _facets(art, "person") == {"Lloyd Blankfein"}
    people = {m.text for m in art.mentions if m.kind == "person"}
    assert {"Lisa Von Ahn", "Richard Chang"} <= people  # still highlighted and searchable, as people
    # where the reporter filed from: a place mention still, but no place of the story (round 59; as tagged before)
    assert "New York" not in _facets(art, "place") and any(m.text == "New York" and m.kind == "place" for m in art.mentions)
    monkeypatch.setenv("NEWSFACET_CREDIT_PLACES", "0")
    assert "New York" in _facets(linked(tagged(_STORY, _CREDIT))[0], "place")
    monkeypatch.setenv("NEWSFACET_CREDIT_LINES", "0")
    assert "Richard Chang" in _facets(linked(tagged(_STORY, _CREDIT))[0], "person")


def test_a_name_written_like_a_credit_inside_prose_stays_a_person_of_the_story():
    art = linked(tagged(("The album was produced by Rick Rubin in Malibu.", [("Rick Rubin", "PERSON"),
                                                                            ("Malibu", "GPE")])))[0]
    assert _facets(art, "person") == {"Rick Rubin"}


# --- a stem two countries share after a compass word ("Korea"), read by the archive's home ----------------------------

def _seoul_archive(n=6):
    """A Seoul paper's archive: every story names South Korea; one says "Korea" alone."""
    arts = [tagged((f"South Korea said on day {i} that Seoul would act.", [("South Korea", "GPE"), ("Seoul", "GPE")]),
                   aid=f"k{i}") for i in range(n)]
    arts.append(tagged(("Exports from Korea rose, the ministry in Seoul said.", [("Korea", "GPE"), ("Seoul", "GPE")]),
                       aid="korea"))
    return linked(*arts)


def _korea(arts):
    return [(m.value, m.country) for m in arts[-1].mentions if m.text == "Korea"]


def test_a_shared_stem_is_the_archives_home_country(monkeypatch):
    from indexer.entities.place_fragments import _shared_stems, short_forms

    assert "Korea" in _shared_stems() and "Sudan" not in _shared_stems()  # Sudan is a country of its own
    assert short_forms("South Korea", home=True) == {"Korea": "South Korea"} and short_forms("South Korea") == {}
    assert short_forms("South Africa", home=True) == {}  # "Africa": no second country's stem (and a continent)
    assert _korea(_seoul_archive()) == [("South Korea", "South Korea")]
    monkeypatch.setenv("NEWSFACET_SHARED_STEMS", "0")
    assert _korea(_seoul_archive()) != [("South Korea", "South Korea")]


def test_a_shared_stem_outside_its_home_stays_as_written():
    arts = linked(tagged(("North Korea fired a missile; Korea and Japan protested.",
                          [("North Korea", "GPE"), ("Korea", "GPE"), ("Japan", "GPE")]), aid="w"))
    assert ("South Korea", "South Korea") not in _korea(arts) and ("North Korea", "North Korea") not in _korea(arts)


# --- a state body by its own name with its country in front ("U.S. Securities and Exchange Commission") ---------------

@pytest.mark.parametrize("value, expected", [
    ("U.S. Securities and Exchange Commission", ("United States", "Securities and Exchange Commission")),
    ("U.S. Food and Drug Administration", ("United States", "Food and Drug Administration")),
    ("U.S. Federal Reserve", ("United States", "Federal Reserve")),
    ("U.S. Federal Bureau of Investigation", ("United States", "Federal Bureau of Investigation")),
    ("Indian Premier League", None),  # no state body's head: the league is no "Premier League" of India's
    ("German Football Association", None),
    ("Chinese Communist Party", None),
    ("British Airways", None),
])
def test_a_state_body_by_its_own_name_splits_from_its_country(value, expected, monkeypatch):
    from indexer.entities.org_country_prefix import split_prefix

    assert split_prefix(value) == expected
    if expected:
        monkeypatch.setenv("NEWSFACET_PREFIXED_BODIES", "0")
        assert split_prefix(value) is None


def _sec_archive():
    from tests.test_entities_r32_prefix import _archive

    bare = ("The Securities and Exchange Commission charged the fund, officials in Ohio said.",
            ["Securities and Exchange Commission"])
    return _archive(bare, bare, ("The U.S. Securities and Exchange Commission sued, officials in Ohio said.",
                                 ["U.S. Securities and Exchange Commission"]))


def test_a_prefixed_state_body_joins_the_archives_bare_name(monkeypatch):
    from tests.test_entities_r32_prefix import _orgs

    assert _orgs(*_sec_archive()) == ["Securities and Exchange Commission"]
    monkeypatch.setenv("NEWSFACET_PREFIXED_BODIES", "0")
    assert _orgs(*_sec_archive()) == ["Securities and Exchange Commission", "U.S. Securities and Exchange Commission"]


# --- a firm called by its first name beside its full name with a legal form ("JPMorgan" : "JPMorgan Chase & Co") -------

def test_a_firms_first_name_joins_its_full_name_with_a_legal_form_in_one_article(monkeypatch):
    from indexer.entities.org_variant_shapes import firm_first_word

    assert firm_first_word(["JPMorgan"], "JPMorgan Chase & Co".split())
    assert firm_first_word(["Merrill"], "Merrill Lynch".split())  # round 44's, unchanged
    assert not firm_first_word(["Ford"], "Ford Foundation Inc".split())  # a body's head word stays apart
    text = ("JPMorgan Chase & Co will cut jobs, JPMorgan said.", [("JPMorgan Chase & Co", "ORG"), ("JPMorgan", "ORG")])
    assert {m.value for m in linked(tagged(text))[0].mentions if m.kind == "org"} == {"JPMorgan Chase & Co"}
    monkeypatch.setenv("NEWSFACET_FIRM_LEGAL_FORM", "0")
    assert not firm_first_word(["JPMorgan"], "JPMorgan Chase & Co".split())


@pytest.mark.parametrize("text, roles", [
    ("Joan Lowy reported from Washington. Associated Press writers David N. Goodman in Detroit and Elizabeth Campbell "
     "in Chicago contributed to this report.",
     [[("contributed", "Joan Lowy")], [("contributed", "Associated Press writers David N. Goodman in Detroit and "
                                                       "Elizabeth Campbell in Chicago")]]),  # an initial ends no sentence
    ("Contributing: Charles McPhedran and Jennifer Collins", [[("contributed", "Charles McPhedran and Jennifer Collins")]]),
])
def test_an_ap_or_usa_today_contribution_line_names_its_staff(text, roles):
    assert _roles(text) == roles


def test_a_byline_of_its_own_at_the_top_is_no_person_of_the_story():
    byline = ("By DAVID CRARY, Associated Press Writer", [("DAVID CRARY", "PERSON"), ("Associated Press Writer", "ORG")])
    story = ("David Crary's neighbour, Ann Poe, said the flood came fast.", [("Ann Poe", "PERSON")])
    art = linked(tagged(byline, story))[0]
    assert _facets(art, "person") == {"Ann Poe"} and "DAVID CRARY" in {m.text for m in art.mentions}
    assert authors(_article(byline[0], story[0])) == ["David Crary"]


# --- a county or a borough of the article's own country, not a foreign town of its name ("Harlow, Essex") ------------

def test_second_level_divisions_come_from_iso_3166_2_with_their_region():
    from indexer.entities.gazetteer import fold
    from indexer.entities.subdivisions import _divisions

    d = _divisions()
    assert d[fold("Essex")] == (("United Kingdom", "England"),) and d[fold("Westminster")] == (("United Kingdom", "England"),)
    assert d[fold("Nord")] == (("France", "Hauts-de-France"),)


_HARLOW = ("She taught in primary schools in Harlow, Essex, and in London, until the schools closed in Aldershot.",
           [("Harlow", "GPE"), ("Essex", "GPE"), ("London", "GPE"), ("Aldershot", "GPE")])


def _essex(arts):
    return [(m.region, m.country) for a in arts for m in a.mentions if m.text == "Essex"]


def test_a_british_storys_county_is_not_a_foreign_town_of_its_name(monkeypatch):
    assert _essex(linked(tagged(_HARLOW))) == [("England", "United Kingdom")]
    monkeypatch.setenv("NEWSFACET_SUBDIVISIONS", "0")
    assert _essex(linked(tagged(_HARLOW))) != [("England", "United Kingdom")]


def test_a_town_its_comma_locates_or_whose_country_the_article_names_keeps_its_reading():
    greenwich = ("GREENWICH, Conn., March 18 - Publicker said its United Kingdom division would be sold.",
                 [("GREENWICH", "GPE"), ("Conn.", "GPE"), ("United Kingdom", "GPE")])
    arts = linked(tagged(greenwich))
    assert [m.country for a in arts for m in a.mentions if m.text == "GREENWICH"] != ["United Kingdom"]
