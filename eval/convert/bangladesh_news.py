"""English news sites of Bangladesh, about 9-15 February 2026 -> eval/corpora/bangladesh2026/articles.jsonl.gz.

Usage: python -m eval.convert.bangladesh_news PATH/TO/english_articles_only.json OUT_DIR

The upstream file (akilahjahin/CLIR_Bangla-English_210041252) is one JSON list of pages scraped on 15 February 2026
from the home and section pages of Bangladeshi English outlets (Daily Asian Age, Dhaka Tribune, Bangladesh Post,
BSS, Daily Observer, New Age, The New Nation, Energy Bangla, Dhaka Courier and a few more), each with "source",
"url", "title", "body" (paragraphs split by blank lines), "date" and "scrape_timestamp". The scraper also followed
links that are not articles: home pages, section and category listings (a body made of teasers, or of spam
injected into a hacked page), an analytics site, a map. A page is kept only when it sits on a Bangladeshi outlet's
own site and its address names one article: a part of its path carries an id (a digit) or its last part is a headline slug
(four words or more: "dhaka-metro" and "crime-and-law" are sections) and no part of it is a listing ("category", "news-category", "page", "menu", "topic", "articlelist", "tag").

Paragraphs are the body's blank-line-separated blocks, whitespace inside each collapsed. `published` is the
upstream date only where it differs from the scrape time (for most pages the scraper stamped its own clock, which
is no publication date). Bodies under 500 characters, exact copies of an earlier body (the same story reached
through two addresses) and stories that mention Ukraine are dropped. Ids are bd-<first 12 hex digits of
sha256(text)>; about 88 % are held out (split_of with HELDOUT_SHARE). The gold is hand-made (annotations.txt ->
python -m eval.convert.annotations).
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

from .common import Keeper, run

HELDOUT_SHARE = 0.88
MIN_CHARS = 500
# the outlets' own hosts; anything else the scraper followed (analytics, maps, DMCA badges) is no article
HOSTS = re.compile(r"(^|\.)(dailyasianage\.com|dhakatribune\.com|bangladeshpost\.net|bssnews\.net|observerbd\.com|"
                   r"energybangla\.com|newagebd\.net|dailynewnation\.com|dhakacourier\.com\.bd|prothomalo\.com|"
                   r"daily-sun\.com|theindependentbd\.com|bdnews24\.com|thedailystar\.net)$")
LISTING = {"category", "categories", "news-category", "page", "menu", "topic", "articlelist", "tag"}


def is_article_url(url: str) -> bool:
    """True for the address of one article on an outlet's site (not a home page, section or listing)."""
    parsed = urlparse(url)
    parts = [p for p in parsed.path.split("/") if p]
    if not HOSTS.search(parsed.netloc.lower()) or parsed.netloc.startswith("epaper.") or not parts:
        return False
    if any(p.lower() in LISTING for p in parts):
        return False
    return any(re.search(r"\d", p) for p in parts) or parts[-1].count("-") >= 3  # an id, or a headline slug


def paragraphs(body: str) -> list[str]:
    return [p for p in (" ".join(block.split()) for block in re.split(r"\n\s*\n", body)) if p]


def published(row: dict) -> str | None:
    """The upstream date when it is not just the scrape time (then it came from the page itself)."""
    date, scraped = str(row.get("date") or ""), str(row.get("scrape_timestamp") or "")
    if not re.match(r"\d{4}-\d\d-\d\d", date) or date[:19] == scraped[:19]:
        return None
    return date[:10]


def convert(path: Path) -> tuple[list[dict], dict[str, int]]:
    rows = json.loads(Path(path).read_text(encoding="utf-8"))
    out, keeper = [], Keeper("bd", HELDOUT_SHARE, MIN_CHARS, first=("not_article",))
    for row in rows:
        if not is_article_url(row.get("url") or ""):
            keeper.drop("not_article")
            continue
        text = "\n\n".join(paragraphs(row.get("body") or ""))
        title = " ".join((row.get("title") or "").split())
        if keeper.why_not(text, title):
            continue
        out.append({**keeper.head(text), "title": title, "published": published(row),
                    "source": row.get("source") or "", "text": text, "url": row["url"]})
    return sorted(out, key=lambda a: a["id"]), keeper.dropped


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
