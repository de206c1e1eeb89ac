"""Tehran Times (Iran), site ids 445000-449999 (about February-July 2020) -> eval/corpora/tehrantimes2020/articles.jsonl.gz.

Usage: python -m eval.convert.tehran_times PATH/TO/data OUT_DIR

The upstream archive (Kmahmoudi/Tehran-Times-Dataset) keeps one text file per page of tehrantimes.com,
data/_news_<site id>_<slug>.txt, and nothing else: no title, no date. Site ids grow with time, so one id range is
one period of one newsroom; 445000-449999 is about February-July 2020 (the texts speak of the coronavirus outbreak,
the Soleimani assassination and the Idlib fighting). The scraper wrote the lead paragraph on its own line and the
rest of the body on the next (its paragraphs glued by spaces); in older pages it wrote every paragraph followed by
all the ones after it, so such a line is cut back to its own paragraph when the next line is its tail. A site
footer ("All Content by Mehr News Agency is licensed ...", its own line or glued to the last one) is removed.

Paragraphs are the remaining lines, whitespace inside a line collapsed, joined by a blank line. The title is the
file's slug with hyphens as spaces (the only headline stored). Bodies under 500 characters, exact copies of an
earlier body and stories that mention Ukraine are dropped. Ids are tt-<first 12 hex digits of sha256(text)>; about
88 % are held out (split_of with HELDOUT_SHARE). The gold is hand-made (annotations.txt ->
python -m eval.convert.annotations).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from .common import Keeper, run

HELDOUT_SHARE = 0.88
ID_RANGE = (445000, 450000)
MIN_CHARS = 500
FOOTER = re.compile(r"\s*All Content by Mehr News Agency is licensed under a Creative Commons Attribution 4\.0 International"
                    r" License\.?")
NAME = re.compile(r"_news_(\d+)_(.*)\.txt$")


def paragraphs(raw: str) -> list[str]:
    """The page's own paragraphs: non-empty lines less the footer, each cut back when the next line is its tail."""
    lines = [" ".join(FOOTER.sub(" ", line).split()) for line in raw.split("\n")]
    lines = [line for line in lines if line]
    out = []
    for i, line in enumerate(lines):
        tail = lines[i + 1] if i + 1 < len(lines) else ""
        if tail and line.endswith(tail) and len(line) > len(tail):
            line = line[: -len(tail)].rstrip()  # the old scraper repeated every later paragraph after this one
        out.append(line)
    return [p for p in out if p]


def convert(root: Path, id_range: tuple[int, int] = ID_RANGE) -> tuple[list[dict], dict[str, int]]:
    out, keeper = [], Keeper("tt", HELDOUT_SHARE, MIN_CHARS)
    for path in sorted(root.glob("_news_*.txt")):
        m = NAME.search(path.name)
        if not m or not id_range[0] <= int(m.group(1)) < id_range[1]:
            continue
        text = "\n\n".join(paragraphs(path.read_text(encoding="utf-8", errors="replace")))
        title = " ".join(m.group(2).replace("-", " ").split())
        if keeper.why_not(text, title):
            continue
        out.append({**keeper.head(text), "title": title, "published": None,
                    "source": "Tehran Times", "text": text,
                    "url": f"https://www.tehrantimes.com/news/{m.group(1)}/{m.group(2)}"})
    return sorted(out, key=lambda a: a["id"]), keeper.dropped


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
