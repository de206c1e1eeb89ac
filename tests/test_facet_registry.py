"""Every place that knows a facet derives it from search/facet_registry.py: the Whoosh schema, the
parameter parser, the facet counts, the export row, the store columns, the web parameters and labels, the
OpenAPI spec, the CLI options and the search page. Each test compares one of them with the registry, so a
facet added to the registry and missing anywhere fails here."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from search import facet_registry as R
from search.model import Article, Mention, Paragraph


def test_names_are_unique_and_every_spec_is_complete():
    assert len(R.NAMES) == len(set(R.NAMES)) == len(R.FACETS)
    for f in R.FACETS:
        assert f.name.isidentifier() and f.name.islower(), f.name
        assert f.label and f.plural and f.about and f.store
        assert f.kind in (R.TERMS, R.DAYS)
    assert len(R.DAY_FACETS) == 1  # the histogram and the date_from/date_to ranges read one day facet


def test_every_producer_reference_names_a_function_on_the_indexer_side():
    from indexer.facet_values import producer

    for f in R.FACETS:
        assert f.producer.startswith("indexer."), f.producer
        assert callable(producer(f)), f.producer


def test_the_whoosh_schema_has_one_id_field_per_facet():
    from whoosh import fields

    from search.schema import FACET_FIELDS, build_schema

    schema = build_schema()
    assert FACET_FIELDS == R.NAMES
    for name in R.NAMES:
        assert isinstance(schema[name], fields.ID)


def _article() -> Article:
    text = "Zelensky met NATO officials in Kyiv on June 3, 2025."
    ms = [Mention(0, 0, 8, "Zelensky", "person", "Volodymyr Zelensky"),
          Mention(0, 13, 17, "NATO", "org", "NATO"),
          Mention(0, 31, 35, "Kyiv", "place", "Kyiv", region="Kyiv City", country="Ukraine"),
          Mention(0, 39, 51, "June 3, 2025", "date", "2025-06-03", date_end="2025-06-03", granularity="day")]
    a = Article(id="a1", title="T", paragraphs=[Paragraph(0, text)], source="AP", mentions=ms)
    for f in R.COLUMN_FACETS:
        a.facet_values[f.name] = [f"{f.name} value"]
    return a


def test_index_document_export_row_and_entities_come_from_the_specs():
    from search.facet_registry import EXPORT_COLUMNS
    from search.present import entities_summary, export_dict
    from search.schema import article_document

    a = _article()
    doc, row, ents = article_document(a), export_dict(a, 1.0), entities_summary(a)
    for f in R.FACETS:
        assert doc[f.name] == f.values(a) and row[f.name] == (a.source if f.name == "source" else f.values(a))
        assert f.values(a), f.name  # the sample article has a value for every facet
    assert list(row) == list(EXPORT_COLUMNS)
    assert list(ents) == list(R.ENTITY_FACETS)
    assert ents["person"] == [{"value": "Volodymyr Zelensky", "as_written": ["Zelensky"]}]
    assert ents["region"] == [{"value": "Kyiv City", "as_written": []}]


def test_the_parser_takes_every_facet_and_its_exclusion():
    from search.params import SEARCH_PARAMS, parse_params

    p = parse_params({n: ["2025-06-03" if n in R.DAY_FACETS else "x"] for n in R.NAMES}
                     | {f"not_{n}": ["2025-06-04" if n in R.DAY_FACETS else "y"] for n in R.NAMES})
    assert set(p.filters) == set(p.exclude) == set(R.NAMES)
    assert set(R.NAMES) | set(R.EXCLUDES) <= set(SEARCH_PARAMS)


def test_store_columns_round_trip(tmp_path):
    from search.store import Store

    a = _article()
    with Store(tmp_path) as store:
        store.replace_file("f.jsonl", "0" * 64, [a])
        back = store.get_article("a1")
        assert back.facet_values == a.facet_values
        for f in R.FACETS:
            assert f.values(back) == f.values(a), f.name


def test_web_names_labels_and_export_header_are_the_registrys(client):
    from web import params as P
    from web.export import EMPTY_HEADER

    assert P.FACETS == R.NAMES and P.EXCLUDES == R.EXCLUDES
    assert P.FACET_LABELS == {f.name: (f.label, f.plural) for f in R.FACETS}
    from search.facet_registry import EXPORT_COLUMNS
    from search.params import SEARCH_PARAMS

    assert P.SEARCH_PARAMS == SEARCH_PARAMS  # web keeps its own copy (it imports only the registry and engine)
    assert tuple(EMPTY_HEADER) == EXPORT_COLUMNS
    empty = client.get("/api/export.csv?q=zzzqqqnomatchzzz")
    assert next(csv.reader(io.StringIO(empty.get_data(as_text=True)))) == list(EXPORT_COLUMNS)


def test_the_served_openapi_spec_documents_every_facet(client):
    spec = client.get("/api/openapi.json").get_json()
    params = spec["components"]["parameters"]
    for f in R.FACETS:
        for name, text in ((f.name, R.filter_help(f)), (f.exclude, R.exclude_help(f))):
            assert params[name]["description"] == text
            for path in ("/", "/api/search", "/api/export.csv", "/api/export.json"):
                refs = [p["$ref"].rsplit("/", 1)[1] for p in spec["paths"][path]["get"]["parameters"]]
                assert name in refs, (path, name)
            assert name in spec["components"]["schemas"]["SearchRequest"]["properties"]
        assert f.name in spec["components"]["schemas"]["SearchAnswer"]["properties"]["facets"]["description"]
    assert set(spec["components"]["schemas"]["Entities"]["properties"]) == set(R.ENTITY_FACETS)
    assert "x-facet-parameters" not in json.dumps(spec)  # every marker was replaced


def test_the_search_answer_and_page_show_every_facet(client):
    answer = client.get("/api/search").get_json()
    assert set(answer["facets"]) == set(R.NAMES)
    page = client.get("/").get_data(as_text=True)
    for f in R.FACETS:
        if answer["facets"][f.name] and f.kind == R.TERMS:
            assert f'data-facet="{f.name}"' in page, f.name
    for f in R.FACETS:
        if f.kind == R.TERMS and f.name != "person":
            assert f"<code>{f.name}:</code>" in page  # the syntax help lists every fielded facet


@pytest.mark.parametrize("spec", R.FACETS, ids=lambda f: f.name)
def test_the_cli_search_command_has_an_option_per_facet_and_exclusion(spec):
    from indexer.cli import main

    help_text = CliRunner().invoke(main, ["search", "--help"]).output
    assert f"--{spec.name} " in help_text and f"--not-{spec.name} " in help_text


def test_the_cli_search_command_takes_every_api_parameter():
    from indexer.cli import search
    from search.params import SEARCH_PARAMS

    options = {p.name for p in search.params}
    assert set(SEARCH_PARAMS) - {"q"} <= options
    assert "query" in options  # q is the argument
