"""Times of Malta, national news, one scrape of July 2019 -> eval/corpora/timesofmalta2019/articles.jsonl.gz.

Usage: python -m eval.convert.timesofmalta DIR_WITH_tom_articles_JSON OUT_DIR

The upstream repository (dvas0004/TimesOfMaltaExplorer) holds 41 files tom_articles_<n>.json, each a JSON list of
about 100 articles its scraper took from the first 210 listing pages of timesofmalta.com's national section: the
page's JSON-LD "NewsArticle" record cut down to "keywords" (the site's tags), "author", "article_body",
"comment_count" and a running "id" (0 to 4118, the order the scraper met them; the file names do not follow it).
No headline, address or date was kept, so `title` is empty and `published` null: the date facet cannot be scored.

Only upstream ids below KEEP_IDS are taken (about 1,500 articles, the size the other fresh sets have; gzip keeps
the corpus small). Paragraphs are the body's lines (the site's article body is one line per paragraph, photo
captions and pull quotes included), whitespace inside each collapsed (the body is full of no-break spaces).
Bodies under 500 characters, exact copies of an earlier body and stories that mention Ukraine are dropped. Ids are
tom-<first 12 hex digits of sha256(text)>; about 88 % are held out (split_of with HELDOUT_SHARE). The gold is
hand-made (annotations.txt -> python -m eval.convert.annotations).
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from .common import Keeper, run

HELDOUT_SHARE = 0.88
MIN_CHARS = 500
KEEP_IDS = 1600


def paragraphs(body: str) -> list[str]:
    return [p for p in (" ".join(line.split()) for line in body.splitlines()) if p]


def upstream(folder: Path) -> list[dict]:
    """Every upstream article in the scraper's order (its running id), whatever file it was dumped to."""
    rows = [row for path in sorted(Path(folder).glob("tom_articles_*.json"))
            for row in json.loads(path.read_text(encoding="utf-8"))]
    return sorted(rows, key=lambda row: int(row["id"]))


def convert(folder: Path) -> tuple[list[dict], dict[str, int]]:
    out, keeper = [], Keeper("tom", HELDOUT_SHARE, MIN_CHARS, first=("beyond_sample",))
    for row in upstream(folder):
        if int(row["id"]) >= KEEP_IDS:
            keeper.drop("beyond_sample")
            continue
        text = "\n\n".join(paragraphs(row.get("article_body") or ""))
        if keeper.why_not(text):
            continue
        keywords = [k.strip() for k in re.split(r",", row.get("keywords") or "") if k.strip()]
        out.append({**keeper.head(text), "title": "", "published": None, "source": "Times of Malta",
                    "text": text, "author": " ".join((row.get("author") or "").split()), "keywords": keywords,
                    "upstream_id": int(row["id"])})
    return sorted(out, key=lambda a: a["id"]), keeper.dropped


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
