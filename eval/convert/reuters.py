"""Reuters-21578 (1987 newswire) -> eval/corpora/reuters21578/articles.jsonl.gz (text only).

Usage: python -m eval.convert.reuters DIR_WITH_reut2-NNN.sgm OUT_DIR [N]

Articles: every <REUTERS> with a <BODY> of 600-4000 characters that is prose, not a table (at most 15%
of its lines are figures); the N (default 2000) whose sha256("sample:" + id) sort first. Text = the dateline
("SALVADOR, Feb 26 -") followed by the body, as the wire printed it; the body's indented lines start
paragraphs; the trailing "Reuter" signature is dropped. The gold of this corpus is hand-made
(mentions.jsonl, see SOURCE.md); this script never writes it.
"""
from __future__ import annotations

import hashlib
import html
import re
import sys
from datetime import datetime
from pathlib import Path

from .common import split_of, write_jsonl

DOC_RE = re.compile(r"<REUTERS[^>]*NEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.S)


def field(doc: str, tag: str) -> str:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", doc, re.S)
    return html.unescape(m.group(1)) if m else ""


def paragraphs(body: str) -> list[str]:
    body = re.sub(r"[\x00-\x08\x0b-\x1f]", "", body)
    body = re.sub(r"\s*Reuter\s*$", "", body.strip())
    paras = re.split(r"\n(?=\s{2,}\S)", body)
    return [re.sub(r"\s+", " ", p).strip() for p in paras if p.strip()]


def is_prose(body: str) -> bool:
    lines = [ln for ln in body.splitlines() if ln.strip()]
    numeric = sum(1 for ln in lines if sum(c.isdigit() for c in ln) > len(ln) * 0.15)
    words = body.split()
    lower = sum(1 for w in words if w.isalpha() and w.islower())
    return bool(lines) and numeric <= 0.15 * len(lines) and lower >= 0.55 * len(words)


def convert(sgm_dir: Path, n: int) -> list[dict]:
    docs = []
    for path in sorted(sgm_dir.glob("reut2-*.sgm")):
        raw = path.read_bytes().decode("latin-1")
        for m in DOC_RE.finditer(raw):
            newid, doc = m.group(1), m.group(2)
            body = field(doc, "BODY")
            if not (600 <= len(body) <= 4000) or not is_prose(body):
                continue
            paras = paragraphs(body)
            dateline = re.sub(r"\s+", " ", field(doc, "DATELINE")).strip()
            if dateline and paras:
                paras[0] = f"{dateline} {paras[0]}"
            date = field(doc, "DATE").strip().split(" ")[0]
            published = datetime.strptime(date, "%d-%b-%Y").date().isoformat()
            aid = f"reuters-{newid}"
            docs.append({"id": aid, "split": split_of(aid),
                         "title": re.sub(r"\s+", " ", field(doc, "TITLE")).strip(),
                         "published": published, "source": "Reuters", "text": "\n\n".join(paras)})
    docs.sort(key=lambda d: hashlib.sha256(("sample:" + d["id"]).encode()).hexdigest())
    return sorted(docs[:n], key=lambda d: int(d["id"].split("-")[1]))


def main(argv: list[str]) -> int:
    sgm_dir, out = Path(argv[0]), Path(argv[1])
    n = int(argv[2]) if len(argv) > 2 else 2000
    articles = convert(sgm_dir, n)
    write_jsonl(out / "articles.jsonl", articles, gz=True)
    for split in ("dev", "heldout"):
        print(split, sum(1 for a in articles if a["split"] == split), "articles")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
