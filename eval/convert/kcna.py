"""KCNA (Korean Central News Agency, North Korea), English service, August-November 2024 -> eval/corpora/kcna2024.

Usage: python -m eval.convert.kcna PATH/TO/headlines_2024-11-11.json OUT_DIR

The upstream archive (stiles/north-korea-news) is a daily scraper of kcna.kp/en whose cumulative snapshot
data/archive/headlines_<day>.json is a list of {topic, headline, link, date, date_str, story_text}. One story is
listed once per menu topic it appears under ("Latest News" and "Home News" share most), so copies of a text are
dropped. The archive began in August 2024 (earlier items are the few still on the site's topic pages then), so only
stories dated 2024-08-01 or later are kept: one period of one newsroom.

The site prints the leaders' names in their own bold span and the scraper joined spans without a space
("the respected ComradeKim Jong Uninvited", "Kim Il SungUniversity"); a space is put back on each side of those three
names when a letter touches them, or no reader (and no tagger) could find the name. Paragraphs are the scraper's
lines, whitespace inside a line collapsed, joined by a blank line; the wire's end mark "-0-" is removed. Stories
under 400 characters and those that mention Ukraine (KCNA's coverage of the Russia-Ukraine war) are dropped.
Ids are kcna-<first 12 hex digits of sha256(text)>; about 88 % are held out (split_of with HELDOUT_SHARE). The gold
is hand-made (annotations.txt -> python -m eval.convert.annotations).
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

from .common import split_of, write_articles

HELDOUT_SHARE = 0.88
SINCE = "2024-08-01"
MIN_CHARS = 400
UKRAINE = re.compile(r"Ukrain|Kyiv|Kiev", re.I)
LEADERS = r"Kim Jong Un|Kim Il Sung|Kim Jong Il"
END_MARK = re.compile(r"\s*-0-\s*$")


def unglue(line: str) -> str:
    """A space on each side of a leader's name that the scraper glued to the next word."""
    line = re.sub(rf"(?<=[A-Za-z])({LEADERS})", r" \1", line)
    return re.sub(rf"({LEADERS})(?=[A-Za-z])", r"\1 ", line)


def story_text(raw: str) -> str:
    lines = [" ".join(unglue(line).split()) for line in END_MARK.sub("", raw).split("\n")]
    return "\n\n".join(line for line in lines if line)


def convert(stories: list[dict], since: str = SINCE) -> tuple[list[dict], dict[str, int]]:
    out, seen = [], set()
    dropped = {"copy": 0, "short": 0, "ukraine": 0}
    for s in sorted(stories, key=lambda s: (str(s.get("date_str")), s.get("link") or "")):
        if not s.get("story_text") or str(s.get("date_str")) < since:
            continue
        text = story_text(s["story_text"])
        title = " ".join(unglue(s.get("headline") or "").split())
        if text in seen:
            dropped["copy"] += 1
            continue
        seen.add(text)
        if len(text) < MIN_CHARS:
            dropped["short"] += 1
            continue
        if UKRAINE.search(text) or UKRAINE.search(title):
            dropped["ukraine"] += 1
            continue
        aid = "kcna-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
        out.append({"id": aid, "split": split_of(aid, HELDOUT_SHARE), "title": title, "published": s["date_str"],
                    "source": "KCNA", "text": text, "url": s.get("link"), "topic": s.get("topic")})
    return sorted(out, key=lambda a: a["id"]), dropped


def main(argv: list[str]) -> int:
    articles, dropped = convert(json.loads(Path(argv[0]).read_text(encoding="utf-8")))
    write_articles(Path(argv[1]), articles)
    print(len(articles), "articles; dropped:", dropped)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
