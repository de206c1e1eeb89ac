"""A writer process for the concurrency tests: commits small batches of articles, store then index.

Run as ``python tests/support/writer.py INDEX_DIR COMMITS PER_COMMIT [PAUSE_SECONDS]``. It goes through the
same library calls as the indexer's write phase (``Store.replace_file`` then ``search.index.update``, one
writer lock per commit) but builds the articles itself, so no spaCy model is loaded and a commit takes
milliseconds. Prints ``committed <n> <total>`` after each commit (flushed) so the parent can follow.
"""
from __future__ import annotations

import hashlib
import sys
import time
from pathlib import Path


def make_article(n: int):
    from search.model import Article, Mention, Paragraph

    person = ("Oleh Syniehubov", "Ivan Fedorov", "Rustem Umerov")[n % 3]
    text = f"{person} said drones hit the depot in Kharkiv, report number w{n:06d} robustmarker."
    start = 0
    return Article(
        id=hashlib.sha256(f"writer-{n}".encode()).hexdigest()[:16],
        title=f"Writer article {n}",
        paragraphs=[Paragraph(n=0, text=text)],
        source="Writer Wire",
        published=f"2025-07-{1 + n % 28:02d}",
        published_source="metadata",
        mentions=[
            Mention(paragraph=0, start=start, end=len(person), text=person, kind="person", value=person),
            Mention(paragraph=0, start=text.index("Kharkiv"), end=text.index("Kharkiv") + 7, text="Kharkiv",
                    kind="place", value="Kharkiv", region="Kharkiv Oblast", country="Ukraine"),
        ],
    )


def main(argv: list[str]) -> int:
    from search import index as search_index
    from search.store import Store

    index_dir = Path(argv[1])
    commits, per_commit = int(argv[2]), int(argv[3])
    pause = float(argv[4]) if len(argv) > 4 else 0.0
    store = Store(index_dir)
    total = store.count_articles()
    n = total
    try:
        for c in range(commits):
            articles = [make_article(n + i) for i in range(per_commit)]
            n += per_commit
            path = f"writer/batch-{c:05d}-{n}.jsonl"
            added, removed = store.replace_file(path, hashlib.sha256(path.encode()).hexdigest(), articles, {})
            search_index.update(index_dir, store, added, removed)
            total += len(added)
            print(f"committed {c + 1} {total}", flush=True)
            if pause:
                time.sleep(pause)
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
