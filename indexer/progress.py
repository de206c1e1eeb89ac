"""What the CLI shows a person: a progress bar while indexing, a summary after, results of a search."""
from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator

import click

from .pipeline import IndexSummary


@contextlib.contextmanager
def file_progress(enabled: bool) -> Iterator[Callable[[str], None]]:
    """A callback to call once per file handled; draws a tqdm bar on a terminal, nothing otherwise."""
    if not enabled:
        yield lambda path: None
        return
    from tqdm import tqdm

    with tqdm(unit="file", desc="indexing", leave=False) as bar:
        def tick(path: str) -> None:
            bar.set_postfix_str(path[-40:], refresh=False)
            bar.update(1)

        yield tick


def print_summary(summary: IndexSummary) -> None:
    echo = click.echo
    echo(f"files indexed:   {summary.files} ({summary.files_new} new, {summary.files_updated} updated)")
    echo(f"files unchanged: {summary.files_unchanged}")
    if summary.files_moved:
        echo(f"files moved:     {summary.files_moved} (recognised by content, articles kept)")
    echo(f"files removed:   {summary.files_removed}")
    if summary.missing:
        echo(f"files missing:   {len(summary.missing)} (kept because of --keep-missing)")
    echo(f"articles:        {summary.articles}")
    echo(f"collided:        {summary.collided}")
    echo(f"paragraphs:      {summary.paragraphs}")
    kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(summary.entities.items()))
    echo(f"mentions:        {sum(summary.entities.values())}" + (f" ({kinds})" if kinds else ""))
    if summary.copies:
        echo(f"syndicated copies grouped: {summary.copies}")
    if summary.removed:
        echo(f"articles removed: {summary.removed}")
    if summary.dropped:
        echo("left out of article text:")
        for reason, n in summary.dropped.most_common():
            echo(f"  {n:5d}  {reason}")
    for path, problem in summary.problems:
        echo(f"problem in {path}: {problem}")
    for path, collision in summary.collisions:
        echo(f"collision in {path}: {collision}")
    for path in summary.missing:
        echo(f"missing: {path}")
    echo(f"files skipped:   {len(summary.skipped)}")


_MARK = re.compile(r"</?mark>")


def print_results(answer: dict) -> None:
    import html

    click.echo(f"{answer['total']} articles" + (f" (did you mean {answer['did_you_mean']}?)"
                                                if answer.get("did_you_mean") else ""))
    for typed, spellings in (answer.get("expanded") or {}).items():
        click.echo(f"also searched for {typed}: {', '.join(s for s in spellings if s != typed)} (--exact: only as typed)")
    for n, result in enumerate(answer["results"], start=(answer["page"] - 1) * answer["per_page"] + 1):
        published = result.get("published") or "date unknown"
        click.echo(f"\n{n}. {result['title']}  [{result.get('source') or '?'}, {published}]  id={result['id']}")
        for snippet in result.get("snippets", []):
            text = html.unescape(_MARK.sub("", snippet["html"].replace("<mark>", "**").replace("</mark>", "**")))
            click.echo(f"   {text[:300]}")
