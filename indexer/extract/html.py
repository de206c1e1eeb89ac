"""HTML pages -> one draft: trafilatura for the main text, the page's own markup for title and date.

trafilatura is used the way its authors intend for article pages: its own HTML loader (which drops HTML
comments, so a ``<!-- ad -->`` cannot cut a body short), no cross-page duplicate memory (its LRU is
process-wide, so ``deduplicate=True`` made a page's text depend on the pages extracted before it and wiped
whole pages), tables kept as text (one paragraph per row), reader comments left out and ``favor_recall``
on, with the default pass as a fallback where recall keeps only a fragment. The knobs were chosen by
measurement on the dev part of ``tests/gold/html_pages`` (see ``indexer/extract/evaluate.py``).
Paragraphs are the page's own blocks (trafilatura's XML keeps <p>, headings, list items, quotes and table
rows apart), so nothing is re-split by guesswork. When trafilatura finds no main text, its ``baseline``
(JSON-LD articleBody, <article>, then all <p>) is taken instead, so a real page is never lost.

Title: ``page_title`` (h1 / og:title without the site name). Publication day: the manifest, else what the
page states about itself (``page_date``: JSON-LD, meta, <time>, htmldate), never after the scrape time.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date

from .build import Draft
from .decoding import SkipFile
from .page_author import jsonld_authors
from .page_dates import page_date
from .page_source import site_source
from .page_title import _title_tag, page_title
from .records import valid_day

_TOKEN = re.compile(r"\w+")
_BLOCKS = {"p", "head", "item", "quote", "row", "code"}
# Elements whose content is code or embedded documents, never article text (trafilatura keeps the text of
# a <noscript>).
_NOT_TEXT = ("script", "style", "noscript", "iframe", "template", "svg", "object", "embed", "canvas", "math")

# trafilatura's justext fallback is quadratic in the number of elements (20,000 tiny <p>: 74 s); on big
# pages take its own extraction only ("fast"), which stays linear.
FAST_EXTRACTION_ELEMENTS = 3000

# Chosen on the dev pages (indexer/extract/evaluate.py prints the comparison): favor_recall is
# trafilatura's own best knob there (favor_precision lost whole pages), and its default pass is kept as the
# fallback for the one way favor_recall fails (see _recall_fragment).
TRAFILATURA_OPTIONS = dict(include_comments=False, include_tables=True, include_images=False, include_links=False,
                           deduplicate=False, favor_precision=False, favor_recall=True)
# favor_recall's text lies within the default pass's (this share of its tokens or more) and holds less
# than this share of its words: it settled on one sub-block of the article (an FAQ or a table cut off).
# Known miss (fresh held-out, wcxb-4499): a recall pass with a fifth of the default's words and a few of
# its own fails the containment test and is kept (F1 0.21 where the default had 0.90). The plain rule
# "recall only when it holds more words" scored 0.967 there against this rule's 0.960, but 0.970 < 0.971
# (trafilatura's best) on the first held-out; this rule was final when the fresh held-out was scored.
FRAGMENT_CONTAINED = 0.98
FRAGMENT_SHARE = 0.5


def extract_html(text: str, manifest: dict, scraped: date | None = None
                 ) -> tuple[list[Draft], Counter, list[str], str]:
    import trafilatura
    from lxml import etree

    tree = _load(text)
    if tree is None:
        raise SkipFile("not parseable as HTML")
    meta = _page_meta(tree)
    url = _str(manifest.get("url")) or meta.get("canonical") or meta.get("og:url")
    headline, title_source = page_title(tree, url)
    title_text = _title_tag(tree)
    published, page_source = _published(tree, manifest, url, scraped)
    # The model's published_source stays one of its documented values; which part of the page gave the
    # day ("jsonld", "meta:article:published_time", "time", "htmldate", ...) is kept in metadata.
    published_source = None if not published else "manifest" if page_source == "manifest" else "metadata"
    page_source = page_source if published_source == "metadata" else None
    authors = jsonld_authors(tree)
    for el in list(tree.iter(*_NOT_TEXT)):  # after title, date and authors: JSON-LD lives in <script>
        if el.getparent() is not None:
            el.drop_tree()
    many_elements = sum(1 for _ in tree.iter()) > FAST_EXTRACTION_ELEMENTS
    doc, paragraphs = _extract(trafilatura, etree, tree, many_elements, TRAFILATURA_OPTIONS)
    if not many_elements:
        # favor_recall finds the rest of bodies the default cuts short (text after a heading, a table) and
        # drops boilerplate the default keeps, but on some pages keeps only a fragment of the default's text.
        doc2, default = _extract(trafilatura, etree, tree, False, {**TRAFILATURA_OPTIONS, "favor_recall": False})
        if not paragraphs or _recall_fragment(paragraphs, default):
            doc, paragraphs = doc2, default
    if not paragraphs:
        paragraphs = _baseline(text)
    if not paragraphs:
        return [], Counter(), [], "trafilatura"
    paragraphs, dropped = _cut_end_matter(paragraphs)
    title = headline or _attr(doc, "title")
    if paragraphs and title and paragraphs[0].casefold() == title.casefold():
        paragraphs = paragraphs[1:]  # the <h1> repeats the title
    metadata = {k: v for k, v in {"description": _attr(doc, "description"), "hostname": _attr(doc, "hostname"),
                                  "categories": _attr(doc, "categories"), "tags": _attr(doc, "tags"),
                                  "title_from": title_source if headline else None,
                                  "published_from": page_source}.items() if v}
    draft = Draft(
        paragraphs=paragraphs,
        headline=title,
        title_source="metadata" if title else None,
        source=_str(manifest.get("source"))
        or site_source(title_text, title, _attr(doc, "sitename") or meta.get("og:site_name"), url,
                       handle=meta.get("twitter:site")),
        byline=_byline(authors, _attr(doc, "author")),
        url=url or _attr(doc, "url"),
        published=published,
        published_source=published_source,
        metadata=metadata,
    )
    return [draft], dropped, [], "trafilatura"


# A label standing alone that opens the page's end matter: the author's bio, a disclaimer, related links,
# a tag list. Whole-label matches only: "Read more: ..." or "Recommended Books for Managers" are content.
_END_MATTER = re.compile(
    r"(about the (author|authors|reviewer)|disclaimer|related( articles| posts| stories| reading| content| resources)?"
    r"|you (may|might) also (like|enjoy)|(more|other) (stories|articles|posts)( you may like)?"
    r"|share this( article| post| story)?|tags)\s*:?\s*(\|.*)?", re.I)
_END_MATTER_WORDS = 8


def _cut_end_matter(paragraphs: list[str]) -> tuple[list[str], Counter]:
    """Cut from an end-matter label to the end, when the label comes after half the text (so a short page's
    "Related" heading near the top can never empty it). On the dev pages this only removed non-article text."""
    total = _words(paragraphs)
    seen = 0
    for i, para in enumerate(paragraphs):
        n = len(para.split())
        if seen >= total / 2 and n <= _END_MATTER_WORDS and _END_MATTER.fullmatch(para):
            return paragraphs[:i], Counter({"end matter": 1})
        seen += n
    return paragraphs, Counter()


def _words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def _extract(trafilatura, etree, tree, fast: bool, options: dict):
    xml = trafilatura.extract(tree, output_format="xml", with_metadata=True, fast=fast, **options)
    doc = etree.fromstring(xml.encode("utf-8")) if xml else None
    main = doc.find("main") if doc is not None else None
    return doc, (_paragraphs(main) if main is not None else [])


def _byline(jsonld: list[str], trafilatura_author: str | None) -> str | None:
    """JSON-LD authors and trafilatura's (meta author, article:author, byline markup; joined by "; ") both:
    either alone is sometimes a handle ("andrew.keaveney") or a fragment (", USA TODAY") where the other
    has the name. The author facet's producer picks the people out of the parts."""
    parts = [*jsonld, *(p.strip() for p in (trafilatura_author or "").split(";"))]
    unique: dict[str, str] = {}
    for part in parts:
        if part:
            unique.setdefault(part.casefold(), part)  # the first spelling of each name
    return "; ".join(unique.values()) or None


def _recall_fragment(recall: list[str], default: list[str]) -> bool:
    """The recall pass kept only a part of what the default pass found: nearly all its words are in the
    default's text, and they are under half as many."""
    rec, full = _tokens(recall), _tokens(default)
    n_rec, n_full = sum(rec.values()), sum(full.values())
    if not n_rec or not n_full:
        return not n_rec and n_full > 0
    contained = sum((rec & full).values()) / n_rec
    return contained >= FRAGMENT_CONTAINED and n_rec < FRAGMENT_SHARE * n_full


def _tokens(paragraphs: list[str]) -> Counter:
    return Counter(_TOKEN.findall(" ".join(paragraphs).casefold()))


def _published(tree, manifest: dict, url: str | None, scraped: date | None) -> tuple[str | None, str | None]:
    day = valid_day(manifest.get("published"))
    if day:
        return day, "manifest"
    return page_date(tree, url, not_after=scraped)


def _paragraphs(main) -> list[str]:
    paragraphs: list[str] = []
    for el in main.iter():
        if el.tag in _BLOCKS and not _inside_block(el):
            block = _row_text(el) if el.tag == "row" else _block_text(el)
            if block and (not paragraphs or block != paragraphs[-1]):
                paragraphs.append(block)
    return paragraphs


_INLINE = {"hi", "ref", "del", "span", "b", "i", "em", "strong", "a", "sub", "sup"}


def _block_text(el) -> str:
    """A block's words; a line break or a nested block (a list inside an item, a cell) separates words,
    or "Get a Quote" and the next heading would be glued into one token."""
    parts: list[str] = []
    stack: list = [(el, False)]
    while stack:  # iterative: a deeply nested page must not hit the recursion limit
        node, closing = stack.pop()
        if closing:
            if node.tag not in _INLINE:
                parts.append(" ")
            if node is not el and node.tail:
                parts.append(node.tail)
            continue
        if node.tag not in _INLINE:
            parts.append(" ")
        if node.text:
            parts.append(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node) if isinstance(child.tag, str))
    return " ".join("".join(parts).split())


def _row_text(row) -> str:
    cells = [_block_text(cell) for cell in row if isinstance(cell.tag, str)]
    return " | ".join(c for c in cells if c)


def _inside_block(el) -> bool:
    # A <p> inside a <quote>, <item> or table row was already taken with its container.
    parent = el.getparent()
    while parent is not None:
        if parent.tag in _BLOCKS:
            return True
        parent = parent.getparent()
    return False


def _baseline(text: str) -> list[str]:
    """trafilatura's own last resort, split into its lines: JSON-LD articleBody, <article>, all <p>."""
    import trafilatura

    try:
        _, body, _ = trafilatura.baseline(text)
    except Exception:  # noqa: BLE001 - a fallback must never turn a page into a crash
        return []
    return [" ".join(line.split()) for line in (body or "").split("\n") if line.strip()]


def _load(text: str):
    from trafilatura import load_html

    try:
        return load_html(text)
    except (ValueError, TypeError, RecursionError):
        return None


def _page_meta(tree) -> dict[str, str]:
    """The canonical link, og:url, og:site_name and twitter:site (the source's weakest name)."""
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        if key in ("og:url", "og:site_name", "twitter:site") and _str(el.get("content")):
            out.setdefault(key, _str(el.get("content")))
    for el in tree.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and _str(el.get("href")):
            out.setdefault("canonical", _str(el.get("href")))
    return out


def _attr(doc, name: str) -> str | None:
    return _str(doc.get(name)) if doc is not None else None


def _str(value) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None
