"""A byline that opens the lead inline, on no line of its own.

RSS descriptions and pages whose line breaks were lost start the story with its byline: "By Henry Umoru – Abuja
The Federal Government ...", "By Chidi Nkwopara, Owerri Three out of ...", "By Ikechukwu Nnochiri The Abuja
Division of ...", "By Samuel Oyadongha & Emem Idio Comrade ...", and after a kicker the feed ran into it ("Challenges critics to
present evidence of contract irregularities By Gabriel Ewepu – Abuja A Civil Society ..."). The names are the author facet's
(bylines.authors reads them when the article has no byline), never people the story is about: the entity tagger
leaves them out of the person facet and cuts a name the model ran on into the story ("Bashir Bello A Chief
Magistrate Court"). The text itself stays as written.

Where the names end, read without the model: at a separator ("," "–" "-" ":" "|"), before a word in capitals
("ABUJA-", "THE Senate"), before a word that opens a sentence but no name ("The", "In", "Former"), before a
digit or a word in lower case. A name a separator closes is two to four words; one that runs on into the story
with no separator ("By Nwafor Sunday Amnesty International has ...") is two words, the usual byline's length:
the story opens with a capitalised subject far more often than a byline carries three names. "&" or "and"
between two names joins a second reporter.
"""
from __future__ import annotations

import re
from typing import NamedTuple

_BY = re.compile(r"^\s*(?:[Bb]y\s+(?=[A-Z])|By(?=[A-Z][a-z]))")  # "ByLuisa Maria ...": a scraper lost the space
_WORD = re.compile(r"[^\s,]+,?|,")  # "C.Jocson,Reporter": a comma ends a word
_SEPARATOR = re.compile(r"^[,:|–—\-]+$")
_TRAILING = re.compile(r"[,:|–—\-]+$")
# Capitalised words that open a sentence or a job title, never a reporter's name.
_OPENERS = frozenset("""
the a an in on at as after ahead amid against among before barely despite during for following former from
if it its this that these those he she they we i my our his her their there here when while with without
to of and or but some two three four five one all no most many more nearly over about according
president governor minister senator chief mr mrs ms dr prof rev
""".split())
# A capital "By" inside the lead's first words, after a kicker or a standfirst the page ran into it (prose writes
# "by" in lower case); nothing before it may end a sentence.
_BY_INSIDE = re.compile(r"(?<=\s)By\s+(?=[A-Z])")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
KICKER = 200
_WIDE_GAP = re.compile(r"\s{2,}|\xa0")  # a run of spaces where a line break was lost
_INITIAL = re.compile(r"^(?:[A-Z]\.)+$")  # "M." "Y.Z."
MAX_NAME_WORDS = 4
USUAL_NAME_WORDS = 2


class Byline(NamedTuple):
    names: list[str]
    start: int  # where "By" is
    end: int  # where the last name ends


def inline_byline(paragraph: str) -> Byline | None:
    """The reporters' names of a byline opening ``paragraph`` ("By Henry Umoru – Abuja The ...", or after a kicker
    with no sentence in it: "Challenges critics to present evidence By Gabriel Ewepu – Abuja A ..."), or None."""
    by = _BY.match(paragraph) or _BY_INSIDE.search(paragraph, 0, KICKER)
    if not by or _SENTENCE_END.search(paragraph, 0, by.start()):
        return None
    tokens = list(_WORD.finditer(paragraph, by.end(), by.end() + 200))
    names: list[str] = []
    end = None
    i = 0
    while i < len(tokens) and len(names) < 2:
        got = _name(tokens, i)
        if got is None:
            break
        words, i, name_end = got
        names.append(" ".join(words))
        end = name_end
        if i < len(tokens) and tokens[i].group() in ("&", "and"):
            i += 1  # "Samuel Oyadongha & Emem Idio"
            continue
        break
    if not names:
        return None
    return Byline(names, by.start() + (len(by.group()) - len(by.group().lstrip())), end)


def _name(tokens: list, i: int):
    """(name words, index after the name, end offset) of the name starting at token i, or None."""
    words: list[str] = []
    for j in range(i, min(len(tokens), i + MAX_NAME_WORDS)):
        raw = tokens[j].group()
        word = _TRAILING.sub("", raw)
        if not word or not _name_word(word):
            break
        words.append(word)
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        closed = word != raw or nxt is not None and (nxt.group() in ("&", "and", "–", "—", "-", "|")
                                                     or _WIDE_GAP.search(tokens[j].string, tokens[j].end(), nxt.start()))
        if closed and len(words) == MAX_NAME_WORDS and not any("." in w for w in words):
            break  # "& Peter Okutu Justin Nwankwo, the former manager": a reporter, then the story's subject
        if closed:  # "Nkwopara," "Umoru –", "Oyadongha &", "Ekwujuru   MultiChoice": the name ends here
            return (words, j + 1, tokens[j].start() + len(word)) if len(words) >= USUAL_NAME_WORDS else None
    if len(words) < USUAL_NAME_WORDS:
        return None
    # no separator: the story may open with capitalised words ("Amnesty International has"), so the usual two
    # (initials besides: "Y. Z. Yau")
    n, full = 0, 0
    while n < len(words) and full < USUAL_NAME_WORDS:
        full += not _INITIAL.match(words[n])
        n += 1
    if full < USUAL_NAME_WORDS and n < USUAL_NAME_WORDS + 1:
        return None
    last = tokens[i + n - 1]
    return words[:n], i + n, last.start() + len(_TRAILING.sub("", last.group()))


def _name_word(word: str) -> bool:
    if _INITIAL.match(word):
        return True
    if not word[:1].isupper() or word.casefold() in _OPENERS or any(c.isdigit() for c in word) \
            or word.endswith(("'s", "’s")):  # "By Elon Musk's standards": no byline
        return False
    letters = [c for c in word if c.isalpha()]
    return not (len(letters) >= 2 and all(c.isupper() for c in letters))  # "ABUJA", "THE": the story's start
