"""Round 39 of issue 11: a body's name the model cut before the untagged words of its "of"/"for" is the whole name
(org_complements), unless those words name another body, a country, an office or an acronym, or run into another
name."""
from __future__ import annotations

import pytest

from tests.test_entities_units import linked, tagged, values


def _orgs(text: str, *ents: tuple[str, str]) -> list[str]:
    return values(linked(tagged((text, list(ents))))[0], "org")


def test_the_untagged_words_of_a_bodys_for_close_its_name(monkeypatch):
    text = "She works for the Joint Council for the Welfare of Immigrants in London."
    assert _orgs(text, ("Joint Council", "ORG")) == ["Joint Council for the Welfare of Immigrants"]
    monkeypatch.setenv("NEWSFACET_ORG_COMPLEMENTS", "0")
    assert _orgs(text, ("Joint Council", "ORG")) == ["Joint Council"]


@pytest.mark.parametrize("text, body", [
    # another body's name after "of": the archive writes the party on its own
    ("The Central Military Commission of the Workers' Party of Korea met.", "Central Military Commission"),
    # a country: the qualifier the archive drops ("Supreme Court" elsewhere)
    ("The Supreme Court of India ruled on Monday.", "Supreme Court"),
    # an acronym: a body by its letters
    ("The Gates Foundation for UNICEF gave money.", "Gates Foundation"),
    # an office opens another name
    ("The Central Bank of Ruritania Governor Anton Blom spoke.", "Central Bank"),
    # cut short: the words end on "of the" before a number
    ("The Asia Centre for the Study of the 21st century opened.", "Asia Centre"),
    # no body word closing the span: "Parliament for Streatham" is a seat
    ("He was Member of Parliament for Streatham.", "Parliament"),
])
def test_which_words_after_of_or_for_stay_apart(text, body):
    assert body in _orgs(text, (body, "ORG"))


def test_a_person_the_model_tagged_inside_the_words_stops_the_join():
    text = "The Royal Foundation for the Blind said so."
    assert _orgs(text, ("Royal Foundation", "ORG"), ("Blind", "PERSON")) == ["Royal Foundation"]
