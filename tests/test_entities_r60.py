"""Round 60 (issue 11): one body or place under the forms a business wire writes it in, and no index as a firm.

Each test builds the mentions the tagger would have made (no spaCy model needed) and runs the one pass or rule that
round 60 changed, then the same with the rule's switch off, so the old reading stays one variable away."""
from __future__ import annotations

from search.model import Article, Mention, Paragraph


def _article(aid: str, text: str, name: str, kind: str, **kw) -> Article:
    start = text.index(name)
    m = Mention(0, start, start + len(name), name, kind, kw.pop("value", name), **kw)
    return Article(id=aid, title="t", paragraphs=[Paragraph(0, text)], mentions=[m])


# --- a country's body written with its head noun on the other side (org_country_prefix) ---------------------------

def _justice_archive() -> list[Article]:
    return [_article("a", "The U.S. Department of Justice sued the bank.", "U.S. Department of Justice", "org"),
            _article("b", "The Justice Department declined to comment.", "Justice Department", "org"),
            _article("c", "The U.S. Department of Justice said it would appeal.", "U.S. Department of Justice", "org")]


def test_a_bare_body_with_its_head_noun_turned_joins_the_countrys_prefixed_body(monkeypatch):
    from indexer.entities.org_country_prefix import join_prefixed
    arts = _justice_archive()
    assert join_prefixed(arts, {}, ["United States"] * 3) == 1
    assert {m.value for a in arts for m in a.mentions} == {"U.S. Department of Justice"}
    monkeypatch.setenv("NEWSFACET_PREFIX_TURNED", "0")
    arts = _justice_archive()
    assert join_prefixed(arts, {}, ["United States"] * 3) == 0


def test_a_turned_bare_body_of_another_countrys_archive_stays_apart():
    """The bare name joins only where the archive's articles naming it are that country's."""
    from indexer.entities.org_country_prefix import join_prefixed
    arts = _justice_archive()
    assert join_prefixed(arts, {}, ["United States", "India", "United States"]) == 0
    assert "Justice Department" in {m.value for a in arts for m in a.mentions}


# --- a department named by convention, with and without "Department" (org_name_forms) -----------------------

def test_the_treasury_and_its_department_have_one_key(monkeypatch):
    from indexer.entities.org_variants import variant_key
    assert variant_key("Treasury Department") == variant_key("Treasury") == variant_key("Department of the Treasury")
    assert variant_key("U.S. Treasury Department") == variant_key("U.S. Treasury")
    assert variant_key("Labor Department") != variant_key("Labor")  # (a party's name too)
    assert variant_key("Homeland Security") == variant_key("Department of Homeland Security")  # (a portfolio)
    from indexer.entities.org_variants import _short_of
    assert _short_of("HHS", "U.S. Department of Health and Human Services")  # (its portfolio's initials)
    # a place's department is no portfolio: not the place's corporation, whose legal form the key drops
    assert variant_key("Delhi Transport Department") != variant_key("Delhi Transport Corporation")
    assert variant_key("Treasury Select Committee") != variant_key("Treasury")
    monkeypatch.setenv("NEWSFACET_DEPARTMENT_DROPPED", "0")
    assert variant_key("Treasury Department") != variant_key("Treasury")


def test_the_joined_value_is_shown_by_the_name_that_spells_the_body_out():
    from indexer.entities.org_variants import merge_org_variants
    texts = ["Homeland Security officials met.", "Homeland Security said more.", "Homeland Security was praised.",
             "The Department of Homeland Security acted."]
    arts = [_article(f"a{i}", t, "Department of Homeland Security" if "Department" in t else "Homeland Security", "org",
                     label="ORG") for i, t in enumerate(texts)]
    merge_org_variants(arts)
    assert {m.value for a in arts for m in a.mentions} == {"Department of Homeland Security"}
    # (not a one-word department's: "Treasury Department" alone is every country's, "U.S. Treasury" one)
    texts = ["The U.S. Treasury said.", "The U.S. Treasury sold bills.", "The U.S. Treasury Department acted."]
    arts = [_article(f"t{i}", t, "U.S. Treasury Department" if "Department" in t else "U.S. Treasury", "org",
                     label="ORG") for i, t in enumerate(texts)]
    merge_org_variants(arts)
    assert {m.value for a in arts for m in a.mentions} == {"U.S. Treasury"}


def test_a_lower_house_and_its_committees_have_one_key_by_either_name(monkeypatch):
    from indexer.entities.org_variants import variant_key
    assert variant_key("U.S. House") == variant_key("U.S. House of Representatives")
    assert variant_key("House of Representatives Judiciary Committee") == variant_key("House Judiciary Committee")
    assert variant_key("House of Commons") != variant_key("House")
    from indexer.entities.org_name_forms import spelt_out
    assert spelt_out("House of Representatives Ethics Committee")
    assert not spelt_out("House of Representatives’ Financial Services Committee")  # (shown without the possessive)
    monkeypatch.setenv("NEWSFACET_LOWER_HOUSE", "0")
    assert variant_key("U.S. House") != variant_key("U.S. House of Representatives")

def test_a_broadcasters_name_with_channel_is_its_name():
    from indexer.entities.org_variants import _short_of
    assert _short_of("Fox News", "Fox News Channel")


# --- an index named after its kind's words (market_indexes) --------------------------------------------------

def test_an_index_name_followed_by_its_kind_and_index_is_a_market_use():
    from indexer.entities.market_indexes import market_use
    assert market_use("Dow Jones", "with the ", " industrial average .DJI dropping 778 points")
    assert market_use("S&P", "with the ", " financial index .GSPF up 0.8 percent")
    assert market_use("S&P", "while the ", " is off 2.26 percent.")
    assert not market_use("Dow Jones", "controls 64 percent of ", "'s voting shares")
    assert not market_use("S&P", "downgraded by ", " and Fitch Ratings, according to the lawsuit")
    assert not market_use("S&P", "", " said the outlook was off the table")


def test_the_index_kinds_switch_reads_them_as_before(monkeypatch):
    from indexer.entities.market_indexes import market_use
    monkeypatch.setenv("NEWSFACET_INDEX_KINDS", "0")
    assert not market_use("Dow Jones", "with the ", " industrial average .DJI dropping 778 points")
    assert market_use("Dow Jones", "the ", " industrials fell 2 percent")  # (an index word of before round 60)


# --- a water's name cut before its "of" (spans) ------------------------------------------------------------------

def test_a_water_cut_before_its_of_takes_the_name_after_it(monkeypatch):
    from tests.test_entities_units import tagged
    text = "BP pumps mud into its blown-out Gulf of Mexico well."
    places = {(m.text, m.label) for m in tagged((text, [("Gulf", "LOC")])).mentions if m.kind == "place"}
    assert ("Gulf of Mexico", "LOC") in places
    assert not any(t == "Mexico" for t, _ in places)
    monkeypatch.setenv("NEWSFACET_WATER_OF_AFTER", "0")
    places = {m.text for m in tagged((text, [("Gulf", "LOC")])).mentions if m.kind == "place"}
    assert "Gulf of Mexico" not in places


def test_a_water_before_a_bodys_name_of_two_words_stays_as_cut():
    from tests.test_entities_units import tagged
    text = "Gary Ward from the Gulf of Carpentaria Commercial Fishermen said."
    assert "Gulf of Carpentaria Commercial" not in {m.text for m in tagged((text, [("Gulf", "LOC")])).mentions}


def test_a_lone_gulf_stays_itself():
    from tests.test_entities_units import tagged
    text = "Tankers disrupted Gulf shipments through the Strait of Hormuz."
    places = {m.text for m in tagged((text, [("Gulf", "LOC")])).mentions if m.kind == "place"}
    assert "Gulf" in places


# --- a state's name the datelines give a city (place_forms) ------------------------------------------------------

def _new_york_archive(dateline: str = "NEW YORK") -> list[Article]:
    state = dict(region="New York", country="United States")
    return [_article("a", f"{dateline} (Reuters) - Stocks rose.", dateline, "place", value="New York",
                     label="DATELINE", **state),
            _article("b", f"{dateline} (Reuters) - Bonds fell.", dateline, "place", value="New York",
                     label="DATELINE", **state),
            _article("c", "The mayor of New York City spoke.", "New York City", "place", label="GPE", **state)]


def test_a_states_name_heading_the_datelines_is_the_city_its_city_form_names(monkeypatch):
    from indexer.entities.place_forms import merge_place_forms
    arts = _new_york_archive()
    assert merge_place_forms(arts) == 1
    assert {m.value for a in arts for m in a.mentions} == {"New York"}
    monkeypatch.setenv("NEWSFACET_DATELINE_CITY", "0")
    arts = _new_york_archive()
    assert merge_place_forms(arts) == 0


def test_without_datelines_the_state_and_its_city_form_stay_apart():
    from indexer.entities.place_forms import merge_place_forms
    arts = _new_york_archive()
    for a in arts[:2]:
        a.mentions[0].label = "GPE"  # "New York" in a story, not a dateline: the state as often as the city
    assert merge_place_forms(arts) == 0
    assert {m.value for a in arts for m in a.mentions} == {"New York", "New York City"}


# --- a firm's name without its legal form, tagged PERSON (one_facet) -----------------------------------------

def _second_named(text: str, long: str, short: str, label: str) -> set[tuple[str, str, str]]:
    """The mentions of one paragraph whose NER spans are ``long`` (ORG) and, after it, ``short`` (``label``)."""
    from indexer.entities import tag_entities
    from indexer.nlp import NerSpan
    s = text.index(short, text.index(long) + len(long))
    spans = [NerSpan(text.index(long), text.index(long) + len(long), "ORG", long), NerSpan(s, s + len(short), label, short)]
    art = Article(id="r60", title="t", paragraphs=[Paragraph(0, text)])
    return {(m.text, m.kind, m.value) for m in tag_entities(art, [spans])}


def test_a_person_tagged_firm_name_beside_its_legal_name_is_the_firm(monkeypatch):
    text = "MF Global Holdings Ltd filed for bankruptcy. MF Global did not respond."
    # (its value the firm's name without the legal form, as the archive's variants pass shows firms)
    assert ("MF Global", "org", "MF Global") in _second_named(text, "MF Global Holdings Ltd", "MF Global", "PERSON")
    monkeypatch.setenv("NEWSFACET_FIRM_HEAD_PEOPLE", "0")
    assert ("MF Global", "org", "MF Global") not in _second_named(text, "MF Global Holdings Ltd", "MF Global", "PERSON")


def test_a_person_beside_a_body_named_after_them_stays_a_person():
    """Only a legal form dropped makes the firm: "Warren Buffett" beside the "Warren Buffett Foundation" is the man."""
    text = "The Warren Buffett Foundation gave $5 million. Warren Buffett said he was pleased."
    found = _second_named(text, "Warren Buffett Foundation", "Warren Buffett", "PERSON")
    assert ("Warren Buffett", "person", "Warren Buffett") in found


# --- the seeds' bare ministries and another country's (orgs) ------------------------------------------------

def test_a_bare_ministry_right_after_another_countrys_name_is_not_russias(monkeypatch):
    from indexer.entities.orgs import normalise_org
    story = "Russia said on Monday it would respond. Separately, Chinese "
    assert normalise_org("Foreign Ministry", story) == "Foreign Ministry"
    assert normalise_org("Foreign Ministry", "Russia said on Monday it would respond. The ") == "Russian Foreign Ministry"
    assert normalise_org("Defence Ministry", "China spoke first. Then Ukraine's ") == "Ukrainian Defense Ministry"
    monkeypatch.setenv("NEWSFACET_MINISTRY_NEAR", "0")
    assert normalise_org("Foreign Ministry", story) == "Russian Foreign Ministry"


# --- a body the archive names alone, after an owner's possessive (org_owners) ---------------------------------

def _owned_archive() -> list[Article]:
    return [_article("a", "Alphabet Inc’s Google and Facebook Inc joined.", "Alphabet Inc’s Google", "org"),
            _article("b", "Google said it would appeal.", "Google", "org"),
            _article("c", "Google shares rose.", "Google", "org"),
            _article("d", "Nigeria's Senate passed the bill.", "Nigeria's Senate", "org"),
            _article("e", "The Senate met.", "Senate", "org"), _article("f", "The Senate voted.", "Senate", "org")]


def test_an_owned_name_the_archive_names_alone_is_that_body(monkeypatch):
    from indexer.entities.org_owners import settle_owned_names
    arts = _owned_archive()
    settle_owned_names(arts, {})
    assert arts[0].mentions[0].value == "Google"
    assert arts[3].mentions[0].value != "Senate"  # (every state has one: not the archive's other senate)
    product = [_article("p", "Apple’s ARKit drew developers.", "Apple’s ARKit", "org"),
               _article("q", "ARKit grew.", "ARKit", "org"), _article("r", "ARKit apps.", "ARKit", "org")]
    settle_owned_names(product, {})
    assert product[0].mentions[0].value != "ARKit"  # (an owner named informally, a rest with no body's head word)
    monkeypatch.setenv("NEWSFACET_OWNED_NAMED", "0")
    arts = _owned_archive()
    settle_owned_names(arts, {})
    assert arts[0].mentions[0].value == "Alphabet Inc"


def test_the_islamic_state_is_one_body_by_its_names():
    from indexer.entities.orgs import known_org
    assert {known_org(n) for n in ("ISIS", "ISIL", "Islamic State", "Islamic State of Iraq and the Levant")} \
        == {"Islamic State"}
    assert known_org("IS") is None
    assert known_org("ISIS-K") == "Islamic State Khorasan Province"



# --- a law named like a body (org_programmes) -----------------------------------------------------------------

def test_a_name_before_law_is_read_as_a_law_unless_it_holds_an_acronym(monkeypatch):
    from indexer.entities.org_programmes import _uses
    assert _uses("rules imposed by the 2010 ", " financial reform law, which", "Dodd-Frank")[0]
    assert not _uses("rules imposed by the ", " financial reform law, which", "EU Commission")[0]
    assert not _uses("the ", " said on Monday", "Dodd-Frank")[0]
    assert not _uses("the former ", " law professor would", "Harvard")[0]  # (a law school's, not a law)
    assert not _uses("to instruct the ", " to draft legislation", "Legal Draftsman")[0]
    monkeypatch.setenv("NEWSFACET_LAW_NAMES", "0")
    assert not _uses("rules imposed by the 2010 ", " financial reform law, which", "Dodd-Frank")[0]


def test_a_founder_named_like_the_firm_stays_a_person():
    text = "Ralph Lauren Corp said on Monday that Ralph Lauren will step down as chief executive."
    assert ("Ralph Lauren", "person", "Ralph Lauren") in _second_named(text, "Ralph Lauren Corp", "Ralph Lauren",
                                                                        "PERSON")

def test_a_departments_own_name_stays_in_the_facet_when_its_value_is_mostly_paper():
    """The Treasury joined to its department: "Treasury yields" leave the facet, "the US Treasury Department" stays."""
    from indexer.entities.org_things import apply
    texts = ["Treasury yields climbed as investors sold.", "The 10-year Treasury yield hit 4.13%.",
             "Treasury yields moved higher.", "Costs rose, according to an estimate by the US Treasury Department."]
    arts = [_article(f"a{i}", t, "US Treasury Department" if "Department" in t else "Treasury", "org",
                     value="Treasury Department", label="ORG") for i, t in enumerate(texts)]
    apply(arts)
    assert [a.mentions[0].label for a in arts] == ["NOFACET", "NOFACET", "NOFACET", "ORG"]


def test_a_unit_the_archive_writes_after_two_owners_keeps_its_owner():
    from indexer.entities.org_owners import settle_owned_names
    arts = [_article("a", "Massey University’s School of Psychology ran it.", "Massey University’s School of Psychology",
                     "org"),
            _article("b", "Victoria’s School of Psychology ran it.", "Victoria’s School of Psychology", "org"),
            _article("c", "The School of Psychology said.", "School of Psychology", "org"),
            _article("d", "The School of Psychology found.", "School of Psychology", "org")]
    settle_owned_names(arts, {"psychology": 4})  # (the archive writes "psychology" in lower case too)
    assert "School of Psychology" not in {arts[0].mentions[0].value, arts[1].mentions[0].value}


# --- an acronym as a common noun after "a" and a word of its kind (org_kinds) ---------------------------------

def test_a_super_pac_is_a_kind_not_a_body(monkeypatch):
    from indexer.entities.org_kinds import counter_evidence
    texts = ["A grass-roots super PAC may seem an oxymoron.", "He didn't have a super PAC.",
             "An affiliated super PAC, which can raise money, backed him."]
    arts = [_article(f"p{i}", t, "PAC", "org", label="ORG") for i, t in enumerate(texts)]
    assert "PAC" in counter_evidence(arts)
    monkeypatch.setenv("NEWSFACET_INDEFINITE_ADJ", "0")
    assert "PAC" not in counter_evidence(arts)
