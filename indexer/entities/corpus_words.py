"""How often the archive writes each word exactly as written, counted in one pass per archive.

Several rules ask how often the archive writes some words -- a name's words in lower case (person_words), a place's
last word (place_uses), a value and its lower case (unproven). Each asked with a regex over every paragraph: one
pass over the whole archive's text per question, several per tagging run. A word of word characters only is
matched by ``\\b(word)\\b`` exactly where a maximal run of word characters equals it, so its count is the count
of that run among the archive's runs: one ``\\w+`` pass, kept for the archive, answers them all. A word with
other characters ("jean-pierre") changes what a shared pattern matches around it; the callers scan for those as
before.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

_RUN = re.compile(r"\w+")


def plain(word: str) -> bool:
    """Whether ``word`` is word characters only: its matches are whole runs of the text."""
    return bool(_RUN.fullmatch(word))


def counts(articles) -> Counter:
    """Every maximal run of word characters of the archive's paragraphs -> how often it is written so."""
    return _counts(tuple(p.text for a in articles for p in a.paragraphs))


@lru_cache(maxsize=2)  # one archive per tagging run; its passes ask again (emptied by the bench between runs)
def _counts(texts: tuple[str, ...]) -> Counter:
    out: Counter = Counter()
    for text in texts:
        out.update(_RUN.findall(text))
    return out


def written(words, articles) -> Counter:
    """How often the archive writes each of ``words`` (all ``plain``) as a whole word, in exactly that case: what
    ``Counter(re.findall(r"\\b(w1|w2|...)\\b", text))`` over every paragraph gives."""
    runs = counts(articles)
    return Counter({w: runs[w] for w in words if runs[w]})
