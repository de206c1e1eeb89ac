"""The date facet as a bar chart by day: CSS bars, one link per day with articles.

Days without articles are filled in as empty slots when the span is short enough, so that the
horizontal axis is time and a quiet week looks quiet instead of disappearing. Bar heights are CSS
classes (h0..h20) because the CSP forbids inline style attributes.
"""
from __future__ import annotations

from datetime import date, timedelta

from . import urls

STEPS = 20
MAX_FILLED_SPAN = 92  # days; past a quarter the filled slots squeeze the bars to hairlines (226 slots for 2 days seen)


def human_date(value) -> str:
    if not value:
        return ""
    try:
        return date.fromisoformat(str(value)).strftime("%-d %b %Y")
    except ValueError:
        return str(value)


def histogram(days: list[dict], pairs, name: str = "date") -> dict | None:
    """Bars for the values of the day facet ``name`` (its parameter toggles a day)."""
    if not days:
        return None
    top = max((d.get("count") or 0) for d in days) or 1
    selected = {v for k, v in pairs if k == name}
    excluded = {v for k, v in pairs if k == f"not_{name}"}
    bars = []
    for d in _with_gaps(days):
        value, count = str(d.get("value")), d.get("count") or 0
        if d.get("gap"):
            bars.append({"value": value, "count": 0, "gap": True, "step": 0, "label": human_date(value)})
            continue
        step = round(count / top * STEPS)
        bars.append({
            "value": value,
            "count": count,
            "gap": False,
            "label": human_date(value),
            "step": max(step, 1) if count else 0,
            "selected": bool(d.get("selected")) or value in selected,
            "excluded": bool(d.get("excluded")) or value in excluded,
            "toggle_url": urls.href("pages.search", urls.toggle(pairs, name, value)),
        })
    return {"bars": bars, "first": bars[0]["label"], "last": bars[-1]["label"], "max": top,
            "days": len(days)}


def _with_gaps(days: list[dict]) -> list[dict]:
    try:
        parsed = [date.fromisoformat(str(d.get("value"))) for d in days]
    except ValueError:  # not ISO days: show them as they came
        return days
    if (parsed[-1] - parsed[0]).days > MAX_FILLED_SPAN or parsed != sorted(parsed):
        return days
    out, expected = [], parsed[0]
    for d, day in zip(days, parsed):
        while expected < day:
            out.append({"value": expected.isoformat(), "gap": True})
            expected += timedelta(days=1)
        out.append(d)
        expected = day + timedelta(days=1)
    return out
