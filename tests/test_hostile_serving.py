"""Issue 13 through the Flask test client: long pasted queries, the cost budget, long articles in parts,
CSV under any separator, bidi/zero-width text from documents, redirects without the Host header, NUL in q.

The index is written straight to the store (no NLP): Ukrainian articles built from one pool of sentences,
so the decoys share most of the pasted paragraph's words and only ranking finds its source.
"""
from __future__ import annotations

import csv
import io
import random
import re

import pytest
from support.robust import assert_envelope, assert_no_trace

SENTENCES = [
    "Російські війська вночі атакували енергетичну інфраструктуру області ударними безпілотниками.",
    "За словами начальника обласної військової адміністрації, сили протиповітряної оборони збили більшість дронів.",
    "Уламки пошкодили житловий будинок, школу та кілька автомобілів у приватному секторі.",
    "Рятувальники ліквідували пожежу на підприємстві, постраждалих госпіталізували до лікарні.",
    "Мешканців закликали не ігнорувати сигнали повітряної тривоги та залишатися в укриттях.",
    "Місцева влада повідомила про тимчасові відключення електроенергії в кількох громадах.",
    "Прокуратура розпочала досудове розслідування за фактом порушення законів та звичаїв війни.",
    "Увечері в місті знову пролунали вибухи, а на околицях зафіксували влучання в склад.",
    "Волонтери доставили генератори, воду та медикаменти до найбільш постраждалих сіл.",
    "Експерти зазначають, що інтенсивність обстрілів прикордонних районів зросла протягом тижня.",
    "Депутати міської ради зібралися на позачергове засідання, щоб виділити кошти на відновлення.",
    "Залізничники змінили розклад приміських поїздів через пошкодження контактної мережі.",
]
TOWNS = ["Балаклія", "Вовчанськ", "Куп'янськ", "Лозова", "Ізюм", "Чугуїв", "Золочів", "Дергачі", "Мерефа",
         "Люботин", "Барвінкове", "Красноград"]
SOURCE_ID = "uk00000000000005"


def _ukrainian_text(rng: random.Random, chars: int, town: str) -> str:
    out = []
    while sum(map(len, out)) < chars:
        sentence = rng.choice(SENTENCES)
        if rng.random() < 0.3:
            sentence = sentence[:-1] + f" поблизу міста {town}, {rng.randint(1, 40)} {rng.choice(['квітня', 'травня', 'червня'])}."
        out.append(sentence + " ")
    return "".join(out)


def _articles():
    from search.model import Article, Paragraph

    rng = random.Random(13)
    articles = []
    for i, town in enumerate(TOWNS):
        text = _ukrainian_text(rng, 14_000 if i == 5 else 3_000, town)
        paragraphs = [Paragraph(n, p) for n, p in enumerate(re.findall(r".{1,1500}(?:\s|$)", text, re.S))]
        articles.append(Article(id=f"uk{i:014d}", title=f"Обстріл: {town}", paragraphs=paragraphs,
                                source="Суспільне", published="2025-06-0%d" % (1 + i % 9),
                                published_source="metadata", url=f"https://example.org/uk/{i}"))
    # A long article (in parts), and one whose labels and URL carry bidi and zero-width controls.
    long_paragraphs = [Paragraph(n, f"Part text {n} " + "lengthy report words " * 400) for n in range(40)]
    long_paragraphs.append(Paragraph(40, "x" * 250_000))  # one paragraph longer than a part
    articles.append(Article(id="longarticle00001", title="A very long scrape", paragraphs=long_paragraphs,
                            source="Long Wire", published="2025-06-01", published_source="metadata"))
    articles.append(Article(
        id="bidiarticle00001", title="Bidi \u202eevil\u202c headline", source="Wire \u202eSSA\u200b",
        site="exa\u200bmple.org", published=None, url="https://good.example\u202e/moc.live\u200b",
        paragraphs=[Paragraph(0, "Bidi paragraph robustbidi with an override \u202e inside.")]))
    articles.append(Article(
        id="csvformula000001", title="Casualty figures;=1+7;by region", source="Wire;@SUM(A1)",
        published="2025-06-02", published_source="metadata", url="https://example.org/csv",
        paragraphs=[Paragraph(0, "Formula robustcsv article with =HYPERLINK in the text.")]))
    return articles


@pytest.fixture(scope="module")
def serving_index(tmp_path_factory):
    from search import index as search_index
    from search.store import Store

    index_dir = tmp_path_factory.mktemp("serving") / "idx"
    store = Store(index_dir)
    try:
        added, _ = store.replace_file("direct/serving", "1" * 64, _articles(), {})
        search_index.update(index_dir, store, added, [])
    finally:
        store.close()
    return index_dir


@pytest.fixture()
def client(serving_index):
    from web import create_app

    return create_app({"INDEX_DIR": str(serving_index), "TESTING": True}).test_client()


@pytest.fixture(scope="module")
def paste(serving_index):
    from search.store import Store

    store = Store(serving_index, readonly=True)
    try:
        article = store.get_article(SOURCE_ID)
    finally:
        store.close()
    text = " ".join(p.text for p in article.paragraphs)
    start = text.index(" ", 1500) + 1
    return text[start:start + 10_000]


# --- long pasted queries ------------------------------------------------------------------------------------

def test_a_pasted_10000_character_cyrillic_paragraph_finds_its_article_through_the_api(client, paste):
    assert len(paste) == 10_000 and re.search("[а-яі]", paste)
    response = client.post("/api/search", json={"q": paste, "per_page": 3})
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    answer = response.get_json()
    assert answer["results"][0]["id"] == SOURCE_ID
    assert answer["total"] <= len(TOWNS)  # the English articles share no word with it
    # Every GET parameter works in the body, including repeatable ones as lists.
    answer = client.post("/api/search", json={"q": paste, "source": ["Суспільне"], "not_source": "Long Wire",
                                              "sort": "relevance", "page": 1, "per_page": 5}).get_json()
    assert answer["results"][0]["id"] == SOURCE_ID


def test_a_pasted_10000_character_cyrillic_paragraph_finds_its_article_from_the_search_page(client, paste):
    response = client.post("/", data={"q": paste}, headers={"Accept": "text/html"})
    html = response.get_data(as_text=True)
    assert response.status_code == 200, html[:300]
    first = re.search(r'<ol class="result-list".*?<a href="([^"]+)"', html, re.S)
    assert first and first.group(1).startswith(f"/articles/{SOURCE_ID}")
    assert "too long to fit in a link" in html
    assert len(html) < 200_000  # the links keep the filters, not 60 KB of text each


def test_a_short_search_posted_from_the_box_is_redirected_to_its_link(client):
    response = client.post("/", data={"q": "Ізюм", "source": "Суспільне"}, headers={"Host": "evil.example"})
    assert response.status_code == 303
    location = response.headers["Location"]
    assert location.startswith("/?") and "evil.example" not in location
    assert client.get(location).status_code == 200


def test_too_long_is_refused_by_the_product_with_its_envelope_and_page(client, paste):
    err = assert_envelope(client.post("/api/search", json={"q": paste + "ї"}))
    assert err["param"] == "q"
    response = client.post("/", data={"q": paste + "ї"}, headers={"Accept": "text/html"})
    assert response.status_code == 400 and "<form" in response.get_data(as_text=True)
    # A GET cannot carry the paste: the app's own 414, as JSON and as the product's page.
    err = assert_envelope(client.get("/api/search", query_string={"q": paste}), (414,))
    assert err["code"] == "uri_too_long"
    response = client.get("/", query_string={"q": paste}, headers={"Accept": "text/html"})
    assert response.status_code == 414 and "newsfacet" in response.get_data(as_text=True)
    for body in ([1, 2], "text", {"q": {"nested": 1}}, {"q": True}, {"nope": "x"}):
        assert_envelope(client.post("/api/search", json=body))
    assert_envelope(client.post("/api/search", data=b"{not json", content_type="application/json"))
    assert_envelope(client.post("/api/search", data=b"x" * (300 * 1024), content_type="application/json"), (413,))


# --- the cost budget ----------------------------------------------------------------------------------------

def test_a_query_past_its_time_budget_answers_with_the_envelope(serving_index):
    from search.engine import Engine
    from web import create_app

    engine = Engine(serving_index, time_budget=1e-9)  # every checkpoint is already past the deadline
    client = create_app({"ENGINE": engine, "TESTING": True}).test_client()
    err = assert_envelope(client.get("/api/search", query_string={"q": "обстріл"}), (503,))
    assert err["code"] == "query_timeout" and err["param"] == "q"
    response = client.get("/", query_string={"q": "обстріл"}, headers={"Accept": "text/html"})
    assert response.status_code == 503 and "took too long" in response.get_data(as_text=True)
    engine.close()


def test_expansions_and_spelling_work_are_capped_per_query():
    from search import config, querytext, spelling

    class Reader:
        def __init__(self):
            self.scanned, self.fuzzy, self.spelled = 0, 0, 0

        def expand_prefix(self, field, prefix):
            for i in range(100_000):
                self.scanned += 1
                yield f"{prefix}{i:05d}"

        def doc_frequency(self, field, term):
            return 1 if term[-1].isdigit() else 0

        def terms_within(self, field, text, maxdist, prefix=0):
            self.spelled += 1
            return [text + "0"]

    class View:
        def __init__(self):
            self.r = Reader()
            self.searcher = self

        def reader(self):
            return self.r

    view = View()
    q = " ".join(f"{a}{b}*" for a in "bcdfg" for b in "aeiou")  # 25 two-letter prefixes
    pq = querytext.parse(q, view)
    leaves = [t for t in pq.query.leaves()]
    assert len(leaves) <= config.MAX_EXPANDED_TERMS
    assert view.r.scanned <= config.MAX_SCANNED_TERMS + 25
    gibberish = " ".join(f"zq{i}xv" for i in range(150))
    assert querytext.is_passage(gibberish)  # 150 words: a bag of words, no spelling at all
    words = [f"zqx{chr(97 + i)}vw" for i in range(20)]
    spelling.did_you_mean(view, " ".join(words), words, lambda d: [])
    assert view.r.spelled <= config.SPELL_MAX_WORDS * 2  # at most 2 edit distances per looked-up word


# --- long articles come in parts ----------------------------------------------------------------------------

def test_a_long_article_comes_in_parts_with_links_to_the_rest(client):
    from search import config

    answer = client.get("/api/articles/longarticle00001").get_json()
    assert answer["part"] == 1 and answer["parts"] >= 4
    assert sum(len(p["text"]) for p in answer["paragraphs"]) <= config.ARTICLE_PART_CHARS
    texts = []
    for part in range(1, answer["parts"] + 1):
        a = client.get("/api/articles/longarticle00001", query_string={"part": part}).get_json()
        assert sum(len(p["text"]) for p in a["paragraphs"]) <= config.ARTICLE_PART_CHARS
        texts.extend((p["n"], p["offset"], p["text"]) for p in a["paragraphs"])
    # Nothing lost, nothing repeated: the parts put back together are the article.
    whole = client.get("/api/articles/longarticle00001").get_json()
    by_paragraph: dict[int, str] = {}
    for n, offset, text in texts:
        assert len(by_paragraph.get(n, "")) == offset
        by_paragraph[n] = by_paragraph.get(n, "") + text
    assert by_paragraph[40] == "x" * 250_000 and len(by_paragraph) == 41
    html = client.get("/articles/longarticle00001", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert f"Part 1 of {whole['parts']}" in html and "/articles/longarticle00001?part=2" in html
    assert len(html) < 3 * config.ARTICLE_PART_CHARS
    assert_envelope(client.get("/api/articles/longarticle00001", query_string={"part": "99"}))
    assert_envelope(client.get("/api/articles/longarticle00001", query_string={"part": "x"}))


# --- CSV that stays inert under any separator ---------------------------------------------------------------

FORMULA = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")


@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_the_csv_export_stays_inert_whatever_separator_the_spreadsheet_uses(client, separator):
    body = client.get("/api/export.csv", query_string={"q": "robustcsv"}).get_data(as_text=True)
    assert "Casualty figures" in body
    # A spreadsheet in a `;` locale splits the `,` file at every `;` outside a field it saw open with a
    # quote; Python's csv reader with that separator splits the same way.
    for row in csv.reader(io.StringIO(body), delimiter=separator):
        for cell in row:
            assert not cell.strip(" ").startswith(FORMULA), (separator, cell)
    if separator == ",":
        rows = list(csv.DictReader(io.StringIO(body)))
        assert rows[0]["title"] == "Casualty figures;'=1+7;by region"  # every field one cell, defused
        assert all(line.startswith('"') for line in body.splitlines())  # every field quoted


# --- bidi and zero-width characters -------------------------------------------------------------------------

CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]")


def test_labels_and_urls_from_documents_are_isolated_and_stripped_of_controls(client):
    html = client.get("/articles/bidiarticle00001", headers={"Accept": "text/html"}).get_data(as_text=True)
    meta = re.search(r'<p class="meta">(.*?)</p>', html, re.S).group(1)
    assert "<bdi>Wire SSA</bdi>" in meta and "<bdi>example.org</bdi>" in meta
    assert "date unknown" in meta and not CONTROLS.search(meta)
    original = re.search(r"<dt>Original</dt><dd>(.*?)</dd>", html, re.S).group(1)
    href = re.search(r'href="([^"]+)"', original).group(1)
    shown = re.sub(r"<[^>]+>", "", original)
    assert href == shown == "https://good.example/moc.live"  # the link goes where its text says
    assert '<p id="p0" dir="auto">' in html  # the record keeps its characters, isolated as a block
    page = client.get("/", query_string={"q": "robustbidi"}, headers={"Accept": "text/html"}).get_data(as_text=True)
    result = re.search(r'<li class="result">(.*?)</li>', page, re.S).group(1)
    assert '<span class="source"><bdi>Wire SSA</bdi></span>' in result and "date unknown" in result
    assert not CONTROLS.search(re.sub(r'<p class="snippet".*?</p>', "", result, flags=re.S))
    facets = re.search(r'<aside class="sidebar".*?</aside>', page, re.S).group(0)
    assert "<bdi>Wire SSA</bdi>" in facets and not CONTROLS.search(facets)


def test_a_nul_in_q_is_never_echoed_raw(client):
    for accept in ("text/html", "application/json"):
        response = client.get("/", query_string={"q": "Kupol\x00<b>"}, headers={"Accept": accept})
        body = response.get_data(as_text=True)
        assert response.status_code == 400
        assert "\x00" not in body and "<b>" not in body
        assert_no_trace(body)


def test_head_requests_run_no_export_and_are_not_counted(serving_index):
    from web import create_app

    client = create_app({"INDEX_DIR": str(serving_index), "TESTING": True, "EXPORT_RATE_LIMIT": 2}).test_client()
    for _ in range(5):
        response = client.head("/api/export.csv", query_string={"q": "robustcsv"})
        assert response.status_code == 200 and response.get_data() == b""
    assert client.get("/api/export.csv", query_string={"q": "robustcsv"}).get_data()
    assert client.get("/api/export.json", query_string={"q": "robustcsv"}).get_data()
    assert_envelope(client.get("/api/export.csv", query_string={"q": "robustcsv"}), (429,))


def test_exports_streaming_at_once_are_limited_and_freed_when_they_end(serving_index):
    from web import create_app

    client = create_app({"INDEX_DIR": str(serving_index), "TESTING": True, "EXPORT_CONCURRENCY": 1}).test_client()
    first = client.get("/api/export.csv", query_string={"q": "robustcsv"}, buffered=False)
    assert first.status_code == 200
    err = assert_envelope(client.get("/api/export.json", query_string={"q": "robustcsv"}), (429,))
    assert "already running" in err["message"]
    first.get_data()
    first.close()  # the stream ended: the slot is free again
    assert client.get("/api/export.json", query_string={"q": "robustcsv"}).status_code == 200
