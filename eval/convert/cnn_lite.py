"""CNN (lite.cnn.com, the text-only edition), stories of March 2026 -> eval/corpora/cnn2026/articles.jsonl.gz.

Usage: python -m eval.convert.cnn_lite PATH/TO/cnn-lite-articles OUT_DIR

The upstream folder (code-ai-search/data-collector, `cnn-lite-articles/`) holds one JSON file per scraped version of a
story: "url", "title", "date" (the scrape's clock, not the story's), "authors", "text" (paragraphs joined by blank
lines), "links" (the anchors of the story: "url", "text"), "hash", "scraped_at". A story the scraper saw again after
an edit has several files; the last scrape of each URL is kept.

The scraper dropped the blank on each side of every in-text link ("she was beingremoved as attorney general,
CNNreported."), so a link's words were glued to the words around them. The links are listed in text order; each one is
looked for from where the last one ended (then from the start) and a blank is put back on a side where it touches a
letter or digit (or follows a comma, colon or semicolon) and the word it touches there stands alone in the upstream
texts more often than the word the two make, so a glued "CNNreported" is cut and a real word that holds an anchor
("whole" for the anchor "who") is not. A
link with no such place is left alone. The first paragraph "Source: CNN" and the closing "See Full Web Article" are the lite
page's frame, not the story, and are dropped.

`published` is the day in the story's URL (/2026/03/14/...); only March 2026 is kept (one month of one newsroom).
Bodies under 500 characters, exact copies and stories that mention Ukraine are dropped. Ids are cnn-<first 12 hex
digits of sha256(text)>; about 88 % are held out (split_of with HELDOUT_SHARE). The gold is hand-made
(annotations.txt -> python -m eval.convert.annotations).
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from .common import Keeper, run

HELDOUT_SHARE = 0.88
MIN_CHARS = 500
SOURCE = "CNN"
MONTH = "2026/03"
FRAME_HEAD = "Source: CNN"
FRAME_TAIL = "See Full Web Article"
URL_DAY = re.compile(r"/(\d{4})/(\d\d)/(\d\d)/([^/]+)/")


WORD_EDGE = re.compile(r"^[^\w]+|[^\w]+$")


def vocabulary(texts) -> Counter:
    """How often each blank-delimited word (edge punctuation stripped) stands in the upstream texts."""
    return Counter(WORD_EDGE.sub("", w) for t in texts for w in t.split())


def _bounds(text: str, i: int) -> tuple[int, int]:
    """The blank-delimited word around text[i]."""
    left = max(text.rfind(" ", 0, i), text.rfind("\n", 0, i)) + 1
    ends = [e for e in (text.find(" ", i), text.find("\n", i)) if e >= 0]
    return left, min(ends) if ends else len(text)


def _seams(text: str, at: int, end: int, vocab: Counter) -> tuple[bool, bool]:
    """Whether a blank is missing before / after the anchor at text[at:end]. The anchor must touch a letter or digit
    (or follow a comma, colon or semicolon), and the neighbour it touches must stand alone in the upstream texts more
    often than the word the two make: "CNNreported" is cut ("CNN" and "reported" are common, the glued word is not),
    "whole" is not cut for the anchor "who" ("le" is rarer than "whole")."""
    def glued(cut: int, neighbour_left: bool) -> bool:
        left, right = _bounds(text, cut - 1 if neighbour_left else cut)
        word = WORD_EDGE.sub("", text[left:right])
        neighbour = WORD_EDGE.sub("", text[left:cut] if neighbour_left else text[cut:right])
        return bool(neighbour) and vocab[neighbour] > vocab[word]
    opening = text[at].isalnum() or text[at] in "“\"‘("
    before = at > 0 and opening and (text[at - 1].isalnum() or text[at - 1] in ",;:") and glued(at, True)
    after = end < len(text) and text[end].isalnum() and text[end - 1] not in "-/" and glued(end, False)
    return before, after


def unglue(text: str, links: list[dict], vocab: Counter) -> str:
    """The text with a blank put back on each side of every link anchor that the scraper glued to a word."""
    cursor = 0
    for link in links:
        anchor = " ".join((link.get("text") or "").split())
        if not anchor:
            continue
        found = None
        for start in (cursor, 0):
            at = text.find(anchor, start)
            while at >= 0 and found is None:
                seams = _seams(text, at, at + len(anchor), vocab)
                if any(seams):
                    found = (at, seams)
                at = text.find(anchor, at + 1)
            if found:
                break
        if not found:
            continue
        (at, (before, after)), end = found, found[0] + len(anchor)
        if after:
            text = text[:end] + " " + text[end:]
        if before:
            text = text[:at] + " " + text[at:]
            end += 1
        cursor = end
    return text


def paragraphs(text: str) -> list[str]:
    """The story's paragraphs, whitespace collapsed, without the lite page's frame."""
    out = [" ".join(p.replace("\xa0", " ").split()) for p in text.split("\n\n")]
    out = [p for p in out if p]
    if out and out[0] == FRAME_HEAD:
        out = out[1:]
    if out and out[-1] == FRAME_TAIL:
        out = out[:-1]
    return out


def title_of(raw: str) -> str:
    """The page title without the " | CNN Politics" tail."""
    return re.sub(r"\s*\|\s*CNN( [A-Za-z&]+)*\s*$", "", " ".join(raw.split()))


def latest_versions(folder: Path) -> list[dict]:
    """The last scraped version of each URL (ties broken by the file name), in URL order."""
    best: dict[str, tuple[str, str, dict]] = {}
    for path in sorted(folder.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        key = (doc.get("scraped_at") or "", path.name)
        url = doc.get("url") or ""
        if url not in best or key > best[url][:2]:
            best[url] = (*key, doc)
    return [best[url][2] for url in sorted(best)]


def convert(folder: Path) -> tuple[list[dict], dict[str, int]]:
    out, keeper = [], Keeper("cnn", HELDOUT_SHARE, MIN_CHARS, first=("other month",))
    docs = latest_versions(folder)
    vocab = vocabulary(d.get("text") or "" for d in docs)
    for doc in docs:
        m = URL_DAY.search(doc.get("url") or "")
        if not m or f"{m.group(1)}/{m.group(2)}" != MONTH:
            keeper.drop("other month")
            continue
        text = "\n\n".join(paragraphs(unglue(doc.get("text") or "", doc.get("links") or [], vocab)))
        title = title_of(doc.get("title") or "")
        if keeper.why_not(text, title):
            continue
        out.append({**keeper.head(text), "title": title, "published": "-".join(m.group(1, 2, 3)),
                    "source": SOURCE, "text": text, "url": doc["url"], "section": m.group(4)})
    return sorted(out, key=lambda a: a["id"]), keeper.dropped


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
