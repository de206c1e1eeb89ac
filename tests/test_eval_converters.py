"""The converters of the fresh held-out corpora (eval/convert/ieer.py, bbc.py, onestop.py) on tiny fixtures:
a converter bug would silently shift every gold offset or let a copy or a Ukraine story through."""
from __future__ import annotations

import gzip
import json

from eval.convert import bbc, ieer, onestop

IEER_DOC = """<DOC>
<DOCNO> APW19980314.0391 </DOCNO>
<DATE_TIME> 03/14/1998 10:36:00 </DATE_TIME>
<BODY>
<HEADLINE>
Kenyans protest <b_enamex type="LOCATION">Nairobi<e_enamex> taxes
</HEADLINE>
<TEXT>
\t   <b_enamex type="LOCATION">NAIROBI<e_enamex>, <b_enamex type="LOCATION">Kenya<e_enamex> (<b_enamex type="ORGANIZATION">AP<e_enamex>) _ <b_numex type="CARDINAL">Thousands<e_numex> marched
with <b_enamex type="ORGANIZATION" status="opt">Finance<e_enamex> Minister <b_enamex type="PERSON">Datuk S.
\tSubramaniam<e_enamex> and the <b_enamex type="ORGANIZATION" alt="Red Crescent">Somali Red Crescent<e_enamex>.
<ANNOTATION>
\t   (STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)
</ANNOTATION>
\t   <b_enamex type="ORGANIZATION">The N.Y. Times News Service<e_enamex> saw &AMP; wrote of <b_enamex type="ORGANIZATION">Nazi<e_enamex> gold.
</TEXT>
</BODY>
</DOC>
"""


def test_ieer_text_and_gold_follow_our_span_convention(tmp_path):
    (tmp_path / "APW_19980314").write_text(IEER_DOC, encoding="latin-1")
    (tmp_path / "README").write_text("not a data file")
    articles, gold = ieer.convert(tmp_path)
    [article] = articles
    assert article["id"] == "ieer-apw19980314-0391"
    assert article["published"] == "1998-03-14" and article["source"] == "Associated Press"
    assert article["title"] == "Kenyans protest Nairobi taxes"
    text = article["text"]
    assert text.split("\n\n") == [
        "NAIROBI, Kenya (AP) _ Thousands marched with Finance Minister Datuk S. Subramaniam and the Somali "
        "Red Crescent.",
        "The N.Y. Times News Service saw & wrote of Nazi gold."]
    assert [(g["text"], g["type"]) for g in gold] == [
        ("NAIROBI", "place"), ("Kenya", "place"), ("AP", "org"), ("S. Subramaniam", "person"),
        ("Red Crescent", "org"), ("N.Y. Times News Service", "org")]
    assert all(text[g["start"]:g["end"]] == g["text"] for g in gold)


def test_bbc_drops_copies_and_ukraine_stories_and_keeps_paragraphs(tmp_path):
    root = tmp_path / "bbc"
    (root / "politics").mkdir(parents=True)
    (root / "sport").mkdir()
    (root / "politics" / "001.txt").write_text("Blair speaks\n\nTony Blair spoke.\n\nMr Blair left.\n")
    (root / "politics" / "002.txt").write_text("Copy\n\nTony Blair spoke.\n\nMr Blair left.\n")
    (root / "politics" / "003.txt").write_text("Kiev\n\nUkraine votes again.\n")
    (root / "sport" / "001.txt").write_bytes("Caf\xe9 win\n\nA \xa31m deal.\n".encode("latin-1"))
    articles = bbc.convert(root, 10)
    assert [a["id"] for a in articles] == ["bbc-politics-001", "bbc-sport-001"]
    assert articles[0]["text"] == "Tony Blair spoke.\n\nMr Blair left." and articles[0]["title"] == "Blair speaks"
    assert articles[1]["text"] == "A £1m deal."  # the odd Latin-1 file of the set
    assert bbc.convert(root, 1)[0]["id"] in {"bbc-politics-001", "bbc-sport-001"}


def test_onestop_reads_the_advanced_level_without_its_byte_order_mark(tmp_path):
    (tmp_path / "WNL Vienna-adv.txt").write_text("\ufeffVienna is best.\nZurich is next. \n", encoding="utf-8")
    (tmp_path / "Kiev-adv.txt").write_text("Ukraine story.\n", encoding="utf-8")
    (tmp_path / "Vienna-int.txt").write_text("An easier version.\n", encoding="utf-8")
    [article] = onestop.convert(tmp_path)
    assert article["id"] == "onestop-wnl-vienna" and article["title"] == "WNL Vienna"
    assert article["text"] == "Vienna is best.\n\nZurich is next."
    onestop.main([str(tmp_path), str(tmp_path / "out")])
    with gzip.open(tmp_path / "out" / "articles.jsonl.gz", "rt", encoding="utf-8") as fh:
        assert [json.loads(line)["id"] for line in fh] == ["onestop-wnl-vienna"]
