"""HTML, JSON/JSONL, legacy encodings and unusable files."""
from __future__ import annotations

import json

import pytest

import indexer.extract.decoding as decode_mod
from indexer.extract import SkipFile, extract_file

PAGE = """<!doctype html><html><head><title>Drones hit Izhevsk plant | Example News</title>
<meta property="og:title" content="Drones hit Izhevsk plant">
<meta property="article:published_time" content="2025-07-01T10:00:00+03:00">
<meta name="author" content="Jane Doe"><meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://news.example/izhevsk">
<script>var tracker = "SCRIPTTEXT";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Drones hit Izhevsk plant</h1>
<p>Ukrainian drones struck a major Russian military plant in the city of Izhevsk on Tuesday, a source said.</p>
<script>document.write("SCRIPTTEXT2")</script><iframe src="https://ads.example/">IFRAMETEXT</iframe>
<h2>Air defence</h2>
<p>The facility produces Tor and Osa air defense systems and is under international sanctions, officials say.</p>
<p>Residents of Izhevsk reported explosions early on July 1, while local authorities confirmed the strike.</p>
</article><footer>Copyright 2025 Example News</footer></body></html>"""


def test_html_page(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    fx = extract_file(path)
    (a,) = fx.articles
    assert a.title == "Drones hit Izhevsk plant" and a.title_source == "metadata"
    assert (a.published, a.published_source) == ("2025-07-01", "metadata")
    assert (a.byline, a.source, a.url) == ("Jane Doe", "Example News", "https://news.example/izhevsk")
    texts = [p.text for p in a.paragraphs]
    assert texts[0].startswith("Ukrainian drones struck") and "Air defence" in texts and len(texts) == 4
    assert "SCRIPTTEXT" not in a.text() and "IFRAMETEXT" not in a.text() and "Home" not in texts
    assert a.extractor == "trafilatura"


def test_html_manifest_wins_for_source_and_date(tmp_path):
    path = tmp_path / "page.htm"
    path.write_text(PAGE, encoding="utf-8")
    (a,) = extract_file(path, manifest={"source": "Kyiv Independent", "published": "2025-06-30"}).articles
    assert (a.source, a.published, a.published_source) == ("Kyiv Independent", "2025-06-30", "manifest")


def test_jsonl_records(tmp_path):
    lines = [
        json.dumps({"id": "ki/2025 07 01?", "title": "One", "text": "First para.\n\nSecond para.",
                    "source": "Kyiv Independent", "published": "2025-07-01T08:00:00Z", "section": "war"}),
        "{not json",
        json.dumps({"paragraphs": ["Only paragraph of a record without a title, about Kyiv."],
                    "published": "July 1st"}),
        json.dumps({"title": "No text"}),
        json.dumps(["not", "an", "object"]),
        "",
        json.dumps({"id": "!!!", "text": "Another article whose id is unusable."}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    fx = extract_file(path, manifest={"source": "Fallback"})
    first, second, third = fx.articles
    assert first.id == "ki20250701" and first.title == "One" and first.title_source == "metadata"
    assert [p.text for p in first.paragraphs] == ["First para.", "Second para."]
    assert (first.published, first.published_source) == ("2025-07-01", "metadata")
    assert first.metadata == {"section": "war"} and first.source == "Kyiv Independent"
    assert second.published is None and second.title_source == "lead" and second.source == "Fallback"
    assert len(third.id) == 16
    assert fx.problems[0].startswith("line 2: not valid JSON")
    assert any(p.startswith("line 3: bad published date") for p in fx.problems)
    assert any(p.startswith("line 4: no text") for p in fx.problems)
    assert any(p.startswith("line 5: not a JSON object") for p in fx.problems)


def test_records_read_the_day_and_the_outlet_under_the_names_harvesters_give_them(tmp_path):
    lines = [
        json.dumps({"id": "a", "title": "A", "text": "Body.", "date": "2020-07-07", "outlet": "CTV News"}),
        json.dumps({"id": "b", "title": "B", "text": "Body.", "datePublished": "2021-03-04T10:00:00Z",
                    "publisher": "Toronto Star"}),
        json.dumps({"id": "c", "title": "C", "text": "Body.", "published": "2022-01-02", "date": "1999-01-01",
                    "source": "AP", "outlet": "Elsewhere"}),  # the usual names first
        json.dumps({"id": "d", "title": "D", "text": "Body.", "pubDate": "Tuesday"}),
    ]
    path = tmp_path / "harvest.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    fx = extract_file(path)
    a, b, c, d = fx.articles
    assert (a.published, a.source) == ("2020-07-07", "CTV News") and "outlet" not in a.metadata
    assert (b.published, b.source) == ("2021-03-04", "Toronto Star")
    assert (c.published, c.source) == ("2022-01-02", "AP")
    assert d.published is None and any(p.startswith("line 4: bad published date 'Tuesday' (pubDate)") for p in fx.problems)


def test_json_object_and_list(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"title": "T", "text": "Body text."}), encoding="utf-8")
    assert [a.title for a in extract_file(one).articles] == ["T"]
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": "A body."}, {"text": "B body."}]), encoding="utf-8")
    fx = extract_file(many)
    assert [a.text() for a in fx.articles] == ["A body.", "B body."]
    assert [a.origin_position for a in fx.articles] == [0, 1]


def test_cp1251_text(tmp_path):
    uk = ("Київ, 3 липня. Російська окупаційна влада заявила, що повністю захопила Луганську область.\n\n"
          "Президент України Володимир Зеленський подякував захисникам неба за їхню роботу.\n")
    ru = "Москва заявила, что российские войска полностью заняли Луганскую область Украины.\n"
    for name, text in (("uk.txt", uk), ("ru", ru)):
        path = tmp_path / name
        path.write_bytes(text.encode("cp1251"))
        (a,) = extract_file(path).articles
        assert a.text() == text.strip()


def test_mojibake_is_repaired_before_anything_reads_the_text(tmp_path):
    # UTF-8 once decoded as Windows-1252 and saved again as UTF-8, as old scrapers and CMSes leave it.
    body = ("Zelensky’s envoy met officials in Würzburg on Monday — “a first”, said Dariusz Jaroń, "
            "who leads the café owners’ association of the city.")
    # (Windows-1252 has no character for byte 0x9d, the end of "”": such a byte stays a C1 control.)
    broken = "".join(bytes([b]).decode("cp1252", errors="strict") if b not in (0x81, 0x8d, 0x8f, 0x90, 0x9d)
                     else chr(b) for b in body.encode("utf-8"))
    assert "â€™" in broken and "Ã¼" in broken and "Å„" in broken
    path = tmp_path / "old-scrape.txt"
    path.write_text("Envoy meets officials in Würzburg\n\n" + broken + "\n", encoding="utf-8")
    (a,) = extract_file(path).articles
    assert a.text() == body and a.title == "Envoy meets officials in Würzburg"


@pytest.mark.parametrize("text", [
    "The naïve café’s crème brûlée, à la carte, in Ærøskøbing and São Paulo.",  # accents next to quotes stay
    "Київ, 3 липня; Zürich; Łódź; Ελλάδα; 東京.",
])
def test_clean_text_is_never_rewritten(text):
    assert decode_mod.repair_mojibake(text) == text


def test_utf8_bom_and_crlf(tmp_path):
    path = tmp_path / "bom.txt"
    body = "Russia's invasion shows no sign of letting up, officials in Kyiv said on Monday evening."
    path.write_bytes("\ufeffHeadline of the story here\r\n\r\n".encode() + body.encode() + b"\r\n")
    (a,) = extract_file(path).articles
    assert a.title == "Headline of the story here" and a.text() == body


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\n\t ", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
        ("doc.pdf", b"%PDF-1.7", "unsupported file type (.pdf)"),
    ],
)
def test_unusable_files(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SkipFile) as info:
        extract_file(path)
    assert info.value.reason == reason and "\n" not in info.value.reason


def test_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(decode_mod, "MAX_BYTES", 100)
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 100)
    with pytest.raises(SkipFile, match=r"file too large \(.* MB > 0 MB\)"):
        extract_file(path)


def test_real_limit_message():
    with pytest.raises(SkipFile) as info:
        decode_mod.check_size(60 * 1024 * 1024)
    assert info.value.reason == "file too large (60.0 MB > 50 MB)"


def test_jsonl_line_with_bad_bytes_is_one_problem(tmp_path):
    good = json.dumps({"id": "ok", "text": "Ships left the port of Odesa carrying grain, officials said."})
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(good.encode() + b"\n\xff\xfe not utf-8 at all\n" + good.replace("ok", "ok2").encode())
    fx = extract_file(path)
    assert [a.id for a in fx.articles] == ["ok", "ok2"] and fx.problems == ["line 2: not UTF-8 text"]


def test_a_bad_line_stays_one_problem_when_its_file_also_holds_mojibake(tmp_path):
    # The repair must not turn undecodable bytes into replacement characters a record would then keep.
    good = json.dumps({"id": "ok", "text": "Ships left Odesaâ€™s port carrying grain, officials said."},
                      ensure_ascii=False)
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(good.encode() + b"\n\xff\xfe not utf-8 at all\n" + good.replace('"ok"', '"ok2"').encode())
    fx = extract_file(path)
    assert [a.id for a in fx.articles] == ["ok", "ok2"] and fx.problems == ["line 2: not UTF-8 text"]
    assert fx.articles[0].text() == "Ships left Odesa’s port carrying grain, officials said."


def test_mojibake_escaped_inside_json_strings_is_repaired_too(tmp_path):
    # json.dumps' default writes "\u00e2\u0080\u0099": the file's text is clean ASCII, the record's is not.
    broken = "Odesa’s port and Würzburg’s mayor".encode().decode("latin-1")
    path = tmp_path / "ascii.jsonl"
    path.write_text(json.dumps({"id": "a", "title": broken, "text": broken + " met on Monday, officials said."}) + "\n",
                    encoding="ascii")
    (a,) = extract_file(path).articles
    assert a.title == "Odesa’s port and Würzburg’s mayor" and a.text().startswith("Odesa’s port and Würzburg’s")


def test_html_scripts_never_reach_the_title_or_text(tmp_path):
    page = ("<?xml version='1.0' encoding='utf-8'?><html><head><title>Air raid in Sumy</title></head><body>"
            "<article><h1>Air raid in Sumy <script>alert(8)</script></h1>"
            "<p>Russian drones struck an energy facility in Sumy overnight, regional officials said.</p>"
            "<noscript><p>noscriptleak</p></noscript><svg onload=alert(4)></svg>"
            "<p>Emergency crews worked through the night to restore power to thousands of homes.</p>"
            "</article></body></html>")
    path = tmp_path / "xss.html"
    path.write_text(page, encoding="utf-8")
    (a,) = extract_file(path).articles
    everything = a.title + a.text()
    assert a.title == "Air raid in Sumy"
    assert "alert" not in everything and "noscriptleak" not in everything


def test_broken_json_document_is_one_problem(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{\n  "title": "T",\n  "text": "unterminated\n}\n', encoding="utf-8")
    fx = extract_file(path)
    assert fx.articles == [] and len(fx.problems) == 1 and fx.problems[0].startswith("not valid JSON")
    lines = tmp_path / "lines.json"
    lines.write_text('{"text": "A body."}\n{"text": "B body."}\n', encoding="utf-8")
    assert [a.text() for a in extract_file(lines).articles] == ["A body.", "B body."]


def test_extensionless_html_is_read_as_html(tmp_path):
    path = tmp_path / "saved-page"
    path.write_text(PAGE, encoding="utf-8")
    (a,) = extract_file(path).articles
    assert a.extractor == "trafilatura" and a.title == "Drones hit Izhevsk plant"
