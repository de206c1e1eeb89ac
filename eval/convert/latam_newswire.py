"""Latin American English news sites, mostly mid-2022 -> eval/corpora/latam_newswire2022/articles.jsonl.gz.

Usage: python -m eval.convert.latam_newswire PATH/TO/en-worldwide-newswire OUT_DIR

Same upstream pool as africa_newswire (stanfordnlp/en-worldwide-newswire, Shan et al., EMNLP Findings 2023:
original_articles/<region>_<outlet>_<n>.txt, the URL on the first line, then one paragraph a line), but only the
Latin American and Caribbean outlets (LATAM_PREFIXES: Buenos Aires Times, MercoPress, Tico Times, Mexico Daily
Post, Newsroom Panama, Today Nicaragua, El Salvador in English, Diario de Cuba, Honduras News, Chile Today,
Andina, Ecuador Times, Bogota Post, Caracas Chronicles, Kaieteur News, Bolivian Times), so the regions never
share an article. The file parsing, title, date and source rules are africa_newswire's (imported, not copied);
the upstream's own entity annotations are never read: the gold here is hand-made (annotations.txt ->
python -m eval.convert.annotations). Dropped: Rich Text files saved as .txt (one Buenos Aires
Herald travel blog, all markup), exact copies, texts under MIN_CHARS and stories that mention
Ukraine. Ids are lanw-<first 12 hex digits of sha256(text)>; about 88 % are held out (split_of).
"""
from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlparse

from .africa_newswire import MIN_CHARS, published_of, split_raw, title_of
from .common import Keeper, run

HELDOUT_SHARE = 0.88
# upstream file-name prefix -> country of the outlet
LATAM_PREFIXES = {
    "arg": "Argentina", "bol": "Bolivia", "chile": "Chile", "col": "Colombia", "cosric": "Costa Rica",
    "cosrica": "Costa Rica", "cuba": "Cuba", "ecuador": "Ecuador", "elsalv": "El Salvador", "guyana": "Guyana",
    "hond": "Honduras", "mex": "Mexico", "nic": "Nicaragua", "pan": "Panama", "paraguay": "Paraguay",
    "peru": "Peru", "uruguay": "Uruguay", "ven": "Venezuela",
}


def country_of(name: str) -> str | None:
    return LATAM_PREFIXES.get(name.split("_", 1)[0])


def convert(root: Path) -> tuple[list[dict], dict[str, int]]:
    out, keeper = [], Keeper("lanw", HELDOUT_SHARE, MIN_CHARS, first=("rtf",))
    for path in sorted((root / "original_articles").glob("*.txt")):
        country = country_of(path.stem)
        if country is None:
            continue
        url, text = split_raw(path.read_text(encoding="utf-8", errors="replace"))
        if text.startswith("{\\rtf"):  # a Rich Text file saved as .txt: markup, not a page's text
            keeper.drop("rtf")
            continue
        if keeper.why_not(text):
            continue
        out.append({**keeper.head(text), "title": title_of(url),
                    "published": published_of(url), "source": urlparse(url).hostname or "", "text": text,
                    "url": url, "country": country, "file": path.name})
    return sorted(out, key=lambda a: a["id"]), keeper.dropped


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
