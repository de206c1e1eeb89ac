"""Round 57 (issue 11): a plain-text file's wire dateline stays at the head of its lead, so the entity pass reads its
place ("MOSCOW (Reuters) -") as it does in web pages; titles and ids are still made of the lead after it, and the
dateline's own date is no event. An invented wire file, extracted end to end."""
from __future__ import annotations

from pathlib import Path

import pytest

from indexer.dates.not_dates import not_date_reason
from indexer.extract import extract_file

_WIRE = """Dollar slips in quiet trade

OSLO (Reuters) - The Norwegian crown firmed against the dollar on Tuesday as exporters sold hard currency, dealers said.

The central bank kept its rate unchanged, a dealer said.
"""


def test_a_plain_text_wire_dateline_stays_in_the_lead_and_keeps_the_articles_id(tmp_path):
    path = Path(tmp_path) / "wire.txt"
    path.write_text(_WIRE, encoding="utf-8")
    (a,) = extract_file(path).articles
    assert a.dateline == "OSLO (Reuters)"
    assert a.paragraphs[0].text.startswith("OSLO (Reuters) - The Norwegian crown")
    # the id is made of the lead after the dateline, as before the dateline stayed in the text
    stripped = Path(tmp_path) / "stripped.txt"
    stripped.write_text(_WIRE.replace("OSLO (Reuters) - ", ""), encoding="utf-8")
    (b,) = extract_file(stripped).articles
    assert a.record_key == b.record_key


def test_a_lead_title_skips_the_dateline(tmp_path):
    path = Path(tmp_path) / "wire.txt"
    path.write_text(_WIRE.split("\n", 2)[2], encoding="utf-8")  # no headline: the title is the lead's
    (a,) = extract_file(path).articles
    assert a.title_source == "lead" and a.title.startswith("The Norwegian crown")


@pytest.mark.parametrize("span, before, after, reason", [
    ("July 3", "Kyiv [Ukraine], ", " (ANI): The Russian occupation governor said.", "dateline"),
    ("July 3", "New Delhi [India], ", " (ANI): The minister said.", "dateline"),
    ("July 3", "Paris, ", " (AFP) - The minister said.", "dateline"),
    ("Aug 20", "NEW YORK, ", " (Reuter) - Treasury prices were mixed.", "dateline"),
    ("July 3", "The talks ended in Paris, ", " (AFP) - the minister said.", None),  # no paragraph head
    ("July 3", "Kyiv [Ukraine], ", " the talks resumed.", None),  # no agency after it
])
def test_the_date_of_a_dateline_kept_in_the_lead_is_no_event(span, before, after, reason):
    assert not_date_reason(span, before, after) == reason


def test_the_seeds_ani_dateline_is_a_place_and_shown_once(client):
    """The ANI copy's "Kyiv [Ukraine], July 3 (ANI):" opens its lead, marks Kyiv as a place there, and the article
    page prints it once (the header line is for stores whose lead lost it)."""
    answer = client.get("/api/search", query_string={"source": "ANI", "copies": "all"}).get_json()
    (result,) = answer["results"]
    article = client.get(f"/api/articles/{result['id']}").get_json()
    assert article["dateline"] == "Kyiv [Ukraine], July 3 (ANI)"
    lead = article["paragraphs"][0]
    assert lead["text"].startswith(article["dateline"])
    head = [(e["kind"], e["value"]) for e in lead["entities"] if e["end"] <= len(article["dateline"])]
    assert ("place", "Kyiv") in head and not any(kind == "date" for kind, _ in head)
    page = client.get(f"/articles/{result['id']}").get_data(as_text=True)
    lead_html = page[page.index('<p id="p0"'):]
    assert lead_html[:lead_html.index("</p>")].count('title="place: Kyiv') == 1 and 'class="dateline"' not in page


def test_a_records_own_dateline_field_changes_no_id(tmp_path):
    """A JSON record's "dateline" field is the record's: its text was never cut, so its id is made of the whole
    lead as before (only plain text keeps a dateline it used to cut)."""
    import json

    from indexer.extract.build import content_id

    lead = "OSLO (Reuters) - The Norwegian crown firmed against the dollar on Tuesday, dealers said."
    path = Path(tmp_path) / "wire.jsonl"
    path.write_text(json.dumps({"title": "Crown firms", "text": lead, "dateline": "OSLO (Reuters)"}) + "\n",
                    encoding="utf-8")
    (a,) = extract_file(path).articles
    assert a.record_key == content_id(None, "Crown firms", lead)
