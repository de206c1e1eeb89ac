"""Rebuild pages.jsonl.xz from a checkout of WCXB (see SOURCE.md); not needed by `make eval`.

    python tests/gold/html_pages/build_sample.py /path/to/wcxb-checkout

Takes article pages only, 100 from WCXB's dev split (our dev part, tuned on) and 100 from its test split
(our held-out part, scored once), chosen by a hash of the file id so the choice is reproducible and not
ours. "heldout2" is the next 100 test-split articles in the same hash order: a fresh held-out, added once
"heldout" had been scored (so "heldout" counts as seen). Script bodies (except JSON-LD, which carries dates and titles), styles and inline SVG are emptied to
keep the file small: trafilatura and our extractor discard them anyway.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import lzma
import re
import sys
from pathlib import Path

PER_SPLIT = 100
_SCRIPT = re.compile(r"(<script\b[^>]*>)(.*?)(</script\s*>)", re.I | re.S)
_STYLE = re.compile(r"(<style\b[^>]*>)(.*?)(</style\s*>)", re.I | re.S)
_SVG = re.compile(r"(<svg\b[^>]*>)(.*?)(</svg\s*>)", re.I | re.S)


def _shrink(html: str) -> str:
    def script(m):
        return m.group(0) if "ld+json" in m.group(1).lower() else m.group(1) + m.group(3)
    html = _SCRIPT.sub(script, html)
    html = _STYLE.sub(lambda m: m.group(1) + m.group(3), html)
    return _SVG.sub(lambda m: m.group(1) + m.group(3), html)


def main(root: Path) -> None:
    meta = json.loads((root / "metadata.json").read_text())["files"]
    rows = []
    for split, part, start in (("dev", "dev", 0), ("test", "heldout", 0), ("test", "heldout2", PER_SPLIT)):
        ids = sorted((fid for fid, m in meta.items() if m["split"] == split and m["page_type"] == "article"),
                     key=lambda fid: hashlib.sha1(fid.encode()).hexdigest())[start:start + PER_SPLIT]
        for fid in sorted(ids):
            gt = json.loads((root / split / "ground-truth" / f"{fid}.json").read_text())
            html = gzip.open(root / split / "html" / f"{fid}.html.gz", "rt", encoding="utf-8", errors="replace").read()
            g = gt["ground_truth"]
            rows.append({"id": f"wcxb-{fid}", "part": part, "url": gt.get("url"), "html": _shrink(html),
                         "text": g["main_content"], "title": g.get("title"), "published": g.get("publish_date")})
    out = Path(__file__).with_name("pages.jsonl.xz")
    with lzma.open(out, "wt", encoding="utf-8", preset=9) as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} pages -> {out} ({out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
