"""The ``newsfacet`` command line: a thin click layer over the indexer and search libraries.

Named library errors become ``click.ClickException`` (one line, non-zero exit), as sqlite-utils does.
"""
from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path

import click

from search import facet_registry
from search import params as search_params
from search.config import index_dir as default_index_dir


def friendly_errors(func):
    """Named failures become one line and a non-zero exit; a trace only with NEWSFACET_DEBUG=1."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        import sqlite3

        from search.errors import SearchError

        if os.environ.get("NEWSFACET_DEBUG"):
            return func(*args, **kwargs)
        index_dir = kwargs.get("index_dir")
        try:
            return func(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except SearchError as exc:
            raise click.ClickException(f"{exc.param + ': ' if exc.param else ''}{exc.message}") from exc
        except Exception as exc:  # noqa: BLE001 - every failure becomes one line with the advice that works
            if _disk_full(exc, index_dir):
                raise click.ClickException(
                    f"no space left on the disk holding {shown(index_dir)} ({_one_line(exc)}): free space and "
                    "re-run the same command; it resumes where it stopped (nothing committed is lost)") from exc
            if isinstance(exc, sqlite3.DatabaseError):
                raise click.ClickException(
                    f"the store {shown(index_dir)}/store.sqlite3 cannot be read ({_one_line(exc)}): it is the "
                    "source of truth, so restore it from a backup, or move it aside and run `newsfacet index` "
                    "on your folders again (the index is rebuilt from the new store)") from exc
            if isinstance(exc, OSError):
                raise click.ClickException(f"{shown(exc.filename or index_dir)}: {exc.strerror or exc}") from exc
            raise click.ClickException(  # the index is derived: a damaged one is rebuilt from the store
                f"{type(exc).__name__}: {_one_line(exc)} (`newsfacet check --index {shown(index_dir)}` says "
                "whether the index needs `newsfacet reindex`; re-running the same command is always safe)") from exc

    return wrapper


def shown(path) -> str:
    from .paths import shown as shown_path

    return shown_path(str(path))


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300]


def _disk_full(exc: BaseException, index_dir=None) -> bool:
    """Out of space anywhere in the chain (a library may fail again while cleaning up and hide the ENOSPC
    behind its own error), or the index directory's disk is full now."""
    import errno
    import shutil
    import sqlite3

    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if isinstance(exc, sqlite3.OperationalError) and "full" in str(exc).lower():
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    try:
        return index_dir is not None and shutil.disk_usage(index_dir).free < 1024 * 1024
    except OSError:
        return False


def index_option(func):
    """--index DIR, shared by every command; defaults to $NEWSFACET_INDEX, then ./data."""

    @click.option("--index", "index_dir", type=click.Path(file_okay=False, path_type=Path),
                  default=lambda: str(default_index_dir()), show_default="$NEWSFACET_INDEX or ./data",
                  help="Directory holding the store and the Whoosh index.")
    @functools.wraps(func)
    @friendly_errors
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """newsfacet: find what was reported, by whom, where and when."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@index_option
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="NER worker processes (default: all cores for large runs, 1 for small ones).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--global-ids", is_flag=True,
              help="JSONL ids are unique across all files (your harvester assigns them): use them as article "
                   "ids as they are. By default an id is scoped to its file, so two files can never collide.")
@click.option("--follow-symlinks", is_flag=True,
              help="Also index symlinks whose target is outside the indexed folders (skipped by default).")
@click.option("--keep-missing", is_flag=True,
              help="Keep the articles of files that vanished from an indexed folder (removed by default); "
                   "they are listed as missing.")
def index(paths: tuple[Path, ...], index_dir: Path, workers: int | None, as_json: bool, global_ids: bool,
          follow_symlinks: bool, keep_missing: bool) -> None:
    """Index files or folders (.txt, .html, .jsonl, .json) into DIR.

    Unchanged files are skipped, moved or renamed ones recognised by their content, and files that
    vanished from a folder indexed again are removed from the store and the index.
    """
    from search.index import IndexLocked

    from .pipeline import Options, index_paths
    from .progress import file_progress

    options = Options(global_ids=global_ids, follow_symlinks=follow_symlinks, prune=not keep_missing)
    try:
        with file_progress(enabled=sys.stderr.isatty() and not as_json) as on_file:
            summary = index_paths(paths, index_dir, workers=workers, on_file=on_file, on_wait=_tell_waiting(index_dir),
                                  options=options)
    except IndexLocked as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(summary.as_dict(), indent=2, ensure_ascii=False))
    else:
        from .progress import print_summary

        print_summary(summary)
    for path, reason in summary.skipped:
        click.echo(f"skipped {path}: {reason}", err=True)
    if summary.skipped:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@index_option
def remove(paths: tuple[Path, ...], index_dir: Path) -> None:
    """Remove the articles of files (or of every file under a folder) from the store and the index.

    The files may already be deleted. Indexing a folder that still holds them adds them back.
    """
    from search.index import IndexLocked

    from .pipeline import remove_paths

    try:
        summary, unknown = remove_paths(paths, index_dir, on_wait=_tell_waiting(index_dir))
    except IndexLocked as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"files removed:    {summary.files_removed}")
    click.echo(f"articles removed: {summary.removed}")
    for path in unknown:
        click.echo(f"not indexed: {path} (no stored file at or under this path)", err=True)
    if unknown:
        sys.exit(1)


def _tell_waiting(index_dir: Path):
    def tell(timeout: float) -> None:
        click.echo(f"another indexer holds the write lock on {index_dir}; waiting up to {timeout:g}s for it...",
                   err=True)

    return tell


@main.command()
@index_option
@click.option("--host", default=lambda: os.environ.get("HOST", "127.0.0.1"), show_default="$HOST or 127.0.0.1")
@click.option("--port", type=click.IntRange(1, 65535), default=lambda: int(os.environ.get("PORT", "8000")),
              show_default="$PORT or 8000")
@click.option("--workers", type=click.IntRange(1, 64), default=lambda: int(os.environ.get("WEB_CONCURRENCY", "2")),
              show_default="$WEB_CONCURRENCY or 2")
def serve(index_dir: Path, host: str, port: int, workers: int) -> None:
    """Serve the search page and JSON API with gunicorn."""
    env = dict(os.environ, NEWSFACET_INDEX=str(index_dir.resolve()))
    gunicorn = Path(sys.executable).with_name("gunicorn")
    # The one serving command (make run and the Procfile run this too): web/gunicorn_conf.py holds the
    # worker model, timeouts and limits.
    argv = [str(gunicorn) if gunicorn.exists() else "gunicorn", "--config", "python:web.gunicorn_conf",
            "--bind", f"{host}:{port}", "--workers", str(workers), "web:create_app()"]
    click.echo(f"newsfacet serving {index_dir} on http://{host}:{port}", err=True)
    os.execvpe(argv[0], argv, env)


def search_options(func):
    """One option per API search parameter: --<facet> and --not-<facet> for every facet of the registry
    (repeatable), then the ranges and settings of search/params.py. Values are checked by the engine, so
    the CLI refuses what the API refuses, with the same message."""
    options = []
    for f in facet_registry.FACETS:
        options.append(click.option(f"--{f.name}", f.name, multiple=True, help=facet_registry.filter_help(f)))
    for f in facet_registry.FACETS:
        options.append(click.option(f"--{f.exclude.replace('_', '-')}", f.exclude, multiple=True,
                                    help=facet_registry.exclude_help(f)))
    for name in (*search_params.RANGES, *search_params.SETTINGS):
        if name in search_params.FLAGS:  # --exact, not --exact 1
            options.append(click.option(f"--{name.replace('_', '-')}", name, is_flag=True, flag_value="1", default=None,
                                        help=search_params.HELP[name]))
            continue
        kind = click.Choice(search_params.CHOICES[name]) if name in search_params.CHOICES else None
        options.append(click.option(f"--{name.replace('_', '-')}", name, type=kind, help=search_params.HELP[name]))
    for option in reversed(options):
        func = option(func)
    return func


@main.command()
@click.argument("query", required=False, default="")
@index_option
@search_options
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON answer.")
def search(query: str, index_dir: Path, as_json: bool, **options) -> None:
    """Search from the shell: the same answer as GET /api/search."""
    from search.engine import Engine
    from search.errors import SearchError

    params: dict[str, list[str]] = {"q": [query]}
    for name, value in options.items():
        if value in (None, ()):
            continue
        params[name] = [str(v) for v in value] if isinstance(value, tuple) else [str(value)]
    engine = Engine(index_dir)
    try:
        answer = engine.search(params)
    except SearchError as exc:
        raise click.ClickException(f"{exc.param or 'query'}: {exc.message}") from exc
    finally:
        engine.close()
    if as_json:
        click.echo(json.dumps(answer, indent=2, ensure_ascii=False))
        return
    from .progress import print_results

    print_results(answer)


@main.command()
@index_option
def reindex(index_dir: Path) -> None:
    """Rebuild the Whoosh index from the store (no NLP) and swap it in atomically."""
    from search.index import IndexLocked

    from .pipeline import reindex as rebuild

    try:
        result = rebuild(index_dir)
    except IndexLocked as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"rebuilt the index of {index_dir} from the store: {result['articles']} articles "
               f"(generation {result['generation']}, {result.get('segments', 1)} segment(s), swapped in atomically)")


@main.command()
@index_option
@click.option("--json", "as_json", is_flag=True)
def check(index_dir: Path, as_json: bool) -> None:
    """Verify that the store and the index agree; says how to repair when they don't."""
    from search.index import check as check_index

    report = check_index(index_dir)
    if as_json:
        click.echo(json.dumps(report, indent=2))
    else:
        for key, value in report.items():
            click.echo(f"{key}: {value}")
    if not report.get("ok"):
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
