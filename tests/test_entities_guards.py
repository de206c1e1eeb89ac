"""guards.py: first-character guards and word tries must change the speed of a scan, never its matches."""
import re

import pytest

from indexer.entities.guards import guard, guarded, trie

TEXT = ("The striker scored; STRIKER Smith, the ſcored goal (a long s), a \u212aick-off (Kelvin sign), "
        "Russia's air force, the russian defence ministry and the Foreign Ministry, well-being and well, cup-tie, Cup. 12 goals")


def _spans(pattern, text=TEXT):
    return [(m.start(), m.end(), m.groups()) for m in pattern.finditer(text)]


def test_guard_is_the_first_letters_of_an_alternation():
    assert guard(r"\b(?:villages?|towns?|cities)\s+of\b") == "(?=[ctv])"


def test_guarded_finds_the_same_matches_case_insensitive_folds_included():
    src = r"\b(striker|scored|goals?|kick-off|cup)\b"
    assert guarded(src, re.I).pattern != src  # a guard was added
    assert _spans(guarded(src, re.I)) == _spans(re.compile(src, re.I))
    found = [g[0] for _, _, g in _spans(guarded(src, re.I))]
    assert "ſcored" in found and "\u212aick-off" in found  # the long s and the Kelvin sign match as before


def test_a_scoped_case_insensitive_branch_gets_a_case_insensitive_guard():
    src = r"\b(?:Air Force)\b|(?i:\b(?:Russia[’']s air force)\b|(?<=\bthe )(?:defen[cs]e|foreign) ministry\b)"
    assert "(?i:[Rdf])" in guard(src)
    assert _spans(guarded(src)) == _spans(re.compile(src))
    assert [m.group() for m in guarded(src).finditer(TEXT)] == ["Russia's air force", "Foreign Ministry"]


def test_no_guard_when_the_first_character_is_not_certain():
    assert guard(r"(?:the\s+)?ministry") == ""  # an optional lead
    assert guard(r"\w+ministry") == ""  # a category
    assert guard(r"(?i)\b(?:cup|goal)") == ""  # global flags stay first
    assert guard(r"(?:|a)b") == ""  # a branch that may match nothing


def test_trie_matches_what_the_sorted_flat_alternation_matches():
    words = ["well", "well-being", "cup", "cup-tie", "scored", "goal", "goals", "gone"]
    flat = re.compile(r"\b(%s)\b" % "|".join(sorted(map(re.escape, words))), re.I)
    tree = re.compile(r"\b(%s)\b" % trie(words), re.I)
    assert trie(["ab", "ac"]) == "a(?:b|c)"
    assert _spans(tree) == _spans(flat)
    assert ("well",) in [g for _, _, g in _spans(tree)]  # "well" before its longer form, as the sorted list


def test_lowered_finds_what_ignorecase_finds_at_the_same_offsets():
    from indexer.entities.guards import Lowered

    pattern = r"\b(?:striker|free throws?|by\s+(?:\d{1,3}|two)\s+runs|fifa)\b"
    folded = re.compile(pattern, re.I)
    lowered = Lowered(pattern)
    texts = ["The STRIKER and FIFA's Free Throw; won By Two Runs", "Ünited by 12 runs, a Strikers' pact",
             "İstanbul: the striker scored, FIFA said",  # "İ" lower-cases to two characters: matched as written
             "the ſtriker and the FIFA",  # a long s IGNORECASE reads as "s" and lower() keeps apart
             "no match here"]
    for text in texts:
        assert [m.span() for m in lowered.finditer(text)] == [m.span() for m in folded.finditer(text)]
        assert bool(lowered.search(text)) == bool(folded.search(text))
    assert [m.group() for m in lowered.finditer(texts[0])] == ["striker", "fifa", "free throw", "by two runs"]


def test_lowered_refuses_a_pattern_with_capitals():
    from indexer.entities.guards import Lowered

    with pytest.raises(ValueError):
        Lowered(r"\b(?:FIFA|[A-Z]\w+)\b")
    with pytest.raises(ValueError):
        Lowered(r"\bcafé\b")
    Lowered(r"\bgoals?\S*\W\B[-–]")  # escapes in capitals are classes, not letters
