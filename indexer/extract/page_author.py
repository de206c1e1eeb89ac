"""The people a page's JSON-LD names as its article's authors.

html.py drops every <script> before trafilatura reads the page (their text is never article text), so
trafilatura's own JSON-LD author reading never sees them and a page stating its authors only there
(common on news sites: ``"author": [{"@type": "Person", "name": ...}, ...]``) had no byline. This reads
them first, from the article object only (NewsArticle, Article, BlogPosting, ...), never from comments
(``Comment``/``comment``) or from the publisher, and only Person authors or bare names: an Organization
author is the outlet, which the source facet already carries.
"""
from __future__ import annotations

from .jsonld import blocks

_ARTICLE_TYPES = ("article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
                  "opinionnewsarticle", "backgroundnewsarticle", "webpage", "liveblogposting", "report")
MAX_NAMES = 10


def jsonld_authors(tree) -> list[str]:
    """Author names in page order, distinct; [] when the page's JSON-LD names none."""
    names: dict[str, None] = {}
    for block in blocks(tree):
        for obj in _articles(block, depth=0):
            for name in _people(obj.get("author")):
                names.setdefault(name, None)
    return list(names)[:MAX_NAMES]


def _types(obj: dict) -> set[str]:
    t = obj.get("@type")
    return {str(x).lower() for x in (t if isinstance(t, list) else [t]) if x}


def _articles(node, depth: int):
    """Article-typed objects of a block: top level, in a list, or in an @graph (not inside comments)."""
    if depth > 4:
        return
    if isinstance(node, list):
        for item in node:
            yield from _articles(item, depth + 1)
    elif isinstance(node, dict):
        if _types(node) & set(_ARTICLE_TYPES):
            yield node
        if isinstance(node.get("@graph"), list):
            yield from _articles(node["@graph"], depth + 1)
        if isinstance(node.get("mainEntity"), (dict, list)):
            yield from _articles(node["mainEntity"], depth + 1)


def _people(author) -> list[str]:
    items = author if isinstance(author, list) else [author]
    out = []
    for item in items[:MAX_NAMES]:
        if isinstance(item, str):
            name = item
        elif isinstance(item, dict) and not (_types(item) - {"person"}):  # a Person, or untyped
            name = item.get("name")
        else:
            continue
        if isinstance(name, str) and 1 < len(name.strip()) <= 100 and not name.strip().startswith("http"):
            out.append(" ".join(name.split()))
    return out
