"""Round 29 (issue 11): the other ways copy names a platform as the medium (org_things). Invented names and sentences
with hand-made NER spans; each rule has a twin that keeps the ordinary reading."""
from __future__ import annotations

import pytest

from tests.test_entities_units import two, values

# --- a platform as the medium (org_things) ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "For more highlights, follow the club on Kelvotube.",
    "He was known for his presence on Kelvotube, where he posted games.",
    "The clip, originally posted to Kelvotube last year, had few views.",
    "A still from the film. (Image courtesy: Kelvotube)",
    "The advert on toxic habits (Gillette/via Kelvotube)",
])
def test_a_platform_followed_posted_to_or_credited_is_a_medium(sentence, monkeypatch):
    a, b = two(sentence, [("Kelvotube", "ORG")], "Kelvotube sued the regulator over the ban.", [("Kelvotube", "ORG")])
    assert values(a, "org") == [] and values(b, "org") == ["Kelvotube"]


@pytest.mark.parametrize("sentence, name", [
    ("The formula is not available on Kelvocare for most patients.", "Kelvocare"),
    ("Mr Varn (via Kelvo Holdings) sold 10m shares.", "Kelvo Holdings"),
    ("He gave the following statement on the Kelvo Forces advance.", "Kelvo Forces"),
])
def test_availability_a_holding_company_and_the_following_are_no_medium(sentence, name):
    a, b = two(sentence, [(name, "ORG")], f"{name} said on Monday it would appeal.", [(name, "ORG")])
    assert values(a, "org") == [name]
