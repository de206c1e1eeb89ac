"""Wire credits and datelines glued to the next word, and editors' sign-offs, are never names (round 8, issue
11): "(APP):Chairman Senate", "(Daily Mirror)- Claiming", "TEHRAN - Iranian", "CA--The", "... so far. NA/PA"."""
from __future__ import annotations

import pytest

from indexer.entities import junk, link_people
from tests.test_entities_units import tagged, values


@pytest.mark.parametrize("span, before, kept", [
    ("APP):Chairman Senate", "ISLAMABAD, Mar 5 (", "Chairman Senate"),
    ("Daily Mirror)- Claiming", "Colombo, March 4 (", "Claiming"),
    ("KNA)—Tarvex Council", "Norvex, 3 May (", "Tarvex Council"),
    ("TEHRAN - Iranian", "", "Iranian"),
    ("SANTA CRUZ, CA--The University", "", "The University"),
])
def test_a_glued_credit_or_dateline_is_cut_from_the_name(span, before, kept):
    assert span[junk.credit_cut(span, before):] == kept


@pytest.mark.parametrize("span, before", [
    ("Reserve Bank", "the "),           # no bracket, no dateline
    ("Tarvex Council", "He met the "),  # an ordinary name
    ("US - Iran talks", "He said the "),  # a dash inside a sentence, not a dateline opening the paragraph
    ("Kelvora)- Tarvex", "Norvex (Quell) met "),  # the bracket before the span is closed: not a credit
])
def test_names_without_a_glued_credit_are_left_whole(span, before):
    assert junk.credit_cut(span, before) == 0


@pytest.mark.parametrize("paragraph, signoff", [
    ("The number of cases rose to 6566 so far. NA/PA", "NA/PA"),
    ("The clinic opened on Monday.” FB/MG", "FB/MG"),
    ("MG", "MG"),
    ("The talks ended. EF/", "EF/"),
])
def test_editors_initials_closing_an_article_are_a_signoff(paragraph, signoff):
    at = junk.signoff_start(paragraph)
    assert at is not None and paragraph[at:].strip() == signoff


@pytest.mark.parametrize("paragraph", ["The deal covers the US/UK", "He told NATO.", "Prices rose 5 percent."])
def test_a_sentence_ending_in_capitals_is_no_signoff(paragraph):
    assert junk.signoff_start(paragraph) is None


def test_the_tagger_keeps_the_name_after_a_glued_credit_and_drops_the_signoff():
    a = tagged(("NORVEX, Mar 5 (KNA):The Tarvex Development Authority met the Senate.",
                [("KNA):The Tarvex Development Authority", "ORG"), ("Senate", "ORG")]),
               ("Prices rose at the market. NA/PA", [("NA/PA", "ORG")]))
    link_people([a])
    orgs = values(a, "org")
    assert "Tarvex Development Authority" in orgs and "Senate" in orgs
    assert not any(")" in v or ":" in v or "NA" in v.split("/") for v in orgs)
    texts = [a.paragraphs[m.paragraph].text[m.start:m.end] for m in a.mentions]
    assert "NA/PA" not in texts and not any("KNA" in t for t in texts)


def test_the_state_of_a_dateline_in_capitals_is_no_body():
    assert junk.dateline_region("SANTA CRUZ, ", "--The University said")
    assert junk.dateline_region("NORVEX, ", " - Prices rose")
    assert not junk.dateline_region("He joined the ", " - and left")  # not a dateline opening the paragraph
    assert not junk.dateline_region("NORVEX, ", " said on Monday")  # no dateline separator after it
    a = tagged(("NORVEX, KV--The Tarvex Council met.", [("KV", "ORG"), ("Tarvex Council", "ORG")]))
    link_people([a])
    assert values(a, "org") == ["Tarvex Council"]
