"""The JSON-LD blocks of a page (`<script type="application/ld+json">`), parsed; broken ones are skipped.

Both the publication date and the title read them, so the parsing and its guards live once here.
"""
from __future__ import annotations

import json
from collections.abc import Iterator


def blocks(tree) -> Iterator[object]:
    """Each parseable JSON-LD block of ``tree`` in page order (a trailing ";" tolerated, as sites write it)."""
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        try:
            yield json.loads(script.text.strip().rstrip(";"))
        except (ValueError, RecursionError):  # broken or hostile (deeply nested) JSON: not a date or title
            continue
