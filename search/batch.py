"""Batch search (issue 16): a list of names, places or queries, one per line -> each line's article count.

Each line is read exactly as the search box reads ``q`` (the same parser, so ``"Oleh Syniehubov"`` is a
phrase and ``Kharkiv OR Sumy`` an alternative), combined with the current filters, and counted the way the
search page counts (syndicated copies grouped unless ``copies=all``): a line's count is the total its
search link shows. The filters are evaluated once for the whole list; each line then costs one query
match and one AND over the index's docsets, not a full search with facets and snippets.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from . import config
from .errors import InvalidParameter
from .params import parse_params

MAX_LINES = 1000
MAX_LINE_CHARS = config.STRUCTURED_MAX_CHARS  # a line is a name or a query, not a pasted article
# A list of 1,000 lines may take longer than one search; it still has a bound (x the per-search budget).
BUDGET_FACTOR = 10
_NEWLINES = re.compile(r"\r\n|\r|\n")


def split_lines(texts: Sequence[str]) -> list[str]:
    """Lines of every text given (a textarea, an uploaded file, repeated ``lines`` values), stripped, blank
    lines dropped, order and repeats kept (row n of the answer is the n-th non-blank line)."""
    out = []
    for text in texts:
        if "\x00" in text:
            raise InvalidParameter("lines", "must not contain NUL bytes")
        out.extend(s for s in (line.strip() for line in _NEWLINES.split(text)) if s)
    return out


def check_lines(lines: Sequence[str]) -> None:
    if not lines:
        raise InvalidParameter("lines", "expected at least one non-blank line (one name or query per line)")
    if len(lines) > MAX_LINES:
        raise InvalidParameter("lines", f"at most {MAX_LINES} lines, got {len(lines)}")
    for i, line in enumerate(lines, 1):
        if "\x00" in line:
            raise InvalidParameter("lines", f"line {i} contains a NUL byte")
        if len(line) > MAX_LINE_CHARS:
            raise InvalidParameter("lines", f"line {i} is {len(line)} characters long, at most {MAX_LINE_CHARS}")


def run(engine, lines: Sequence[str], params: Mapping[str, Sequence[str]]) -> dict:
    """{"query": the filters, "lines": [{"line", "total"}]}; ``q`` in ``params`` is ignored (each line is one)."""
    lines = [str(x) for x in lines]
    check_lines(lines)
    p = parse_params({k: v for k, v in params.items() if k != "q"})
    echo = p.echo()
    for key in ("q", "sort"):
        echo.pop(key)
    rows = [{"line": line, "total": 0} for line in lines]
    respelled: dict[str, dict[str, list[str]]] = {}

    def work():
        table = engine._variant_table()  # each line searches a name's spellings too (not with exact=1)
        respelled.update(engine.respell_filters(p))
        table = None if p.exact else table
        variants = table if table is not None and table.clusters else None
        totals = engine.backend.totals(p, [row["line"] for row in rows], engine.only_ids(p), variants)
        for row, total in zip(rows, totals):
            row["total"] = total

    engine._guarded(work, engine.time_budget * BUDGET_FACTOR if engine.time_budget else None)
    answer = {"query": echo, "lines": rows, "count": len(rows)}
    if respelled:
        answer["respelled"] = respelled
    return answer
