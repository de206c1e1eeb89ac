"""Small corpora and CLI helpers for the ingest tests (issue 12): everything through ``newsfacet`` and HTTP."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from indexer.cli import main

BODY = ("Air defence units shot down most of the drones over the region overnight, the governor said, "
        "while debris damaged several homes and a school in the eastern district.")


def write_jsonl(path: Path, *records) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def numbered(tag: str, n: int = 3) -> list[dict]:
    """Records numbered 1..n as many harvesters number them per file; the text is unique to ``tag``."""
    return [{"id": str(i), "title": f"{tag} report {i}", "source": "Wire",
             "text": f"{tag}word{i} happened in Kharkiv on day {i}. {BODY}"} for i in range(1, n + 1)]


def cli(*args: str, ok: tuple[int, ...] = (0,)):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code in ok, (args, result.exit_code, result.output, result.exception)
    return result


def index_json(*args, ok: tuple[int, ...] = (0,)) -> dict:
    """``newsfacet index ARGS --json``: the run's summary."""
    result = cli("index", *args, "--json", ok=ok)
    return json.loads(result.stdout)


def check(index_dir: Path) -> dict:
    result = cli("check", "--index", index_dir, "--json", ok=(0, 1))
    report = json.loads(result.stdout)
    report["_rc"] = result.exit_code
    return report


def client(index_dir: Path):
    from web import create_app

    return create_app({"INDEX_DIR": str(index_dir), "TESTING": True}).test_client()


def search(index_dir: Path, q: str = "", **params) -> dict:
    response = client(index_dir).get("/api/search", query_string={"q": q, "copies": "all", "per_page": "100",
                                                                  **params})
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    return response.get_json()


def stored_ids(index_dir: Path) -> set[str]:
    from search.store import Store

    with Store(index_dir, readonly=True) as store:
        return store.article_ids()
