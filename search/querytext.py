"""User query text -> a Whoosh query. Never raises: anything unparseable degrades to a plain word search.

Syntax: Whoosh QueryParser with AND as default over title+body, phrases, OR/AND/NOT, `-word`, `word*`,
`word~`, and the fields person/org/place/region/country/source/date (`date:2025-06-27`,
`date:[2025-06-20 TO 2025-06-30]`, `date:2025-06`). Other `name:` prefixes are ordinary text.
After parsing, the tree is rewritten against the live index so the query is bounded and forgiving:
wildcards/prefixes/fuzzy terms become capped ORs of real terms (capped per pattern and, together, per
query), facet-field terms are matched case-insensitively or by a word of the value (`person:zelensky`),
and purely negative queries match everything except the negated part.

A long query is a pasted passage ("where did this paragraph come from?"), not a boolean expression:
it becomes a bag of its rarest indexed words, OR-ed with a minimum share that must match, so its cost
is bounded whatever its length and the source article (which holds every word) ranks first.
"""
from __future__ import annotations

import fnmatch
import math
import re
from dataclasses import dataclass, field

from whoosh import query as Q
from whoosh.qparser import FuzzyTermPlugin, MultifieldParser, PlusMinusPlugin
from whoosh.qparser.plugins import GtLtPlugin

from . import budget, config
from .schema import FACET_FIELDS, PAIR_FIELDS, TEXT_FIELDS, build_schema, text_analyzer

_CTRL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WORD_RE = re.compile(r"\w+", re.UNICODE)
_ISO_PART_RE = re.compile(r"^\d{4}(-\d{2})?$")
_DATE_TERM_RE = re.compile(r"\b(date:)(\d{4}-\d{2}-\d{2}|\d{4}-\d{2})\b")
MAX_FUZZY_TERMS = 64


@dataclass
class ParsedQuery:
    query: Q.Query | None          # None: browse everything
    text_terms: set[str] = field(default_factory=set)   # analyzed (stemmed) positive title/body terms
    words: list[str] = field(default_factory=list)      # the user's positive free-text words, as typed
    phrases: list[tuple[str, ...]] = field(default_factory=list)  # analyzed words of positive phrases
    passage: bool = False          # read as a pasted passage (bag of words), not as query syntax


@dataclass
class _Spent:
    """What one query's expansions have used so far (config.MAX_EXPANDED_TERMS / MAX_SCANNED_TERMS)."""
    expanded: int = 0
    scanned: int = 0

    def room(self, per_node: int) -> int:
        return max(0, min(per_node, config.MAX_EXPANDED_TERMS - self.expanded))


_parser_cache: dict[str, MultifieldParser] = {}


def _parser() -> MultifieldParser:
    p = _parser_cache.get("p")
    if p is None:
        schema = build_schema()
        # Only searchable fields are known to the parser: `id:`, `published:` etc. then read as plain text.
        for name in ("id", "published", "copy_of", *PAIR_FIELDS.values()):
            schema.remove(name)
        p = MultifieldParser(list(TEXT_FIELDS), schema)
        # `-word` only at the start of a word, so "pro-Russian" and "2025-06-27" stay whole
        p.add_plugin(PlusMinusPlugin(plusexpr=r"(?<![^\s(])\+(?=[^\s+])", minusexpr=r"(?<![^\s(])-(?=[^\s-])"))
        p.add_plugin(FuzzyTermPlugin())
        p.remove_plugin_class(GtLtPlugin)
        _parser_cache["p"] = p
    return p


def _clean(text: str) -> str:
    text = _CTRL_RE.sub(" ", text)
    if text.count('"') % 2:  # an unbalanced quote would swallow the rest of the query into a phrase
        i = text.rfind('"')
        text = text[:i] + " " + text[i + 1:]
    # `date:2025-06-27` must reach the date field whole (a phrase of one ID token is a Term)
    return _DATE_TERM_RE.sub(r'\1"\2"', text)


def _fallback(text: str) -> Q.Query:
    """Plain AND of the words, used when the parser chokes or returns nothing for text that has words."""
    words = _WORD_RE.findall(text)
    if not words:
        return Q.NullQuery
    try:
        return _parser().parse(" ".join(f'"{w}"' for w in words[:64]))
    except Exception:  # noqa: BLE001 - must never raise
        return Q.NullQuery


def parse(text: str, view=None, expand=None) -> ParsedQuery:
    """Parse a user query. ``view`` (an IndexView) lets wildcard/fuzzy/facet terms resolve; may be None.
    ``expand`` (expansion.Expander) rewrites names into all their spellings, before normalisation."""
    text = (text or "").strip()
    if not text or text.strip("*? ") == "":
        return ParsedQuery(None)
    if is_passage(text):
        return passage(text, view)
    spent = _Spent()
    try:
        cleaned = _clean(text)
        if expand is not None and hasattr(expand, "initialisms"):
            cleaned = expand.initialisms(cleaned)  # "US" is also "U.S." (expansion.py)
        q = _parser().parse(cleaned)
        if q is Q.NullQuery and _NEGATED_RE.search(cleaned):
            # only `-word`s: Whoosh's +/- grouping drops a lone banned group; say "everything except"
            q = _parser().parse("* " + cleaned)
        if q is Q.NullQuery and _WORD_RE.search(cleaned):
            q = _fallback(cleaned)
    except Exception:  # noqa: BLE001 - user text must never turn into a 500
        q = _fallback(text)
    try:
        q = _rewrite(q, view, spent)
        if expand is not None and q is not None:
            q = expand(q)
        if q is not None and not isinstance(q, Q.Every):
            q = q.normalize()  # folds Or([Null, Null]) etc. left by expansions that found nothing
        q = _positive(q)
    except budget.OverBudget:
        raise
    except Exception:  # noqa: BLE001
        q = _fallback(text)
    if q is None or isinstance(q, Q.Every):
        return ParsedQuery(None)
    if q is Q.NullQuery and not [w for w in _WORD_RE.findall(text) if w not in _OPERATORS]:
        return ParsedQuery(None)  # only operators/punctuation (`AND`, `-`, `((`): nothing to search for
    pq = ParsedQuery(q)
    _collect(q, pq.text_terms, False, pq.phrases)
    pq.words = user_words(text)
    return pq


# What only someone writing a query types (a pasted paragraph has quotes, parentheses, "said:" and "?").
_SYNTAX_RE = re.compile(r"\b(?:AND|OR|NOT)\b|\b(?:" + "|".join(FACET_FIELDS) + r"):|\w[*~]")
_analyzer = None


def is_passage(text: str) -> bool:
    """Too long to be a query someone typed: read it as a pasted passage (see the module doc)."""
    if len(text) > config.STRUCTURED_MAX_CHARS:
        return True
    words = len(_WORD_RE.findall(text))
    if words <= config.PASSAGE_WORDS:
        return False
    return words > config.STRUCTURED_MAX_WORDS or not _SYNTAX_RE.search(text)


def passage(text: str, view=None) -> ParsedQuery:
    """A bag of the passage's rarest indexed words, OR-ed; at least a share of them must match."""
    global _analyzer
    if _analyzer is None:
        _analyzer = text_analyzer()
    first_seen: dict[str, int] = {}
    for i, tok in enumerate(_analyzer(_CTRL_RE.sub(" ", text))):
        first_seen.setdefault(tok.text, i)
    if view is not None:
        reader = view.searcher.reader()
        ranked = []
        for i, (term, pos) in enumerate(first_seen.items()):
            if i % 256 == 0:
                budget.check()
            df = max(reader.doc_frequency(f, term) for f in TEXT_FIELDS)
            if df:  # a word no article holds cannot help find the source; gibberish costs nothing
                ranked.append((df, pos, term))
        chosen = [t for _, _, t in sorted(ranked)[:config.PASSAGE_TERMS]]
    else:
        chosen = list(first_seen)[:config.PASSAGE_TERMS]
    if not chosen:
        return ParsedQuery(Q.NullQuery, passage=True)
    groups = [Q.Or([Q.Term(f, t) for f in TEXT_FIELDS]) for t in chosen]
    need = max(1, math.ceil(len(chosen) * config.PASSAGE_MIN_SHARE))
    q = Q.Or(groups, minmatch=need) if len(groups) > 1 else groups[0]
    return ParsedQuery(q, text_terms=set(chosen), passage=True)


_FIELDED_RE = re.compile(r'\w+:(?:"[^"]*"?|\[[^\]]*\]?|\{[^}]*\}?|\S+)')
_NEGATED_RE = re.compile(r'(?:(?<![^\s(])-|\bNOT\s+)(?:"[^"]*"?|\S+)')
_OPERATORS = {"AND", "OR", "NOT", "TO", "ANDNOT", "ANDMAYBE"}


def user_words(text: str) -> list[str]:
    """Positive free-text words as typed (no fielded values, operators, negations, patterns): did_you_mean."""
    text = _NEGATED_RE.sub(" ", _FIELDED_RE.sub(" ", text))
    out = []
    for tok in text.split():
        if tok.rstrip(")")[-1:] in ("*", "?") or "~" in tok:
            continue
        out.extend(w for w in _WORD_RE.findall(tok) if w not in _OPERATORS)
    return out


# -- rewriting -------------------------------------------------------------------------------------------------
def _rewrite(q, view, spent: _Spent):
    """Return a bounded query, or None to drop this node (e.g. a too-short wildcard)."""
    if isinstance(q, Q.Every):
        return q
    if isinstance(q, (Q.And, Q.Or, Q.DisjunctionMax)):
        kids = [k for k in (_rewrite(c, view, spent) for c in q.subqueries) if k is not None]
        if not kids:
            return None
        if isinstance(q, Q.And):
            kids = [k for k in kids if not isinstance(k, Q.Every)] or [Q.Every()]
        elif any(isinstance(k, Q.Every) for k in kids):
            return Q.Every()
        return kids[0] if len(kids) == 1 else q.__class__(kids, boost=q.boost)
    if isinstance(q, Q.Not):
        child = _rewrite(q.query, view, spent)
        return None if child is None or isinstance(child, Q.Every) else Q.Not(child)
    if isinstance(q, (Q.AndNot, Q.AndMaybe)):
        a, b = _rewrite(q.a, view, spent), _rewrite(q.b, view, spent)
        if isinstance(q, Q.AndNot):
            if b is None:
                return a
            return Q.AndNot(a if a is not None else Q.Every(), b)
        if a is None:
            return b
        return a if b is None else Q.AndMaybe(a, b)
    if isinstance(q, (Q.Prefix, Q.Wildcard)):
        return _expand_pattern(q, view, spent)
    if isinstance(q, Q.FuzzyTerm):
        return _expand_fuzzy(q, view, spent)
    fname = getattr(q, "fieldname", None)
    if fname in FACET_FIELDS and isinstance(q, (Q.Term, Q.Phrase)):
        text = q.text if isinstance(q, Q.Term) else " ".join(q.words)
        return _facet_term(fname, text, view, spent)
    if isinstance(q, Q.TermRange) and fname != "date":
        return None  # `[a TO z]` over words or names would expand to the whole vocabulary; ignore it
    if isinstance(q, (Q.Term, Q.Phrase, Q.TermRange)) or q is Q.NullQuery:
        return q
    return q  # other node types from the parser (e.g. Ordered) are bounded already


def _expand_pattern(q, view, spent: _Spent):
    text = q.text
    pattern = text + "*" if isinstance(q, Q.Prefix) else text
    literal = re.split(r"[*?]", pattern, maxsplit=1)[0]
    if len(literal) < config.WILDCARD_MIN_PREFIX:
        return None  # `*`, `a*`, `*ing`: too broad to expand; the rest of the query still applies
    if view is None:
        return Q.NullQuery
    reader = view.searcher.reader()
    if spent.scanned >= config.MAX_SCANNED_TERMS:
        return Q.NullQuery  # earlier patterns of this query used up the scan budget
    rx = re.compile(fnmatch.translate(pattern))
    found = []
    for i, t in enumerate(reader.expand_prefix(q.fieldname, literal)):
        # a pathological prefix in a huge vocabulary, or many patterns in one query: stop scanning
        if i > 50_000 or spent.scanned >= config.MAX_SCANNED_TERMS:
            break
        spent.scanned += 1
        if spent.scanned % 512 == 0:
            budget.check()
        t = t.decode("utf-8") if isinstance(t, bytes) else t
        if rx.match(t):
            found.append((reader.doc_frequency(q.fieldname, t), t))
    found.sort(key=lambda x: (-x[0], x[1]))
    terms = [Q.Term(q.fieldname, t) for _, t in found[:spent.room(config.WILDCARD_MAX_TERMS)]]
    spent.expanded += len(terms)
    return Q.Or(terms, boost=q.boost) if terms else Q.NullQuery


def _expand_fuzzy(q, view, spent: _Spent):
    if view is None:
        return Q.Term(q.fieldname, q.text)
    room = spent.room(MAX_FUZZY_TERMS)
    if not room:
        return Q.NullQuery
    budget.check()
    reader = view.searcher.reader()
    maxdist = min(int(getattr(q, "maxdist", 1) or 1), 2)
    prefix = max(int(getattr(q, "prefixlength", 0) or 0), 1)
    terms = [q.text] if reader.doc_frequency(q.fieldname, q.text) else []
    for t in reader.terms_within(q.fieldname, q.text, maxdist, prefix=prefix):
        if len(terms) >= room:
            break
        if t not in terms:
            terms.append(t)
    spent.expanded += len(terms)
    return Q.Or([Q.Term(q.fieldname, t) for t in terms], boost=q.boost) if terms else Q.NullQuery


def _facet_term(fname: str, text: str, view, spent: _Spent):
    text = text.strip()
    if fname == "date":
        if _ISO_PART_RE.match(text):  # a month or a year: every day in it
            return Q.TermRange("date", text, text + "\uffff")
        return Q.Term("date", text)
    if view is None:
        return Q.Term(fname, text)
    fd = view.facets[fname]
    if text in fd.value_id:
        return Q.Term(fname, text)
    lower = fd.lower_map()
    vals = lower.get(text.lower())
    if not vals:
        words = text.lower().replace(",", " ").split()
        sets = [set(lower.get(" " + w, ())) | set(lower.get(w, ())) for w in words]
        vals = sorted(set.intersection(*sets)) if sets else []
    if not vals:
        return Q.Term(fname, text)  # matches nothing, honestly
    vals = vals[:spent.room(config.WILDCARD_MAX_TERMS)]
    spent.expanded += len(vals)
    if not vals:
        return Q.NullQuery
    return Q.Term(fname, vals[0]) if len(vals) == 1 else Q.Or([Q.Term(fname, v) for v in vals])


def _positive(q):
    """A query made only of negations matches nothing in Whoosh; make it 'everything except ...'."""
    if q is None:
        return None
    if isinstance(q, Q.Not):
        return Q.AndNot(Q.Every(), q.query)
    if isinstance(q, Q.And) and all(isinstance(k, Q.Not) for k in q.subqueries):
        return Q.AndNot(Q.Every(), Q.Or([k.query for k in q.subqueries]))
    return q


def _collect(q, out: set[str], negated: bool, phrases: list) -> None:
    """Analyzed title/body terms (and phrases) the user is looking FOR, not the excluded ones: snippets."""
    if isinstance(q, Q.Not):
        return
    if isinstance(q, Q.AndNot):
        _collect(q.a, out, negated, phrases)
        return
    if isinstance(q, Q.Term) and q.fieldname in TEXT_FIELDS:
        out.add(q.text)
    elif isinstance(q, Q.Phrase) and q.fieldname in TEXT_FIELDS:
        out.update(q.words)
        if len(q.words) > 1 and tuple(q.words) not in phrases:
            phrases.append(tuple(q.words))
    for child in getattr(q, "subqueries", ()) or ():
        _collect(child, out, negated, phrases)
    if isinstance(q, Q.AndMaybe):
        _collect(q.a, out, negated, phrases)
        _collect(q.b, out, negated, phrases)
