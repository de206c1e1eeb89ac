"""Scoop (New Zealand) releases of January-August 2014 -> eval/corpora/scoop_nz2014/articles.jsonl.gz.

Usage: python -m eval.convert.scoop_nz PATH/TO/source/archive/scoop OUT_DIR

The upstream archive (JavaGT/wearetheuniversity.org) keeps the Scoop pages it collected as Markdown, one file
per page, source/archive/scoop/<issuer>/<date>_<slug>.md: a YAML-like front matter (title, date, source-url,
author = the issuer's slug), then the page converted to Markdown: the headline underlined with "=", the bold
dateline "**Thursday, 1 May 2014, 9:18 am**", the bold credit "**Press Release: [Green Party](...)**" (or
Speech/Column/Article/Opinion), the body, and Scoop's footer from "[© Scoop Media]" on. Only pages dated
January to August 2014 are read: one outlet (Scoop, Wellington), one country, the eight months before New
Zealand's general election of 20 September 2014 (the whole year would be some 2,150 pages).

The headline becomes "title"; the dateline and credit lines are cut from the text (the credit's name is kept in
"issuer", the date in "published"), and so are the footer, the "Advertisement - scroll to continue reading"
slots, a first paragraph repeating the headline and the closing "ENDS". Markdown is undone (links keep their
words, emphasis marks and backslash escapes go); a blank or hard line break ends a paragraph, whitespace inside
a paragraph is collapsed. Pages under 500 characters of body, exact copies of an earlier body and pages that
mention Ukraine are dropped. Ids are scoop-<first 12 hex digits of sha256(text)>; about 88 % are held out
(split_of with HELDOUT_SHARE). The gold is hand-made (annotations.txt -> python -m eval.convert.annotations).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from .common import Keeper, run

HELDOUT_SHARE = 0.88
FIRST, LAST = "2014-01", "2014-08"  # months, inclusive
MIN_CHARS = 500
CREDIT = re.compile(r"^\*\*(Press Release|Speech|Column|Article|Opinion|Media Release): *(.*?)\*\*\s*$")
DATELINE = re.compile(r"^\*\*\w+day, \d{1,2} \w+ \d{4}, [\d:]+ [ap]m\*\*\s*$")
FOOTER = "[© Scoop Media]"
AD_SLOT = "Advertisement - scroll to continue reading"
LINK = re.compile(r"!?\[((?:[^\[\]]|\[[^\]]*\])*)\]\([^)]*\)")  # one level of [nested] brackets
ENDS = re.compile(r"^[\W_]*ends?[\W_]*$", re.I)


def front_matter(raw: str) -> tuple[dict[str, str], str]:
    """The key: value lines between the two '---' lines, and the rest of the file."""
    _, head, body = raw.split("---\n", 2)
    meta = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip().strip('"')
    return meta, body


def plain(line: str) -> str:
    """One Markdown line as text: links keep their words, emphasis marks and backslash escapes go."""
    line = LINK.sub(r"\1", line)
    line = re.sub(r"\\(.)", r"\1", line)
    line = line.replace("**", "").replace("__", "")
    line = re.sub(r"(?<![\w*])[_*](\S(?:.*?\S)?)[_*](?![\w*])", r"\1", line)  # _italic_ and *italic*
    line = re.sub(r"^#+\s*", "", line.strip())
    return " ".join(line.split())


def _key(s: str) -> str:
    return re.sub(r"\W+", "", s).lower()


def page(path: Path) -> tuple[dict[str, str], str, str]:
    """(front matter, issuer, body text) of one archived Scoop page."""
    meta, body = front_matter(path.read_text(encoding="utf-8"))
    body = body.split(FOOTER, 1)[0]
    lines = body.splitlines()
    issuer = ""
    for n, line in enumerate(lines[:8]):
        m = CREDIT.match(line.strip())
        if m:
            issuer = plain(m.group(2))
            lines = lines[n + 1:]  # the headline, its underline, the dateline and the credit itself
            break
    paras, current = [], []
    for line in lines:
        if line.strip() == AD_SLOT or DATELINE.match(line.strip()):
            continue
        text = plain(line)
        if text:
            current.append(text)
        if not text or line.endswith("  "):  # a blank line or a Markdown hard break ends the paragraph
            if current:
                paras.append(" ".join(current))
            current = []
    if current:
        paras.append(" ".join(current))
    if paras and _key(paras[0]) == _key(meta.get("title", "")):
        paras = paras[1:]
    while paras and ENDS.match(paras[-1]):
        paras = paras[:-1]
    return meta, issuer, "\n\n".join(paras)


def convert(root: Path) -> tuple[list[dict], dict[str, int]]:
    out, keeper = [], Keeper("scoop", HELDOUT_SHARE, MIN_CHARS)
    for path in sorted(root.glob("*/*.md")):
        meta, issuer, text = page(path)
        if not FIRST <= meta.get("date", "")[:7] <= LAST:
            continue
        title = " ".join(meta.get("title", "").split())
        if keeper.why_not(text, title):
            continue
        out.append({**keeper.head(text), "title": title,
                    "published": meta["date"][:10], "source": "Scoop (New Zealand)", "text": text,
                    "issuer": issuer or meta.get("author", ""), "url": meta.get("source-url", "")})
    return sorted(out, key=lambda a: a["id"]), keeper.dropped


def main(argv: list[str]) -> int:
    return run(argv, convert)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
