"""When it happened: publication dates (published.py) and dates mentioned in paragraphs (mentions.py).

Resolution rules live in resolve.py / relative.py, what is not a date in not_dates.py, the hand-checked
evaluation in evaluate.py. Submodules are imported on first use so importing the package loads nothing.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from indexer.nlp import NerSpan
    from search.model import Article, Mention


def infer_published(article: Article, neighbours: Sequence[Article] = ()) -> None:
    from indexer.dates.published import infer_published as _infer

    _infer(article, neighbours)


def tag_dates(article: Article, spans: list[list[NerSpan]]) -> list[Mention]:
    from indexer.dates.article import tag_dates as _tag

    return _tag(article, spans)


__all__ = ["infer_published", "tag_dates"]
