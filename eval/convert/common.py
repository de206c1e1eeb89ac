"""Shared helpers of the corpus converters: deterministic split, keep/drop step, writing, offset checks.

The converters read the upstream files from a local git snapshot (path given on the command line) and
write the committed format of eval/corpora/ (see eval/README.md). They import nothing from upstream.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path


def split_of(article_id: str, heldout_share: float = 0.5) -> str:
    """'dev' or 'heldout' from a hash of the id: stable across runs and machines."""
    h = int(hashlib.sha256(("split:" + article_id).encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "heldout" if h < heldout_share else "dev"


UKRAINE = re.compile(r"Ukrain|Kyiv|Kiev", re.I)  # the seeds' subject: a story on it would leak into the eval


def article_id(prefix: str, text: str) -> str:
    """prefix-<first 12 hex digits of sha256(text)>: the same text gets the same id on every run."""
    return prefix + "-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


class Keeper:
    """The keep/drop step of the scraped-archive converters, in their order: an exact copy of an earlier text,
    then a text under min_chars, then a story whose text (or title) mentions Ukraine. `dropped` counts each
    reason; a converter's own reasons (`first`, checked before these) lead the dict and are counted by drop()."""

    def __init__(self, prefix: str, heldout_share: float, min_chars: int = 500, first: tuple[str, ...] = ()):
        self.prefix, self.heldout_share, self.min_chars = prefix, heldout_share, min_chars
        self.seen: set[str] = set()
        self.dropped = {reason: 0 for reason in (*first, "copy", "short", "ukraine")}

    def drop(self, reason: str) -> None:
        self.dropped[reason] += 1

    def why_not(self, text: str, title: str = "") -> str | None:
        """The reason this text is dropped (counted), or None when it is kept. Every text that is not a copy is
        remembered, the short and Ukraine ones too, so a later copy of a dropped text counts as a copy."""
        if text in self.seen:
            reason = "copy"
        else:
            self.seen.add(text)
            if len(text) < self.min_chars:
                reason = "short"
            elif UKRAINE.search(text) or UKRAINE.search(title):
                reason = "ukraine"
            else:
                return None
        self.drop(reason)
        return reason

    def head(self, text: str) -> dict:
        """The leading fields of a kept article: id, then split."""
        aid = article_id(self.prefix, text)
        return {"id": aid, "split": split_of(aid, self.heldout_share)}


def run(argv: list[str], convert: Callable, load: Callable = Path, count: bool = False) -> int:
    """A converter's command line: convert(load(argv[0])) -> (articles, dropped), written to argv[1]."""
    articles, dropped = convert(load(argv[0]))
    write_articles(Path(argv[1]), articles)
    if count:
        print(len(articles), "articles; dropped:", dropped)
    else:
        print("dropped:", dropped)
    return 0


# token joining for the sets that ship tokens, not text (CoNLL-2003, FiNER-ORD): no blank before closing
# punctuation and clitics, none after opening brackets and currency signs; straight double quotes alternate
NO_SPACE_BEFORE = {",", ".", ":", ";", "?", "!", ")", "]", "}", "%", "'s", "'S", "n't", "'", "'re", "'ve", "'ll",
                   "'d", "'m", "’s", "’re", "’ve", "’ll", "’d", "’m", "’", "”", "...", "…"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "`", "‘", "“", "£", "€", "#"}


def detokenize(tokens: list[str], glue_hyphens: bool = False) -> tuple[str, list[int]]:
    """Tokens -> (text, start offset of each token). glue_hyphens: "up - and - coming" -> "up-and-coming"
    (a tokenizer that split compounds; the cost is a real dash between two words read as a hyphen)."""
    out, starts, quote_open, glue = "", [], False, True
    for n, tok in enumerate(tokens):
        nxt = tokens[n + 1] if n + 1 < len(tokens) else ""
        hyphen = glue_hyphens and tok == "-" and out[-1:].isalnum() and nxt[:1].isalnum()
        if tok == '"':
            space = not glue and not quote_open
        else:
            space = not glue and tok not in NO_SPACE_BEFORE and not hyphen
        if space:
            out += " "
        starts.append(len(out))
        out += tok
        if tok == '"':
            glue = not quote_open  # an opening quote hugs the next word
            quote_open = not quote_open
        else:
            glue = tok in NO_SPACE_AFTER or hyphen
    return out, starts


def check_mentions(articles: list[dict], mentions: list[dict]) -> None:
    texts = {a["id"]: a["text"] for a in articles}
    for m in mentions:
        text = texts[m["article"]]
        if text[m["start"]:m["end"]] != m["text"]:
            raise ValueError(f"offset mismatch in {m['article']}: {m}")
        if m["type"] not in ("person", "org", "place"):
            raise ValueError(f"bad type {m}")


def write_jsonl(path: Path, rows: list[dict], gz: bool = False) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in rows)
    if gz:
        with gzip.GzipFile(path.with_suffix(path.suffix + ".gz"), "wb", mtime=0) as fh:
            fh.write(data.encode("utf-8"))
    else:
        path.write_text(data, encoding="utf-8")


def write_articles(out_dir: Path, articles: list[dict]) -> None:
    """articles.jsonl.gz of a corpus folder, and the split counts on stdout (every converter's last step)."""
    write_jsonl(out_dir / "articles.jsonl", articles, gz=True)
    for split in ("dev", "heldout"):
        print(split, sum(1 for a in articles if a["split"] == split), "articles")


def is_prose(sentences: list[list[tuple[str, str]]]) -> bool:
    """A tokenised document of running text, not a results table: five sentences or more, and most of its
    alphabetic tokens in lower case (tables of scores and names are mostly capitalised)."""
    words = [tok for s in sentences for tok, _ in s if tok.isalpha()]
    lower = sum(1 for w in words if w.islower())
    return len(sentences) >= 5 and bool(words) and lower / len(words) >= 0.55


def write_corpus(out_dir: Path, articles: list[dict], gold: list[dict], types) -> None:
    """Articles and gold mentions written; the gold mentions per split and type printed for SOURCE.md."""
    write_articles(out_dir, articles)
    write_jsonl(out_dir / "mentions.jsonl", gold)
    for split in ("dev", "heldout"):
        ids = {a["id"] for a in articles if a["split"] == split}
        print(split, {t: sum(1 for g in gold if g["article"] in ids and g["type"] == t) for t in types})
