"""Ghanaian news sites, 8-14 January 2026, from a news-feed app's committed snapshots ->
eval/corpora/ghana_news2026/articles.jsonl.gz.

Usage: python -m eval.convert.ghana_feed FEED_DIR OUT_DIR

FEED_DIR holds the JSON snapshots of oscarmireku/ghana-news-feed (a Next.js aggregator of Ghanaian sites whose
scraper wrote `feed.json` and `public/news-feed.json`), one file per committed version, each
`{"generated_at": ISO time, "stories": [{"source", "title", "link", "time", "section", "content"}, ...]}`.
`content` is the article's HTML (paragraphs in <p>, some sites put blank lines inside one <p>) or null when the
scraper got only the headline. One story sits in several snapshots, sometimes with a longer body in a later one:
stories are grouped by link and the longest body is kept, so a story counts once whatever the snapshot order.

`time` is the site's own stamp as the app showed it: "Jan 10, 7:30 PM" (the year is the snapshot's), "9 hours
ago" / "1 days ago" / "59 minutes ago" (counted back from the snapshot's generated_at) or "Recent" (no date).
`source` is the site's name as the app gives it ("GhanaWeb", "MyJoyOnline", "AdomOnline", ...). Stories with no
body (content null), bodies under 500 characters, exact copies and stories that mention Ukraine are dropped. Ids are
gh-<first 12 hex digits of sha256(text)>; about 88 % are held out (split_of with HELDOUT_SHARE). The gold is
hand-made (annotations.txt -> python -m eval.convert.annotations).
"""
from __future__ import annotations

import html
import json
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

from .common import Keeper, run

HELDOUT_SHARE = 0.88
MIN_CHARS = 500
MONTHS = {m: i for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                                       "Dec"), start=1)}
STAMP = re.compile(r"([A-Z][a-z]{2}) (\d{1,2}),")
AGO = re.compile(r"(\d+) (minute|hour|day)s? ago")
BREAK = re.compile(r"(?i)</p\s*>|<br\s*/?>|</h\d\s*>|</li\s*>")
TAG = re.compile(r"<[^>]+>")


def paragraphs(content: str | None) -> list[str]:
    """The body's paragraphs: a </p>, <br> or blank line ends one; tags dropped, entities decoded, blanks
    collapsed (a single newline inside a paragraph is a blank, as a browser shows it)."""
    text = html.unescape(TAG.sub(" ", BREAK.sub("\n\n", content or "")))
    out = []
    for block in re.split(r"\n\s*\n", text):
        block = " ".join(block.replace("\xa0", " ").split())
        if block:
            out.append(block)
    return out


def published(stamp: str, generated_at: str) -> str | None:
    """The story's day from the app's stamp and the snapshot's time; None for "Recent" or an unknown form."""
    try:
        made = datetime.fromisoformat(generated_at.replace("Z", "+00:00"))
    except ValueError:
        return None
    m = STAMP.match(stamp or "")
    if m and m.group(1) in MONTHS:
        return f"{made.year}-{MONTHS[m.group(1)]:02d}-{int(m.group(2)):02d}"
    m = AGO.search(stamp or "")
    if m:
        return (made - timedelta(**{m.group(2) + "s": int(m.group(1))})).date().isoformat()
    return None


def stories(root: Path) -> list[dict]:
    """One record per link over all snapshots (the longest body wins; ties keep the first file read), in a
    fixed order: by link."""
    best: dict[str, dict] = {}
    for path in sorted(root.glob("*.json")):
        snap = json.loads(path.read_text(encoding="utf-8"))
        for story in snap.get("stories", []):
            text = "\n\n".join(paragraphs(story.get("content")))
            rec = {"title": " ".join((story.get("title") or "").split()), "source": story.get("source"),
                   "published": published(story.get("time", ""), snap.get("generated_at", "")), "text": text}
            old = best.get(story["link"])
            if old is None or len(text) > len(old["text"]):
                best[story["link"]] = rec
    return [best[link] for link in sorted(best)]


def convert(root: Path) -> tuple[list[dict], dict[str, int]]:
    out, keeper = [], Keeper("gh", HELDOUT_SHARE, MIN_CHARS, first=("no_body",))
    for rec in stories(root):
        if not rec["text"]:  # a headline the scraper found no body for: not a copy of another empty story
            keeper.drop("no_body")
            continue
        if keeper.why_not(rec["text"], rec["title"]):
            continue
        out.append({**keeper.head(rec["text"]), "title": rec["title"], "published": rec["published"],
                    "source": rec["source"], "text": rec["text"]})
    return sorted(out, key=lambda a: a["id"]), keeper.dropped


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
