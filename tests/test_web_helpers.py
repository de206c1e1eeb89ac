"""Pure helpers of web/: URL state, paragraph markup, export flattening."""
from __future__ import annotations

from markupsafe import Markup

from web import create_app, urls
from web.export import csv_stream, flatten, json_stream
from web.marking import mark_paragraph, mark_ranges

PAIRS = [("q", "kyiv"), ("person", "A"), ("page", "3"), ("not_org", "B")]


def test_toggle_adds_removes_and_flips_include_exclude():
    assert urls.toggle(PAIRS, "person", "C") == [("q", "kyiv"), ("person", "A"), ("not_org", "B"), ("person", "C")]
    assert urls.toggle(PAIRS, "person", "A") == [("q", "kyiv"), ("not_org", "B")]
    assert urls.toggle(PAIRS, "not_person", "A") == [("q", "kyiv"), ("not_org", "B"), ("not_person", "A")]
    assert urls.toggle(PAIRS, "org", "B") == [("q", "kyiv"), ("person", "A"), ("org", "B")]


def test_replace_and_without_reset_the_page_except_for_paging():
    assert urls.replace(PAIRS, "q", "kiev") == [("q", "kiev"), ("person", "A"), ("not_org", "B")]
    assert urls.replace(PAIRS, "page", "4") == [("q", "kyiv"), ("person", "A"), ("page", "4"), ("not_org", "B")]
    assert urls.replace(PAIRS, "sort", "newest")[-1] == ("sort", "newest")
    assert urls.replace(PAIRS, "q", None) == [("person", "A"), ("not_org", "B")]
    assert urls.without(PAIRS, "person") == [("q", "kyiv"), ("not_org", "B")]


def test_href_encodes_every_value():
    app = create_app({"ENGINE": object()})
    with app.test_request_context():
        assert urls.href("pages.search", [("person", 'a&b "c"'), ("q", "x y")]) == "/?person=a%26b+%22c%22&q=x+y"
        assert urls.href("pages.article", [], id="a b") == "/articles/a%20b"


def _url(kind, value):
    return f"/?{kind}={value}"


def test_mark_ranges_recovers_offsets_from_escaped_html():
    text = "Tom & <Jerry> met Kupol"
    html = "Tom &amp; &lt;<mark>Jerry</mark>&gt; met <mark>Kupol</mark>"
    assert [text[a:b] for a, b in mark_ranges(text, html)] == ["Jerry", "Kupol"]
    assert mark_ranges(text, "different text") == []


def test_paragraph_merges_entity_links_and_query_marks_and_escapes():
    text = "Zelensky said <b>Kupol</b> & Izhevsk"
    para = {
        "n": 2, "text": text,
        "html": "Zelensky said &lt;b&gt;<mark>Kupol</mark>&lt;/b&gt; &amp; Izhevsk",
        "entities": [
            {"kind": "person", "value": "Volodymyr Zelensky", "text": "Zelensky", "start": 0, "end": 8},
            {"kind": "org", "value": "Kupol", "text": "Kupol", "start": 17, "end": 22},
            {"kind": "place", "value": "Izhevsk", "text": "Izhevsk", "start": 29, "end": 36,
             "region": "Udmurtia", "country": "Russia"},
            {"kind": "place", "value": "overlap", "start": 5, "end": 12},  # overlaps the first: skipped
        ],
    }
    out = mark_paragraph(para, _url)
    assert isinstance(out["html"], Markup) and out["n"] == 2
    assert out["html"] == (
        '<a class="ent ent-person" href="/?person=Volodymyr Zelensky" title="person: Volodymyr Zelensky">'
        'Zelensky</a> said &lt;b&gt;'
        '<a class="ent ent-org" href="/?org=Kupol" title="org: Kupol"><mark>Kupol</mark></a>'
        '&lt;/b&gt; &amp; '
        '<a class="ent ent-place" href="/?place=Izhevsk" title="place: Izhevsk (Udmurtia, Russia)">Izhevsk</a>'
    )


def test_paragraph_mark_crossing_an_entity_boundary_is_split_not_broken():
    text = "New York City"
    para = {"text": text, "html": "New <mark>York City</mark>",
            "entities": [{"kind": "place", "value": "New York", "start": 0, "end": 8}]}
    html = str(mark_paragraph(para, _url)["html"])
    assert html == ('<a class="ent ent-place" href="/?place=New York" title="place: New York">New '
                    "<mark>York</mark></a><mark> City</mark>")


def test_paragraph_ignores_bad_offsets_and_hostile_values():
    para = {"text": "abc", "html": None,
            "entities": [{"kind": "person", "value": '"><script>', "start": 0, "end": 3},
                         {"kind": "person", "value": "x", "start": 2, "end": 99},
                         {"kind": "evil", "value": "x", "start": 0, "end": 1}]}
    html = str(mark_paragraph(para, _url)["html"])
    assert "<script>" not in html and 'title="person: &#34;&gt;&lt;script&gt;"' in html


def test_flatten_joins_lists_and_reads_value_fields():
    row = {"id": "a", "person": ["X", "Y"], "entities": {"org": [{"value": "O", "as_written": []}]},
           "copies": [{"id": "b", "source": "AP"}], "score": None}
    assert flatten(row) == {"id": "a", "person": "X; Y", "org": "O", "copies": "b", "score": ""}


def test_streams_are_lazy():
    pulled = []

    def rows():
        for i in range(3):
            pulled.append(i)
            yield {"id": str(i)}

    app = create_app({"ENGINE": object()})
    with app.app_context():
        stream = csv_stream(rows())
        assert next(stream) == '"id"\r\n' and pulled == [0]
        assert "".join(stream) == '"0"\r\n"1"\r\n"2"\r\n'
        assert "".join(json_stream(iter([]))) == "[\n]\n"


def test_breakable_escapes_and_adds_break_chances():
    from web.views import breakable

    assert breakable("a/b.c") == "a/<wbr>b.<wbr>c"
    assert breakable("x" * 40) == "x" * 16 + "<wbr>" + "x" * 16 + "<wbr>" + "x" * 8
    assert breakable("<b>") == "&lt;b&gt;"
