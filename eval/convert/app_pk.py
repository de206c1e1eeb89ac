"""Associated Press of Pakistan (APP), national desk, March 2025 -> eval/corpora/app_pk2025/articles.jsonl.gz.

Usage: python -m eval.convert.app_pk PATH/TO/data/app/articles/2025/03 OUT_DIR

The upstream archive (gitcodeuu/xai_articles) keeps one JSON file per scraped page of app.com.pk's national
section, <dd>/<yyyy-mm-dd>_<hash>.json with title, content (paragraphs separated by newlines, the wire
dateline "ISLAMABAD, Mar 01 (APP):" at the head of the first), link and dateList (the day of the archive list
the page was found on, in Pakistan time; date_published is UTC, so a story filed after 19:00 UTC falls on the
next local day and dateList is the one the paper's own dateline agrees with). One newsroom, one month.

Paragraphs are kept as scraped (less the ad-slot script line the scraper took for text), whitespace inside a paragraph collapsed, joined by a blank line. Pages under
500 characters of body (photo captions, one-line briefs), exact copies of an earlier body and stories that
mention Ukraine are dropped. Ids are app-<first 12 hex digits of sha256(text)>; about 88 % are held out
(split_of with HELDOUT_SHARE). The gold is hand-made (annotations.txt -> python -m eval.convert.annotations).
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from .common import Keeper, run

HELDOUT_SHARE = 0.88
MIN_CHARS = 500
AD_SLOT = re.compile(r"\(adsbygoogle=.*\)\.push\(\{\}\);?")  # the page's ad-slot script, scraped as a paragraph


def page(path: Path) -> tuple[dict, str]:
    """(metadata, body) of one scraped page; the body's paragraphs are its non-empty lines."""
    meta = json.loads(path.read_text(encoding="utf-8"))
    paras = [" ".join(AD_SLOT.sub(" ", p).split()) for p in (meta.get("content") or "").split("\n")]
    return meta, "\n\n".join(p for p in paras if p)


def convert(root: Path) -> tuple[list[dict], dict[str, int]]:
    out, keeper = [], Keeper("app", HELDOUT_SHARE, MIN_CHARS)
    for path in sorted(root.glob("*/*.json")):
        meta, text = page(path)
        title = " ".join((meta.get("title") or "").split())
        if keeper.why_not(text, title):
            continue
        out.append({**keeper.head(text), "title": title,
                    "published": meta.get("dateList") or path.name[:10],
                    "source": "Associated Press of Pakistan", "text": text, "url": meta.get("link", "")})
    return sorted(out, key=lambda a: a["id"]), keeper.dropped


def main(argv: list[str]) -> int:
    return run(argv, convert)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
