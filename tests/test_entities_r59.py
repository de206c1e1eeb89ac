"""Round 59 (issue 11): a lone word before a title that a name follows is the office's place or body, never the
first word of a person ("[Austin] Mayor Kirk Watson", "[Factual] CEO Gil Elbaz").

The model tags the town or the firm PERSON beside the holder's own PERSON span; the span rules had grown the lone word
over the title and the given name ("Austin Mayor Kirk"), and the longer span pushed the model's "Kirk Watson" out.
Synthetic sentences with hand-made NER spans (no spaCy model needed)."""
from __future__ import annotations

import pytest

from indexer.entities import people, tag_entities
from indexer.entities.org_words import _role_last
from indexer.nlp import NerSpan
from search.model import Article, Paragraph


def tagged(text: str, ents: list[tuple[str, str]]) -> Article:
    """One paragraph through the article's tagging (the shared helper, spans at each name's first occurrence)."""
    from tests.test_entities_units import tagged as tagged_paragraphs
    return tagged_paragraphs((text, ents), aid="r59")


def _kinds(art: Article) -> list[tuple[str, str, str]]:
    return [(m.text, m.kind, m.value) for m in art.mentions]


def test_a_town_before_mayor_and_name_is_the_town_and_the_holder_keeps_the_models_name():
    art = tagged("Austin Mayor Kirk Watson offered his condolences.", [("Austin", "PERSON"), ("Kirk Watson", "PERSON")])
    found = _kinds(art)
    assert ("Kirk Watson", "person", "Kirk Watson") in found
    assert ("Austin", "place", "Austin") in found
    assert not any(m.kind == "person" and "Mayor" in m.text for m in art.mentions)


def test_a_firm_before_ceo_and_name_is_a_body():
    art = tagged("Factual CEO Gil Elbaz said the data was sound.", [("Factual", "PERSON"), ("Gil Elbaz", "PERSON")])
    found = _kinds(art)
    assert ("Gil Elbaz", "person", "Gil Elbaz") in found
    assert ("Factual", "org", "Factual") in found


def test_a_lower_case_role_after_a_person_leaves_the_person_alone():
    """"Trump adviser Stephen Miller": people are followed by roles in lower case; only a capitalised title says the
    word before it is a place or a body."""
    assert not people.title_then_name("Trump adviser Stephen Miller said", 5)
    assert people.title_then_name("Trump Adviser Stephen Miller said", 5) is False  # "Adviser" is no title word
    assert people.title_then_name("Austin Mayor Kirk Watson said", 6)
    assert not people.title_then_name("Austin Mayor said", 6)  # no name after the title


def test_a_full_names_word_before_a_title_stays_the_persons():
    """A headline's capitals: "Trump" is a word of the article's "Donald Trump", so it stays a person."""
    text = "Donald Trump spoke on Monday. Trump President Joe Biden met him."
    art = tagged(text, [("Donald Trump", "PERSON"), ("Trump", "PERSON"), ("Joe Biden", "PERSON")])
    second = text.index("Trump", 20)
    assert any(m.start == second and m.kind == "person" for m in art.mentions)


def test_extend_name_stops_before_a_title_that_a_name_follows():
    text = "Austin Mayor Kirk Watson offered"
    assert people.extend_name(text, 0, 6) == 6
    assert people.extend_name("Oleksandr Prokudin said", 0, 9) == len("Oleksandr Prokudin")  # a surname still joins


def test_switch_off_restores_the_old_growth(monkeypatch):
    monkeypatch.setenv("NEWSFACET_TITLED_NEXT", "0")
    assert people.extend_name("Austin Mayor Kirk Watson offered", 0, 6) > 6
    assert not people.title_then_name("Austin Mayor Kirk Watson said", 6)


@pytest.mark.parametrize("value, role", [("Labour MP", True), ("Twitter CEO", True), ("John Major", False),
                                         ("Gayle King", False), ("Tewai-Siassi MP", True)])
def test_a_name_closing_on_a_role_in_capitals_gives_no_given_name(value, role):
    """org_words: "a senior [Labour MP] who" is no full name, so "Labour" is no given name of the archive (it had
    made the body "Labour Leave" a person)."""
    assert _role_last(value) is role


def test_role_in_capitals_does_not_make_the_party_a_person():
    from indexer.entities.org_words import weed
    from search.model import Mention

    text_a = "a senior Labour MP who called him a name"
    a = Article(id="a", title="t", paragraphs=[Paragraph(0, text_a)],
                mentions=[Mention(0, 9, 18, "Labour MP", "person", "Labour MP", label="PERSON")])
    text_b = "Brendan Chilton, general secretary of Labour Leave, said so."
    s = text_b.index("Labour Leave")
    b = Article(id="b", title="t", paragraphs=[Paragraph(0, text_b)],
                mentions=[Mention(0, s, s + 12, "Labour Leave", "org", "Labour Leave", label="ORG")])
    weed([a, b])
    assert [m.kind for m in b.mentions] == ["org"]


# --- firms' forms (org_variants) ------------------------------------------------------------------------------

def _fdic():
    from tests.test_entities_units import linked, tagged
    return linked(tagged(("The Federal Deposit Insurance Corp said the FDIC would sell the bank.",
                          [("Federal Deposit Insurance Corp", "ORG"), ("FDIC", "ORG")])))


def test_an_acronym_may_take_its_legal_forms_letter(monkeypatch):
    """"FDIC": the bare name's initials are "FDI"; the Corp's "C" closes the acronym."""
    from tests.test_entities_units import values
    assert values(_fdic()[0], "org") == ["Federal Deposit Insurance Corp"]
    monkeypatch.setenv("NEWSFACET_LEGAL_INITIALS", "0")
    assert sorted(values(_fdic()[0], "org")) == ["FDIC", "Federal Deposit Insurance Corp"]


def test_two_letters_never_take_a_legal_forms_letter():
    from indexer.entities.org_variants import _legal_initial
    assert _legal_initial("FDIC", "Federal Deposit Insurance Corp")
    assert not _legal_initial("BC", "Britannia & Co")  # "1000 BC" is no Britannia & Co


def test_cos_is_a_legal_form():
    from indexer.entities.org_variants import variant_key
    assert variant_key("Bear Stearns Cos") == variant_key("Bear Stearns") == variant_key("Bear Stearns Cos Inc")


def _jpmorgan():
    from tests.test_entities_units import linked, tagged
    pair = "JPMorgan said on Monday that JPMorgan Chase & Co agreed to buy the lender."
    spans = [("JPMorgan", "ORG"), ("JPMorgan Chase & Co", "ORG")]
    # (three articles name the bank alone, more than pair it: the archive's pairs alone would not carry it over)
    alone = [tagged(("Shares of JPMorgan rose 2 percent on Monday.", [("JPMorgan", "ORG")]), aid=f"c{i}")
             for i in range(3)]
    return linked(tagged((pair, spans), aid="a"), tagged((pair, spans), aid="b"), *alone)


def test_a_firms_first_name_the_archive_pairs_with_one_full_name_is_that_firm_everywhere(monkeypatch):
    from tests.test_entities_units import values
    assert values(_jpmorgan()[2], "org") == ["JPMorgan Chase & Co"]
    monkeypatch.setenv("NEWSFACET_FIRM_FIRST_SOLE", "0")
    assert values(_jpmorgan()[2], "org") == ["JPMorgan"]


def test_a_first_name_with_two_full_names_stays_apart():
    from tests.test_entities_units import linked, tagged, values
    pair = "JPMorgan said on Monday that JPMorgan Chase & Co agreed to buy the lender."
    other = "JPMorgan declined to comment; JPMorgan Cazenove advised the seller."
    arts = linked(tagged((pair, [("JPMorgan", "ORG"), ("JPMorgan Chase & Co", "ORG")]), aid="a"),
                  tagged((pair, [("JPMorgan", "ORG"), ("JPMorgan Chase & Co", "ORG")]), aid="b"),
                  tagged((other, [("JPMorgan", "ORG"), ("JPMorgan Cazenove", "ORG")]), aid="d"),
                  tagged((other, [("JPMorgan", "ORG"), ("JPMorgan Cazenove", "ORG")]), aid="e"),
                  tagged(("Shares of JPMorgan rose 2 percent on Monday.", [("JPMorgan", "ORG")]), aid="c"))
    assert values(arts[4], "org") == ["JPMorgan"]


# --- a leader's name before a body (surname_links) -----------------------------------------------------------

def _obama():
    from tests.test_entities_units import linked, tagged
    figure = [tagged(("President Barack Obama said the plan would work.", [("Barack Obama", "PERSON")]), aid=f"a{i}")
              for i in range(3)]
    return linked(*figure,
                  tagged(("The Obama Justice Department sued the bank.", [("Obama Justice Department", "ORG")]), aid="d"),
                  tagged(("Investors hoped Obama will propose a plan to help banks.", [("Obama", "PERSON")]), aid="c"))


def test_a_surname_opening_one_bodys_name_still_links_to_the_archives_figure(monkeypatch):
    """"the Obama Justice Department" in one article of a wire is no firm called Obama: the bare "Obama" of other
    articles is still the archive's Barack Obama, named in three times as many."""
    from tests.test_entities_units import values
    assert values(_obama()[-1], "person") == ["Barack Obama"]
    monkeypatch.setenv("NEWSFACET_LEADER_FIRST", "0")
    assert values(_obama()[-1], "person") == []


def test_a_firm_named_for_a_family_keeps_its_word_from_a_rare_namesake():
    """"Phelps Dodge" in more articles than any Phelps is named in full: a bare "Phelps" needs a person's evidence."""
    from tests.test_entities_units import linked, tagged, values
    firm = [tagged(("Phelps Dodge Corp raised its copper price.", [("Phelps Dodge Corp", "ORG")]), aid=f"f{i}")
            for i in range(3)]
    arts = linked(*firm, tagged(("Swimmer Michael Phelps won again.", [("Michael Phelps", "PERSON")]), aid="p"),
                  tagged(("Phelps said output would rise.", [("Phelps", "PERSON")]), aid="c"))
    assert values(arts[-1], "person") != ["Michael Phelps"]


# --- cut names (person_cut_names) ----------------------------------------------------------------------------

def _person_article(aid: str, text: str, name: str):
    from search.model import Mention
    start = text.index(name)
    return Article(id=aid, title="t", paragraphs=[Paragraph(0, text)],
                   mentions=[Mention(0, start, start + len(name), name, "person", name, label="PERSON")])


def test_a_value_whose_every_mention_runs_into_a_capitalised_word_leaves_the_facet(monkeypatch):
    from indexer.entities.person_cut_names import gate_cut_names
    from search.model import NO_FACET
    arts = [_person_article("a", "They turned on the foreign secretary, Vikram Misri, who had declared it.", "Vikram")]
    assert gate_cut_names(arts) == 1 and arts[0].mentions[0].label == NO_FACET
    monkeypatch.setenv("NEWSFACET_CUT_NAMES", "0")
    arts = [_person_article("a", "They turned on the foreign secretary, Vikram Misri, who had declared it.", "Vikram")]
    assert gate_cut_names(arts) == 0 and arts[0].mentions[0].label == "PERSON"


@pytest.mark.parametrize("text, name", [
    ("Trump fired campaign manager Corey Lewandowski Monday amid reports.", "Corey Lewandowski"),  # a day
    ("He spoke at the grave of Martin Luther King Jr. in Atlanta.", "Martin Luther King"),  # a suffix
    ("Vikram said the talks went well.", "Vikram"),  # a name that ends once
])
def test_a_name_that_ends_somewhere_stays(text, name):
    from indexer.entities.person_cut_names import gate_cut_names
    arts = [_person_article("a", text, name)]
    assert gate_cut_names(arts) == 0


def test_one_mention_ending_keeps_the_value_and_a_recurring_name_is_the_archives_way():
    from indexer.entities.person_cut_names import MAX_ARTICLES, gate_cut_names
    cut = "They met Vikram Misri on Monday."
    arts = [_person_article("a", cut, "Vikram"), _person_article("b", "Vikram said so.", "Vikram")]
    assert gate_cut_names(arts) == 0
    many = [_person_article(f"a{i}", cut, "Vikram") for i in range(MAX_ARTICLES + 1)]
    assert gate_cut_names(many) == 0


def test_a_heading_in_title_case_is_no_cut():
    from indexer.entities.person_cut_names import runs_on
    assert not runs_on("Obama Signs Health Care Bill Into Law", len("Obama"))
    text = "They turned on the foreign secretary, Vikram Misri, who declared it."
    assert runs_on(text, text.index("Vikram") + len("Vikram"))


# --- an issuer's paper (org_things) --------------------------------------------------------------------------

def _every(aid: str, text: str, name: str) -> Article:
    """One paragraph with an ORG span at every occurrence of ``name``, through the article's tagging."""
    import re
    spans = [NerSpan(m.start(), m.end(), "ORG", name) for m in re.finditer(re.escape(name), text)]
    art = Article(id=aid, title="t", paragraphs=[Paragraph(0, text)])
    art.mentions = tag_entities(art, [spans])
    return art


_BODY = "The U.S. Treasury said on Monday that it would sell the stake, officials of the U.S. Treasury said."


def _treasury():
    from tests.test_entities_units import linked
    papers = [_every("p1", "U.S. Treasury prices were little changed on Friday.", "U.S. Treasury"),
              _every("p2", "The yield on the benchmark 10-year U.S. Treasury note was flat.", "U.S. Treasury")]
    # (the body's own mentions outnumber its papers' three to one: no market by the value's share, round 15)
    return linked(*papers, *[_every(f"b{i}", _BODY, "U.S. Treasury") for i in range(3)])


def test_an_issuers_paper_leaves_the_facet_and_the_body_stays(monkeypatch):
    from tests.test_entities_units import values
    arts = _treasury()
    assert [values(a, "org") for a in arts] == [[], []] + [["U.S. Treasury"]] * 3
    monkeypatch.setenv("NEWSFACET_ISSUERS_PAPERS", "0")
    assert [values(a, "org") for a in _treasury()] == [["U.S. Treasury"]] * 5


def test_one_paper_in_the_archive_is_no_market():
    from indexer.entities.org_things import MARKET_MIN, _security_use
    from tests.test_entities_units import linked, values
    assert MARKET_MIN == 2 and _security_use("", " prices were little changed")
    body = [_every(f"b{i}", "Apple said sales rose; Apple shares gained.", "Apple") for i in range(3)]
    arts = linked(_every("a", "Apple bonds rallied on Friday.", "Apple"), *body)
    assert values(arts[0], "org") == ["Apple"]


# --- listed firms (listed_firms) -----------------------------------------------------------------------------

def _place_mention(text: str, name: str, label: str = "GPE"):
    from search.model import Mention
    start = text.index(name)
    return Mention(0, start, start + len(name), name, "place", name, region="Cantabria", country="Spain", label=label)


def test_a_name_written_with_a_ticker_is_the_listed_firm_wherever_it_is_a_place(monkeypatch):
    from indexer.entities.listed_firms import refile_listed_firms
    texts = ["Spain's two biggest banks, Santander ( SAN.MC ) and BBVA, rose.", "Santander fell 1.1 percent.",
             "He retired to the city of Santander in 2001."]

    def archive():
        return [Article(id=f"a{i}", title="t", paragraphs=[Paragraph(0, t)], mentions=[_place_mention(t, "Santander")])
                for i, t in enumerate(texts)]
    arts = archive()
    assert refile_listed_firms(arts) == 2
    assert [(m.kind, m.value, m.country) for a in arts for m in a.mentions] == [
        ("org", "Santander", None), ("org", "Santander", None), ("place", "Santander", "Spain")]
    monkeypatch.setenv("NEWSFACET_LISTED_FIRMS", "0")
    arts = archive()
    assert refile_listed_firms(arts) == 0


def test_a_ticker_closing_a_longer_name_or_after_a_state_makes_no_firm():
    from indexer.entities.listed_firms import refile_listed_firms
    text = "It sold services to First Union Corp of Georgia <FUNC>. Rain fell in Georgia."
    m1 = _place_mention(text, "Georgia")
    second = text.index("Georgia", m1.end)
    from search.model import Mention
    m2 = Mention(0, second, second + 7, "Georgia", "place", "Georgia", label="GPE")
    arts = [Article(id="a", title="t", paragraphs=[Paragraph(0, text)], mentions=[m1, m2])]
    assert refile_listed_firms(arts) == 0


def test_a_title_with_its_dot_still_says_the_word_before_is_a_place():
    assert people.title_then_name("Waukegan Ald. Roudell Kirkwood said", 8)


def test_a_credit_glued_to_the_next_items_title_is_no_cut_name():
    from indexer.entities.person_cut_names import runs_on
    text = "Cartoon of the day | Ben Jennings The Upside A bit of good news"
    assert not runs_on(text, text.index("Jennings") + len("Jennings"))


# --- a credit's places (credit_lines) ------------------------------------------------------------------------

def test_the_place_a_credit_puts_a_reporter_in_is_no_place_of_the_story(monkeypatch):
    from indexer.entities.credit_lines import label_credits
    from search.model import NO_FACET, Mention

    text = "(Reporting by Ajay Kamalakaran in Bangalore; Editing by Mike Miller)"

    def mention():
        s = text.index("Bangalore")
        return Mention(1, s, s + 9, "Bangalore", "place", "Bengaluru", region="Karnataka", country="India", label="GPE")
    art = Article(id="a", title="t", paragraphs=[Paragraph(0, "Shares of AIG fell."), Paragraph(1, text)])
    assert label_credits(art, [mention()])[0].label == "GPE"  # (per article: still the archive's evidence)
    assert label_credits(art, [mention()], places=True)[0].label == NO_FACET
    monkeypatch.setenv("NEWSFACET_CREDIT_PLACES", "0")
    assert label_credits(art, [mention()], places=True)[0].label == "GPE"


# --- clubs of nations and acronyms with a small "o" (org_variants) ---------------------------------------------

def test_a_group_of_nations_by_its_number_is_one_key(monkeypatch):
    from indexer.entities.org_variants import variant_key
    assert variant_key("Group of 20") == variant_key("G20") == variant_key("G-20")
    assert variant_key("Group of Seven") == variant_key("G7")
    assert variant_key("Group of Friends") != variant_key("G7")
    monkeypatch.setenv("NEWSFACET_GROUPS_OF", "0")
    assert variant_key("Group of 20") != variant_key("G20")


def test_an_acronym_keeping_the_small_o_of_its_of_is_that_name(monkeypatch):
    from indexer.entities.org_variants import _short_of
    assert _short_of("BoE", "Bank of England") and _short_of("MoD", "Ministry of Defence")
    assert not _short_of("BoE", "Bank of Japan")
    monkeypatch.setenv("NEWSFACET_GROUPS_OF", "0")
    assert not _short_of("BoE", "Bank of England")


def test_a_first_name_the_archive_writes_in_lower_case_stays_apart():
    """"Sun" : "Sun Microsystems" in two articles, but the archive also writes "the sun": "told The Sun" is a paper."""
    from tests.test_entities_units import linked, tagged, values
    pair = "Sun said on Monday that Sun Microsystems Inc would sell servers."
    spans = [("Sun", "ORG"), ("Sun Microsystems Inc", "ORG")]

    def archive(lower: str):
        alone = [tagged((f"Shares of Sun rose as {lower} shone.", [("Sun", "ORG")]), aid=f"c{i}") for i in range(3)]
        return linked(tagged((pair, spans), aid="a"), tagged((pair, spans), aid="b"), *alone)
    assert values(archive("the market")[2], "org") == ["Sun Microsystems Inc"]  # (the rule works here ...)
    assert "Sun Microsystems Inc" not in values(archive("the sun")[2], "org")  # (... but "sun" is an ordinary word)


def test_the_town_of_a_surname_links_to_no_one():
    from tests.test_entities_units import linked, tagged, values
    figure = [tagged(("Joe Kent resigned on Tuesday.", [("Joe Kent", "PERSON")]), aid=f"a{i}") for i in range(3)]
    arts = linked(*figure, tagged(("Drivers were asked to avoid I-10 near the town of Kent on Sunday.",
                                   [("Kent", "PERSON")]), aid="t"))
    assert "Joe Kent" not in values(arts[-1], "person")


def test_a_full_name_before_its_office_is_a_signature_no_cut_name():
    from indexer.entities.person_cut_names import runs_on
    text = "Donna Fordyce Chief Executive of Seafood Scotland said the plan would help."
    assert not runs_on(text, len("Donna Fordyce"), "Donna Fordyce")
    other = "mics Professor Phil Butler and Associate Professor Anthony Butler said"
    assert runs_on(other, other.index("Associate") + len("Associate"), "Associate")


def test_a_word_the_archive_writes_in_lower_case_stays_from_a_full_names_surname():
    """"Cafe chains were ordered to shut" is no "Quad Cafe", whatever the model made of a cafe's name."""
    from tests.test_entities_units import linked, tagged, values
    cafe = [tagged(("They are Quad Cafe at the school, a cafe near the lab.", [("Quad Cafe", "PERSON")]), aid=f"q{i}")
            for i in range(3)]
    arts = linked(*cafe, tagged(("The Cafe Egalitarian opened.", [("Cafe Egalitarian", "ORG")]), aid="o"),
                  tagged(("Cafe chains have also been ordered to shut.", [("Cafe", "PERSON")]), aid="c"))
    assert "Quad Cafe" not in values(arts[-1], "person")
