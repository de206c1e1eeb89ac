"""Hostile queries and parameters, through the Flask test client over the seed index.

Every request must answer 200, or 400 (414 for an over-long query string) with the error envelope
``{"error": {"code", "message", "param"}}`` — never a 500, never a stack trace. Free text (``q``) is never
rejected except for NUL bytes and its length limit (search/params.py, search/querytext.py say so), so the
q-only classes must answer 200. The JSON API and the HTML page are both driven with each case.
"""
from __future__ import annotations

import pytest
from support.robust import assert_envelope, assert_no_trace, assert_search_answer

LONG = 5000


@pytest.fixture(scope="module")
def client(seed_index_dir):
    """One app over the seed index for the whole module (hundreds of cases; a fresh app each costs an
    index open). Requests are independent GETs, so sharing it hides nothing; exports are few here."""
    from web import create_app

    app = create_app({"INDEX_DIR": str(seed_index_dir), "TESTING": True, "EXPORT_RATE_LIMIT": 1000})
    yield app.test_client()

# (class, query-string pairs). Pairs, not dicts: repeated names and raw values go through untouched.
Q_ONLY_CLASSES = {
    "quotes_brackets": ['"', '""', '"unbalanced', 'Kupol"', '"a" "b', "(", ")", "((", "))", "(Kupol", "Kupol)",
                        "[", "]", "{", "}", "[2025 TO", "date:[2025-06-20 TO", "(((((((((((a", ")))))))", '"(" ")"',
                        '(Kupol OR "Izhevsk)', "[]", "{}", "date:{2025 TO 2026]", "person:(", 'person:"'],
    "lone_operators": ["AND", "OR", "NOT", "-", "+", "AND OR NOT", "Kupol AND", "OR Kupol", "NOT NOT", "- -",
                       "--", "Kupol -", "-Kupol", "NOT Kupol", "!", "&&", "||", "^", "^2", "Kupol^", "Kupol^abc",
                       "TO", "ANDNOT", "ANDMAYBE", "AND AND AND", "+-+-", "-*", "NOT *"],
    "unknown_fields": ["foo:bar", ":", "person:", ":Kupol", "date:notadate", "date:[x TO y]",
                       "date:[2025-13-45 TO 2025-99-99]", "published:2025", "id:*", "title:", "body:kupol",
                       "spell:x", "copy_of:x", "id:../../etc/passwd", "source:", "region:*", "person:*a*",
                       "date:2025-02-30", "date:0000-00-00", "http://example.com/a?b=c", "a:b:c:d", "foo:\"bar baz\""],
    "cyrillic": ["Київ", "Харків", "\"Київ Харків\"", "person:Зеленський", "Москва OR Київ", "ҐЄЇІ",
                 "київ*", "Харків~", "область:Харківська"],
    "emoji_unicode": ["🔥", "🇺🇦 Kyiv", "👩‍👩‍👧‍👦", "Kyiv \u202e evil", "e\u0301\u0301\u0301", "\u200b",
                      "\ufeffKupol", "𝕂𝕦𝕡𝕠𝕝", "中文 新闻", "عربي", "\U0010ffff", "ﷺ", "Ⅻ", "ß", "İstanbul"],
    "wildcards": ["a*", "*", "?", "~", "*a", "?a", "**", "k*", "ku*", "Kup?l", "Izhevks~", "Izhevks~5", "~~",
                  "*:*", "a*b*c*d*e*", "*?*?*", "Kupol~0", "Kupol~-1", "Kupol~1.5", "?????", "z*", "*" * 50,
                  "a*" * 30],
    "long_queries": ["a" * LONG, ("Kupol " * (LONG // 6))[:LONG], "(" * LONG, '"' * LONG, "a* " * (LONG // 3),
                     "Київ " * (LONG // 5), "x" * 1000, "x" * 1001],
    "nul_bytes": ["\x00", "Kupol\x00", "a\x00b", "\x00" * 10],
    "deep_nesting": ["(" * 497 + "Kupol" + ")" * 497, "NOT " * 248 + "Kupol", "ku* " * 249, "-(" * 330,
                     "(a OR (b AND (c " * 55, '"Kupol' * 166, "Kupol OR " * 110 + "x", "Kupol~ " * 140,
                     "a AND " * 166, "person:x " * 110, "date:[2025-01-01 TO 2025-12-31] " * 30,
                     "z" * 999 + "~", "Kupol^999999999999", "Kupol~99999999"],
    "control_chars": ["\x01\x02\x03", "Kupol\x1b[31m", "\x7f", "a\rb\nc\td", "\x0b\x0c"],
}

PARAM_CLASSES = {
    "per_page": [[("per_page", v)] for v in ("0", "-1", "1", "100", "101", "100000", str(10 ** 30), "abc", "1e3",
                                             " 5", "5.5", "NaN", "∞", "٣", "+5", "0x10", "")],
    "page": [[("page", v)] for v in ("0", "-1", "1", "2", "999", str(10 ** 9), str(10 ** 30), "abc", "1.0", "-0",
                                     "١", "")],
    "sort": [[("sort", v)] for v in ("bogus", "RELEVANCE", "newest ", "../", "newest;drop", "relevance\x00",
                                     "newest", "oldest", "")],
    "facet_limit_copies": [[("facet_limit", v)] for v in ("-1", "0", "1", "1000", "1001", str(10 ** 9), "x")]
    + [[("copies", v)] for v in ("bogus", "ALL", "group", "all", "none")],
    "malformed_dates": [[(name, v)] for name in ("date_from", "date_to", "published_from", "published_to")
                        for v in ("2025-13-45", "2025-02-30", "yesterday", "0000-00-00", "9999-12-31", "-1", "2025",
                                  "2025-06", "2025/06/27", "27.06.2025", "2025-6-7", "99999-01-01", "2025-06-27T00:00")]
    + [[("date_from", "2025-07-01"), ("date_to", "2025-06-01")],
       [("date", "x")], [("date", "2025-06-27")], [("date", "2025-06")], [("not_date", "2025-02-30")]],
    "facet_values": [[("person", "<script>alert(1)</script>")], [("region", "Kharkiv Oblast"), ("not_region", "Kharkiv Oblast")],
                     [("person", "x" * 300)], [("person", "x" * 301)], [("source", "\x00")],
                     [("place", "Київ")], [("org", "🔥")], [("country", " ")],
                     [("person", f"p{i}") for i in range(101)], [("person", "Oleh Syniehubov")] * 50],
    "unknown_params": [[("foo", "bar")], [("q", "Kupol"), ("persn", "x")], [("", "x")], [("__proto__", "1")],
                       [("q[]", "x")], [("Q", "Kupol")]],
}


def _cases():
    for cls, values in Q_ONLY_CLASSES.items():
        for i, v in enumerate(values):
            yield pytest.param(cls, [("q", v)], id=f"{cls}-{i}")
    for cls, values in PARAM_CLASSES.items():
        for i, pairs in enumerate(values):
            yield pytest.param(cls, pairs, id=f"{cls}-{i}")


CASES = list(_cases())


def _allowed(cls: str) -> tuple[int, ...]:
    return (200, 400, 414) if cls == "long_queries" else (200, 400)


@pytest.mark.parametrize("cls,pairs", CASES)
def test_api_search_answers_200_or_400_envelope(client, cls, pairs):
    response = client.get("/api/search", query_string=pairs)
    assert_no_trace(response.get_data(as_text=True))
    if response.status_code == 200:
        assert_search_answer(response.get_json())
    else:
        err = assert_envelope(response, _allowed(cls))
        names = {name for name, _ in pairs}
        if len(names) == 1 and response.status_code == 400:
            assert err["param"] in names, err  # a 400 names the parameter at fault
    if cls in Q_ONLY_CLASSES and cls not in ("long_queries", "nul_bytes"):
        # Free text is never rejected: it degrades to something searchable.
        assert response.status_code == 200, response.get_json()
    if cls == "nul_bytes":
        assert response.status_code == 400


@pytest.mark.parametrize("cls,pairs", CASES)
def test_search_page_answers_200_or_400_and_never_reflects_markup(client, cls, pairs):
    response = client.get("/", query_string=pairs, headers={"Accept": "text/html"})
    body = response.get_data(as_text=True)
    assert_no_trace(body)
    assert response.status_code in _allowed(cls), (response.status_code, body[:300])
    for _name, value in pairs:
        if "<" in value:
            assert value not in body, "user input echoed unescaped"
    assert "<script>alert" not in body


@pytest.mark.parametrize("raw", ["q=%FF%FE", "q=%C0%AF", "q=%ED%A0%80", "q=%", "q=%zz", "person=%FF",
                                 "q=a&q=b&q=c", "q", "=", "&&&", "q=" + "%00" * 3, "page=%FF", "sort=%E2%80%AE"])
def test_raw_query_strings(client, raw):
    for path in ("/api/search", "/"):
        response = client.get(f"{path}?{raw}")
        assert_no_trace(response.get_data(as_text=True))
        assert response.status_code in (200, 400), (path, raw, response.status_code)
        if response.status_code == 400:
            assert_envelope(response)


@pytest.mark.parametrize("q", ["Київ", "Харків", "🔥", "a*", "*", "?", "~", '"unbalanced', "AND", "-", "foo:bar",
                               "\x00", "x" * LONG])
def test_article_page_and_export_take_hostile_q_too(client, q):
    seed_id = client.get("/api/search", query_string={"per_page": "1"}).get_json()["results"][0]["id"]
    for path in (f"/api/articles/{seed_id}", f"/articles/{seed_id}"):
        response = client.get(path, query_string={"q": q})
        assert_no_trace(response.get_data(as_text=True))
        assert response.status_code in (200, 400), (path, response.status_code)
        if response.status_code == 400 and path.startswith("/api/"):
            assert_envelope(response)
    response = client.get("/api/export.json", query_string={"q": q})
    assert_no_trace(response.get_data(as_text=True))
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert_envelope(response)
    else:
        import json

        rows = json.loads(response.get_data(as_text=True))
        ids = [r["id"] for r in rows]
        assert len(ids) == len(set(ids))


def test_forgiving_queries_do_what_a_person_expects(client):
    def total(**params):
        response = client.get("/api/search", query_string={"copies": "all", **params})
        assert response.status_code == 200, response.get_json()
        return response.get_json()["total"]

    everything = total()
    assert everything == 60
    assert total(q="*") == everything  # a bare star browses all
    assert total(q='"Kupol') >= 1  # the lone quote is dropped, not a 0-hit phrase of the rest
    assert total(q="Kupol AND") >= 1
    assert total(q="Kupol)") >= 1
    assert total(q="AND") == everything  # only an operator: nothing to search for
    assert total(q="-Kupol") == everything - total(q="Kupol")
    # Excluding a word also excludes it from the first positive match (whoosh's AndNot skipped that one).
    assert total(q="Kupol -Russia") == total(q="Kupol") - total(q="Kupol Russia")
    assert total(q="Kupol -Russia") == total(q="Kupol NOT Russia")
    assert total(q="Київ") == total(q="Київ")  # stable; the seeds are English so usually 0
    assert total(q="foo:bar") == total(q="foo bar")  # unknown field prefix is plain text
