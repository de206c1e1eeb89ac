"""African English news sites, mostly mid-2022 -> eval/corpora/africa_newswire2022/articles.jsonl.gz.

Usage: python -m eval.convert.africa_newswire PATH/TO/en-worldwide-newswire OUT_DIR

The upstream repository (stanfordnlp/en-worldwide-newswire, the article pool of Shan et al., "Do 'English' Named
Entity Recognizers Work Well on Global Englishes?", EMNLP Findings 2023) keeps each article it collected as a
plain text file original_articles/<region>_<outlet>_<n>.txt: the article's URL on the first line, then the text
as the collectors copied it from the page, one paragraph a line (some keep the byline as a line of its own:
"SIYABONGA SITHOLE"). Only the African files are read (AFRICAN_PREFIXES: outlets in Kenya, South Africa, Ghana,
Namibia, Egypt, Ethiopia, Algeria, Mauritius and pan-African services); the other regions are another
corpus's business. The upstream's own entity annotations (processed_annotated/) are never read: the gold of
this corpus is hand-made (annotations.txt -> python -m eval.convert.annotations).

The URL line is metadata, not text: it becomes "url", its host "source" and its slug the title (no headline is
stored upstream). "published" comes from the URL when it holds a full date (/2022/04/08/, allAfrica's
stories/20220726...), else it is null: upstream stores no date. Whitespace inside a line is collapsed and
paragraphs are separated by one blank line; nothing else is changed. Dropped: exact copies of an earlier text,
texts under MIN_CHARS (a caption, not an article) and stories that mention Ukraine (the seeds' subject).
Ids are afnw-<first 12 hex digits of sha256(text)>; about 88 % are held out (split_of with HELDOUT_SHARE).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

from .common import Keeper, run

HELDOUT_SHARE = 0.88
MIN_CHARS = 500
# upstream file-name prefix -> country of the outlet ("Africa" for pan-African services and wires)
AFRICAN_PREFIXES = {
    "af": "Africa", "afs": "Africa", "panaf": "Africa", "alg": "Algeria", "eg": "Egypt", "et": "Ethiopia",
    "ghana": "Ghana", "kenya": "Kenya", "mauritius": "Mauritius", "nm": "Namibia", "sa": "South Africa",
}
FULL_DATE = [re.compile(r"/(20\d\d)/(\d\d)/(\d\d)(?:/|$)"), re.compile(r"/stories/(20\d\d)(\d\d)(\d\d)\d+\.html")]


def country_of(name: str) -> str | None:
    return AFRICAN_PREFIXES.get(name.split("_", 1)[0])


def published_of(url: str) -> str | None:
    for pattern in FULL_DATE:
        m = pattern.search(url)
        if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
            return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return None


def title_of(url: str) -> str:
    """The URL's slug as words (the longest hyphenated path segment); empty for numeric URLs (afrol)."""
    parts = [p for p in unquote(urlparse(url).path).split("/") if "-" in p]
    if not parts:
        return ""
    words = re.sub(r"\.(html?|aspx?)$", "", max(parts, key=len))
    words = re.sub(r"-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$", "", words)  # IOL's trailing uuid
    words = re.sub(r"^\d+-|-\d{5,}$", "", words).replace("-", " ").strip()
    return words[:1].upper() + words[1:]


def split_raw(raw: str) -> tuple[str, str]:
    """(url, text): the first non-empty line is the URL; every other non-empty line is a paragraph."""
    lines = [" ".join(line.split()) for line in raw.replace("\r\n", "\n").split("\n")]
    lines = [line for line in lines if line]
    if not lines or not re.match(r"https?://", lines[0]):
        return "", "\n\n".join(lines)
    return lines[0], "\n\n".join(lines[1:])


def convert(root: Path) -> tuple[list[dict], dict[str, int]]:
    out, keeper = [], Keeper("afnw", HELDOUT_SHARE, MIN_CHARS)
    for path in sorted((root / "original_articles").glob("*.txt")):
        country = country_of(path.stem)
        if country is None:
            continue
        url, text = split_raw(path.read_text(encoding="utf-8", errors="replace"))
        if keeper.why_not(text):
            continue
        out.append({**keeper.head(text), "title": title_of(url),
                    "published": published_of(url), "source": urlparse(url).hostname or "", "text": text,
                    "url": url, "country": country, "file": path.name})
    return sorted(out, key=lambda a: a["id"]), keeper.dropped


def main(argv: list[str]) -> int:
    return run(argv, convert)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
