"""Hostile files: each one is skipped or handled with a one-line reason naming it; the rest is indexed.

The folder holds empty, blank, binary, NUL-only, wrong-encoding (cp1251, latin-1, UTF-16), malformed JSONL,
script-laden HTML, symlink loops, a dangling link, a FIFO and a broken manifest beside good files. The run
happens in a subprocess with a timeout, because a FIFO read by mistake would block forever.

We run as root, so ``chmod 000`` does not stop reads: unreadable files are simulated with a FIFO (reading it
would block), with a monkeypatched ``os.access`` (what discover() asks) and a monkeypatched
``Path.read_bytes`` raising EACCES (what the pipeline does), which is what a permission error looks like.
"""
from __future__ import annotations

import errno
import json
import os
import random
import re
import time
from pathlib import Path

import pytest
from support.robust import run_cli

GOOD = [
    {"id": "h-good-1", "title": "Drones hit the Kupol plant", "source": "Hostile Wire", "published": "2025-07-02",
     "text": "Ukrainian drones struck the Kupol plant in Izhevsk on July 1, the SBU said. goodalpha."},
    {"id": "h-good-2", "title": "Port attack in Odesa", "source": "Hostile Wire", "published": "2025-07-03",
     "text": "A missile hit port infrastructure in Odesa, regional governor Oleh Kiper said. goodbravo."},
    {"id": "h-good-3", "title": "Shelling in Kharkiv", "source": "Hostile Wire", "published": "2025-07-04",
     "text": "Governor Oleh Syniehubov said Kharkiv was shelled overnight. goodcharlie."},
]

CP1251_TEXT = (
    "Київ зазнав масованої атаки вночі\n\n"
    "Київ і Харків зазнали масованої атаки безпілотників уночі, повідомили у міській військовій адміністрації. "
    "Сили протиповітряної оборони збили більшість дронів над містом, пошкоджено житлові будинки. кирилицяслово.\n\n"
    "У Харкові пролунали вибухи, мешканці ховалися в укриттях до ранку, сказав мер міста.\n"
)
LATIN1_TEXT = (
    "Frappe de drones à Montréal selon le ministère\n\n"
    "Le café près de la gare a été endommagé, a déclaré le préfet. Les équipes d'urgence sont arrivées "
    "rapidement et la ministre a promis une enquête. Müller, témoin, a parlé à la presse. latinmotclef.\n\n"
    "Les habitants se sont réfugiés dans les abris jusqu'au matin.\n"
)
UTF16_TEXT = (
    "Air defence repels an overnight attack\n\n"
    "Air defence units intercepted most of the missiles near the city overnight, officials said. sixteenword.\n"
)
XSS_HTML = """<!doctype html><html><head><title>Air raid in Sumy</title>
<script>alert(1)</script><script src="https://evil.example/x.js"></script>
<style>body{background:url(javascript:alert(6))}</style></head>
<body onload="alert(7)"><article><h1>Air raid in Sumy <script>alert(8)</script></h1>
<p>Russian drones struck an energy facility in Sumy overnight, regional officials said on Tuesday. scriptfreeword.
<img src=x onerror="alert(3)"></p>
<iframe src="javascript:alert(2)"></iframe>
<p>Emergency crews worked through the night to restore power to thousands of homes in the city,
the regional military administration said. <svg onload=alert(4)></svg><a href="javascript:alert(5)">read more</a></p>
<p>The governor said air defence units shot down most of the drones over the region.</p>
<noscript><p>noscriptleak</p></noscript>
</article></body></html>
"""
MALFORMED_LINES = [
    json.dumps({"id": "m-good-1", "title": "Grain corridor reopens", "source": "Line Wire",
                "text": "Ships left the port of Odesa carrying grain, officials said. linegoodone."}),  # 1
    '{"id": "m-bad-2", "title": "Truncated',  # 2: broken JSON
    json.dumps({"id": "m-good-3", "title": "Bridge repaired in Dnipro", "source": "Line Wire",
                "text": "Engineers repaired the bridge in Dnipro after the strike, the mayor said. linegoodtwo."}),  # 3
    "[1, 2, 3]",  # 4: not an object
    '"just a string"',  # 5: not an object
    json.dumps({"id": "m-notext-6", "title": "No text at all"}),  # 6: no text
    "",  # 7: blank line (allowed)
    json.dumps({"id": "m-good-8", "title": "Power restored in Sumy", "source": "Line Wire",
                "text": "Power was restored to most homes in Sumy by the morning, the utility said. linegoodthree."}),  # 8
    "\udcff\udcfe not utf-8 at all",  # 9: invalid UTF-8 bytes (written with surrogateescape)
]
SKIPPED_NAMES = ("empty.txt", "blank.txt", "random.bin", "photo.jpg", "nuls.txt", "fifo.txt", "dangling.txt",
                 "loop-a.txt", "loop-b.txt",
                 "up-dir")  # a symlink to the parent leads outside the indexed folder: skipped, with that reason


def _build(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "good.jsonl").write_text("".join(json.dumps(r) + "\n" for r in GOOD), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"\n \n\t\r\n   \n")
    (folder / "random.bin").write_bytes(random.Random(5).randbytes(8192))
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + random.Random(6).randbytes(4000))
    (folder / "nuls.txt").write_bytes(b"\x00" * 4096)
    (folder / "cp1251.txt").write_bytes(CP1251_TEXT.encode("cp1251"))
    (folder / "latin1.txt").write_bytes(LATIN1_TEXT.encode("latin-1"))
    (folder / "utf16.txt").write_bytes(UTF16_TEXT.encode("utf-16"))
    (folder / "malformed.jsonl").write_bytes("\n".join(MALFORMED_LINES).encode("utf-8", "surrogateescape") + b"\n")
    (folder / "xss.html").write_text(XSS_HTML, encoding="utf-8")
    (folder / "manifest.json").write_text("{this is not json", encoding="utf-8")
    (folder / ".hidden.txt").write_text("Hidden files are never indexed. hiddenword.", encoding="utf-8")
    os.mkfifo(folder / "fifo.txt")
    os.symlink("does-not-exist.txt", folder / "dangling.txt")
    os.symlink("loop-b.txt", folder / "loop-a.txt")
    os.symlink("loop-a.txt", folder / "loop-b.txt")
    os.symlink(".", folder / "loop-dir")  # a folder symlink back into itself
    os.symlink("..", folder / "up-dir")  # and one to its parent, which holds the folder again
    deep = folder
    for level in range(40):
        deep = deep / f"d{level}"
    deep.mkdir(parents=True)
    (deep / "deep.jsonl").write_text(json.dumps(
        {"id": "h-deep", "title": "Deep file", "source": "Hostile Wire",
         "text": "A file forty folders down is still indexed, the test said. deepword."}) + "\n", encoding="utf-8")
    (folder / "звіт про обстріл.jsonl").write_text(json.dumps(
        {"id": "h-unicode-name", "title": "Unicode file name", "source": "Hostile Wire",
         "text": "A file whose name is Cyrillic with spaces is indexed too. filenameword."}) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    folder = base / "in" / "corpus"  # up-dir -> .. reaches base/in, which holds nothing but the corpus
    _build(folder)
    index_dir = base / "idx"
    started = time.monotonic()
    result = run_cli("index", str(folder), "--index", str(index_dir), "--json", timeout=240)
    elapsed = time.monotonic() - started
    return {"folder": folder, "index": index_dir, "result": result, "elapsed": elapsed}


def _summary(run) -> dict:
    try:
        return json.loads(run["result"].stdout)
    except ValueError:
        raise AssertionError(f"no JSON summary: rc={run['result'].returncode} "
                             f"{run['result'].stderr[-3000:]}") from None


def _skip_lines(run) -> list[str]:
    return [line for line in run["result"].stderr.splitlines() if line.startswith("skipped ")]


def _store_articles(index_dir: Path):
    from search.store import Store

    store = Store(index_dir, readonly=True)
    try:
        return list(store.iter_articles())
    finally:
        store.close()


def _search(index_dir: Path, **params) -> dict:
    from search.engine import Engine

    engine = Engine(index_dir)
    try:
        return engine.search({k: [v] for k, v in {"copies": "all", "per_page": "100", **params}.items()})
    finally:
        engine.close()


def test_hostile_folder_finishes_with_a_nonzero_status_and_no_traceback(hostile_run):
    result = hostile_run["result"]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert result.returncode == 1, (result.returncode, result.stderr[-3000:])
    print(f"\nhostile folder indexed in {hostile_run['elapsed']:.1f}s")


@pytest.mark.parametrize("name", SKIPPED_NAMES)
def test_each_unusable_file_is_skipped_with_one_line_naming_it(hostile_run, name):
    lines = [line for line in _skip_lines(hostile_run) if line.split(": ")[0].endswith("/" + name)]
    assert len(lines) == 1, (name, _skip_lines(hostile_run))
    reason = lines[0].split(": ", 1)[1] if ": " in lines[0] else ""
    assert reason.strip(), lines[0]
    summary = _summary(hostile_run)
    assert any(s["path"].endswith("/" + name) and s["reason"] for s in summary["skipped"]), summary["skipped"]


def test_nothing_but_the_unusable_files_is_skipped(hostile_run):
    for line in _skip_lines(hostile_run):
        path = line[len("skipped "):].split(": ")[0]
        assert Path(path).name in SKIPPED_NAMES, line


@pytest.mark.parametrize("word", ["goodalpha", "goodbravo", "goodcharlie", "deepword", "filenameword",
                                  "linegoodone", "linegoodtwo", "linegoodthree", "scriptfreeword"])
def test_the_good_files_and_lines_are_indexed(hostile_run, word):
    assert _search(hostile_run["index"], q=word)["total"] == 1


def test_hidden_files_and_the_broken_manifest_do_not_stop_or_leak(hostile_run):
    assert _search(hostile_run["index"], q="hiddenword")["total"] == 0
    assert _search(hostile_run["index"], q="goodalpha")["total"] == 1


def test_symlink_loops_visit_each_file_once(hostile_run):
    ids = [a.id for a in _store_articles(hostile_run["index"])]
    assert len(ids) == len(set(ids))
    assert _search(hostile_run["index"], q="goodalpha")["total"] == 1
    origins = [a.origin_path for a in _store_articles(hostile_run["index"]) if a.record_key == "h-good-1"]
    assert len(origins) == 1


def test_cp1251_is_decoded_not_mojibake(hostile_run):
    answer = _search(hostile_run["index"], q="кирилицяслово")
    assert answer["total"] == 1, "the cp1251 file's text is not searchable as Cyrillic"
    text = " ".join(p.text for a in _store_articles(hostile_run["index"])
                    if a.origin_path.endswith("cp1251.txt") for p in a.paragraphs)
    assert "Київ" in text and "Харків" in text, text[:300]
    assert _search(hostile_run["index"], q="Київ")["total"] >= 1


def test_latin1_is_decoded_not_mojibake(hostile_run):
    assert _search(hostile_run["index"], q="latinmotclef")["total"] == 1
    text = " ".join(p.text for a in _store_articles(hostile_run["index"])
                    if a.origin_path.endswith("latin1.txt") for p in a.paragraphs)
    assert "café" in text and "Müller" in text and "Ã" not in text, text[:300]


def test_utf16_is_decoded_or_skipped_never_indexed_as_nul_soup(hostile_run):
    skipped = [line for line in _skip_lines(hostile_run) if "utf16.txt" in line]
    articles = [a for a in _store_articles(hostile_run["index"]) if a.origin_path.endswith("utf16.txt")]
    assert skipped or articles
    for a in articles:
        assert "\x00" not in a.text() and "\ufeff" not in a.text()
        assert "intercepted" in a.text()


def test_malformed_jsonl_lines_are_reported_with_line_numbers(hostile_run):
    problems = [p["problem"] for p in _summary(hostile_run)["problems"] if p["path"].endswith("malformed.jsonl")]
    for line_no in (2, 4, 5, 9):
        assert any(re.search(rf"\bline {line_no}\b", p) for p in problems), (line_no, problems)
    assert not any(re.search(r"\bline (1|3|7|8)\b", p) for p in problems), problems
    for p in problems:
        assert "\n" not in p
    ids = {a.record_key for a in _store_articles(hostile_run["index"])}  # the file's own ids, file-scoped
    assert {"m-good-1", "m-good-3", "m-good-8"} <= ids


def test_script_iframe_and_handlers_in_html_never_become_text(hostile_run):
    articles = [a for a in _store_articles(hostile_run["index"]) if a.origin_path.endswith("xss.html")]
    assert len(articles) == 1
    a = articles[0]
    everything = " ".join([a.title or "", a.text(), a.byline or "", a.note or "", a.dateline or ""])
    for bad in ("alert(", "<script", "<iframe", "onerror", "onload", "javascript:", "<svg", "<img", "evil.example",
                "noscriptleak"):
        assert bad not in everything, (bad, everything[:500])
    assert "Sumy" in a.title


# --- unreadable files, simulated (we are root) -------------------------------------------------------------

def test_a_file_that_cannot_be_read_is_skipped_with_the_reason_and_the_rest_indexed(tmp_path, monkeypatch):
    from indexer.pipeline import index_paths

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.jsonl").write_text(json.dumps(GOOD[0]) + "\n", encoding="utf-8")
    (folder / "secret.jsonl").write_text(json.dumps(GOOD[1]) + "\n", encoding="utf-8")
    (folder / "hidden-by-access.jsonl").write_text(json.dumps(GOOD[2]) + "\n", encoding="utf-8")
    real_open = open
    real_access = os.access

    def opener(path, *args, **kwargs):
        if str(path).endswith("secret.jsonl"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    def access(path, mode, *args, **kwargs):
        if str(path).endswith("hidden-by-access.jsonl"):
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr("indexer.reading.open", opener, raising=False)  # the indexer's one read
    monkeypatch.setattr(os, "access", access)
    summary = index_paths([folder], tmp_path / "idx")
    skipped = dict((Path(p).name, r) for p, r in summary.skipped)
    assert set(skipped) == {"secret.jsonl", "hidden-by-access.jsonl"}, summary.skipped
    assert "ermission" in skipped["secret.jsonl"] and "\n" not in skipped["secret.jsonl"]
    assert skipped["hidden-by-access.jsonl"].strip()
    assert summary.articles == 1


# --- size --------------------------------------------------------------------------------------------------

@pytest.mark.slow
def test_a_100_mb_file_is_refused_or_handled_within_bounded_time(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.jsonl").write_text(json.dumps(GOOD[0]) + "\n", encoding="utf-8")
    line = b"Drones struck the plant overnight, officials in Kharkiv said, and crews worked until dawn.\n"
    block = line * (1024 * 1024 // len(line) + 1)
    with open(folder / "huge.txt", "wb") as fh:  # 100 MB of text, written in 1 MB blocks
        for _ in range(100):
            fh.write(block[: 1024 * 1024])
    with open(folder / "sparse.txt", "wb") as fh:  # 100 MB sparse file: a hole reads as NULs
        fh.truncate(100 * 1024 * 1024)
    started = time.monotonic()
    result = run_cli("index", str(folder), "--index", str(tmp_path / "idx"), "--json", timeout=90)
    elapsed = time.monotonic() - started
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    skipped = {Path(s["path"]).name: s["reason"] for s in json.loads(result.stdout)["skipped"]}
    assert "sparse.txt" in skipped, skipped
    if "huge.txt" in skipped:
        assert skipped["huge.txt"].strip() and result.returncode == 1
    assert any(line.startswith("skipped ") and "sparse.txt" in line for line in result.stderr.splitlines())
    assert _search(tmp_path / "idx", q="goodalpha")["total"] == 1
    print(f"\n100 MB files handled in {elapsed:.1f}s: {skipped}")


@pytest.mark.slow
def test_a_paragraph_longer_than_spacy_accepts_does_not_sink_the_run(tmp_path):
    """spaCy refuses texts over nlp.max_length (1,000,000 characters, E088). One article whose text is a
    single 1 MB paragraph (a JSONL dump with its newlines stripped, a minified page) must not crash the
    whole run: it is indexed (split) or reported with a reason naming the file, and the rest is indexed."""
    folder = tmp_path / "in"
    folder.mkdir()
    sentence = "Drones struck the depot in Kharkiv overnight and officials said crews worked until dawn. "
    giant = (sentence * (1_050_000 // len(sentence) + 1))[:1_050_000]
    (folder / "giant.jsonl").write_text(json.dumps({"id": "giant-1", "title": "One giant paragraph",
                                                    "source": "Hostile Wire", "text": giant}) + "\n",
                                        encoding="utf-8")
    (folder / "good.jsonl").write_text(json.dumps(GOOD[0]) + "\n", encoding="utf-8")
    result = run_cli("index", str(folder), "--index", str(tmp_path / "idx"), "--json", timeout=300)
    assert "Traceback" not in result.stderr, result.stderr[-1500:]
    summary = json.loads(result.stdout)
    named = [s for s in summary["skipped"] if s["path"].endswith("giant.jsonl")] + \
            [p for p in summary["problems"] if p["path"].endswith("giant.jsonl")]
    giant_indexed = _search(tmp_path / "idx", q="depot", source="Hostile Wire")["total"] >= 1
    assert giant_indexed or named, summary
    assert _search(tmp_path / "idx", q="goodalpha")["total"] == 1


def test_deeply_nested_json_is_reported_not_a_crash(tmp_path):
    """json.loads raises RecursionError (not ValueError) on deep nesting; one such file or line must be
    reported like any malformed JSON while the rest of the run goes on."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (folder / "deep.jsonl").write_text(json.dumps(GOOD[1]) + "\n" + '{"a":' * 50_000 + "1" + "}" * 50_000 + "\n",
                                       encoding="utf-8")
    (folder / "good.jsonl").write_text(json.dumps(GOOD[0]) + "\n", encoding="utf-8")
    result = run_cli("index", str(folder), "--index", str(tmp_path / "idx"), "--json", timeout=180)
    assert "Traceback" not in result.stderr, result.stderr[-1500:]
    summary = json.loads(result.stdout)
    skipped = {Path(s["path"]).name: s["reason"] for s in summary["skipped"]}
    problems = [(Path(p["path"]).name, p["problem"]) for p in summary["problems"]]
    assert "deep.json" in skipped or any(name == "deep.json" for name, _ in problems), summary
    assert any(name == "deep.jsonl" and re.search(r"\bline 2\b", p) for name, p in problems), summary
    assert _search(tmp_path / "idx", q="goodalpha")["total"] == 1
    assert _search(tmp_path / "idx", q="goodbravo")["total"] == 1  # line 1 of deep.jsonl


HOSTILE_VALUES = ["2025-02-30", "0000-00-00", 12345, "2025-13-01T25:61", "—", "yesterday", "9999-12-31", "-5",
                  "1e10", None, [], {"a": 1}, True, "2025-06-27T12:00:00+25:00", "\x00", "Mon, 32 Jun 2025 10:00 GMT"]


def test_hostile_metadata_values_never_crash_indexing_or_pages(tmp_path):
    """published/source/author/url of every JSON type and impossible dates; text with impossible days."""
    from indexer.pipeline import index_paths
    from web import create_app

    folder = tmp_path / "in"
    folder.mkdir()
    records = [{"id": f"meta{i}", "title": f"Meta {i}", "source": v if i % 2 else "Meta Wire", "published": v,
                "author": v, "url": v, "text": "On June 31, 2025, February 29, 2023 and 31/31/2031, drones hit "
                                             f"Kharkiv. metaword{i}."} for i, v in enumerate(HOSTILE_VALUES)]
    (folder / "meta.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    summary = index_paths([folder], tmp_path / "idx")
    assert summary.articles == len(HOSTILE_VALUES) and not summary.skipped
    for problem in (p for _, p in summary.problems):
        assert re.match(r"line \d+: ", problem) and "\n" not in problem, problem
    client = create_app({"INDEX_DIR": str(tmp_path / "idx"), "TESTING": True}).test_client()
    for path in ("/", "/?sort=newest", "/?sort=oldest", "/?published_from=2025-01-01",
                 "/?date_from=2025-06-01&date_to=2025-07-31", "/api/export.csv", "/api/export.json",
                 "/api/search?copies=all&per_page=100&facet_limit=1000"):
        response = client.get(path, headers={"Accept": "text/html"})
        response.get_data()
        assert response.status_code == 200, path
    for i in range(len(HOSTILE_VALUES)):
        for path in (f"/articles/meta{i}", f"/api/articles/meta{i}"):
            assert client.get(path, headers={"Accept": "text/html"}).status_code == 200, path


@pytest.mark.slow
def test_a_page_of_many_tiny_elements_is_indexed_with_the_rest(tmp_path):
    """A 240 KB page of 30,000 tiny paragraphs (a comment thread, a long table) is indexed with the rest.

    justext's neighbour search (trafilatura's fallback) is quadratic: 74 s at 20,000 elements, minutes
    here. The timeout is only a hang guard for CI, not a speed target (those live in `make bench`)."""
    import subprocess

    folder = tmp_path / "in"
    folder.mkdir()
    page = ("<html><body>" + "<p>x</p>" * 30_000 + "<article><h1>Port hit in Odesa</h1><p>Drones struck Odesa "
            "overnight, officials said, and crews worked until dawn. manyword.</p></article></body></html>")
    (folder / "many.html").write_text(page, encoding="utf-8")
    (folder / "good.jsonl").write_text(json.dumps(GOOD[0]) + "\n", encoding="utf-8")
    started = time.monotonic()
    try:
        result = run_cli("index", str(folder), "--index", str(tmp_path / "idx"), "--json", timeout=300)
    except subprocess.TimeoutExpired:
        pytest.fail("indexing one 240 KB page of 30,000 tiny paragraphs hung (over 300 s)", pytrace=False)
    assert "Traceback" not in result.stderr, result.stderr[-1500:]
    assert _search(tmp_path / "idx", q="goodalpha")["total"] == 1
    print(f"\n30,000-element page handled in {time.monotonic() - started:.1f}s")


@pytest.mark.slow
def test_extracting_a_text_file_of_many_short_lines_finishes_with_every_line(tmp_path):
    """A 7 MB text dump of 100,000 short lines (a list of headlines, a flattened table) is extracted whole.

    A list membership test once made this quadratic (over 30 s); in a child process so a regression cannot
    hang CI. The timeout is a hang guard, not a speed target (those live in `make bench`)."""
    import subprocess
    import sys

    path = tmp_path / "lines.txt"
    path.write_text("Headline list\n\n" + "".join(f"Paragraph {i} says drones struck a depot overnight, officials "
                                                  f"said.\n\n" for i in range(100_000)), encoding="utf-8")
    code = ("import sys; from pathlib import Path; from indexer.extract import extract_file; "
            "p = Path(sys.argv[1]); x = extract_file(p, p.read_bytes(), {}); "
            "print(sum(len(a.paragraphs) for a in x.articles))")
    try:
        result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=300,
                                cwd=Path(__file__).resolve().parent.parent)
    except subprocess.TimeoutExpired:
        pytest.fail("extracting 100,000 short lines hung (over 300 s)", pytrace=False)
    assert result.returncode == 0, result.stderr[-1500:]
    assert int(result.stdout.split()[-1]) >= 100_000, result.stdout
