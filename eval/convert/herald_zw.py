"""The Herald (Harare, Zimbabwe), news pages of January-March 2025 -> eval/corpora/herald_zw2025/articles.jsonl.gz.

Usage: python -m eval.convert.herald_zw PATH/TO/flask-news-scraper OUT_DIR

Upstream (zeroteq/flask-news-scraper) is a scraper that, several times a day, read the ten newest items of The
Herald's RSS feed, fetched each page and overwrote news/herald.json in its own repository with them. No single
version holds the archive: the git history does (2,158 versions of the file). This converter walks that history up
to the pinned commit, oldest first, and keeps each article URL at the first version that carries it.

Each item has "url", "title", "description" (the feed's excerpt), "content" (the page's paragraphs joined by blank
lines), "image_url", and, in most versions, "date" ("19 Apr 2025") and "time": the day and clock of the scrape
(Harare time), not of publication. `published` is that day at the first sighting (the commit's day when the item has
no date): the feed only lists the newest stories, so it is the publication day or shortly after. Only first
sightings from 1 January to 31 March 2025 are kept (the earlier ones include the backlog of the first run).

The scraper deleted every character outside printable ASCII before saving, so curly quotes and apostrophes are
gone from the text ("Zimbabwes trajectory", "the miners condition") and a no-break space between two words left
them glued; that is kept as scraped, only whitespace runs inside a paragraph are collapsed. Bodies under 500
characters, exact copies and stories that mention Ukraine are dropped. Ids are herald-<first 12 hex digits of
sha256(text)>; about 88 % are held out (split_of with HELDOUT_SHARE). The gold is hand-made (annotations.txt ->
python -m eval.convert.annotations).
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from .common import Keeper, run

HELDOUT_SHARE = 0.88
MIN_CHARS = 500
SOURCE = "The Herald"
FILE = "news/herald.json"
PIN = "7169b47da5a55d8402a70cfadc1b8b9bacc6548d"  # upstream HEAD when this corpus was made (2025-10-18)
FIRST, LAST = "2025-01-01", "2025-03-31"  # first-sighting days kept


def load_revisions(repo: Path) -> list[tuple[str, str]]:
    """(commit date, file text) of every version of news/herald.json up to PIN, oldest first."""
    log = subprocess.run(["git", "-C", str(repo), "log", "--reverse", "--format=%H %cI", PIN, "--", FILE],
                         capture_output=True, text=True, check=True).stdout.split()
    commits = list(zip(log[0::2], log[1::2]))
    batch = subprocess.run(["git", "-C", str(repo), "cat-file", "--batch"], capture_output=True, check=True,
                           input="".join(f"{sha}:{FILE}\n" for sha, _ in commits).encode()).stdout
    out, pos = [], 0
    for _, when in commits:
        header_end = batch.index(b"\n", pos)
        size = int(batch[pos:header_end].split()[2])
        out.append((when, batch[header_end + 1:header_end + 1 + size].decode("utf-8")))
        pos = header_end + 1 + size + 1
    return out


def paragraphs(content: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", content) if p.strip()]


def scrape_day(item: dict, committed: str) -> str:
    try:
        return datetime.strptime(item.get("date") or "", "%d %b %Y").strftime("%Y-%m-%d")
    except ValueError:
        return committed[:10]


def convert(revisions: list[tuple[str, str]]) -> tuple[list[dict], dict[str, int]]:
    first: dict[str, tuple[str, dict]] = {}
    for committed, raw in revisions:
        try:
            items = json.loads(raw).get("news") or []
        except (json.JSONDecodeError, AttributeError):
            continue  # a version the scraper left half-written
        for item in items:
            url = item.get("url")
            if url and url not in first:
                first[url] = (scrape_day(item, committed), item)
    out, keeper = [], Keeper("herald", HELDOUT_SHARE, MIN_CHARS, first=("period",))
    for url, (day, item) in first.items():
        if not FIRST <= day <= LAST:
            keeper.drop("period")
            continue
        text = "\n\n".join(paragraphs(item.get("content") or ""))
        title = " ".join((item.get("title") or "").split())
        if keeper.why_not(text, title):
            continue
        out.append({**keeper.head(text), "title": title, "published": day, "source": SOURCE, "text": text,
                    "url": url})
    return sorted(out, key=lambda a: a["id"]), keeper.dropped


def main(argv: list[str]) -> int:
    return run(argv, convert, load=lambda p: load_revisions(Path(p)), count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
