"""Streaming every match as CSV or JSON without holding the result set in memory.

CSV: a header row, then one article per row; multi-valued fields (entities, copies) are joined with
"; ". Scraped titles are attacker-controlled and journalists open exports in Excel or LibreOffice, in
locales whose separator is ``,`` or ``;``. Two defences:

- every field is quoted (QUOTE_ALL), so a reader using our separator never splits inside a field;
- a reader using another separator (``;`` in de/fr locales, tab) sees quotes only at the start of its
  own fields: ``"id","Casualty figures;=1+7;by region"`` read with ``;`` is the cells ``id,"Casualty
  figures`` | ``=1+7`` | ... — the quotes do not protect the ``=1+7``. So a formula character (= + - @,
  and their full-width forms) at the start of a field *or* right after any separator or line break
  inside it (``, ; tab CR LF``, then optional spaces) gets an apostrophe in front of it. Whatever
  separator the spreadsheet splits on, every cell then starts with text. The cost: such a field reads
  ``Casualty figures;'=1+7;by region`` in the export (the JSON export keeps the text as is).

JSON: a streamed JSON array with one article object per line, i.e. ``[\\n{...},\\n{...}\\n]\\n``.
It is a valid JSON document for ``json.load`` and can also be read line by line (strip the trailing
comma) without parsing the whole export. If the engine fails mid-stream the closing ``]`` is never
written, so a truncated export is invalid JSON instead of a silently short one.
"""
from __future__ import annotations

import csv
import io
import json
import re
import time
from collections.abc import Iterable, Iterator

from flask import current_app

from search.facet_registry import EXPORT_COLUMNS

# Column order when the engine's rows have these keys (the engine's export row: its fields, one column per
# facet of the registry); any other key follows in the row's own order.
PREFERRED = EXPORT_COLUMNS
# The header of an export with no rows (the engine's export row shape), so it is still a valid table.
EMPTY_HEADER = EXPORT_COLUMNS
SEPARATOR = "; "
_FORMULA_CHARS = "=+\\-@\uff1d\uff0b\uff0d\uff20"
# A formula character at the start (after optional spaces or a tab/CR/LF) or after a separator inside.
_LEADING = re.compile(rf"^[ \t\r\n]*(?=[{_FORMULA_CHARS}\t\r\n])")
_AFTER_SPLIT = re.compile(rf"(?<=[,;\t\r\n])( *)(?=[{_FORMULA_CHARS}])")


def flatten(row: dict) -> dict[str, str]:
    """One export row as flat strings: entity kinds become columns, lists are joined."""
    flat: dict[str, str] = {}
    for key, value in row.items():
        if key == "entities" and isinstance(value, dict):
            for kind, items in value.items():
                flat[kind] = _cell(items)
        else:
            flat[key] = _cell(value)
    return flat


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return SEPARATOR.join(_cell(v) for v in value)
    if isinstance(value, dict):
        # {"value": ...} entities and {"id": ...} copies read best as their key field.
        for key in ("value", "id"):
            if key in value:
                return _cell(value[key])
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _defuse(cell: str) -> str:
    if not cell:
        return cell
    cell = _AFTER_SPLIT.sub(r"\1'", cell)
    return "'" + cell if _LEADING.match(cell) else cell


def columns_for(first: dict | None) -> list[str]:
    if first is None:
        return list(EMPTY_HEADER)
    flat = flatten(first)
    return [c for c in PREFERRED if c in flat] + [k for k in flat if k not in PREFERRED]


def csv_stream(rows: Iterable[dict]) -> Iterator[str]:
    rows = iter(rows)
    first = next(rows, None)
    columns = columns_for(first)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n",
                            quoting=csv.QUOTE_ALL)

    def emit():
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    writer.writeheader()
    yield emit()
    if first is None:
        return
    count = 0
    try:
        for row in _chain(first, rows):
            flat = flatten(row)
            writer.writerow({c: _defuse(flat.get(c, "")) for c in columns})
            count += 1
            if count % 20 == 0 or buffer.tell() > 64_000:
                yield emit()
                _yield_worker()
        yield emit()
    except Exception:
        current_app.logger.exception("CSV export failed after %d rows", count)
        raise


def json_stream(rows: Iterable[dict]) -> Iterator[str]:
    yield "["
    count = 0
    try:
        for row in rows:
            yield ("\n" if count == 0 else ",\n") + json.dumps(row, ensure_ascii=False)
            count += 1
            if count % 20 == 0:
                _yield_worker()
    except Exception:
        current_app.logger.exception("JSON export failed after %d rows", count)
        raise
    yield "\n]\n"


def _yield_worker() -> None:
    # Under gunicorn's gevent workers time.sleep is gevent's: a long export lets the worker's other
    # requests run between its chunks instead of holding the worker until the last row is sent.
    time.sleep(0)


def _chain(first, rest):
    yield first
    yield from rest
