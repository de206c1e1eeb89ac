"""Round 64 (issue 11): what fresh archives of an Egyptian business daily (Daily News Egypt) and a Pakistani daily
(Dawn) showed.

Each test runs the one pass or rule that round 64 changed on text or mentions built here, then the same with the
rule's switch off, so the old reading stays one variable away."""
from __future__ import annotations

from search.model import Article, Mention, Paragraph

# --- a currency's code beside an amount (currency_codes) ----------------------------------------------------------


def _money(text: str, code: str) -> bool:
    from indexer.entities.currency_codes import is_money

    at = text.index(code)
    return is_money(text, at, at + len(code))


def test_a_currency_code_beside_an_amount_is_money(monkeypatch):
    assert _money("firms with a turnover of less than EGP 15m a year", "EGP")
    assert _money("total premiums reaching EGP 82.3bn in 2025", "EGP")
    assert _money("a deal worth USD 2,500,000", "USD")
    assert _money("raised 300m SAR from investors", "SAR")
    assert _money("the GBP/EUR exchange rate", "GBP") and _money("the GBP/EUR exchange rate", "EUR")
    assert _money("total assets of EGP 208.8bn rose", "EGP 208.8bn")  # the amount tagged with its code
    assert not _money("the ABC 208.8bn fund", "ABC 208.8bn")
    monkeypatch.setenv("NEWSFACET_CURRENCY_CODES", "0")
    assert not _money("less than EGP 15m a year", "EGP")


def test_the_same_capitals_naming_a_body_a_summit_or_a_reference_stay():
    assert not _money("delegates at COP 28 in Dubai", "COP")  # the climate summit: no money amount after it
    assert not _money("NPR reported on Monday", "NPR")  # the radio
    assert not _money("call 101 quoting CAD 5685/19Nov.", "CAD")  # a police log's reference
    assert not _money("an EGP-denominated bond", "EGP")
    assert not _money("the ABC 2024 season", "ABC")  # no currency's code


def test_the_tagger_reads_no_body_in_an_amounts_code():
    from indexer.entities import tag_entities
    from indexer.nlp import NerSpan

    text = "The company reported revenues of EGP 15m, the Central Bank of Egypt said."
    at, bank = text.index("EGP"), text.index("Central Bank")
    spans = [[NerSpan(at, at + 3, "ORG", "EGP"), NerSpan(bank, bank + 21, "ORG", "Central Bank of Egypt")]]
    art = Article(id="a", title="t", paragraphs=[Paragraph(0, text)])
    assert [m.value for m in tag_entities(art, spans) if m.kind == "org"] == ["Central Bank of Egypt"]


# --- an Arabic surname's article (people.form_key) ----------------------------------------------------------------


def test_a_surnames_article_glued_or_apart_is_one_spelling(monkeypatch):
    from indexer.entities.people import form_key

    assert form_key("Abdel Fattah El-Sisi") == form_key("Abdel Fattah Al-Sisi") == form_key("Abdel Fattah el Sisi")
    assert form_key("Bashar al-Assad") == form_key("Bashar Assad")
    assert form_key("Ahmed Samir") != form_key("Ahmed Sisi")
    monkeypatch.setenv("NEWSFACET_ARTICLE_SURNAMES", "0")
    assert form_key("Abdel Fattah El-Sisi") != form_key("Abdel Fattah Al-Sisi")


# --- a possessive before an acronym's brackets (orgs._BRACKETED, org_possessive) -----------------------------------


def test_a_possessive_before_the_brackets_is_no_part_of_the_name():
    from indexer.entities.orgs import normalise_org

    assert normalise_org("Central Bank of Egypt's (CBE)") == "Central Bank of Egypt"
    assert normalise_org("Centers for Disease Control and Prevention’s (CDC)") == \
        "Centers for Disease Control and Prevention"


def test_a_name_the_archive_writes_with_its_s_keeps_it_before_brackets_too():
    from indexer.entities.org_possessive import restore_name_possessives

    text = "Standard & Poor's (S&P) cut the rating. Standard & Poor's said the outlook was negative."
    second = text.index("Standard", 10)
    ms = [Mention(0, 0, 23, "Standard & Poor's (S&P)", "org", "Standard & Poor", label="ORG"),
          Mention(0, second, second + 15, "Standard & Poor", "org", "Standard & Poor", label="ORG")]
    art = Article(id="a", title="t", paragraphs=[Paragraph(0, text)], mentions=ms)
    restore_name_possessives([art])
    assert [m.value for m in art.mentions] == ["Standard & Poor's", "Standard & Poor's"]
    assert art.mentions[0].text == "Standard & Poor's (S&P)"  # the span is as written


# --- an office's capitals before a bare surname (title_surnames) ---------------------------------------------------


def _said(aid: str, text: str, name: str, value: str, kind: str = "person") -> Article:
    at = text.index(name)
    m = Mention(0, at, at + len(name), name, kind, value, label="PERSON" if kind == "person" else "ORG")
    return Article(id=aid, title="t", paragraphs=[Paragraph(0, text)], mentions=[m])


def _titled() -> list[Article]:
    return [_said("a", "Chief Minister Sarfraz Bugti chaired the meeting.", "Sarfraz Bugti", "Sarfraz Bugti"),
            _said("b", "Nawab Akbar Bugti was killed in 2006.", "Nawab Akbar Bugti", "Nawab Akbar Bugti"),
            _said("c", "CM Bugti vowed to crush the militants.", "CM Bugti", "CM Bugti"),
            _said("d", "CM Gandapur said so.", "CM Gandapur", "CM Gandapur", "org"),
            _said("e", "Officials at the CM House said so.", "CM House", "CM House", "org"),
            _said("f", "CJ Perez scored 20 points.", "CJ Perez", "CJ Perez")]


def test_an_offices_capitals_before_a_surname_name_the_archives_holder_of_the_office(monkeypatch):
    from indexer.entities.title_surnames import settle

    arts = _titled()
    assert settle(arts) == 2
    assert [(m.kind, m.value) for a in arts[2:] for m in a.mentions] == [
        ("person", "Sarfraz Bugti"),  # the one Bugti written after the office (not Nawab Akbar Bugti)
        ("person", "Gandapur"),  # no holder written in full: the surname, for the linking passes
        ("org", "CM House"), ("person", "CJ Perez")]  # a body's name; initials
    monkeypatch.setenv("NEWSFACET_TITLE_SURNAMES", "0")
    arts = _titled()
    assert settle(arts) == 0 and arts[2].mentions[0].value == "CM Bugti"


# --- an article's own spelling out of an acronym (org_own_definitions) ---------------------------------------------


def _cricket() -> Article:
    text = "The Board of Control for Cricket in India (BCCI) refused. The BCCI said the team would stay home."
    cut, acr, again = text.index("Board"), text.index("BCCI"), text.index("BCCI", text.index("BCCI") + 4)
    bank = "Bank of Credit and Commerce International"
    ms = [Mention(0, cut, cut + 28, "Board of Control for Cricket", "org", "Board of Control for Cricket", label="ORG"),
          Mention(0, acr, acr + 4, "BCCI", "org", bank, label="ORG"),
          Mention(0, again, again + 4, "BCCI", "org", bank, label="ORG")]
    return Article(id="c", title="t", paragraphs=[Paragraph(0, text)], mentions=ms)


def test_an_article_that_spells_an_acronym_out_means_what_it_spells(monkeypatch):
    from indexer.entities.org_own_definitions import settle

    art = _cricket()
    assert settle([art]) == 3
    assert {m.value for m in art.mentions} == {"Board of Control for Cricket in India"}
    monkeypatch.setenv("NEWSFACET_OWN_DEFINITIONS", "0")
    art = _cricket()
    settle([art])
    assert {m.value for m in art.mentions} == {"Board of Control for Cricket",
                                               "Bank of Credit and Commerce International"}


def test_a_value_holding_the_whole_spelt_name_stays():
    from indexer.entities.org_own_definitions import own_definitions, settle

    text = "The Securities and Exchange Commission (SEC) sued the firm."
    at = text.index("SEC")
    m = Mention(0, at, at + 3, "SEC", "org", "U.S. Securities and Exchange Commission", label="ORG")
    art = Article(id="s", title="t", paragraphs=[Paragraph(0, text)], mentions=[m])
    assert own_definitions(art, {"SEC"}) == {"SEC": [(0, 4, 38, "Securities and Exchange Commission")]}
    assert settle([art]) == 0 and m.value == "U.S. Securities and Exchange Commission"
    for value in ("SEC", "Securities Exchange Commission"):  # kept as written; a spelling of the article's name
        m.value = value
        assert settle([art]) == 0 and m.value == value
    lower = Article(id="l", title="t", paragraphs=[Paragraph(0, "a new form of artificial intelligence (AI) tool")])
    assert own_definitions(lower, {"AI"}) == {}  # words in lower case spell out a thing, not a body's name


def test_a_name_the_model_cut_before_its_acronym_is_the_whole_name():
    from indexer.entities.org_own_definitions import mend_cuts, settle

    text = "The Human Rights Commission of Pakistan (HRCP) criticised the arrests. The HRCP said so."
    at, acr = text.index("Human"), text.index("HRCP")
    ms = [Mention(0, at, at + 23, "Human Rights Commission", "org", "Human Rights Commission", label="ORG"),
          Mention(0, acr, acr + 4, "HRCP", "org", "HRCP", label="ORG")]
    art = Article(id="h", title="t", paragraphs=[Paragraph(0, text)], mentions=ms)
    assert mend_cuts([art]) == 1  # the cut piece; the acronym is the merges' to pair with it, archive-wide
    assert [m.value for m in art.mentions] == ["Human Rights Commission of Pakistan", "HRCP"]
    assert settle([art]) == 0  # no rival long form given to the acronym
    whole = "The Liberation Tigers of Tamil Eelam (LTTE) fought. The LTTE lost."
    acr = whole.index("LTTE")
    lone = Article(id="l", title="t", paragraphs=[Paragraph(0, whole)],
                   mentions=[Mention(0, acr, acr + 4, "LTTE", "org", "LTTE", label="ORG")])
    assert mend_cuts([lone]) == settle([lone]) == 0  # no cut, no rival: the acronym as the archive read it


# --- a brand's word is no person (cast.brand_word) -----------------------------------------------------------------


def test_a_word_with_a_capital_after_small_letters_is_no_persons_name(monkeypatch):
    from indexer.entities import cast

    cast.plausible_person.cache_clear()
    assert [w for w in ("SpaceX", "YouTube", "GlobalMedic", "McCain", "DeSantis", "LeBron", "MacNeill", "Smith")
            if cast.plausible_person(w)] == ["McCain", "DeSantis", "LeBron", "MacNeill", "Smith"]
    assert not cast.brand_word("TfL")  # one small letter: round 63's mixed acronym, its own switch
    monkeypatch.setenv("NEWSFACET_BRAND_WORDS", "0")
    cast.plausible_person.cache_clear()
    assert cast.plausible_person("SpaceX")
    cast.plausible_person.cache_clear()


def _brands() -> list[Article]:
    def said(aid, name, kind, label):
        m = Mention(0, 0, len(name), name, kind, name, label=label)
        return Article(id=aid, title="t", paragraphs=[Paragraph(0, f"{name} said so.")], mentions=[m])
    return [said("a", "SpaceX", "person", "PERSON"), said("b", "SpaceX", "org", "ORG"),
            said("c", "TraceTogether", "person", "PERSON"), said("d", "MacNeill", "person", "PERSON")]


def test_a_brands_word_tagged_person_is_the_archives_body_or_no_value(monkeypatch):
    from indexer.entities.brand_words import settle

    arts = _brands()
    assert settle(arts) == 2
    assert [(m.kind, m.value, m.label) for a in arts for m in a.mentions] == [
        ("org", "SpaceX", "PERSON"),  # the archive tags it ORG elsewhere: that body
        ("org", "SpaceX", "ORG"),
        ("person", "TraceTogether", "NOFACET"),  # never a body by the model's tag: no facet
        ("person", "MacNeill", "PERSON")]  # a name's prefix
    monkeypatch.setenv("NEWSFACET_BRAND_WORDS", "0")
    arts = _brands()
    assert settle(arts) == 0 and arts[0].mentions[0].kind == "person"


# --- a dateline in capitals with only a colon or a dash after it (junk.opens_dateline) -----------------------------


def test_a_name_in_capitals_opening_a_paragraph_before_a_colon_is_a_dateline(monkeypatch):
    from indexer.entities.junk import opens_dateline

    assert opens_dateline("", "KARACHI", ": Remittances through exchange companies remained robust")
    assert opens_dateline("", "HOBART", " - A man was charged")
    assert opens_dateline("", "WASHINGTON", ", March 3 (Reuters) - ")  # as before: a date, an agency
    assert not opens_dateline("", "Karachi", ": Remittances rose")  # the bare tail only after capitals
    assert not opens_dateline("He said ", "KARACHI", ": no")  # not opening the paragraph
    assert not opens_dateline("", "NAVARRO", ": Let me just say --", 5)  # a transcript's speaker, further down
    assert not opens_dateline("", "NAVARRO", ": No --")  # ... and no big place's name (Navarro, Buenos Aires)
    assert not opens_dateline("", "KARACHI", ": Remittances rose", 2)  # the bare tail in the first two paragraphs
    monkeypatch.setenv("NEWSFACET_BARE_DATELINES", "0")
    assert not opens_dateline("", "KARACHI", ": Remittances through exchange companies remained robust")


# --- the technology and finance terms written as acronyms (org_not_bodies) -----------------------------------------


def test_tech_and_finance_terms_by_their_acronyms_are_no_body():
    from indexer.entities.org_not_bodies import never_a_body

    assert [w for w in ("SEO", "AGI", "GenAI", "ESG", "Q&A", "IoT", "SAAS", "AR", "UI", "Reuters") if never_a_body(w)] \
        == ["SEO", "AGI", "GenAI", "ESG", "Q&A", "IoT"]  # (SAAS, AR, UI: bodies' initials on dev)


# --- a listing line asked once (sports_listings) ------------------------------------------------------------------


def test_a_listing_line_reads_the_same_whichever_mention_asks():
    from indexer.entities.sports_listings import in_listing

    text = "Kentucky at Texas, 3:30 p.m. (ABC).\nThe coach said Texas would win."
    assert in_listing(text, text.index("Kentucky")) and in_listing(text, text.index("Texas"))
    assert not in_listing(text, text.index("Texas", 20))  # the prose line
    assert not in_listing("Trump vs. Biden", 0) and in_listing("Trump vs. Biden", 0, page=True)
