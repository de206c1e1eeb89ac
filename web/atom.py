"""The Atom 1.0 rendering (RFC 4287) of a search's feed data (search/feed.py builds it).

ElementTree escapes every text and attribute; what it cannot do is drop the characters XML 1.0 forbids
(a scraped NUL or form feed would make the whole feed unparseable for every reader), so those are removed
from anything that came from a document or a query. Links are absolute paths on this server: a feed
reader resolves them against the feed's own URL, and the Host header is never echoed into the document.
"""
from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from . import display

ATOM = "http://www.w3.org/2005/Atom"
MIME = "application/atom+xml"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_EPOCH = "1970-01-01T00:00:00+00:00"


def xml_text(value) -> str:
    return _NOT_XML.sub("", "" if value is None else str(value))


def _el(parent, tag: str, text=None, **attrs):
    el = ET.SubElement(parent, tag, {k: xml_text(v) for k, v in attrs.items() if v is not None})
    if text is not None:
        el.text = xml_text(text)
    return el


def _day(published) -> str | None:
    # The publication day as an RFC 3339 timestamp (Atom wants a time; we only know the day).
    return f"{published}T00:00:00+00:00" if isinstance(published, str) and len(published) == 10 else None


def render(data: dict, title: str, self_url: str, html_url: str, article_url, external_url) -> bytes:
    """``article_url(id)`` and ``external_url(url)`` (None when unsafe) come from the web layer."""
    feed = ET.Element("feed", {"xmlns": ATOM})
    _el(feed, "title", title)
    _el(feed, "subtitle", f"{data.get('total', 0)} matching articles; the newest {len(data['entries'])} by when "
        "they were indexed")
    _el(feed, "id", data["feed_id"])
    _el(feed, "updated", data.get("updated") or _EPOCH)
    _el(feed, "link", rel="self", type=MIME, href=self_url)
    _el(feed, "link", rel="alternate", type="text/html", href=html_url)
    author = _el(feed, "author")
    _el(author, "name", "newsfacet")
    _el(feed, "generator", "newsfacet")
    for e in data["entries"]:
        entry = _el(feed, "entry")
        _el(entry, "title", display.clean(e.get("title")) or "(untitled)")
        _el(entry, "id", e["entry_id"])
        _el(entry, "updated", e.get("indexed_at") or _EPOCH)
        if published := _day(e.get("published")):
            _el(entry, "published", published)
        _el(entry, "link", rel="alternate", type="text/html", href=article_url(e["id"]))
        if original := external_url(e.get("url")):
            _el(entry, "link", rel="related", type="text/html", href=original)
        if e.get("source"):
            _el(_el(entry, "author"), "name", display.clean(e["source"]))
        # The snippets are HTML we built (document text escaped, matches in <mark>): sent as escaped HTML.
        _el(entry, "summary", " … ".join(s.get("html", "") for s in e.get("snippets") or []), type="html")
        for kind, items in (e.get("entities") or {}).items():
            for item in items[:10]:
                _el(entry, "category", term=f"{kind}:{item['value']}", label=item["value"])
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
