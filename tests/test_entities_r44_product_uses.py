"""Round 44 of issue 11: a make written before the kind of thing it made, after "a" or someone's, is that thing in the
article's mentions of the make, except where the maker acts (product_uses.product_use, read by org_words.weed)."""
from __future__ import annotations

import pytest

from indexer.entities import tag_entities
from tests.test_entities_units import article, linked, span


def _org_mentions(text, ents):
    """(text, start) of the org mentions left: a dropped use leaves the org mentions (the evidence gate only labels a
    value NO_FACET). ``ents``: (name, label, nth occurrence)."""
    art, _ = article((text, []))
    art.mentions = tag_entities(art, [[span(text, name, label, nth) for name, label, nth in ents]])
    linked(art)
    return [(m.text, m.start) for m in art.mentions if m.kind == "org"]


_WRECK = "Nicole Green died when her car hit a black BMW sedan. The wrecked BMW (pictured) was taken away."


@pytest.mark.parametrize("text, ents", [
    (_WRECK, [("Nicole Green", "PERSON", 0), ("BMW", "ORG", 0), ("BMW", "ORG", 1)]),
    ("Prizes include a Volkswagen T-Cross car and free fuel.", [("Volkswagen", "ORG", 0)]),
    ("It starts with a close-up shot of her Chanel bag.", [("Chanel", "ORG", 0)]),
])
def test_a_make_before_the_thing_it_made_is_no_body(text, ents, monkeypatch):
    assert _org_mentions(text, ents) == []
    monkeypatch.setenv("NEWSFACET_PRODUCT_USES", "0")
    assert len(_org_mentions(text, ents)) >= 1


def test_the_maker_acting_stays_a_body():
    text = "Prizes include a Volkswagen car. Volkswagen said it was pleased."
    got = _org_mentions(text, [("Volkswagen", "ORG", 0), ("Volkswagen", "ORG", 1)])
    assert got == [("Volkswagen", text.index("Volkswagen said"))]


@pytest.mark.parametrize("text, name", [
    ("He read a Reuters report about the Volkswagen car plant.", "Volkswagen"),  # "the": no one's thing
    ("BMW said profits rose as a BMW spokesman denied it.", "BMW"),  # no thing's word after it
])
def test_a_make_with_no_a_before_or_no_thing_after_stays_a_body(text, name):
    assert any(t == name for t, _ in _org_mentions(text, [(name, "ORG", 0)]))
