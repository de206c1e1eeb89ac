"""First-character guards for the scan regexes: the same matches, found faster.

Python's regex engine tries a pattern at every position of the text, and a pattern that opens with ``\\b``
and a long alternation ("striker|midfielder|...", an alias table, a corpus's word list) enters every
alternative at every word boundary: with IGNORECASE it cannot even skip an alternative on its first letter.
``guarded`` puts a lookahead on the characters a match can start with in front of the pattern, so a position
no match starts at fails on one character test. The guard is derived from the parsed pattern itself (it stays
right when a word is added to a list), and when the first character of a match is not certain -- an optional
or zero-width lead, a character category -- no guard is added: the pattern is compiled as written.
"""
from __future__ import annotations

import re
from re import _constants as _c
from re import _parser

_MAX_RANGE = 256  # a wider character range ("any letter") makes no useful guard
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def guarded(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)`` behind a lookahead on the characters its matches can start with."""
    return re.compile(guard(pattern, flags) + pattern, flags)


def guard(pattern: str, flags: int = 0) -> str:
    """The lookahead ``guarded`` puts in front of ``pattern`` ("" when there is none): for each branch of a
    hand-built alternation, whose branches start with different letters, in the branch's own flags."""
    firsts = None if _GLOBAL_FLAGS.match(pattern) else _firsts(_parser.parse(pattern, flags).data, False)
    return f"(?={guard_class(firsts)})" if firsts else ""


def guard_class(firsts: set[tuple[str, bool]]) -> str:
    """A lookahead body for (character, case-insensitive) pairs."""
    plain = "".join(sorted(re.escape(ch) for ch, ci in firsts if not ci))
    folded = "".join(sorted(re.escape(ch) for ch, ci in firsts if ci))
    parts = ([f"[{plain}]"] if plain else []) + ([f"(?i:[{folded}])"] if folded else [])
    return "|".join(parts)


def _firsts(items, ci: bool) -> set[tuple[str, bool]] | None:
    """(character, case-insensitive) pairs a match of the item sequence must start with; None when unknown."""
    for op, av in items:
        if op is _c.AT or op in (_c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width: the first character is the next item's
        if op is _c.LITERAL:
            return {(chr(av), ci)}
        if op is _c.IN:
            out = set()
            for kind, arg in av:
                if kind is _c.LITERAL:
                    out.add((chr(arg), ci))
                elif kind is _c.RANGE and arg[1] - arg[0] <= _MAX_RANGE:
                    out.update((chr(code), ci) for code in range(arg[0], arg[1] + 1))
                else:
                    return None  # a negated set, a category (\w, \s)
            return out
        if op is _c.SUBPATTERN:
            _group, add, remove, sub = av
            if sub.getwidth()[0] == 0:
                return None  # may match nothing: the next item could be first
            return _firsts(sub.data, (ci or bool(add & re.I)) and not remove & re.I)
        if op is _c.BRANCH:
            out = set()
            for alt in av[1]:
                first = _firsts(alt.data, ci) if alt.getwidth()[0] else None
                if not first:
                    return None
                out |= first
            return out
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            return _firsts(av[2].data, ci)
        return None
    return None


def trie(words, longest: bool = False) -> str:
    """An alternation of literal ``words`` as a prefix tree ("ab|ac" -> "a(?:b|c)"): the engine compares one
    letter per branch instead of entering every word. Its branches are tried in the sorted order of the words
    (a word before its longer forms), so with the same boundary after it, it matches what the flat sorted
    alternation matches. ``longest``: a word after its longer forms, as a flat alternation sorted longest first
    matches."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(tree, longest)


def _emit(node: dict, longest: bool = False) -> str:
    # ("" sorts first: the word that ends here before its longer forms; ``longest`` tries it last)
    keys = sorted(node, key=lambda ch: (ch == "", ch)) if longest else sorted(node)
    alts = [re.escape(ch) + _emit(node[ch], longest) if ch else "" for ch in keys]
    return alts[0] if len(alts) == 1 else "(?:%s)" % "|".join(alts)


_ESCAPE = re.compile(r"\\.")
# The letters IGNORECASE equates with an ASCII letter that str.lower() leaves apart (dotless i, long s; "İ"
# lower-cases to two characters): a text holding one is matched as written.
_FOLDED_APART = ("\u0131", "\u017f")


class Lowered:
    """A case-insensitive pattern of lower-case words, run case-sensitively over ``text.lower()``: the same
    matches at the same offsets, found about three times faster (IGNORECASE makes the engine fold every
    character it compares; measured on the seeds' paragraphs, the sport-word scans went from ~30 to ~9 ms).
    A text whose lower case has another length ("İ" is two characters lower-cased), or that holds a letter only
    IGNORECASE equates with an ASCII one, is matched as written, with IGNORECASE. Matches carry the lower-cased
    text: callers read spans or lower-case groups."""

    def __init__(self, pattern: str, flags: int = 0):
        if any(ch.isalpha() and not (ch.isascii() and ch.islower()) for ch in _ESCAPE.sub("", pattern)):
            raise ValueError("Lowered needs a pattern whose letters are ASCII lower case")
        self.pattern = pattern
        self._lower = guarded(pattern, flags & ~re.I)
        self._folded = re.compile(pattern, flags | re.I)

    def _as_lower(self, text: str) -> str | None:
        low = text.lower()
        return low if len(low) == len(text) and not any(ch in text for ch in _FOLDED_APART) else None

    def finditer(self, text: str):
        low = self._as_lower(text)
        return self._folded.finditer(text) if low is None else self._lower.finditer(low)

    def search(self, text: str):
        low = self._as_lower(text)
        return self._folded.search(text) if low is None else self._lower.search(low)


def may_end(window: str, lasts: frozenset[str]) -> bool:
    """False when a pattern whose matches end with a word, white space and ``$`` cannot match ``window``: the window
    does not end in white space, or its last word is ASCII letters only and none of ``lasts`` (the lower-case words a
    match can end with). A search costs far more than this test, and most windows before a mention fail it."""
    head = window.rstrip()
    if not head or len(head) == len(window):
        return False
    last = head.rsplit(None, 1)[-1]
    return not (last.isascii() and last.isalpha()) or last.lower() in lasts


_LITERAL_WORDS = re.compile(r"[a-zA-Z]+(?:(?: |\\s\+)[a-zA-Z]+)*")


class Tail:
    """``\\b(?:word|word|...)`` + ``after`` searched in the text before a mention ("the film ", "in the ", "Duke of
    "): a pattern every match of which ends the text, after whitespace. Such a search tries every position of
    the window; most windows' last word is none the pattern can end with, which one set lookup tells.
    ``words``: literal words (a space or ``\\s+`` between the words of one), ``after``: the pattern's tail, which
    must end in whitespace and ``$``; ``lasts``: the lower-case last words a match can end with (the words' last
    words when None) and ``also`` more of them (the optional "the" of ``after``). A last word with other
    characters than ASCII letters ("(film", "’s", a letter IGNORECASE folds) is always searched."""

    def __init__(self, words, after: str, flags: int = 0, lasts=None, also=()):
        if not all(_LITERAL_WORDS.fullmatch(w) for w in words):
            raise ValueError("Tail needs literal words")
        self.pattern = re.compile(r"\b(?:%s)%s" % ("|".join(words), after), flags)
        if lasts is None:
            lasts = {re.split(r" |\\s\+", w)[-1].lower() for w in words}
        self.lasts = frozenset(lasts) | frozenset(also)

    def search(self, window: str):
        head = window.rstrip()
        if not head or len(head) == len(window):
            return None  # no whitespace ends the window: no match can
        last = head.rsplit(None, 1)[-1]
        if last.isascii() and last.isalpha() and last.lower() not in self.lasts:
            return None
        return self.pattern.search(window)
