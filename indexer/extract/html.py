"""HTML pages -> one draft, via trafilatura (main text, boilerplate and comments removed).

Paragraphs come from the page's own blocks (trafilatura's XML output keeps <p>, headings, list items and
quotes apart), so nothing is re-split by guesswork. Scripts, styles and iframes never reach the text.
The publication day is taken only from the explicit ``article:published_time`` meta tag: trafilatura's
own date guess may come from a URL or a sidebar, which is the dates step's business, not metadata.
"""
from __future__ import annotations

import re
from collections import Counter

from .build import Draft
from .decoding import SkipFile
from .records import valid_day

_BLOCKS = {"p", "head", "item", "quote", "cell"}


# Elements whose content is code or embedded documents, never article text. trafilatura drops most of
# them from the body, but not from a headline (a <script> inside an <h1> leaked into the title).
_NOT_TEXT = ("script", "style", "noscript", "iframe", "template", "svg", "object", "embed", "canvas", "math")


FAST_EXTRACTION_ELEMENTS = 3000


def extract_html(text: str, manifest: dict) -> tuple[list[Draft], Counter, list[str], str]:
    import trafilatura
    from lxml import etree

    tree = _parse(text)
    if tree is None:
        raise SkipFile("not parseable as HTML")
    meta = _page_meta(tree)
    for el in list(tree.iter(*_NOT_TEXT)):
        if el.getparent() is not None:
            el.drop_tree()
    # trafilatura's justext fallback is quadratic in the number of elements (20,000 tiny <p>: 74 s);
    # on big pages take its own extraction only ("fast"), which stays linear.
    many_elements = sum(1 for _ in tree.iter()) > FAST_EXTRACTION_ELEMENTS
    xml = trafilatura.extract(
        tree, output_format="xml", with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False, deduplicate=True, fast=many_elements,
    )
    if not xml:
        return [], Counter(), [], "trafilatura"
    doc = etree.fromstring(xml.encode("utf-8"))
    main = doc.find("main")
    paragraphs: list[str] = []
    for el in (main.iter() if main is not None else ()):
        if el.tag in _BLOCKS and not _inside_block(el):
            block = " ".join("".join(el.itertext()).split())
            if block and (not paragraphs or block != paragraphs[-1]):
                paragraphs.append(block)
    title = _attr(doc, "title")
    if paragraphs and title and paragraphs[0].casefold() == title.casefold():
        paragraphs = paragraphs[1:]  # the <h1> repeats the title
    published, published_source = None, None
    day = valid_day(manifest.get("published"))
    if day:
        published, published_source = day, "manifest"
    elif valid_day(meta.get("article:published_time")):
        published, published_source = valid_day(meta["article:published_time"]), "metadata"
    metadata = {k: v for k, v in {"description": _attr(doc, "description"), "hostname": _attr(doc, "hostname"),
                                  "categories": _attr(doc, "categories"), "tags": _attr(doc, "tags")}.items() if v}
    draft = Draft(
        paragraphs=paragraphs,
        headline=title,
        title_source="metadata" if title else None,
        source=_str(manifest.get("source")) or _attr(doc, "sitename"),
        byline=_attr(doc, "author"),
        url=meta.get("canonical") or _attr(doc, "url") or _str(manifest.get("url")),
        published=published,
        published_source=published_source,
        metadata=metadata,
    )
    return [draft], Counter(), [], "trafilatura"


def _inside_block(el) -> bool:
    # A <p> inside a <quote> or <item> was already taken with its container.
    parent = el.getparent()
    while parent is not None:
        if parent.tag in _BLOCKS:
            return True
        parent = parent.getparent()
    return False


def _parse(text: str):
    from lxml import etree
    from lxml import html as lxml_html

    # lxml refuses a str that still carries an XML encoding declaration; the text is decoded already.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        return lxml_html.document_fromstring(text)
    except (ValueError, TypeError, etree.ParserError):
        return None


def _page_meta(tree) -> dict[str, str]:
    """The explicit meta tags we trust: article:published_time and the canonical link."""
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key in ("article:published_time", "datepublished") and el.get("content"):
            out.setdefault("article:published_time", el.get("content").strip())
    for el in tree.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            out.setdefault("canonical", el.get("href").strip())
    return out


def _attr(doc, name: str) -> str | None:
    return _str(doc.get(name))


def _str(value) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None
