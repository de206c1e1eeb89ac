"""Webb-site Reports (David Webb, Hong Kong), its article archive 1998-2025 -> eval/corpora/webbsite_hk2009/.

Usage: python -m eval.convert.webbsite_hk PATH/TO/articles OUT_DIR

PATH/TO/articles holds the pages of the folder `Webb-site ASP files/articles/` of a copy of the "Webb-site
Repository" (David M Webb's own release of his site, mirrored by renavondata/webbsite; the folder was in its tree
until commit 082abada, read at its parent 1759d480). Each `*.asp` file there is one rendered story page of
webb-site.com/articles/: the headline in a `document.title` script, the date in `<span class="headlinedate">`
("14 January 2011"), a standfirst in `<div class="summary">`, then the body. Only the .asp files are read; a page
without a headline date (three database listings) is not a story and is dropped.

The text is the standfirst, then the body's paragraphs (`p`, `li`, `h3`-`h6`, `blockquote`, `pre`), whitespace
collapsed, up to the site's footer (the "... in this story" lists, the newsletter sign-up; on pages whose closing
tags are missing the footer runs into the last paragraph and is cut from it there). Tables are left out
whole (the AGM voting advice forms, share registers and league tables are grids of figures and names, not prose),
and so is the closing copyright line ("(c) Webb-site.com, 2011"). Bodies under 500 characters, exact copies and
stories that mention Ukraine are dropped. The archive holds more than the 1.5 MB the committed file may take, so
the stories kept are the first MAX_KEPT in sha256("sample:" + file name) order (a rule fixed before any story was
read). Ids are webb-<first 12 hex digits of sha256(text)>; about 88 % are held out (split_of with HELDOUT_SHARE).
The gold is hand-made (annotations.txt -> python -m eval.convert.annotations).
"""
from __future__ import annotations

import hashlib
import html
import re
import sys
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

from .common import Keeper, run

HELDOUT_SHARE = 0.88
MIN_CHARS = 500
MAX_KEPT = 400
SOURCE = "Webb-site Reports"
BLOCKS = {"p", "li", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "dt"}
TITLE = re.compile(r'document\.title\s*=\s*"((?:[^"\\]|\\.)*)"')
DATE = re.compile(r'<span class="headlinedate">\s*([^<]+?)\s*</span>')
COPYRIGHT = re.compile(r"^(©|\(c\))\s*Webb-site", re.I)
FOOTER = re.compile(r"in this story$|^Sign up for our free newsletter", re.I)
# the same footer run into the last paragraph (pages whose closing tags are missing)
RUN_IN = re.compile(r"\s*(©\s*Webb-site\.com,?\s*\d{4}|(Organisations|People|Topics) in this story|Sign up for our free newsletter)")


class _Body(HTMLParser):
    """Paragraph texts of a story page: the standfirst and the blocks after the headline, tables left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.summary: list[str] = []
        self.in_summary = 0
        self.started = False  # after the headline's </h2>
        self.in_headline = False
        self.done = False
        self.skip = 0  # depth inside table/script/style
        self.buf: list[str] | None = None
        self.depth = 0  # nesting of block elements (a <p> inside an <li> is one paragraph)

    def flush(self) -> None:
        if self.buf is not None:
            text = " ".join("".join(self.buf).replace("\xa0", " ").split())
            cut = RUN_IN.search(text)
            if cut and cut.start() > 0:
                text, self.done = text[:cut.start()], True
            if FOOTER.search(text):
                self.done = True
            elif text and not COPYRIGHT.match(text):
                self.paragraphs.append(text)
        self.buf = None

    def handle_starttag(self, tag, attrs):
        if self.done:
            return
        if tag in ("table", "script", "style"):
            self.flush()
            self.skip += 1
            return
        if tag == "div" and ("class", "summary") in attrs:
            self.in_summary = 1
            return
        if self.in_summary and tag == "div":
            self.in_summary += 1
        if tag == "h2" and not self.started:
            self.in_headline = True
            return
        if tag == "br" and self.buf is not None:
            self.buf.append(" ")
        if self.started and not self.skip and tag in BLOCKS:
            if self.depth == 0:
                self.flush()
                self.buf = []
            self.depth += 1

    def handle_endtag(self, tag):
        if self.done:
            return
        if tag in ("table", "script", "style"):
            self.skip = max(0, self.skip - 1)
            return
        if self.in_summary and tag == "div":
            self.in_summary -= 1
            return
        if tag == "h2" and self.in_headline:
            self.in_headline, self.started = False, True
            return
        if self.started and not self.skip and tag in BLOCKS and self.depth:
            self.depth -= 1
            if self.depth == 0:
                self.flush()

    def handle_data(self, data):
        if self.done or self.skip:
            return
        if self.in_summary:
            self.summary.append(data)
        elif self.buf is not None:
            self.buf.append(data)
        elif self.started and data.strip() and not self.in_headline:
            # loose text between blocks is a paragraph of its own
            self.buf = [data]
            self.flush()


def story(raw: str) -> tuple[str, str | None, str] | None:
    """(title, published, text) of a story page, or None for a page without a headline date."""
    date = DATE.search(raw)
    title = TITLE.search(raw)
    if not date or not title:
        return None
    try:
        published = datetime.strptime(" ".join(date.group(1).split()), "%d %B %Y").strftime("%Y-%m-%d")
    except ValueError:
        published = None
    body = _Body()
    body.feed(raw[raw.find('<div class="mainbody">'):] if '<div class="mainbody">' in raw else raw)
    body.flush()
    summary = " ".join("".join(body.summary).replace("\xa0", " ").split())
    paragraphs = ([summary] if summary else []) + body.paragraphs
    title = " ".join(html.unescape(title.group(1).replace('\\"', '"')).split())
    return title, published, "\n\n".join(paragraphs)


def sample_key(name: str) -> str:
    return hashlib.sha256(("sample:" + name).encode("utf-8")).hexdigest()


def convert(root: Path) -> tuple[list[dict], dict[str, int]]:
    out, keeper = [], Keeper("webb", HELDOUT_SHARE, MIN_CHARS, first=("not_a_story", "sampled_out"))
    for path in sorted(root.glob("*.asp"), key=lambda p: p.name):  # a fixed reading order: copies keep the first
        parsed = story(path.read_text(encoding="utf-8", errors="replace"))
        if parsed is None:
            keeper.drop("not_a_story")
            continue
        title, published, text = parsed
        if keeper.why_not(text, title):
            continue
        out.append({**keeper.head(text), "title": title, "published": published, "source": SOURCE, "text": text,
                    "url": "https://webb-site.com/articles/" + path.name, "_key": sample_key(path.name)})
    out.sort(key=lambda a: a["_key"])
    for _ in out[MAX_KEPT:]:
        keeper.drop("sampled_out")
    kept = [{k: v for k, v in a.items() if k != "_key"} for a in out[:MAX_KEPT]]
    return sorted(kept, key=lambda a: a["id"]), keeper.dropped


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
