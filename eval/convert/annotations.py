"""Hand annotations (annotations.txt) -> gold mentions.jsonl for a text-only corpus.

Usage: python -m eval.convert.annotations CORPUS_DIR [--check]

annotations.txt: blocks "# <article id>" then lines "type: name | name#k | ...". Each listed name marks
every whole-word occurrence in that article's text (names glued to a hyphen do not count: "Montreal-based");
longer names are matched first and consume their text; "name#k" gives only the k-th free occurrence
its type (the same word can be a company and its home town in one article). "none:" names are matched
and consumed but produce no mention (products, laws). A name that never occurs is an error, so a typo
cannot silently drop a mention. --check prints capitalised words that no name covers, for review.
"""
from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

from .common import check_mentions, write_jsonl

TYPES = ("person", "org", "place", "none")


def parse(path: Path) -> dict[str, list[tuple[str, str, int | None]]]:
    out: dict[str, list] = {}
    current = None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        if line.startswith("# "):
            word = line[2:].strip()
            current = word if re.fullmatch(r"[\w.-]+", word) and not word.endswith(".") else None
            if current is not None:
                out.setdefault(current, [])
            continue
        if line.startswith("#"):
            continue
        kind, _, names = line.partition(":")
        if kind not in TYPES or current is None:
            raise ValueError(f"{path}:{n}: expected 'type: names' inside an article block")
        for raw in names.split("|"):
            raw = raw.strip()
            m = re.fullmatch(r"(.+?)#(\d+)", raw)
            out[current].append((kind, m.group(1) if m else raw, int(m.group(2)) if m else None))
    return out


def _occurrences(text: str, name: str, taken: list[bool]):
    for m in re.finditer(re.escape(name), text):
        s, e = m.start(), m.end()
        before = text[s - 1] if s else " "
        after = text[e] if e < len(text) else " "
        if before.isalnum() or before == "-" or after.isalnum() or after == "-":
            continue
        if name[0].isalnum() and before in "'":  # inside a word like O'Neill
            continue
        if any(taken[s:e]):
            continue
        yield s, e


def annotate(article_id: str, text: str, entries) -> list[dict]:
    taken = [False] * len(text)
    mentions = []
    by_name: dict[str, list] = {}
    for kind, name, k in entries:
        by_name.setdefault(name, []).append((kind, k))
    for name in sorted(by_name, key=len, reverse=True):
        found = list(_occurrences(text, name, taken))  # numbered once, before any of them is taken
        if not found:
            raise ValueError(f"{article_id}: {name!r} not found in the text")
        picked: dict[int, str] = {}
        for kind, k in by_name[name]:
            if k is not None:
                if k > len(found):
                    raise ValueError(f"{article_id}: {name!r}#{k}: only {len(found)} free occurrences")
                picked[k - 1] = kind
        plain = [kind for kind, k in by_name[name] if k is None]
        for i, (s, e) in enumerate(found):
            kind = picked.get(i, plain[0] if plain else None)
            if kind is None:
                continue
            taken[s:e] = [True] * (e - s)
            if kind != "none":
                mentions.append({"article": article_id, "start": s, "end": e, "text": text[s:e], "type": kind})
    return sorted(mentions, key=lambda m: m["start"])


def uncovered(text: str, mentions: list[dict], entries) -> list[str]:
    covered = [False] * len(text)
    for m in mentions:
        covered[m["start"]:m["end"]] = [True] * (m["end"] - m["start"])
    for kind, name, _ in entries:
        if kind == "none":
            for mm in re.finditer(re.escape(name), text):
                covered[mm.start():mm.end()] = [True] * (mm.end() - mm.start())
    out = []
    for m in re.finditer(r"\b[A-Z][\w.&'-]*", text):
        if not any(covered[m.start():m.end()]):
            before = text[max(0, m.start() - 2):m.start()]
            if before in (". ", "\n\n", '" ') or m.start() == 0:
                continue  # sentence-initial capital
            out.append(m.group())
    return out


def main(argv: list[str]) -> int:
    folder = Path(argv[0])
    path = folder / "articles.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") if path.exists() else open(folder / "articles.jsonl") as fh:
        articles = [json.loads(line) for line in fh]
    by_id = {a["id"]: a for a in articles}
    blocks = parse(folder / "annotations.txt")
    gold, errors = [], []
    for aid, entries in blocks.items():
        if aid not in by_id:
            errors.append(f"annotations.txt: unknown article {aid}")
            continue
        try:
            found = annotate(aid, by_id[aid]["text"], entries)
        except ValueError as exc:
            errors.append(str(exc))
            continue
        gold.extend(found)
        if "--check" in argv:
            print(aid, "|", " ".join(sorted(set(uncovered(by_id[aid]["text"], found, entries)))))
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    check_mentions(articles, gold)
    write_jsonl(folder / "mentions.jsonl", gold)
    for split in ("dev", "heldout"):
        ids = {a for a in blocks if by_id[a]["split"] == split}
        print(split, len(ids), "articles", sum(1 for g in gold if g["article"] in ids), "mentions")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
