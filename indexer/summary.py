"""What an indexing run did, counted truthfully: the CLI prints it and ``--json`` returns it."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class IndexSummary:
    files: int = 0  # files whose articles were (re)written this run: new + updated
    files_new: int = 0
    files_updated: int = 0
    files_unchanged: int = 0
    files_moved: int = 0  # same content under a new name: articles kept, no NLP again
    files_removed: int = 0  # vanished from an indexed folder (or `newsfacet remove`d)
    articles: int = 0
    paragraphs: int = 0
    entities: Counter = field(default_factory=Counter)
    dropped: Counter = field(default_factory=Counter)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, one-line reason)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (path, "line N: reason") kept going
    # (path, what): an id or a headline+lead also used by another file. Kept apart (ids are scoped to
    # their file) or, with --global-ids, refused; never a silent overwrite.
    collisions: list[tuple[str, str]] = field(default_factory=list)
    collided: int = 0  # articles involved
    missing: list[str] = field(default_factory=list)  # vanished files kept because of --keep-missing
    copies: int = 0
    copy_run: dict = field(default_factory=dict)  # indexer.copy_update.CopyRun: what copy grouping read and took
    removed: int = 0  # articles removed: gone from a changed file, or their file vanished

    def as_dict(self) -> dict:
        return {
            "files": self.files,
            "files_new": self.files_new,
            "files_updated": self.files_updated,
            "files_unchanged": self.files_unchanged,
            "files_moved": self.files_moved,
            "files_removed": self.files_removed,
            "articles": self.articles,
            "paragraphs": self.paragraphs,
            "entities": dict(self.entities),
            "dropped": dict(self.dropped),
            "skipped": [{"path": p, "reason": r} for p, r in self.skipped],
            "problems": [{"path": p, "problem": r} for p, r in self.problems],
            "collided": self.collided,
            "collisions": [{"path": p, "collision": c} for p, c in self.collisions],
            "missing": list(self.missing),
            "copies": self.copies,
            "copy_grouping": self.copy_run,
            "removed": self.removed,
        }
