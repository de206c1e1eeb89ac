"""Precision and recall of date mentions and publication dates against hand-checked gold.

Gold lives in tests/gold/: ``dates.jsonl`` has one line per date expression, read by hand in the seeds:
the file, a substring that finds the paragraph (``anchor``), the ``text`` as written and either the
expected ``start``/``end``/``granularity``, ``not_date`` (ages, durations, anaphora like "the following
day") or ``unresolvable`` (a real date the system cannot place because the article's publication day is
unknown). Every date-like expression of an anchored paragraph is listed, so any other mention the
tagger emits there is a false positive. ``dates_published.jsonl`` gives each article's expected
publication day (null where it cannot honestly be known).

Lines marked ``"set": "heldout"`` / ``"heldout2"`` were labelled from the raw text before the tagger's
output on those paragraphs was looked at (two rounds; rules were fixed after each, so only a round's
first score is an unbiased estimate); the rest ("dev") were checked against the output while the rules
were written.

A mention is correct when it overlaps the gold text and has the same start, end and granularity;
precision = correct / mentions emitted in gold paragraphs, recall = correct / gold dates.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

GOLD_DIR = Path(__file__).resolve().parents[2] / "tests" / "gold"


@dataclass
class Outcome:
    correct: int = 0
    emitted: int = 0
    expected: int = 0
    errors: list[str] = field(default_factory=list)

    def row(self, facet: str) -> dict:
        return {
            "facet": facet,
            "precision": round(self.correct / self.emitted, 4) if self.emitted else 0.0,
            "recall": round(self.correct / self.expected, 4) if self.expected else 0.0,
            "support": self.expected,
        }


def load_gold(name: str) -> list[dict]:
    path = GOLD_DIR / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def tagged_seed_articles():
    """Seed articles (publication dates inferred) with their date mentions, tagged by the real model."""
    from indexer.dates.article import tag_dates
    from indexer.dates.corpus import seed_articles
    from indexer.nlp import ner_spans

    articles = seed_articles()
    spans = iter(list(ner_spans(p.text for a in articles for p in a.paragraphs)))
    for article in articles:
        article.mentions = tag_dates(article, [next(spans) for _ in article.paragraphs])
    return articles


def _file_of(article) -> str:
    return Path(article.origin_path or "").name


def _find_paragraph(articles, file_prefix: str, anchor: str):
    for article in articles:
        if _file_of(article).startswith(file_prefix):
            for p in article.paragraphs:
                if anchor in p.text:
                    return article, p
    return None, None


def _locate(text: str, needle: str, occurrence: int) -> tuple[int, int] | None:
    start = -1
    for _ in range(occurrence):
        start = text.find(needle, start + 1)
        if start < 0:
            return None
    return start, start + len(needle)


def score_mentions(articles, gold: list[dict], subset: str | None = None) -> Outcome:
    """Score date mentions; ``subset`` ("dev" / "heldout") restricts to one part of the gold."""
    if subset is not None:
        gold = [g for g in gold if g.get("set", "dev") == subset]
    out = Outcome()
    used: set[int] = set()
    scope: dict[tuple[str, int], list] = {}
    for g in gold:
        article, para = _find_paragraph(articles, g["file"], g["anchor"])
        positive = not (g.get("not_date") or g.get("unresolvable"))
        out.expected += positive
        if para is None:
            out.errors.append(f"anchor not found: {g['file']} {g['anchor'][:50]!r}")
            continue
        mentions = scope.setdefault((article.id, para.n),
                                    [m for m in article.mentions if m.paragraph == para.n and m.kind == "date"])
        where = _locate(para.text, g["text"], g.get("occurrence", 1))
        if where is None:
            out.errors.append(f"text not in paragraph: {g['text']!r} in {g['anchor'][:50]!r}")
            continue
        if not positive:
            continue
        hit = [m for m in mentions if m.start < where[1] and where[0] < m.end and id(m) not in used]
        good = [m for m in hit if (m.value, m.date_end, m.granularity) == (g["start"], g["end"], g["granularity"])]
        if good:
            used.add(id(good[0]))
            out.correct += 1
        else:
            got = [(m.text, m.value, m.date_end, m.granularity) for m in hit]
            out.errors.append(f"{g['text']!r} want {g['start']}..{g['end']} {g['granularity']}, got {got}")
    for mentions in scope.values():
        out.emitted += len(mentions)
        for m in mentions:
            if id(m) not in used:
                out.errors.append(f"extra or wrong: {m.text!r} {m.value}..{m.date_end} {m.granularity}")
    return out


def score_published(articles, gold: list[dict]) -> Outcome:
    """Publication days: emitted = articles given a date, expected = gold articles with a known date."""
    out = Outcome()
    for g in gold:
        article, _ = _find_paragraph(articles, g["file"], g["anchor"])
        out.expected += g["published"] is not None
        if article is None:
            out.errors.append(f"article not found: {g['file']} {g['anchor'][:50]!r}")
            continue
        out.emitted += article.published is not None
        if article.published is not None and article.published == g["published"]:
            out.correct += 1
        elif article.published != g["published"]:
            out.errors.append(f"{g['anchor'][:50]!r}: want {g['published']}, got {article.published}")
    return out


def run() -> list[dict]:
    """Rows {facet, precision, recall, support} for date mentions, publication dates and TIMEX3 event dates."""
    from indexer.dates import timex_eval, timex_handmade

    articles = tagged_seed_articles()
    return [
        score_mentions(articles, load_gold("dates.jsonl")).row("date"),
        score_published(articles, load_gold("dates_published.jsonl")).row("published"),
    ] + timex_eval.rows() + timex_handmade.rows()  # event dates: TIMEX3 newswire, then the hand-made sets
