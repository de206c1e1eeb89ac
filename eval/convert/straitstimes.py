"""The Straits Times (Singapore) articles of a 2020 news-digest repository -> eval/corpora/straitstimes2020/.

Usage: python -m eval.convert.straitstimes PATH/TO/TREE OUT_DIR

The upstream repository (OliverCWY/News) kept, for each day of March-September 2020, one digest per outlet
(2020/MM/DD/ST.md, BBC.md, CNN.md) and one Markdown file per article ("<headline>.md", plus a machine
translation "<headline>_zh.md"). Only the Straits Times articles are read: the ones a day's ST.md links with
"[Details](<file>)", in the digest's order, days in date order. An article file is a "## headline" line, then
"keywords:", "authors:", "publish date:" lines, an image, a link to the translation, "[Original Article](url)" and
the body, one paragraph per blank-line-separated block. The site's "Related Story <other headline>" promos are
whole paragraphs of their own and are dropped: they are links to other stories, not the article's text.

Some older files were saved with ":" spelt "_" (a file-system rule), so a link that misses is tried that way too;
a link that still misses counts as "missing". A story linked on several days (or twice a day) is kept once, at its
first link ("same_url"). `published` is the day of the "publish date" line (None when the file says None).
Bodies under 500 characters, exact copies and stories that mention Ukraine are dropped. Ids are
st-<first 12 hex digits of sha256(text)>; about 88 % are held out. The gold is hand-made (annotations.txt ->
python -m eval.convert.annotations).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import unquote

from .common import Keeper, run

HELDOUT_SHARE = 0.88
MIN_CHARS = 500
SOURCE = "The Straits Times"
DETAILS = re.compile(r"\[Details\]\(([^)]+)\)")
ORIGINAL = re.compile(r"\[Original Article\]\((\S+?)\)\n")


def article_file(day: Path, link: str) -> Path | None:
    """The file a digest link names, or None: tried as written, then with the characters the saver replaced."""
    name = unquote(link)
    for candidate in (name, name.replace(":", "_"), re.sub(r'[:?"*<>|]', "_", name)):
        if "/" not in candidate and (day / candidate).is_file():
            return day / candidate
    return None


def parse(text: str) -> dict | None:
    """headline, publish day, url and paragraphs of one article file (None when it has no body link)."""
    original = ORIGINAL.search(text)
    if not original:
        return None
    head, body = text[:original.start()], text[original.end():]
    title = re.search(r"^## (.+)$", head, re.M)
    date = re.search(r"^publish date: (\d{4}-\d\d-\d\d)", head, re.M)
    paragraphs = []
    for block in re.split(r"\n\s*\n", body):
        para = " ".join(block.replace("\xa0", " ").split())
        if para and not para.startswith("Related Story"):
            paragraphs.append(para)
    return {"title": " ".join(title.group(1).split()) if title else "", "published": date.group(1) if date else None,
            "url": original.group(1), "text": "\n\n".join(paragraphs)}


def convert(root: Path) -> tuple[list[dict], dict[str, int]]:
    out, keeper, seen_urls = [], Keeper("st", HELDOUT_SHARE, MIN_CHARS, first=("missing", "same_url")), set()
    for digest in sorted(root.glob("20[0-9][0-9]/[01][0-9]/[0-3][0-9]/ST.md")):
        for link in DETAILS.findall(digest.read_text(encoding="utf-8")):
            path = article_file(digest.parent, link)
            art = parse(path.read_text(encoding="utf-8")) if path else None
            if art is None:
                keeper.drop("missing")
                continue
            if art["url"] in seen_urls:
                keeper.drop("same_url")
                continue
            seen_urls.add(art["url"])
            if keeper.why_not(art["text"], art["title"]):
                continue
            out.append({**keeper.head(art["text"]), "title": art["title"], "published": art["published"],
                        "source": SOURCE, "text": art["text"], "url": art["url"]})
    return sorted(out, key=lambda a: a["id"]), keeper.dropped


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
