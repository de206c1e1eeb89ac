"""The "Related Articles" block of an aggregator page: whole other articles, each its own record.

An item is a run of short header lines (headline, often repeated; outlet; relative age; "• Outlet")
followed by its body, which aggregators flatten onto one long line. Items without a body are just links.
"""
from __future__ import annotations

from .build import Draft
from .drops import Dropper
from .lines import is_prose, parse_age, parse_caption, parse_dateline, parse_outlet_bullet, words
from .sentences import regroup


def split_items(lines: list[str]) -> list[tuple[list[str], list[str]]]:
    """Group non-empty lines into (header lines, body lines) items."""
    items: list[tuple[list[str], list[str]]] = []
    header: list[str] = []
    body: list[str] = []
    for line in lines:
        if not line:
            continue
        if is_prose(line) and not parse_caption(line):
            body.append(line)
            continue
        if body:  # a header line after a body starts the next item
            items.append((header, body))
            header, body = [], []
        header.append(line)
    if header or body:
        items.append((header, body))
    return items


def parse_related(lines: list[str], dropper: Dropper) -> list[Draft]:
    drafts: list[Draft] = []
    for header, body in split_items(lines):
        if not body:
            dropper.drop("related link")
            continue
        dropper.keep()
        drafts.append(_item(header, body))
    return drafts


def _item(header: list[str], body: list[str]) -> Draft:
    outlet: str | None = None
    age: str | None = None
    texts: list[str] = []
    for line in header:
        parsed_age = parse_age(line)
        bullet = parse_outlet_bullet(line)
        if parsed_age:
            outlet = outlet or parsed_age[0]
            age = parsed_age[1]
        elif bullet:
            outlet = bullet
        else:
            texts.append(line)
    # The bare outlet line ("Al Jazeera") repeats the credited outlet; it is not the headline.
    texts = [t for t in texts if not outlet or t.casefold() != outlet.casefold()]
    if outlet is None:  # "Outlet" alone right before the age line, with no bullet credit
        short = [t for t in texts if len(words(t)) <= 4]
        outlet = short[0] if short else None
        texts = [t for t in texts if t != outlet]
    candidates = [t for t in texts if len(words(t)) >= 3]
    headline = max(candidates, key=len) if candidates else None
    paragraphs = [group for line in body for group in regroup(line)]
    dateline = None
    found = parse_dateline(paragraphs[0])
    if found:
        dateline = found[0]  # (kept in the lead too, as plaintext._finish does)
    metadata: dict = {"related": True}
    if age:
        metadata["age"] = age
    return Draft(paragraphs=paragraphs, headline=headline, source=outlet, dateline=dateline,
                 dateline_in_lead=dateline is not None, metadata=metadata)
