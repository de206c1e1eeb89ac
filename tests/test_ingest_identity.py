"""Issue 12, cases 1, 2 and 4: article and file identity. Nothing is silently overwritten, no file name
stops a run, and a path spelled twice or a file moved is still one file. Driven through the CLI and HTTP."""
from __future__ import annotations

import os

from support.ingest import BODY, check, cli, index_json, numbered, search, stored_ids, write_jsonl


def _txt(path, headline: str, lead: str, body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{headline}\n\n{lead}\n\n{body}\n", encoding="utf-8")


HEADLINE = "Drones hit the Kupol plant in Izhevsk"
LEAD = "Ukrainian drones struck the Kupol plant in Izhevsk on July 1, the SBU said in a statement."


# --- 1. article identity --------------------------------------------------------------------------------

def test_two_txt_files_with_the_same_headline_and_lead_but_different_bodies_are_two_articles(tmp_path):
    corpus, idx = tmp_path / "in", tmp_path / "idx"
    _txt(corpus / "a.txt", HEADLINE, LEAD, "The first outlet added that alphabody details emerged later.")
    _txt(corpus / "b.txt", HEADLINE, LEAD, "The second outlet added that bravobody details emerged later.")
    summary = index_json(corpus, "--index", idx)
    assert summary["articles"] == 2 and summary["files_new"] == 2
    assert summary["collided"] == 1 and len(summary["collisions"]) == 1, summary
    assert "b.txt" in summary["collisions"][0]["path"]
    assert len(stored_ids(idx)) == 2
    assert search(idx, "alphabody")["total"] == 1 and search(idx, "bravobody")["total"] == 1
    # Edit one and re-index: the other story is still there, not skipped as "unchanged" and lost.
    _txt(corpus / "a.txt", HEADLINE, LEAD, "The first outlet now says that charliebody details emerged.")
    summary = index_json(corpus, "--index", idx)
    assert (summary["files_updated"], summary["files_unchanged"]) == (1, 1)
    assert search(idx, "bravobody")["total"] == 1 and search(idx, "charliebody")["total"] == 1
    assert search(idx, "alphabody")["total"] == 0
    assert check(idx)["ok"]


def test_two_jsonl_files_numbering_1_to_3_store_six_articles_and_report_the_clash(tmp_path):
    corpus, idx = tmp_path / "in", tmp_path / "idx"
    write_jsonl(corpus / "kyiv.jsonl", *numbered("kyiv"))
    write_jsonl(corpus / "lviv.jsonl", *numbered("lviv"))
    summary = index_json(corpus, "--index", idx)
    assert summary["articles"] == 6 and summary["collided"] == 3, summary
    assert len(stored_ids(idx)) == 6
    report = check(idx)
    assert report["ok"] and report["store_articles"] == report["index_documents"] == 6
    for tag in ("kyiv", "lviv"):
        for i in (1, 2, 3):
            assert search(idx, f"{tag}word{i}")["total"] == 1, (tag, i)


def test_a_jsonl_id_equal_to_an_existing_article_id_cannot_replace_it(tmp_path):
    corpus, idx = tmp_path / "in", tmp_path / "idx"
    write_jsonl(corpus / "a.jsonl", {"id": "story", "title": "The real story", "source": "Wire",
                                     "url": "https://wire.example/story", "text": f"realword. {BODY}"})
    index_json(corpus, "--index", idx)
    (existing,) = stored_ids(idx)
    # A second file names the first article's id as its own, both as the stored id and as the plain id.
    write_jsonl(corpus / "b.jsonl",
                {"id": existing, "title": "Hijack one", "url": "https://evil.example/1", "text": f"hijackone. {BODY}"},
                {"id": "story", "title": "Hijack two", "url": "https://evil.example/2", "text": f"hijacktwo. {BODY}"})
    summary = index_json(corpus, "--index", idx)
    assert summary["articles"] == 2 and summary["collided"] >= 1
    article = client_article(idx, existing)
    assert article["title"] == "The real story" and article["url"] == "https://wire.example/story"
    assert search(idx, "realword")["total"] == 1 and search(idx, "hijackone")["total"] == 1
    assert len(stored_ids(idx)) == 3 and check(idx)["ok"]


def test_with_global_ids_a_clash_is_refused_and_reported_never_obeyed(tmp_path):
    corpus, idx = tmp_path / "in", tmp_path / "idx"
    write_jsonl(corpus / "a.jsonl", {"id": "story-1", "title": "First", "text": f"firstword. {BODY}"})
    write_jsonl(corpus / "b.jsonl", {"id": "story-1", "title": "Second", "text": f"secondword. {BODY}"},
                {"id": "story-2", "title": "Third", "text": f"thirdword. {BODY}"})
    summary = index_json(corpus, "--index", idx, "--global-ids")
    assert stored_ids(idx) == {"story-1", "story-2"}  # the harvester's ids, as they are
    assert summary["collided"] == 1 and "story-1" in summary["collisions"][0]["collision"], summary
    assert summary["articles"] == 2
    assert client_article(idx, "story-1")["title"] == "First"
    assert search(idx, "secondword")["total"] == 0 and check(idx)["ok"]


def test_a_plain_harvester_id_opens_its_article_when_one_file_uses_it(tmp_path):
    corpus, idx = tmp_path / "in", tmp_path / "idx"
    write_jsonl(corpus / "a.jsonl", {"id": "only-here", "title": "Unique", "text": f"uniqueword. {BODY}"},
                {"id": "1", "title": "One in a", "text": f"oneina. {BODY}"})
    write_jsonl(corpus / "b.jsonl", {"id": "1", "title": "One in b", "text": f"oneinb. {BODY}"})
    index_json(corpus, "--index", idx)
    from support.ingest import client

    c = client(idx)
    assert c.get("/api/articles/only-here").get_json()["title"] == "Unique"
    assert c.get("/api/articles/1").status_code == 404  # ambiguous: two files use it


def client_article(idx, article_id: str) -> dict:
    from support.ingest import client

    response = client(idx).get(f"/api/articles/{article_id}")
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    return response.get_json()


# --- 2. any file name the OS can hold -----------------------------------------------------------------------

def test_a_latin1_file_name_among_good_files_is_indexed_and_shown_escaped(tmp_path):
    corpus, idx = tmp_path / "in", tmp_path / "idx"
    write_jsonl(corpus / "good.jsonl", {"id": "g", "title": "Good", "text": f"goodword. {BODY}"})
    _txt(corpus / "z-last.txt", "Port attack in Odesa", "A missile hit port infrastructure in Odesa, zuluword.", BODY)
    bad_name = os.fsencode(str(corpus)) + b"/caf\xe9.txt"  # a latin-1 name, as old Windows archives hold
    with open(bad_name, "wb") as fh:
        fh.write(f"Cafe owners reopen\n\nCafe owners in Kharkiv reopened on Monday, cafeword.\n\n{BODY}\n".encode())
    newline_name = os.fsencode(str(corpus)) + b"/two\nlines.txt"  # a name no message may print raw
    with open(newline_name, "wb") as fh:
        fh.write(b"\x00\x01binary")
    result = cli("index", corpus, "--index", idx, ok=(1,))  # 1: the binary file is skipped, the rest indexed
    assert "Traceback" not in result.output and "UnicodeEncodeError" not in result.output
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped ")]
    assert len(skipped) == 1 and "two\\x0alines.txt" in skipped[0], skipped
    for word in ("goodword", "cafeword", "zuluword"):
        assert search(idx, word)["total"] == 1, word
    (hit,) = search(idx, "cafeword")["results"]
    from support.ingest import client

    article = client(idx).get(f"/api/articles/{hit['id']}").get_json()
    assert article["provenance"]["path"] == "in/caf\\xe9.txt"
    # Unchanged on the next run: the name's key round-trips through the store.
    summary = index_json(corpus, "--index", idx, ok=(1,))
    assert summary["files_unchanged"] == 3 and summary["files_new"] == summary["files_removed"] == 0, summary
    assert check(idx)["ok"]


def test_a_lone_surrogate_in_a_record_costs_a_character_not_the_file(tmp_path):
    corpus, idx = tmp_path / "in", tmp_path / "idx"
    corpus.mkdir()
    (corpus / "w.jsonl").write_text(
        '{"id": "s1", "title": "Bad \\ud800 title", "byline": "\\udce9", "tags": ["\\udfff"], '
        '"text": "surrogateword \\ud83d here. ' + BODY + '"}\n'
        + '{"id": "s2", "title": "Fine", "text": "fineword. ' + BODY + '"}\n', encoding="utf-8")
    summary = index_json(corpus, "--index", idx)
    assert summary["articles"] == 2 and not summary["skipped"]
    assert search(idx, "surrogateword")["total"] == 1 and search(idx, "fineword")["total"] == 1


# --- 4. file identity ---------------------------------------------------------------------------------------

def test_relative_then_absolute_path_of_the_same_folder_is_one_set_of_files(tmp_path, monkeypatch):
    corpus, idx = tmp_path / "scrapes", tmp_path / "idx"
    write_jsonl(corpus / "a.jsonl", *numbered("rel"))
    _txt(corpus / "b.txt", HEADLINE, LEAD, "relbody details.")
    monkeypatch.chdir(tmp_path)
    first = index_json("scrapes", "--index", idx)
    assert first["files_new"] == 2 and first["articles"] == 4
    ids = stored_ids(idx)
    second = index_json(corpus.resolve(), "--index", idx)
    assert (second["files"], second["files_unchanged"], second["articles"]) == (0, 2, 0), second  # no re-NER
    # An edit through the absolute spelling replaces the article; no old version survives as a "copy".
    _txt(corpus / "b.txt", HEADLINE, LEAD, "relbody details, now corrected with editedword.")
    third = index_json(corpus.resolve(), "--index", idx)
    assert (third["files_updated"], third["files_new"]) == (1, 0), third
    assert len(stored_ids(idx)) == 4 and stored_ids(idx) == ids
    answer = search(idx, "Kupol")
    assert answer["total"] == 1 and "editedword" in str(client_article(idx, answer["results"][0]["id"]))
    assert check(idx)["ok"]


def test_a_moved_and_renamed_file_is_recognised_by_its_content(tmp_path):
    corpus, idx = tmp_path / "in", tmp_path / "idx"
    write_jsonl(corpus / "2025" / "old-name.jsonl", *numbered("moved"))
    index_json(corpus, "--index", idx)
    ids = stored_ids(idx)
    (corpus / "archive").mkdir()
    os.rename(corpus / "2025" / "old-name.jsonl", corpus / "archive" / "new-name.jsonl")
    summary = index_json(corpus, "--index", idx)
    assert (summary["files_moved"], summary["files"], summary["files_removed"], summary["articles"]) == (1, 0, 0, 0)
    assert stored_ids(idx) == ids  # same ids, same URLs, no NLP again
    hit = search(idx, "movedword1")["results"][0]
    assert client_article(idx, hit["id"])["provenance"]["path"] == "in/archive/new-name.jsonl"
    assert check(idx)["ok"]


def test_a_file_that_breaks_an_extractor_is_skipped_and_the_run_goes_on(tmp_path, monkeypatch):
    import indexer.reading

    corpus, idx = tmp_path / "in", tmp_path / "idx"
    write_jsonl(corpus / "a.jsonl", {"id": "a", "title": "A", "text": f"alphaword. {BODY}"})
    write_jsonl(corpus / "b.jsonl", {"id": "b", "title": "B", "text": f"bravoword. {BODY}"})
    write_jsonl(corpus / "c.jsonl", {"id": "c", "title": "C", "text": f"charlieword. {BODY}"})
    real = indexer.reading.extract_file

    def breaks_on_b(path, *args, **kwargs):
        if path.name == "b.jsonl":
            raise ValueError("an extractor bug\nover two lines")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(indexer.reading, "extract_file", breaks_on_b)
    result = cli("index", corpus, "--index", idx, ok=(1,))
    (line,) = [line for line in result.stderr.splitlines() if line.startswith("skipped ")]
    assert "b.jsonl" in line and "ValueError: an extractor bug\\x0aover two lines" in line  # one line
    assert "Traceback" not in result.output
    assert search(idx, "alphaword")["total"] == 1 and search(idx, "charlieword")["total"] == 1
