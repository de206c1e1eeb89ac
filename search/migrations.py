"""The store's schema and its versioned upgrades, run when a writer opens the store.

A new store is created at version 1 (the original layout, frozen here) and then taken through every
upgrade, so the path an existing store follows is the one every new store has already walked: an upgrade
that fails for old stores fails for the test suite too. Each upgrade runs in its own transaction together
with the version bump, so a crash mid-upgrade leaves the previous version intact and the next open retries.

A new upgrade is one function decorated ``@upgrade_to(n)`` with the next version number (tests walk the
frozen version-1 store in tests/fixtures/ through every one). A store written by a newer newsfacet than
this one is refused with a clear error rather than read with the wrong layout.
"""
from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable

# Version 1: the layout of newsfacet's first release. Never edit: add an upgrade below instead.
_V1 = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, source TEXT, site TEXT, published TEXT, published_source TEXT,
    url TEXT, byline TEXT, dateline TEXT, note TEXT, title_source TEXT, origin_path TEXT, origin_sha256 TEXT,
    origin_position INTEGER NOT NULL DEFAULT 0, extractor TEXT, copy_of TEXT, metadata TEXT NOT NULL DEFAULT '{}',
    file_path TEXT NOT NULL  -- the replace_file key; origin_path is provenance and may be spelled differently
);
CREATE INDEX IF NOT EXISTS articles_file ON articles(file_path);
CREATE INDEX IF NOT EXISTS articles_copy_of ON articles(copy_of);
CREATE TABLE IF NOT EXISTS paragraphs (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, n INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (article_id, n)
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, paragraph INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL,
    region TEXT, country TEXT, date_end TEXT, granularity TEXT, label TEXT
);
CREATE INDEX IF NOT EXISTS mentions_kind_value ON mentions(kind, value);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
-- Article ids whose index document is stale: written in the same transaction as the change, cleared only
-- after the index commit, so a crash between the two is finished by the next run (an outbox).
CREATE TABLE IF NOT EXISTS pending_index (id TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, sha256 TEXT NOT NULL, indexed_at TEXT NOT NULL, article_count INTEGER NOT NULL,
    dropped TEXT NOT NULL DEFAULT '{}'
);
"""


def file_uid(path_key: str) -> str:
    """A file's scope for article ids: given once, from the path it was first indexed under, and kept when
    the file is moved (so its articles keep their ids and URLs)."""
    return hashlib.sha1(path_key.encode("utf-8")).hexdigest()[:8]


UPGRADES: dict[int, Callable[[sqlite3.Connection], None]] = {}


class StoreTooNew(sqlite3.DatabaseError):
    """The store carries a schema version this newsfacet does not know (written by a newer release)."""


def upgrade_to(target: int) -> Callable:
    """Register ``func`` as the upgrade from version ``target - 1`` to ``target`` (versions are contiguous)."""

    def register(func: Callable[[sqlite3.Connection], None]) -> Callable[[sqlite3.Connection], None]:
        if target in UPGRADES or target != 2 + len(UPGRADES):
            raise ValueError(f"upgrade to version {target}: versions must be added in order, one each")
        UPGRADES[target] = func
        return func

    return register


@upgrade_to(2)
def _v2(db: sqlite3.Connection) -> None:
    """Article and file identity (issue 12): ids scoped to their file, files known by resolved real path.

    files.uid scopes the ids of a file's articles; files.fs_path keeps the name's exact bytes (a latin-1
    name cannot be stored as text); articles.record_key is the id an article would have had unscoped (the
    harvester's own id or the content hash), so a clash across files is found and reported, not obeyed.
    """
    db.execute("ALTER TABLE files ADD COLUMN uid TEXT")
    db.execute("ALTER TABLE files ADD COLUMN fs_path BLOB")
    db.execute("ALTER TABLE articles ADD COLUMN record_key TEXT")
    db.execute("UPDATE articles SET record_key = id")  # version 1 ids were unscoped
    db.execute("CREATE INDEX IF NOT EXISTS articles_record_key ON articles(record_key)")
    rows = db.execute("SELECT path FROM files").fetchall()
    db.executemany("UPDATE files SET uid=? WHERE path=?", [(file_uid(p), p) for (p,) in rows])


@upgrade_to(3)
def _v3(db: sqlite3.Connection) -> None:
    """The author facet (issue 17): reporters credited by the byline, a JSON list per article. NULL until
    indexer.bylines has run for the article: the next `newsfacet index` or `reindex` backfills it."""
    db.execute("ALTER TABLE articles ADD COLUMN authors TEXT")


@upgrade_to(4)
def _v4(db: sqlite3.Connection) -> None:
    """When each article was first indexed (issue 16): a search's Atom feed lists matches newest first by
    it. Per article, not per file: a JSONL file a harvester appends to daily must not float all its old
    articles back to the top of every feed. Existing articles take their file's last indexing time."""
    db.execute("ALTER TABLE articles ADD COLUMN indexed_at TEXT")
    db.execute("UPDATE articles SET indexed_at = (SELECT f.indexed_at FROM files f WHERE f.path = articles.file_path)")
    db.execute("CREATE INDEX IF NOT EXISTS articles_indexed_at ON articles(indexed_at)")
    # Same-paragraph co-occurrence and entity pages look region and country up like person/org/place values.
    db.execute("CREATE INDEX IF NOT EXISTS mentions_region ON mentions(region) WHERE region IS NOT NULL")
    db.execute("CREATE INDEX IF NOT EXISTS mentions_country ON mentions(country) WHERE country IS NOT NULL")


@upgrade_to(5)
def _v5(db: sqlite3.Connection) -> None:
    """Name variants (issue 15): the spellings of each entity value that query expansion searches for.

    Written by the indexer after every run (the spellings it merged in this corpus, as written, and the
    gazetteer's romanisations of the places present), read by search at query time: search never imports
    the indexer or its gazetteer. A store from before this version has an empty table until the next
    `newsfacet index` or `newsfacet reindex`; searches then simply do not expand.
    """
    db.execute("CREATE TABLE IF NOT EXISTS name_variants (kind TEXT NOT NULL, value TEXT NOT NULL, "
               "variant TEXT NOT NULL, origin TEXT NOT NULL, PRIMARY KEY (kind, value, variant, origin))")



@upgrade_to(6)
def _v6(db: sqlite3.Connection) -> None:
    """Mentions indexed by (article, paragraph, kind, value) instead of by article alone (issue 16 bench).

    An entity page's same-paragraph neighbours join the entity's paragraphs to the mentions in them: with
    the article-only index each paragraph read every mention of its article from the table (a busy place at
    20,000 articles: ~900k row reads for 180k neighbours); this index holds the whole answer, so the join
    reads only the paragraph's own entries. It still serves every lookup by article (reading an article,
    the delete cascade), so it replaces the old index rather than sitting beside it.
    """
    db.execute("CREATE INDEX IF NOT EXISTS mentions_paragraph ON mentions(article_id, paragraph, kind, value)")
    db.execute("DROP INDEX IF EXISTS mentions_article")


@upgrade_to(7)
def _v7(db: sqlite3.Connection) -> None:
    """Incremental copy grouping (issue 18): the copy detector's candidate index lives in the store.

    copy_sigs: one row per article the detector has seen, with its 5-word shingle hashes (sorted uint32,
    4 bytes each) so a candidate is verified from here, not by re-reading and re-shingling its text.
    copy_bands: band hash -> article (with its shingle count, for the sampled-overlap test), the persisted
    inverted index of the shingles whose hash is 0 mod 4 that a new article looks its candidates up in.
    copy_pairs: the verified copy pairs, so a removal regroups only the groups it touched. copy_pending:
    articles still to be signed and paired (a trigger queues every insert, so no writer can forget it);
    copy_regroup: articles whose group must be recomputed. Every existing article is queued here (ids
    only, no text read): the next `newsfacet index` or `remove` builds their bands.
    """
    db.execute("CREATE TABLE IF NOT EXISTS copy_sigs (art INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE, "
               "n INTEGER NOT NULL, shingles BLOB NOT NULL)")
    db.execute("CREATE TABLE IF NOT EXISTS copy_bands (band INTEGER NOT NULL, art INTEGER NOT NULL, "
               "n INTEGER NOT NULL, PRIMARY KEY (band, art)) WITHOUT ROWID")
    db.execute("CREATE TABLE IF NOT EXISTS copy_pairs (a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY (a, b)) "
               "WITHOUT ROWID")
    db.execute("CREATE INDEX IF NOT EXISTS copy_pairs_b ON copy_pairs(b)")
    db.execute("CREATE TABLE IF NOT EXISTS copy_pending (article_id TEXT PRIMARY KEY) WITHOUT ROWID")
    db.execute("CREATE TABLE IF NOT EXISTS copy_regroup (article_id TEXT PRIMARY KEY) WITHOUT ROWID")
    db.execute("CREATE TRIGGER IF NOT EXISTS copy_pending_on_insert AFTER INSERT ON articles "
               "BEGIN INSERT OR IGNORE INTO copy_pending VALUES (NEW.id); END")
    db.execute("INSERT OR IGNORE INTO copy_pending SELECT id FROM articles")


@upgrade_to(8)
def _v8(db: sqlite3.Connection) -> None:
    """The index's mark of the store (issue 18): what lets `newsfacet index` skip comparing every store id
    with every index document when nothing happened behind the outbox's back.

    meta.index_seq counts every change an index document could depend on; triggers bump it, so no writer
    (nor a hand-edited store) can change an article without moving it. Each index commit records the count
    it reflects beside itself (search/index_mark.py); a run whose store count and index mark agree needs no
    whole-store check. meta.store_uid tells this store from another one (or a copy put in its place) that
    happens to have the same count.
    """
    db.execute("INSERT OR IGNORE INTO meta VALUES ('index_seq', '0')")
    db.execute("INSERT OR IGNORE INTO meta VALUES ('store_uid', lower(hex(randomblob(8))))")
    bump = "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key='index_seq'"
    for name, event in (("insert", "INSERT ON articles"), ("update", "UPDATE ON articles"),
                        ("delete", "DELETE ON articles"), ("pending", "INSERT ON pending_index")):
        db.execute(f"CREATE TRIGGER IF NOT EXISTS index_seq_on_{name} AFTER {event} BEGIN {bump}; END")


@upgrade_to(9)
def _v9(db: sqlite3.Connection) -> None:
    """What an indexing run reads before it tags, kept so that it costs what the run adds, not the archive
    (issue 18: at 1M articles these two reads were 53 of the 67 s of adding 100 articles).

    person_values: each faceted person value with its mention count, kept by triggers on mentions (a
    cascade from a deleted article fires them too), so `Store.known_people` reads the distinct values from
    here instead of scanning every person mention for its label (48 s at 1M). Faceted means label IS NOT
    'NOFACET' (search/model.py FACETED_SQL, frozen here as written in version 9).
    articles_authors_unproduced: the articles whose author column was never produced, a partial index that
    is empty once the backfill is done, so `Store.unproduced` is a lookup, not a scan of the articles table
    (4.6 s at 1M). A later column facet adds its own such index in its upgrade.
    """
    db.execute("CREATE TABLE IF NOT EXISTS person_values (value TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
    faceted = "{row}.kind = 'person' AND {row}.label IS NOT 'NOFACET'"
    add = ("INSERT INTO person_values VALUES (NEW.value, 1) "
           "ON CONFLICT(value) DO UPDATE SET n = n + 1")
    drop = ("UPDATE person_values SET n = n - 1 WHERE value = OLD.value; "
            "DELETE FROM person_values WHERE value = OLD.value AND n <= 0")
    db.execute(f"CREATE TRIGGER IF NOT EXISTS person_values_on_insert AFTER INSERT ON mentions "
               f"WHEN {faceted.format(row='NEW')} BEGIN {add}; END")
    db.execute(f"CREATE TRIGGER IF NOT EXISTS person_values_on_delete AFTER DELETE ON mentions "
               f"WHEN {faceted.format(row='OLD')} BEGIN {drop}; END")
    # no writer updates a mention in place today; these keep the counts right if one ever does
    db.execute(f"CREATE TRIGGER IF NOT EXISTS person_values_off_update AFTER UPDATE OF kind, value, label ON mentions "
               f"WHEN {faceted.format(row='OLD')} BEGIN {drop}; END")
    db.execute(f"CREATE TRIGGER IF NOT EXISTS person_values_on_update AFTER UPDATE OF kind, value, label ON mentions "
               f"WHEN {faceted.format(row='NEW')} BEGIN {add}; END")
    db.execute("INSERT OR REPLACE INTO person_values SELECT value, count(*) FROM mentions "
               f"WHERE {faceted.format(row='mentions')} GROUP BY value")
    db.execute("CREATE INDEX IF NOT EXISTS articles_authors_unproduced ON articles(id) WHERE authors IS NULL")


@upgrade_to(10)
def _v10(db: sqlite3.Connection) -> None:
    """run_links: the articles an indexing run stored unlinked (their mentions as tagged, before the corpus
    pass), until the run links them all together at its end (search/store_links.py, indexer/run_links.py), so
    what a run shows does not depend on where its chunks fell. A run killed before that leaves its rows here
    and the next run links them. ``seq`` keeps the order the run wrote them (the corpus pass breaks ties by
    first appearance)."""
    db.execute("CREATE TABLE IF NOT EXISTS run_links (seq INTEGER PRIMARY KEY, "
               "article_id TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE)")


@upgrade_to(11)
def _v11(db: sqlite3.Connection) -> None:
    """org_values: each faceted organisation value with its mention count, kept by triggers as person_values
    is (version 9), so an indexing run reads the archive's known bodies in what the run costs, not the
    archive: a later run's articles meet them as evidence (indexer/entities/org_evidence.py) and as the
    spelling to keep (org_variants.py), as a person already in the index is for people."""
    db.execute("CREATE TABLE IF NOT EXISTS org_values (value TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
    faceted = "{row}.kind = 'org' AND {row}.label IS NOT 'NOFACET'"
    add = "INSERT INTO org_values VALUES (NEW.value, 1) ON CONFLICT(value) DO UPDATE SET n = n + 1"
    drop = ("UPDATE org_values SET n = n - 1 WHERE value = OLD.value; "
            "DELETE FROM org_values WHERE value = OLD.value AND n <= 0")
    db.execute(f"CREATE TRIGGER IF NOT EXISTS org_values_on_insert AFTER INSERT ON mentions "
               f"WHEN {faceted.format(row='NEW')} BEGIN {add}; END")
    db.execute(f"CREATE TRIGGER IF NOT EXISTS org_values_on_delete AFTER DELETE ON mentions "
               f"WHEN {faceted.format(row='OLD')} BEGIN {drop}; END")
    db.execute(f"CREATE TRIGGER IF NOT EXISTS org_values_off_update AFTER UPDATE OF kind, value, label ON mentions "
               f"WHEN {faceted.format(row='OLD')} BEGIN {drop}; END")
    db.execute(f"CREATE TRIGGER IF NOT EXISTS org_values_on_update AFTER UPDATE OF kind, value, label ON mentions "
               f"WHEN {faceted.format(row='NEW')} BEGIN {add}; END")
    db.execute("INSERT OR REPLACE INTO org_values SELECT value, count(*) FROM mentions "
               f"WHERE {faceted.format(row='mentions')} GROUP BY value")


def latest() -> int:
    return max(UPGRADES, default=1)


def version(db: sqlite3.Connection) -> int:
    try:
        row = db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    except sqlite3.OperationalError:  # no meta table: a store no writer has opened yet
        return 0
    return int(row[0]) if row else 0


def upgrade(db: sqlite3.Connection) -> list[int]:
    """Create a missing schema and apply every pending upgrade in order; returns the versions applied."""
    if version(db) > latest():
        raise StoreTooNew(f"the store has schema version {version(db)}, newer than this newsfacet knows "
                          f"({latest()}): upgrade newsfacet to read it")
    if version(db) == 0:
        db.executescript(_V1)
        with db:
            db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', '1')")
            db.execute("INSERT OR IGNORE INTO meta VALUES ('generation', '0')")
    applied = []
    for target in sorted(UPGRADES):
        if version(db) >= target:
            continue
        with db:  # the upgrade and its version bump commit together, or neither does
            db.execute("BEGIN IMMEDIATE")  # one writer upgrades; a second waits, then finds it done
            if version(db) < target:
                UPGRADES[target](db)
                db.execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(target),))
                applied.append(target)
    return applied
