"""Rewriting a parsed query so a name is searched in every spelling (issue 15); see variants.py for which.

Works on the Whoosh tree querytext.py builds, before normalisation: a free-text word is
``Or([Term(title, w), Term(body, w)])`` and a quoted phrase the same over ``Phrase``. Runs of adjacent
words inside an ``And`` (an unquoted ``Kryvyi Rih``) are looked up longest first; the run keeps its own
meaning (words ANDed, or a phrase) and each other spelling is searched with the same meaning. Fielded
terms (``title:Kiev``, ``person:...``), patterns and fuzzy terms are left as typed. Negated words expand
too: ``-Kiev`` excludes Kyiv as well.

Initialisms (``Expander.initialisms``, on the query text before parsing): one outlet writes "US", another
"U.S.". The tokenizer keeps "u.s" whole and drops "us" as a stop word, so "US" found nothing in an AP
archive; "UK" missed every "U.K.". A capitalised initialism outside quotes and fields is also searched in
its other form when the index holds that form, and reported like any other spelling.

Diacritics: English-language outlets write "Zurich" for "Zürich". A word typed with marks on Latin letters
is also searched without them when the index holds that form (not the other way round: that needs
every accented form of the vocabulary). Cyrillic letters are never stripped (й and ї are letters).
"""
from __future__ import annotations

import re
import unicodedata

from whoosh import query as Q

from .schema import TEXT_FIELDS
from .variants import MAX_WORDS, Spellings, VariantTable, analyse

_SURFACE_RE = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)
# "US", "UK", "EU" or "U.S.", "U.K." standing alone: not part of a word, path, field (`source:AP`), pattern or
# negation (`-US` is left as typed)
_INITIALISM_RE = re.compile(r"(?<![\w.:*?~\\-])([A-Z](?:\.[A-Z]){1,3}\.?|[A-Z]{2,4})(?![\w*?~:]|\.\w)")
_OPERATORS = frozenset({"AND", "OR", "NOT", "TO"})


class Expander:
    """One query's expansion: ``expander(tree) -> tree``; ``expanded`` says what was added, as typed."""

    def __init__(self, table: VariantTable, view, text: str):
        self.table = table
        self.view = view
        self.reader = view.searcher.reader()
        self.expanded: dict[str, list[str]] = {}
        # analysed token -> the word as the user typed it, to report "Kiev", not "kiev"
        self._typed: dict[str, str] = {}
        for w in _SURFACE_RE.findall(text):
            for t in analyse(w):
                self._typed.setdefault(t, w)

    def __call__(self, q):
        return self._walk(q)

    def initialisms(self, text: str) -> str:
        """``text`` with each initialism outside quotes written ``(US OR U.S.)`` when the index holds the
        other form (see the module doc). Quoted phrases are left as typed."""
        parts = text.split('"')
        # A stop-word initialism ("US") is in no article's words: beside other words, requiring its other
        # form would drop the articles that wrote it that way ("US Patriot" lost Al Jazeera's "US will send
        # Patriot"), so there it stays unsearched as before; alone it is searched as "U.S.".
        alone = not analyse(_INITIALISM_RE.sub(" ", " ".join(parts)))
        for i in range(0, len(parts), 2):  # even parts are outside quotes (the parser balanced them)
            parts[i] = _INITIALISM_RE.sub(lambda m: self._initialism(m, alone), parts[i])
        return '"'.join(parts)

    def _initialism(self, m: re.Match, alone: bool) -> str:
        typed = m.group(1)
        letters = typed.replace(".", "")
        if typed in _OPERATORS or len(letters) < 2 or not (alone or analyse(typed)):
            return typed
        other = letters if "." in typed else ".".join(letters) + "."
        toks = analyse(other)
        if len(toks) != 1 or not any((f, toks[0]) in self.reader for f in TEXT_FIELDS):
            return typed
        shown = self.expanded.setdefault(typed, [typed])
        if other not in shown:
            shown.append(other)
        self._typed.setdefault(toks[0], typed)  # spellings the table adds to "u.k" are reported under "UK"
        return f"({typed} OR {other})"

    def _walk(self, q):
        words = _word(q)
        if words is not None:
            return self._expand([q], words, phrase=isinstance(_first_leaf(q), Q.Phrase))
        if isinstance(q, Q.And):
            return Q.And(self._runs(list(q.subqueries)), boost=q.boost)
        if isinstance(q, Q.Or) and not isinstance(q, Spellings) and _flat_words(q):
            # the parser writes "a OR b" as one flat Or over both fields: each word is expanded on its own
            return Q.Or([self._walk(w) for w in _flat_words(q)], boost=q.boost)
        if isinstance(q, (Q.Or, Q.DisjunctionMax)) and not isinstance(q, Spellings):
            return q.__class__([self._walk(k) for k in q.subqueries], boost=q.boost)
        if isinstance(q, Q.Not):
            return Q.Not(self._walk(q.query))
        if isinstance(q, Q.AndNot):
            return Q.AndNot(self._walk(q.a), self._walk(q.b))
        if isinstance(q, Q.AndMaybe):
            return Q.AndMaybe(self._walk(q.a), self._walk(q.b))
        return q

    def _runs(self, kids: list) -> list:
        out, i = [], 0
        while i < len(kids):
            done = False
            # adjacent single words, longest run first ("Kryvyi Rih attack": the first two are a name)
            for n in range(min(MAX_WORDS, len(kids) - i), 1, -1):
                run = kids[i:i + n]
                toks = [_word(k) for k in run]
                if any(t is None or len(t) != 1 or isinstance(_first_leaf(k), Q.Phrase) for t, k in zip(toks, run)):
                    continue
                got = self._expand(run, tuple(t[0] for t in toks), phrase=False, only_if_found=True)
                if got is not None:
                    out.append(got)
                    i += n
                    done = True
                    break
            if not done:
                out.append(self._walk(kids[i]))
                i += 1
        return out

    def _expand(self, nodes: list, toks: tuple[str, ...], phrase: bool, only_if_found: bool = False):
        typed = " ".join(self._typed.get(t, t) for t in toks)
        clusters = self.table.clusters_for(toks, typed, self.reader)
        alternatives: dict[tuple[str, ...], str] = {}
        for i in clusters:
            for member, shown in self.table.present(i, self.view):
                if member != toks:
                    alternatives.setdefault(member, shown)
        folded = tuple(_fold(t) for t in toks)
        if folded != toks and folded not in alternatives and all(
                any((f, t) in self.reader for f in TEXT_FIELDS) for t in folded):
            alternatives[folded] = _fold(typed)
        if not alternatives:
            if only_if_found:
                return None
            return nodes[0] if len(nodes) == 1 else Q.And(nodes)
        original = nodes[0] if len(nodes) == 1 else Q.And(nodes)
        parts = [original] + [_node(m, phrase) for m in alternatives]
        shown = self.expanded.setdefault(typed, [typed])
        shown.extend(s for s in alternatives.values() if s not in shown)
        return Spellings(parts)


def _fold(text: str) -> str:
    """Latin letters without their marks (ü -> u, ã -> a); every other character as it is."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        out.append(parts[0] if len(parts) > 1 and parts[0].isascii() and parts[0].isalpha() else ch)
    return "".join(out)


def _flat_words(q) -> list | None:
    """``Or([Term(title, a), Term(body, a), Term(title, b), ...])`` as one word node per word, else None."""
    kids = q.subqueries
    if len(kids) <= len(TEXT_FIELDS) or not all(isinstance(k, Q.Term) and k.fieldname in TEXT_FIELDS and k.boost == 1
                                                 for k in kids):
        return None
    texts = list(dict.fromkeys(k.text for k in kids))
    if len(kids) != len(texts) * len(TEXT_FIELDS):
        return None
    return [Q.Or([Q.Term(f, t) for f in TEXT_FIELDS]) for t in texts]


def _first_leaf(q):
    return q.subqueries[0] if isinstance(q, Q.Or) and q.subqueries else q


def _word(q) -> tuple[str, ...] | None:
    """The analysed words of a free-text word or phrase node (over every text field), else None."""
    if not isinstance(q, Q.Or) or isinstance(q, Spellings) or len(q.subqueries) != len(TEXT_FIELDS):
        return None
    found = None
    for k in q.subqueries:
        if isinstance(k, Q.Term) and k.fieldname in TEXT_FIELDS:
            words = (k.text,)
        elif isinstance(k, Q.Phrase) and k.fieldname in TEXT_FIELDS and k.slop == 1:
            words = tuple(k.words)
        else:
            return None
        if found is not None and words != found:
            return None
        found = words
    return found


def _node(toks: tuple[str, ...], phrase: bool):
    if len(toks) == 1:
        return Q.Or([Q.Term(f, toks[0]) for f in TEXT_FIELDS])
    if phrase:
        return Q.Or([Q.Phrase(f, list(toks)) for f in TEXT_FIELDS])
    return Q.And([Q.Or([Q.Term(f, t) for f in TEXT_FIELDS]) for t in toks])
