"""guards.py: first-character guards and word tries must change the speed of a scan, never its matches."""
import re

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
