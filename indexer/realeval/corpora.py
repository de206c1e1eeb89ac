"""The committed evaluation corpora: eval/corpora/<name>/{articles,mentions,judgments}.jsonl[.gz].

Format (docs in eval/README.md): articles carry id, split ("dev"|"heldout"), title, published, source,
text (paragraphs separated by a blank line); gold mentions carry article, start, end, text, type with
``text == article.text[start:end]``; judgments carry facet, value, ok, why. Any violation is a
CorpusError naming the file and line: a silently wrong gold would make every number a lie.
"""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "eval" / "corpora"
SPLITS = ("dev", "heldout")
TYPES = ("person", "org", "place")
JUDGED_FACETS = ("person", "org", "place", "region", "country")


class CorpusError(ValueError):
    """A corpus file that does not follow the format."""


@dataclass(frozen=True)
class GoldMention:
    article: str
    start: int
    end: int
    text: str
    type: str


@dataclass
class Corpus:
    name: str
    articles: list[dict]
    gold: list[GoldMention]
    judgments: dict[tuple[str, str], dict] = field(default_factory=dict)  # (facet, value) -> record
    # Judgments made for one split only ("split" field): a value can be right in one part and wrong in the
    # other (a region reached only through a wrong town in dev, only through right ones in held-out).
    split_judgments: dict[str, dict[tuple[str, str], dict]] = field(default_factory=dict)

    def judged(self, split: str) -> dict[tuple[str, str], dict]:
        """The judgments that apply to one split: the split's own rows over the corpus-wide ones."""
        return {**self.judgments, **self.split_judgments.get(split, {})}

    def split(self, split: str) -> list[dict]:
        return [a for a in self.articles if a["split"] == split]

    def annotated(self) -> set[str]:
        """Ids of the articles with gold (annotated in full for the three types)."""
        return {g.article for g in self.gold}


def corpus_names(root: Path = ROOT) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.is_dir() and _find(p, "articles")) if root.is_dir() else []


def _find(folder: Path, stem: str) -> Path | None:
    for name in (f"{stem}.jsonl", f"{stem}.jsonl.gz"):
        if (folder / name).is_file():
            return folder / name
    return None


def _rows(path: Path):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as exc:
                raise CorpusError(f"{path}: line {n}: not valid JSON ({exc})") from None
            if not isinstance(row, dict):
                raise CorpusError(f"{path}: line {n}: not a JSON object")
            yield n, row


def load_articles(path: Path) -> list[dict]:
    out, seen = [], set()
    for n, row in _rows(path):
        for key in ("id", "split", "text"):
            if not isinstance(row.get(key), str):
                raise CorpusError(f"{path}: line {n}: missing {key!r}")
        if row["split"] not in SPLITS:
            raise CorpusError(f"{path}: line {n}: split must be dev or heldout, not {row['split']!r}")
        if row["id"] in seen:
            raise CorpusError(f"{path}: line {n}: duplicate id {row['id']!r}")
        seen.add(row["id"])
        out.append(row)
    return out


def load_gold(path: Path, articles: list[dict]) -> list[GoldMention]:
    texts = {a["id"]: a["text"] for a in articles}
    out = []
    for n, row in _rows(path):
        try:
            m = GoldMention(str(row["article"]), int(row["start"]), int(row["end"]), str(row["text"]),
                            str(row["type"]))
        except (KeyError, TypeError, ValueError):
            raise CorpusError(f"{path}: line {n}: needs article, start, end, text, type") from None
        if m.article not in texts:
            raise CorpusError(f"{path}: line {n}: unknown article {m.article!r}")
        if m.type not in TYPES:
            raise CorpusError(f"{path}: line {n}: type must be one of {TYPES}, not {m.type!r}")
        if not (0 <= m.start < m.end <= len(texts[m.article])) or texts[m.article][m.start:m.end] != m.text:
            found = texts[m.article][max(m.start, 0):max(m.end, 0)]
            raise CorpusError(f"{path}: line {n}: offsets {m.start}-{m.end} hold {found!r}, not {m.text!r}")
        out.append(m)
    return out


def load_judgments(path: Path) -> tuple[dict[tuple[str, str], dict], dict[str, dict[tuple[str, str], dict]]]:
    """Corpus-wide judgments and per-split ones (rows with "split": "dev" or "heldout")."""
    out: dict[tuple[str, str], dict] = {}
    by_split: dict[str, dict[tuple[str, str], dict]] = {}
    for n, row in _rows(path):
        if row.get("facet") not in JUDGED_FACETS or not isinstance(row.get("value"), str) \
                or not isinstance(row.get("ok"), bool):
            raise CorpusError(f"{path}: line {n}: needs facet, value, ok (bool), why")
        if row.get("split") not in (None, "dev", "heldout"):
            raise CorpusError(f"{path}: line {n}: split must be dev or heldout, not {row['split']!r}")
        target = out if row.get("split") is None else by_split.setdefault(row["split"], {})
        key = (row["facet"], row["value"])
        if key in target and target[key]["ok"] != row["ok"]:
            raise CorpusError(f"{path}: line {n}: {key} judged both ways")
        target[key] = row
    return out, by_split


def load_corpus(name: str, root: Path = ROOT) -> Corpus:
    folder = root / name
    path = _find(folder, "articles")
    if path is None:
        raise CorpusError(f"{folder}: no articles.jsonl[.gz]")
    articles = load_articles(path)
    gold_path = _find(folder, "mentions")
    gold = load_gold(gold_path, articles) if gold_path else []
    judged_path = _find(folder, "judgments")
    judgments, split_judgments = load_judgments(judged_path) if judged_path else ({}, {})
    return Corpus(name, articles, gold, judgments, split_judgments)
