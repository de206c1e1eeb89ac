"""The author facet: one registry entry (search/facet_registry.py), its producer (indexer/bylines.py) and
store migration 3. Everything a user sees of it -- the API's facet and filters, the export column, the
CLI options, the OpenAPI parameters and the search page -- comes from that entry."""
from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from support.ingest import BODY, check, cli, client, index_json, search, write_jsonl

from indexer.bylines import authors, person_name
from search.model import Article, Paragraph

FIXTURES = Path(__file__).parent / "fixtures"


def _byline(byline: str | None, source: str | None = None, paragraphs: tuple[str, ...] = ()) -> list[str]:
    pars = [Paragraph(i, t) for i, t in enumerate(paragraphs)]
    return authors(Article(id="x", title="t", paragraphs=pars, byline=byline, source=source))


@pytest.mark.parametrize("byline,expected", [
    ("ILLIA NOVIKOV and GEIR MOULSON", ["Illia Novikov", "Geir Moulson"]),    # the AP seed, shouted
    ("By Jane Doe, Associated Press", ["Jane Doe"]),                          # agency credit after a comma
    ("By SAMYA KULLAB in Kyiv", ["Samya Kullab"]),                            # where filed is not the name
    ("Jane Doe | Senior Correspondent", ["Jane Doe"]),                        # a role is not a person
    ("Jane Doe; Oleksiy Petrenko", ["Jane Doe", "Oleksiy Petrenko"]),         # trafilatura's joiner
    ("Ana Lima, Tom Hale and Eve Chen", ["Ana Lima", "Tom Hale", "Eve Chen"]),
    ("JOHN O'BRIEN & MARY-ANNE MCDONALD", ["John O'Brien", "Mary-Anne McDonald"]),
    ("Maria de la CRUZ", ["Maria de la Cruz"]),
    ("Written by Kate Brown (Reuters)", ["Kate Brown"]),
    ("Reuters", []), ("AFP", []), ("By The Associated Press", []), ("Reuters staff", []),
    ("Staff Writer", []), ("By our correspondent", []), ("Web Desk", []),
    ("https://www.facebook.com/janedoe", []), ("@janedoe", []), ("Madonna", []),
])
def test_byline_parts_become_people_and_only_people(byline, expected):
    assert _byline(byline) == expected


@pytest.mark.parametrize("byline,expected", [
    ("Oksana Nowak Marketing Manager", ["Oksana Nowak"]),           # a job title after the name
    ("Keith Barry Senior Autos Reporter", ["Keith Barry"]),
    ("Jane Doe Founder", ["Jane Doe"]),
    ("By Michel Jordan Jul 1, 2015", ["Michel Jordan"]),             # a date run into the name
    ("Laura Kennedy July", ["Laura Kennedy"]),
    ("Author Tracey Bible Your Part-Time Controller", ["Tracey Bible"]),
    ("Tom Hale See more", ["Tom Hale"]),
    ("Sarah Knowles MW", ["Sarah Knowles"]), ("By Jane Doe MP and John Roe OBE", ["Jane Doe", "John Roe"]),
    # names that hold such words stay whole; labels and bodies are still no people
    ("April Ryan", ["April Ryan"]), ("John Head", ["John Head"]), ("Mary Ann May", ["Mary Ann May"]),
    ("Lawrence Berkeley National Laboratory", []), ("ACO Rankings Team", []), ("Nicoletta Ri Trending Editor", []),
])
def test_a_name_is_cut_before_the_role_label_or_date_that_follows_it(byline, expected):
    assert _byline(byline) == expected


def test_the_articles_own_outlet_is_not_an_author():
    assert _byline("Jane Doe, Kyiv Post Daily", source="Kyiv Post Daily") == ["Jane Doe"]
    assert _byline("Example Tribune", source="Example Tribune") == []


def test_a_by_line_opening_the_body_counts_but_a_sentence_starting_with_by_does_not():
    assert _byline(None, paragraphs=("By Jane Doe", BODY)) == ["Jane Doe"]
    assert _byline(None, paragraphs=("By the end of the week, Russia had advanced.", BODY)) == []
    assert _byline(None, paragraphs=(BODY, "By Jane Doe")) == []  # too deep into the body


def test_person_name_rejects_noise():
    assert person_name("Jane 2 Doe") is None and person_name("Jane <b>Doe</b>") is None
    assert person_name("A Very Long Name With Too Many Words") is None


def _page(meta_author: str | None, jsonld: str | None) -> str:
    meta = f'<meta name="author" content="{meta_author}">' if meta_author else ""
    ld = f'<script type="application/ld+json">{jsonld}</script>' if jsonld else ""
    return (f"<!doctype html><html><head><title>Drones hit Izhevsk plant</title>{meta}{ld}</head><body><article>"
            "<h1>Drones hit Izhevsk plant</h1>"
            f"<p>Ukrainian drones struck the Kupol plant in Izhevsk overnight, the governor said. {BODY}</p>"
            f"<p>The plant makes air defence systems and attack drones, officials said. {BODY}</p></article>"
            '<section id="comments" class="comments"><h3>Comments</h3>'
            '<div class="comment"><span class="comment-author">Troll McTrollface</span>'
            "<p>This is fake news and everyone knows it, wake up people, I have said it before.</p></div>"
            '<div class="comment"><span class="author">Bob Commenter</span>'
            "<p>Great reporting, thank you for covering this story in so much detail.</p></div></section>"
            "</body></html>")


_LD_TWO = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Drones hit Izhevsk plant", '
           '"author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "Oleksiy Petrenko"}], '
           '"publisher": {"@type": "Organization", "name": "Example News"}, '
           '"comment": [{"@type": "Comment", "author": {"@type": "Person", "name": "Troll McTrollface"}}]}')
_LD_ORG = ('{"@context": "https://schema.org", "@type": "NewsArticle", '
           '"author": {"@type": "Organization", "name": "Reuters"}}')


@pytest.fixture(scope="module")
def indexed(tmp_path_factory) -> Path:
    """A folder of every byline shape, indexed once through `newsfacet index`."""
    root = tmp_path_factory.mktemp("bylines")
    src = root / "in"
    write_jsonl(src / "wire.jsonl",
                {"id": "1", "title": "Kupol hit", "source": "AP", "byline": "By JANE DOE, Associated Press",
                 "text": f"Kupolword one. {BODY}"},
                {"id": "2", "title": "Odesa port", "source": "AP", "author": "Jane Doe and Tom Hale",
                 "text": f"Odesaword two. {BODY}"},
                {"id": "3", "title": "Agency only", "source": "Reuters", "byline": "Reuters",
                 "text": f"Agencyword three. {BODY}"})
    (src / "story.txt").write_text(
        "Drones strike a refinery in Saratov overnight\n\nBy ILLIA NOVIKOV and GEIR MOULSON\n\n"
        f"Refineryword. {BODY}\n\n{BODY}\n\nComments\n\nBy Troll Person\n\nFake news, all of it.\n",
        encoding="utf-8")
    (src / "meta.html").write_text(_page("Kate Brown", None), encoding="utf-8")
    (src / "jsonld.html").write_text(_page(None, _LD_TWO).replace("Izhevsk plant", "Izhevsk works"),
                                     encoding="utf-8")
    (src / "org.html").write_text(_page(None, _LD_ORG).replace("Izhevsk plant", "Votkinsk plant"),
                                  encoding="utf-8")
    index_json(src, "--index", root / "idx")
    return root / "idx"


def _authors(answer: dict) -> dict[str, int]:
    return {e["value"]: e["count"] for e in answer["facets"]["author"]}


def test_the_api_counts_reporters_from_every_kind_of_file(indexed):
    counts = _authors(search(indexed))
    assert counts == {"Jane Doe": 3, "Tom Hale": 1, "Illia Novikov": 1, "Geir Moulson": 1, "Kate Brown": 1,
                      "Oleksiy Petrenko": 1}
    # Never a commenter, an agency or the page's publisher.
    assert not {"Troll McTrollface", "Bob Commenter", "Troll Person", "Reuters", "Associated Press"} & set(counts)


def test_filter_and_exclude_by_author(indexed):
    assert search(indexed, author="Jane Doe")["total"] == 3
    assert search(indexed, author=["Tom Hale", "Kate Brown"])["total"] == 2  # OR within the facet
    assert search(indexed, author="Jane Doe", not_author="Tom Hale")["total"] == 2
    assert search(indexed, "author:novikov")["total"] == 1  # the query syntax knows the field too


def test_the_result_and_article_list_their_authors(indexed):
    hit = search(indexed, "Odesaword")["results"][0]
    assert [e["value"] for e in hit["entities"]["author"]] == ["Jane Doe", "Tom Hale"]
    article = client(indexed).get(f"/api/articles/{hit['id']}").get_json()
    assert [e["value"] for e in article["entities"]["author"]] == ["Jane Doe", "Tom Hale"]
    page = client(indexed).get(f"/articles/{hit['id']}").get_data(as_text=True)
    assert "/?author=Tom+Hale" in page  # linked to its facet


def test_export_cli_openapi_and_page_show_the_facet(indexed):
    c = client(indexed)
    rows = list(csv.DictReader(io.StringIO(c.get("/api/export.csv?author=Tom+Hale").get_data(as_text=True))))
    assert [r["author"] for r in rows] == ["Jane Doe; Tom Hale"]
    spec = c.get("/api/openapi.json").get_json()
    refs = [p["$ref"] for p in spec["paths"]["/api/search"]["get"]["parameters"]]
    assert "#/components/parameters/author" in refs and "#/components/parameters/not_author" in refs
    out = cli("search", "--index", indexed, "--author", "Jane Doe", "--not-author", "Tom Hale", "--copies", "all",
              "--json").stdout
    assert json.loads(out)["total"] == 2
    page = c.get("/?author=Jane+Doe").get_data(as_text=True)
    assert 'data-facet="author"' in page and "Authors (bylines)" in page


def test_a_v1_store_gains_authors_from_its_stored_bylines_without_reindexing_files(tmp_path):
    """Migration 3 adds the column empty (NULL); the next `newsfacet reindex` produces the values from the
    bylines already stored (no file is read, no NLP runs)."""
    from search import migrations

    idx = tmp_path / "idx"
    idx.mkdir()
    shutil.copy(FIXTURES / "store_v1.sqlite3", idx / "store.sqlite3")
    with sqlite3.connect(idx / "store.sqlite3") as db:
        db.execute("UPDATE articles SET byline='By JANE DOE, Associated Press' WHERE id='old-1'")
    cli("reindex", "--index", idx)
    with sqlite3.connect(idx / "store.sqlite3") as db:
        assert migrations.version(db) >= 3
        assert dict(db.execute("SELECT id, authors FROM articles")) == {"old-1": '["Jane Doe"]', "old-2": "[]"}
    assert _authors(search(idx)) == {"Jane Doe": 1}
    assert check(idx)["ok"]


def test_an_index_built_before_the_facet_is_rebuilt_by_the_next_run(tmp_path, monkeypatch):
    """An index whose schema lacks the author field (built by the previous release) is still served, and
    the next `newsfacet index` fills the facet: the store backfills the column, the index is rebuilt."""
    import search.index as search_index
    import search.schema as schema

    src = tmp_path / "in"
    write_jsonl(src / "w.jsonl", {"id": "1", "title": "Kupol", "source": "AP", "byline": "By Kate Brown",
                                  "text": f"Kupolword. {BODY}"})
    idx = tmp_path / "idx"
    with monkeypatch.context() as m:  # the previous release: no author field, no column values
        m.setattr(schema, "FACET_FIELDS", tuple(n for n in schema.FACET_FIELDS if n != "author"))
        document = search_index.article_document
        m.setattr(search_index, "article_document", lambda a: {k: v for k, v in document(a).items() if k != "author"})
        m.setattr("indexer.facet_values.fill", lambda articles: None)
        index_json(src, "--index", idx)
    with sqlite3.connect(idx / "store.sqlite3") as db:
        assert db.execute("SELECT authors FROM articles").fetchall() == [(None,)]
    assert search(idx)["total"] == 1 and _authors(search(idx)) == {}  # served, facet empty
    summary = index_json(src, "--index", idx)
    assert summary["files_unchanged"] == 1  # no file re-read
    assert _authors(search(idx)) == {"Kate Brown": 1}
    assert check(idx)["ok"]
