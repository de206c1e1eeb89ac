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

import json
import re
import sys
from pathlib import Path

from .common import Keeper, run

HELDOUT_SHARE = 0.88
SINCE = "2024-08-01"
MIN_CHARS = 400
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
    out, keeper = [], Keeper("kcna", HELDOUT_SHARE, MIN_CHARS)
    for s in sorted(stories, key=lambda s: (str(s.get("date_str")), s.get("link") or "")):
        if not s.get("story_text") or str(s.get("date_str")) < since:
            continue
        text = story_text(s["story_text"])
        title = " ".join(unglue(s.get("headline") or "").split())
        if keeper.why_not(text, title):
            continue
        out.append({**keeper.head(text), "title": title, "published": s["date_str"],
                    "source": "KCNA", "text": text, "url": s.get("link"), "topic": s.get("topic")})
    return sorted(out, key=lambda a: a["id"]), keeper.dropped


def main(argv: list[str]) -> int:
    return run(argv, convert, load=lambda path: json.loads(Path(path).read_text(encoding="utf-8")), count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
