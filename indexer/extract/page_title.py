"""A web page's headline, without the site name publishers append to titles.

The ``<h1>`` is the headline as readers see it, but many sites put their logo or section name in an
``<h1>``; ``og:title`` and ``<title>`` are the story's title but often carry "| Site" or "Site: ".
So: an ``<h1>`` that agrees with the og/JSON-LD/``<title>`` title wins (it has no site suffix); else the
og:title or JSON-LD headline with the site name cut off; else the ``<h1>``; ``<title>`` only as a fallback.
"""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from . import jsonld

_SEPARATORS = re.compile(r"\s+(?:[|\-–—·•»/~]|::|\\)\s+|\s*:\s+")
_OWN_TEXT = ".//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template "\
            "or ancestor::svg or ancestor::button)]"


def page_title(tree, url: str | None = None) -> tuple[str | None, str | None]:
    """(headline, provenance) where provenance is "h1", "og:title", "jsonld", "twitter:title" or "title"."""
    meta = _meta(tree)
    site_names = _site_names(tree, meta, url)
    titled = [(src, t) for src, t in (("og:title", meta.get("og:title")), ("jsonld", _jsonld_headline(tree)),
                                        ("twitter:title", meta.get("twitter:title")), ("title", _title_tag(tree)))
              if t]
    site_keys = {_key(s) for s in site_names} | _site_parts([t for _, t in titled], site_names)
    h1s = [h for h in _h1s(tree) if _key(h) not in site_keys]  # a logo or site name in an <h1>
    for h1 in h1s:
        if any(_agrees(h1, strip_site_name(t, site_names)) for _, t in titled):
            return h1, "h1"
    for h1 in h1s:
        if len(h1.split()) >= 3:
            return h1, "h1"
    for src, t in titled:
        if src == "title":
            continue
        cleaned = strip_site_name(t, site_names)
        if cleaned:
            return cleaned, src
    for src, t in titled:
        cleaned = strip_site_name(t, site_names)
        if cleaned:
            return cleaned, src
    return None, None


def strip_site_name(title: str, site_names: list[str]) -> str:
    """"Title | Site", "Title - Site Name", "Site: Title" -> "Title" (only when a part names the site, or
    a short trailing part follows a long headline)."""
    title = " ".join(title.split())
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    seps = _SEPARATORS.findall(title)
    names = {_key(s) for s in site_names if s}
    keys = [_key(p) for p in parts]

    compact = {n.replace(" ", "").removeprefix("the") for n in names}

    def is_site(k: str) -> bool:
        c = k.replace(" ", "").removeprefix("the")
        return bool(k) and (c in compact or any(k == n or (len(n) >= 4 and (n in k or k in n)) for n in names))

    # Drop site-name parts from both ends.
    start, end = 0, len(parts)
    while end - start > 1 and is_site(keys[end - 1]):
        end -= 1
    while end - start > 1 and is_site(keys[start]):
        start += 1
    if (start, end) != (0, len(parts)):
        return _join(parts, seps, start, end)
    # No known name: a last part of one to three words after a long headline is a site name ("... | Reuters").
    last = parts[-1].split()
    head = " ".join(parts[:-1])
    if len(parts) == 2 and seps[0].strip() in "|–—·•»" and len(last) <= 3 and len(head.split()) >= 4:
        return parts[0]
    return title


def _site_parts(titles: list[str], site_names: list[str]) -> set[str]:
    """The parts of the titles that strip_site_name cuts off: the page's own name for itself."""
    out = set()
    for t in titles:
        kept = _key(strip_site_name(t, site_names))
        for part in _SEPARATORS.split(" ".join(t.split())):
            if _key(part) and _key(part) not in kept:
                out.add(_key(part))
    return out


def _join(parts, seps, start, end) -> str:
    out = parts[start]
    for i in range(start + 1, end):
        out += seps[i - 1] + parts[i]
    return out.strip()


def _agrees(h1: str, title: str) -> bool:
    """The <h1> and a (site-name-free) title are the same headline, one perhaps shortened."""
    a, b = _key(h1), _key(title)
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    return short == long_ or (long_.startswith(short) or long_.endswith(short)) and len(short) >= 0.5 * len(long_)


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def _meta(tree) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        value = " ".join((el.get("content") or "").split())
        if key in ("og:title", "twitter:title", "og:site_name", "application-name", "twitter:site") and value:
            out.setdefault(key, value)
    return out


def _site_names(tree, meta: dict[str, str], url: str | None) -> list[str]:
    names = [meta.get("og:site_name"), meta.get("application-name"), (meta.get("twitter:site") or "").lstrip("@")]
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower() and link.get("href"):
            url = url or link.get("href")
    for el in tree.iter("meta"):
        if (el.get("property") or "").lower() == "og:url" and el.get("content"):
            url = url or el.get("content")
    host = urlsplit(url).hostname if url and "//" in url else None
    if host:
        labels = [p for p in host.lower().split(".") if p not in ("www", "m", "amp", "edition", "news")]
        if labels:
            names.append(labels[0] if len(labels) < 3 else labels[-2])
            names.append(".".join(labels[-2:]))
    return [n for n in names if n and n.strip()]


def _jsonld_headline(tree) -> str | None:
    for data in jsonld.blocks(tree):
        stack, seen = [data], 0
        while stack and seen < 200:
            obj = stack.pop(0)
            seen += 1
            if isinstance(obj, list):
                stack.extend(obj)
            elif isinstance(obj, dict):
                if isinstance(obj.get("headline"), str) and obj["headline"].strip():
                    return " ".join(obj["headline"].split())
                if isinstance(obj.get("@graph"), list):
                    stack.extend(obj["@graph"])
    return None


def _title_tag(tree) -> str | None:
    for el in tree.iter("title"):
        text = " ".join((el.text_content() or "").split())
        if text:
            return text
    return None


def _text(el) -> str:
    # The headline's own words: scripts or buttons inside an <h1> are never part of it.
    return " ".join(" ".join(el.xpath(_OWN_TEXT)).split())


def _h1s(tree) -> list[str]:
    out = []
    for el in tree.iter("h1"):
        text = _text(el)
        if text and text not in out:
            out.append(text)
        if len(out) >= 5:
            break
    return out
