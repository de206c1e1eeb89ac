"""The outlet a web page names as its publisher: the source facet's value for an HTML page.

trafilatura's ``sitename`` reads og:site_name and a JSON-LD publisher, which are right when present. Without
them it takes a Twitter handle ("Xlab_Si"), a ``<title>`` part holding a dot ("for example.com"), then the
URL's host. The dotted-part rule takes the headline itself whenever the headline holds a dot: "Tsunami to cost
Sri Lanka $1.3bn - BBC News" gave the source "Tsunami to cost Sri Lanka $1.3bn", so a saved page without meta
tags, as archives keep them, made a source value of its own, one per page. The title names the outlet better
than a handle or a host: "... | XLAB Steampunk blog", "... | UMN Extension" (for "extension.umn.edu"). So:
trafilatura's name unless it is the headline, the Twitter handle or the bare host; then the part of the
``<title>`` left at its end once the headline is cut off, if it reads as a name (a few words, no byline, no
sentence); then what trafilatura had.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from .page_title import _SEPARATORS, _agrees, _key

# A title part longer than this is a second headline or a tagline, not the outlet's name.
SITE_PART_WORDS = 6
_BYLINE = re.compile(r"(?i)^(?:by|from|via|posted by|written by)\s")


def site_source(title: str | None, headline: str | None, found: str | None, url: str | None,
                handle: str | None = None) -> str | None:
    """The publisher's name: ``found`` (trafilatura's sitename) unless it is the headline, the page's Twitter
    ``handle`` or the URL's host; else the name ``title`` (the <title> text) gives beside ``headline``; else
    ``found``."""
    if found and headline and _agrees(found, headline):
        found = None  # trafilatura's dotted <title> part was the headline
    weak = bool(found) and (_is_handle(found, handle) or _is_host(found, url))
    if found and not weak:
        return found
    # A part before the headline is as often the page's label ("About - State of AI") as the site's name:
    # it is taken only where nothing else names the site.
    return title_site_part(title, headline, before=not found) or found


def title_site_part(title: str | None, headline: str | None, before: bool = True) -> str | None:
    """"Headline - BBC News" -> "BBC News", "Peakforce – Headline" -> "Peakforce" (``before``): the outermost
    part of the title on the side the headline leaves, when the rest of the title is the headline."""
    if not title or not headline:
        return None
    title = " ".join(title.split())
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return None
    # The rest must be the headline itself, not a part of it; and after a colon a headline goes on ("Meditation:
    # Techniques"), where a site's name stands after a bar or a dash.
    wanted = _key(headline)
    for i in range(len(parts) - 1, 0, -1):  # the headline first, the name last (the common order)
        if _key(" ".join(parts[:i])) == wanted:
            return None if _SEPARATORS.findall(title)[-1].strip() == ":" else _as_name(parts[-1])
    for i in range(1, len(parts) if before else 1):  # the name first: "Site: Headline"
        if _key(" ".join(parts[i:])) == wanted:
            return _as_name(parts[0])
    return None


def _as_name(part: str) -> str | None:
    part = part.strip()
    words = part.split()
    if not words or len(words) > SITE_PART_WORDS or _BYLINE.match(part) or not _key(part):
        return None
    if part[-1] in ".!?" and len(words) > 2:
        return None  # a sentence, not a name
    if not any(w[:1].isupper() or w[:1].isdigit() for w in words):
        return None  # "read more", "home": a name is written with capitals
    return part


def _is_handle(name: str, handle: str | None) -> bool:
    return bool(handle) and name.lstrip("@").casefold() == handle.strip().lstrip("@").casefold()


def _host(url: str | None) -> str | None:
    host = (urlsplit(url).hostname or "") if url and "//" in url else ""
    return host.removeprefix("www.") or None


def _is_host(name: str, url: str | None) -> bool:
    """trafilatura's last resort, the URL's host as written there ("fbfs.com", "newsletter.mcj.vc"); a name the
    page declares with capitals ("Space.com", "AutoIndustriya.com") is the outlet's own spelling and stays."""
    if " " in name or "." not in name or name != name.lower():
        return False
    host = _host(url)
    return not host or host.endswith(name.removeprefix("www."))
