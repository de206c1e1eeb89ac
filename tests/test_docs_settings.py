"""The README's settings table names every environment variable the code reads (docs the tests keep honest)."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _read_in_code() -> set[str]:
    names: set[str] = set()
    for package in ("indexer", "search", "web", "bench"):
        for path in (ROOT / package).rglob("*.py"):
            names |= set(re.findall(r"\bNEWSFACET_[A-Z0-9_]*[A-Z0-9]\b", path.read_text(encoding="utf-8")))
    return names


def test_every_newsfacet_variable_the_code_reads_is_in_the_readme_table():
    table = set(re.findall(r"^\| `(NEWSFACET_[A-Z0-9_]+)`", (ROOT / "README.md").read_text(encoding="utf-8"), re.M))
    code = _read_in_code()
    assert "NEWSFACET_INDEX" in code and "NEWSFACET_ORG_PEOPLES" in code  # (the scan finds what it should)
    assert code - table == set(), f"read in the code, missing from README's settings table: {sorted(code - table)}"
    assert table - code == set(), f"in README's settings table, read nowhere: {sorted(table - code)}"


def test_each_variable_has_one_row_so_one_name_never_switches_two_rules():
    """Round 61: round 60 gave its firm-head reading the name round 37's already had, so one variable turned two
    rules off; a second row for a name is how that shows."""
    rows = re.findall(r"^\| `(NEWSFACET_[A-Z0-9_]+)`", (ROOT / "README.md").read_text(encoding="utf-8"), re.M)
    twice = sorted({r for r in rows if rows.count(r) > 1})
    assert twice == [], f"README's settings table has more than one row for {twice}"
