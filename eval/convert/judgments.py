"""Hand judgments -> judgments.jsonl: every listed value is judged; the listed exceptions are false.

Usage: python -m eval.convert.judgments VALUES.tsv FALSE.tsv OUT/judgments.jsonl

VALUES.tsv holds the facet values that were read (facet, value), FALSE.tsv the ones judged wrong with the
reason (facet, value, why). Values judged before keep their record (a re-run after the tagger changed only
adds the new values, so a judgment made once is never silently flipped).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    values = [line.rstrip("\n").split("\t")[:2] for line in Path(argv[0]).read_text().splitlines() if "\t" in line]
    false = {}
    for line in Path(argv[1]).read_text().splitlines():
        if line.strip():
            facet, value, why = line.split("\t")
            false[(facet, value)] = why
    out = Path(argv[2])
    existing = {}
    if out.exists():
        for line in out.read_text().splitlines():
            r = json.loads(line)
            existing[(r["facet"], r["value"])] = r
    for key in false:
        if key not in {tuple(v) for v in values} and key not in existing:
            print(f"warning: judged false but not among the values: {key}", file=sys.stderr)
    for facet, value in values:
        if (facet, value) in existing:
            continue
        why = false.get((facet, value))
        existing[(facet, value)] = {"facet": facet, "value": value, "ok": why is None,
                                    "why": why or "checked: a real entity of this facet, correctly resolved"}
    for key, why in false.items():
        existing.setdefault(key, {"facet": key[0], "value": key[1], "ok": False, "why": why})
    rows = sorted(existing.values(), key=lambda r: (r["facet"], r["value"]))
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(len(rows), "judgments,", sum(1 for r in rows if not r["ok"]), "false")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
