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
    assert variant_key("Treasury Select Committee") != variant_key("Treasury")
    monkeypatch.setenv("NEWSFACET_DEPARTMENT_DROPPED", "0")
    assert variant_key("Treasury Department") != variant_key("Treasury")


def test_a_lower_house_and_its_committees_have_one_key_by_either_name(monkeypatch):
    from indexer.entities.org_variants import variant_key
    assert variant_key("U.S. House") == variant_key("U.S. House of Representatives")
    assert variant_key("House of Representatives Judiciary Committee") == variant_key("House Judiciary Committee")
    assert variant_key("House of Commons") != variant_key("House")
    monkeypatch.setenv("NEWSFACET_LOWER_HOUSE", "0")
    assert variant_key("U.S. House") != variant_key("U.S. House of Representatives")

def test_a_broadcasters_name_with_channel_is_its_name():
    from indexer.entities.org_variants import _short_of
    assert _short_of("Fox News", "Fox News Channel")
