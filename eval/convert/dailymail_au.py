"""Daily Mail Online's Australian stories, August-October 2020 -> eval/corpora/dailymail_au2020/articles.jsonl.gz.

Usage: python -m eval.convert.dailymail_au PATH/TO/source/_posts OUT_DIR

The upstream folder (soumyadipdas37/finescoop.github.io, source/_posts/, commit 0346d617) holds one Markdown file
per article, written every few minutes by the site's GitHub Actions job from Daily Mail Online's RSS feeds: a
front-matter block between "---" lines (title, description, date "2020-09-17-16-58-57", image, categories), then
the body, one paragraph per block, picture captions among them. The feeds mix the London, New York and Sydney
desks; only stories whose headline, standfirst or first paragraph names Australia, an Australian state or a state
capital (AUSTRALIA below; not "Victoria" nor "Darwin", which name Victoria Beckham and
Charles Darwin as often) are kept, so the set is the Sydney desk's news, not the UK press again (ukpress2016
holds the Mail of June 2016). The scraper dropped apostrophes from headlines and standfirsts ("Melbournes"); the
bodies keep them.

`published` is the front-matter day; `source` is "Daily Mail Australia". Bodies under 500 characters, exact copies
and stories that mention Ukraine are dropped; of the rest at most CAP are kept, the first in sha256("keep:" + id)
order (a fixed sample, so a rerun keeps the same ones). Ids are dma-<first 12 hex digits of sha256(text)>; about
88 % are held out (split_of with HELDOUT_SHARE). The gold is hand-made (annotations.txt ->
python -m eval.convert.annotations).
"""
from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

from .common import Keeper, run

HELDOUT_SHARE = 0.88
MIN_CHARS = 500
CAP = 1500
SOURCE = "Daily Mail Australia"
AUSTRALIA = re.compile(r"\b(?:Australia|Australians?|Aussies?|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|"
                       r"Hobart|NSW|New South Wales|Queensland|Tasmania|Northern Territory|Gold Coast)\b")
FRONT = re.compile(r"---[ \t]*\n(.*?)\n---[ \t]*\n(.*)", re.S)
DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def field(front: str, name: str) -> str:
    m = re.search(rf"^{name}:(.*)$", front, re.M)
    return " ".join(m.group(1).split()) if m else ""


def parse(raw: str) -> tuple[str, str, str | None, list[str]] | None:
    """(title, standfirst, published day, paragraphs) of one upstream file; None without a front matter."""
    m = FRONT.match(raw.replace("\r\n", "\n"))
    if not m:
        return None
    front, body = m.groups()
    day = DAY.match(field(front, "date"))
    paragraphs = [" ".join(p.replace("\xa0", " ").split()) for p in body.split("\n\n")]
    return (field(front, "title"), field(front, "description"),
            f"{day.group(1)}-{day.group(2)}-{day.group(3)}" if day else None, [p for p in paragraphs if p])


def australian(title: str, standfirst: str, paragraphs: list[str]) -> bool:
    return bool(AUSTRALIA.search(" \n".join([title, standfirst, *paragraphs[:1]])))


def convert(root: Path) -> tuple[list[dict], dict[str, int]]:
    out, keeper = [], Keeper("dma", HELDOUT_SHARE, MIN_CHARS, first=("unparsed", "not_australian", "over_cap"))
    for path in sorted(root.glob("*.md")):  # a fixed reading order: which of two copies is kept never changes
        parsed = parse(path.read_text(encoding="utf-8"))
        if parsed is None:
            keeper.drop("unparsed")
            continue
        title, standfirst, day, paragraphs = parsed
        if not australian(title, standfirst, paragraphs):
            keeper.drop("not_australian")
            continue
        text = "\n\n".join(paragraphs)
        if keeper.why_not(text, title):
            continue
        out.append({**keeper.head(text), "title": title, "published": day, "source": SOURCE, "text": text})
    out.sort(key=lambda a: hashlib.sha256(("keep:" + a["id"]).encode("utf-8")).hexdigest())
    for _ in out[CAP:]:
        keeper.drop("over_cap")
    return sorted(out[:CAP], key=lambda a: a["id"]), keeper.dropped


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
