"""Snippets and highlighting: the best-matching paragraphs, HTML-escaped, query matches in <mark>.

Matching reuses the index's own analyzer (stemmed tokens with character offsets), so "attacks" in the
text is marked for the query "attack" exactly when the index matched it. The only markup we emit is
<mark>…</mark>; everything from the article is escaped.
"""
from __future__ import annotations

from html import escape

from .model import Article, Paragraph
from .schema import text_analyzer
from .whoosh_adapter import word_tokens

MAX_SNIPPETS = 2
# Snippets are looked for in an article's first this-many characters: a 9 MB scrape that matches a common
# word must not cost seconds of tokenising for one result card (the article page shows the rest).
SCAN_CHARS = 100_000
WINDOW = 360  # characters of a long paragraph shown around its first match
# Tokens come from the index analyzer's own tokenizer (whoosh_adapter.word_tokens): a copy of its pattern
# had drifted ("Kupol*2" was one token in the index and two here). Each distinct word is then analysed once
# (cached), which gives the index's tokens at a fraction of the cost of the analyzer chain per token.
_CACHE_MAX = 200_000
_stems: dict[str, str] = {}
_analyzer = None
_tokens = None


def analyzed(word: str) -> str:
    """The index term for one lowercased word ('' for stop words and too-short tokens)."""
    global _analyzer
    st = _stems.get(word)
    if st is None:
        if _analyzer is None:
            _analyzer = text_analyzer()
        toks = [t.text for t in _analyzer(word)]
        st = toks[0] if len(toks) == 1 else ""
        if len(_stems) > _CACHE_MAX:
            _stems.clear()
        _stems[word] = st
    return st


def match_spans(text: str, terms: set[str], positions: list | None = None) -> list[tuple[int, int, str]]:
    """(start, end, term) of every token in ``text`` whose analyzed form is a query term.

    ``positions``, when given, receives each match's token index (for phrase adjacency).
    """
    if not terms or not text:
        return []
    global _tokens
    if _tokens is None:
        _tokens = word_tokens(text_analyzer())
    out = []
    i = -1
    for start, end, word in _tokens(text):
        st = analyzed(word.lower())
        if st:
            i += 1  # stop words do not count, as in the index (StopFilter renumbers positions)
        if st in terms:
            out.append((start, end, st))
            if positions is not None:
                positions.append(i)
    return out


def phrase_hits(spans, positions: list[int], phrases) -> int:
    """How many times the query's phrases occur (words in order and adjacent, stop words skipped)."""
    hits = 0
    for phrase in phrases:
        for k, (_, _, t) in enumerate(spans):
            if t != phrase[0]:
                continue
            j, pos = k, positions[k]
            for word in phrase[1:]:
                j += 1
                if j >= len(spans) or spans[j][2] != word or positions[j] - pos != 1:
                    break
                pos = positions[j]
            else:
                hits += 1
    return hits


def mark(text: str, spans: list[tuple[int, int, str]], start: int = 0, end: int | None = None) -> str:
    """Escape text[start:end] and wrap the spans (offsets into ``text``) in <mark>."""
    end = len(text) if end is None else end
    out, pos = [], start
    for s, e, _ in spans:
        if s < pos or e > end:
            continue
        out.append(escape(text[pos:s]))
        out.append(f"<mark>{escape(text[s:e])}</mark>")
        pos = e
    out.append(escape(text[pos:end]))
    return "".join(out)


def _window(text: str, spans) -> tuple[int, int]:
    """A readable slice of a long paragraph around its first match, cut at spaces."""
    if len(text) <= WINDOW + 80:
        return 0, len(text)
    first = spans[0][0] if spans else 0
    a = max(0, first - WINDOW // 3)
    if a > 0:
        sp = text.find(" ", a)
        a = sp + 1 if 0 <= sp < first else a
    b = min(len(text), a + WINDOW)
    if b < len(text):
        sp = text.rfind(" ", a, b)
        b = sp if sp > (spans[0][1] if spans else a) else b
    return a, b


def _html(p: Paragraph, spans) -> str:
    a, b = _window(p.text, spans)
    return ("…" if a > 0 else "") + mark(p.text, spans, a, b) + ("…" if b < len(p.text) else "")


def _probes(terms: set[str]) -> tuple[str, ...]:
    # A stem is a prefix of its words except for the last letter or two ("happi" <- "happy"), so a paragraph
    # whose lowercased text contains none of these probes cannot match and is not tokenised at all.
    return tuple({t[:max(3, len(t) - 2)] for t in terms})


def snippets(article: Article, terms: set[str], limit: int = MAX_SNIPPETS, phrases=()) -> list[dict]:
    """The best 1-2 paragraphs: phrase occurrences, then distinct query terms, then hits; else the lead."""
    scored = []
    probes = _probes(terms)
    scanned = 0
    for p in article.paragraphs:
        if not probes or scanned > SCAN_CHARS:
            break
        scanned += len(p.text)
        text = p.text[:SCAN_CHARS]  # offsets into the prefix are offsets into the paragraph
        low = text.lower()
        if not any(pr in low for pr in probes):
            continue
        positions: list[int] = []
        spans = match_spans(text, terms, positions)
        if spans:
            distinct = len({t for _, _, t in spans})
            ph = phrase_hits(spans, positions, phrases) if phrases else 0
            scored.append((-ph, -distinct, -len(spans), p.n, p, spans))
    if scored:
        scored.sort(key=lambda x: x[:4])
        return [{"paragraph": p.n, "html": _html(p, spans)} for *_, p, spans in scored[:limit]]
    lead = next((p for p in article.paragraphs if p.text.strip()), None)
    return [{"paragraph": lead.n, "html": _html(lead, [])}] if lead else []


def paragraph_html(text: str, terms: set[str]) -> str:
    """A whole paragraph, escaped, with query matches marked (article view)."""
    return mark(text, match_spans(text, terms))
