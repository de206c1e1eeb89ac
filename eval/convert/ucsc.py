"""UC Santa Cruz news office, 1997-1998 -> eval/corpora/ucsc1997/articles.jsonl.gz.

Usage: python -m eval.convert.ucsc PATH/TO/source/_posts OUT_DIR

The upstream archive (ucsc/news-archives) keeps the campus's Public Information Office output of 1993-2001 as
Jekyll posts, source/_posts/<yyyy-mm-dd>-<slug>.md: a front matter (layout, title with HTML entities such as
"&#58;", author: a writer or a list of writers), then the story in Markdown: the press releases open with the
dateline "SANTA CRUZ, CA--", the stories of Currents (the weekly staff newspaper) have none; images are
reference-style "![[Photo ...]][1]", links "[words][1]" or "[words](url)", the reference definitions
"[1]: http://..." close the file, and the last line is "[Source](http://www1.ucsc.edu/... "Permalink ...")". Only
the posts dated 1997 and 1998 are read: one newsroom, two years, a US campus town.

The title is unescaped; the Source line becomes "url" and is cut with the reference definitions and the images.
Markdown is undone (links keep their words, emphasis marks and backslash escapes go, HTML entities are decoded);
a blank line ends a paragraph and the lines of one paragraph are joined, whitespace collapsed. Posts under 500
characters of body, exact copies of an earlier body and posts that mention Ukraine are dropped. Ids are
ucsc-<first 12 hex digits of sha256(text)>; about 88 % are held out (split_of with HELDOUT_SHARE). The gold is
hand-made (annotations.txt -> python -m eval.convert.annotations).
"""
from __future__ import annotations

import html
import re
import sys
from pathlib import Path

from .common import Keeper, run

HELDOUT_SHARE = 0.88
YEARS = ("1997", "1998")
MIN_CHARS = 500
NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})-(.+)\.md$")
SOURCE = re.compile(r"^\[Source\]\((\S+)(?:\s+\"[^\"]*\")?\)\s*$")
REF_DEF = re.compile(r"^\s*\[[^\]]+\]:\s*\S+")  # "[1]: http://..." closes the file
IMAGE = re.compile(r"!\[(?:[^\[\]]|\\\[|\\\]|\[[^\]]*\])*\](?:\[[^\]]*\]|\([^)]*\))")
LINK = re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)\](?:\[[^\]]*\]|\([^)]*\))")  # [words][1] or [words](url)


def front_matter(raw: str) -> tuple[dict[str, str], str]:
    """The key: value lines between the two '---' lines, and the rest of the file."""
    _, head, body = re.split(r"^---[ \t]*\n", raw, maxsplit=2, flags=re.M)  # some closing lines end in a tab
    meta = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    return meta, body


def plain(line: str) -> str:
    """One Markdown line as text: images go, links keep their words, emphasis and escapes go, entities decode."""
    line = IMAGE.sub(" ", line)
    line = LINK.sub(r"\1", line)
    line = re.sub(r"\\(.)", r"\1", line)
    line = line.replace("**", "").replace("__", "")
    line = re.sub(r"(?<![\w*])[_*](\S(?:.*?\S)?)[_*](?![\w*])", r"\1", line)  # _italic_ and *italic*
    line = re.sub(r"(?<!\w)_|_(?!\w)", "", line)  # an italic closed after a blank: "_Newsday _reporter"
    line = re.sub(r"^#+\s*", "", line.strip())
    return " ".join(html.unescape(line).split())


def post(path: Path) -> tuple[dict[str, str], str, str]:
    """(front matter, source url, body text) of one archived post."""
    meta, body = front_matter(path.read_text(encoding="utf-8"))
    url, paras, current = "", [], []
    for line in body.splitlines():
        m = SOURCE.match(line.strip())
        if m:
            url = m.group(1)
            continue
        if REF_DEF.match(line):
            continue
        text = plain(line)
        if text:
            current.append(text)
        elif current:
            paras.append(" ".join(current))
            current = []
    if current:
        paras.append(" ".join(current))
    return meta, url, "\n\n".join(paras)


def convert(root: Path) -> tuple[list[dict], dict[str, int]]:
    out, keeper = [], Keeper("ucsc", HELDOUT_SHARE, MIN_CHARS)
    for path in sorted(root.glob("*.md")):
        m = NAME.match(path.name)
        if not m or m.group(1)[:4] not in YEARS:
            continue
        meta, url, text = post(path)
        title = " ".join(html.unescape(meta.get("title", "")).strip('"').split())
        if keeper.why_not(text, title):
            continue
        out.append({**keeper.head(text), "title": title, "published": m.group(1),
                    "source": "UC Santa Cruz news office", "author": meta.get("author", "").strip("[]"),
                    "text": text, "url": url})
    return sorted(out, key=lambda a: a["id"]), keeper.dropped


def main(argv: list[str]) -> int:
    return run(argv, convert)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
