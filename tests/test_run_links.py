"""One indexing run is linked as one archive, however its chunks fall (indexer/run_links.py).

The pipeline writes a run in chunks (CHUNK_ARTICLES) and links each as it goes; a run of several chunks is
linked again as a whole at its end from the pre-link mentions the store kept (search/store_links.py). These
tests shrink the chunk to one article so three small files are three chunks."""
from __future__ import annotations

import sqlite3

import pytest

import indexer.pipeline as pipeline
from indexer import run_links
from indexer.pipeline import index_paths, reindex

FILES = {
    "a.txt": "Drexel Burnham Lambert Inc said on Monday it would cut 500 jobs at its offices in New York.\n\n"
             "The firm said the cuts would be made by the end of the year.\n",
    "b.txt": "Shares of Drexel Burnham Lambert fell on Tuesday after the report, traders in London said.\n\n"
             "Analysts expect more cuts across Wall Street.\n",
    "c.txt": "Drexel Burnham Lambert hired two new partners, a spokesman said in New York on Wednesday.\n",
}


@pytest.fixture
def docs(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _rows(index_dir, sql: str) -> list[tuple]:
    db = sqlite3.connect(index_dir / "store.sqlite3")
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def _orgs(index_dir) -> list[tuple[str, str, str | None]]:
    return _rows(index_dir, "SELECT a.origin_path, m.value, m.label FROM mentions m JOIN articles a ON a.id = m.article_id "
                            "WHERE m.kind = 'org' ORDER BY a.origin_path, m.rowid")


def _scratch_rows(index_dir) -> int:
    return _rows(index_dir, "SELECT count(*) FROM run_links")[0][0]


def _indexed(index_dir) -> int:
    from search.engine import Engine

    with Engine(index_dir) as engine:
        return engine.search({"q": ["Drexel"]})["total"]


def _killed(*args, **kwargs):
    raise KeyboardInterrupt  # the run is stopped after its chunks were written, before the whole-run link


def _values(rows):
    return sorted((path.rsplit("/", 1)[-1], value, label) for path, value, label in rows)


def test_a_run_in_one_article_chunks_stores_what_one_chunk_does(docs, tmp_path, monkeypatch):
    whole = tmp_path / "whole"
    one = index_paths([docs], whole)
    monkeypatch.setattr(pipeline, "CHUNK_ARTICLES", 1)
    chunked = tmp_path / "chunked"
    three = index_paths([docs], chunked)
    assert _values(_orgs(chunked)) == _values(_orgs(whole))
    assert three.entities == one.entities  # the summary counts the linked mentions too
    # the firm is one facet value in all three articles: "Inc" merged, none gated for want of evidence
    assert {value for _, value, _ in _orgs(chunked)} == {"Drexel Burnham Lambert"}
    assert all(label != "NOFACET" for _, _, label in _orgs(chunked))
    assert _scratch_rows(chunked) == 0 and _scratch_rows(whole) == 0


def test_without_the_whole_run_link_the_chunks_stay_unlinked(docs, tmp_path, monkeypatch):
    """A run of several chunks stores them unlinked and links them at its end: skip that and the firm keeps
    its "Inc" spelling apart (the check above can fail)."""
    monkeypatch.setattr(pipeline, "CHUNK_ARTICLES", 1)
    monkeypatch.setattr(run_links, "settle", lambda *args, **kwargs: [])
    index_paths([docs], tmp_path / "alone")
    assert {value for _, value, _ in _orgs(tmp_path / "alone")} == {"Drexel Burnham Lambert",
                                                                    "Drexel Burnham Lambert Inc"}


def test_the_search_index_shows_the_whole_run_reading(docs, tmp_path, monkeypatch):
    from search.engine import Engine

    monkeypatch.setattr(pipeline, "CHUNK_ARTICLES", 1)
    index_paths([docs], tmp_path / "idx")
    with Engine(tmp_path / "idx") as engine:
        facets = {f["value"]: f["count"] for f in engine.search({"q": ["Drexel"]})["facets"]["org"]}
    assert facets == {"Drexel Burnham Lambert": 3}


@pytest.fixture
def killed(docs, tmp_path, monkeypatch):
    """An index of the three files whose run was stopped after its chunks were written, before the
    whole-run link (one article per chunk)."""
    monkeypatch.setattr(pipeline, "CHUNK_ARTICLES", 1)
    real = run_links.settle
    monkeypatch.setattr(run_links, "settle", _killed)
    with pytest.raises(KeyboardInterrupt):
        index_paths([docs], tmp_path / "idx")
    monkeypatch.setattr(run_links, "settle", real)
    return tmp_path / "idx"


def test_a_run_killed_before_its_whole_link_is_linked_by_the_next(docs, killed, tmp_path):
    assert _scratch_rows(tmp_path / "idx") == 3  # the chunks were stored, their pre-link mentions kept
    assert _indexed(tmp_path / "idx") == 0  # ... and held from the index until linked
    index_paths([docs], tmp_path / "idx")  # nothing changed on disk: no file is read again
    assert _scratch_rows(tmp_path / "idx") == 0
    assert {value for _, value, _ in _orgs(tmp_path / "idx")} == {"Drexel Burnham Lambert"}
    assert _indexed(tmp_path / "idx") == 3


def test_reindex_links_what_a_killed_run_left(killed, tmp_path):
    reindex(tmp_path / "idx")
    assert _scratch_rows(tmp_path / "idx") == 0
    assert {value for _, value, _ in _orgs(tmp_path / "idx")} == {"Drexel Burnham Lambert"}


def test_a_removed_file_takes_its_scratch_rows_with_it(docs, killed, tmp_path):
    from search.store import Store

    pipeline.remove_paths([docs / "a.txt"], tmp_path / "idx")
    assert _scratch_rows(tmp_path / "idx") == 2
    store = Store(tmp_path / "idx")
    try:
        assert len(store.unlinked_articles()) == 2
    finally:
        store.close()


def test_the_evaluation_checks_that_indexing_stores_what_it_scored(tmp_path, monkeypatch):
    """indexer.realeval.fidelity: a split written one article per file and indexed in one-article chunks
    stores the mentions the evaluation scored; with chunks linked alone it would not (the check can fail)."""
    from indexer.realeval import fidelity, tagging
    from indexer.realeval.corpora import Corpus

    monkeypatch.setattr(tagging, "CACHE_DIR", tmp_path / "ner-cache")
    records = [{"id": f"r{n}", "split": "dev", "title": f"Report {n}", "text": text}
               for n, text in enumerate(FILES.values())]
    corpus = Corpus(name="drexel", articles=records, gold=[])
    row = fidelity.check(corpus, "dev", chunk=1)
    assert (row["articles"], row["identical"], row["differ"]) == (3, 3, 0)
    monkeypatch.setattr(run_links, "settle", lambda *args, **kwargs: [])
    assert fidelity.check(corpus, "dev", chunk=1)["differ"] > 0


def test_a_later_run_meets_the_bodies_the_archive_holds(docs, tmp_path):
    """Runs meet through the archive's faceted values: a firm named in one later file, with nothing in that
    file to show it is a body, is the archive's firm (it used to be gated, a mention with no facet value),
    and its "Inc" spelling is the archive's spelling."""
    first, later = tmp_path / "first", tmp_path / "later"
    first.mkdir()
    later.mkdir()
    for name in ("a.txt", "b.txt"):
        (first / name).write_text(FILES[name], encoding="utf-8")
    (later / "c.txt").write_text(FILES["c.txt"], encoding="utf-8")
    (later / "d.txt").write_text("Drexel Burnham Lambert Inc opened an office in Chicago on Thursday.\n",
                                 encoding="utf-8")
    index_paths([first], tmp_path / "idx")
    index_paths([later], tmp_path / "idx")
    rows = _values(_orgs(tmp_path / "idx"))
    assert [(name, value, label != "NOFACET") for name, value, label in rows] == [
        ("a.txt", "Drexel Burnham Lambert", True), ("b.txt", "Drexel Burnham Lambert", True),
        ("c.txt", "Drexel Burnham Lambert", True), ("d.txt", "Drexel Burnham Lambert", True)]


def _copies(index_dir) -> list[tuple[str, str]]:
    return _rows(index_dir, "SELECT c.origin_path, o.origin_path FROM articles c JOIN articles o ON o.id = c.copy_of "
                            "ORDER BY 1")


def test_copies_grouped_chunk_by_chunk_are_the_one_chunk_runs(docs, tmp_path, monkeypatch):
    """A run linked at its end groups syndicated copies chunk by chunk, while NER still runs: the same groups,
    counters and search answers as a run of one chunk."""
    story = " ".join(f"Officials in city number {n} said the harbour repairs would take {n + 2} more weeks "
                     f"and cost {n * 3} million dollars." for n in range(1, 25))
    (docs / "wire.txt").write_text(f"{story}\n", encoding="utf-8")
    (docs / "zz-reprint.txt").write_text(f"{story.rsplit('.', 6)[0]}.\n", encoding="utf-8")  # a trimmed copy
    whole = tmp_path / "whole"
    one = index_paths([docs], whole)
    monkeypatch.setattr(pipeline, "CHUNK_ARTICLES", 1)
    real_settle, queued = run_links.settle, []

    def settle(store, *args, **kwargs):  # the run's end: every article already grouped
        queued.append(store.copy_queue_size())
        return real_settle(store, *args, **kwargs)

    monkeypatch.setattr(pipeline.run_links, "settle", settle)
    chunked = tmp_path / "chunked"
    five = index_paths([docs], chunked)
    assert queued == [{"copy_pending": 0, "copy_regroup": 0}]
    assert len(_copies(whole)) == 1 and _copies(chunked) == _copies(whole)
    assert five.copies == one.copies == 1
    assert five.copy_run["signed"] == one.copy_run["signed"] == 5 and five.copy_run["pairs"] == one.copy_run["pairs"]
    from search.engine import Engine

    for params in ({"q": ["harbour"]}, {"q": ["harbour"], "copies": ["all"]}):
        with Engine(whole) as a, Engine(chunked) as b:
            assert [r["id"] for r in a.search(params)["results"]] == [r["id"] for r in b.search(params)["results"]]
    with Engine(chunked) as engine:
        assert engine.search({"q": ["harbour"]})["total"] == 1
        assert engine.search({"q": ["harbour"], "copies": ["all"]})["total"] == 2


def test_a_run_longer_than_the_link_bound_is_linked_in_parts(docs, tmp_path, monkeypatch):
    """NEWSFACET_LINK_ARTICLES bounds what one link holds in memory: here parts of two articles; every article is
    linked and indexed, and the later part meets the earlier one's firm through the archive's values."""
    (docs / "d.txt").write_text("Drexel Burnham Lambert said on Thursday it would sell a unit in London.\n",
                                encoding="utf-8")
    monkeypatch.setattr(pipeline, "CHUNK_ARTICLES", 1)
    monkeypatch.setenv("NEWSFACET_LINK_ARTICLES", "2")
    real_settle, loaded = run_links.settle, []

    def settle(store, *args, **kwargs):
        loaded.append(len(store.unlinked_articles()))
        return real_settle(store, *args, **kwargs)

    monkeypatch.setattr(pipeline.run_links, "settle", settle)
    summary = index_paths([docs], tmp_path / "idx")
    assert loaded == [2, 2]  # two parts of two articles, never the four at once
    assert _scratch_rows(tmp_path / "idx") == 0 and _indexed(tmp_path / "idx") == 4
    assert {value for _, value, _ in _orgs(tmp_path / "idx")} == {"Drexel Burnham Lambert"}
    assert summary.entities["org"] == len(_orgs(tmp_path / "idx"))  # counted as linked, each part once
    monkeypatch.setenv("NEWSFACET_LINK_ARTICLES", "0")  # no bound: the whole run at once
    loaded.clear()
    index_paths([docs], tmp_path / "whole")
    assert loaded == [4] and _values(_orgs(tmp_path / "whole")) == _values(_orgs(tmp_path / "idx"))
