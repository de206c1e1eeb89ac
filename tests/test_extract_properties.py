"""Whatever text arrives, extraction returns articles or a SkipFile, never a crash or an oversized title."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indexer.extract import SkipFile, extract_file

# Lines built from the seed's own kinds of mess, so the detectors' branches are exercised together.
_PIECES = st.sampled_from([
    "", "25 Comments", "Login to comment", "-2 ( +5 / -7 )", "bass4funkToday 07:10 am JST", "Related Articles",
    "Al Jazeeraa day ago", "• Al Jazeera", "- Sheltering in basements -", "© Copyright 2025 AP.", "logo",
    "By ILLIA NOVIKOV", "Editor's note: Updated.", "Try Our AI Features", "0:00", "/",
    "Kyiv [Ukraine], July 3 (ANI): Russia said it had taken the whole region, officials told reporters.",
    "Russia says Moscow now occupies all of Ukraine’s Luhansk region",
    "A long sentence about the war in Ukraine that goes on and on with many words in it, officials said.",
    "Men ride vehicles near a building (Image/Reuters)",
])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.one_of(_PIECES, st.text(max_size=300)), max_size=40))
def test_plain_text_never_crashes(tmp_path, lines):
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    try:
        fx = extract_file(Path(tmp_path / "page.txt"), data=data)
    except SkipFile as exc:
        assert exc.reason and "\n" not in exc.reason
        return
    for a in fx.articles:
        assert 0 < len(a.title) <= 200 and a.paragraphs
        assert re.fullmatch(r"[0-9a-f]{16}", a.id)
        assert all(p.text == p.text.strip() and p.text for p in a.paragraphs)
    assert len({a.id for a in fx.articles}) == len(fx.articles)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000))
def test_any_bytes_are_handled(tmp_path, data):
    for name in ("x.txt", "x.jsonl", "x.json", "x.html"):
        try:
            extract_file(Path(tmp_path / name), data=data)
        except SkipFile as exc:
            assert exc.reason and "\n" not in exc.reason


@pytest.mark.parametrize("text", [".", "\u200b\n.", "Zero\u200b\u200b"])
def test_a_lead_of_only_a_full_stop_or_an_invisible_headline_still_makes_a_title(tmp_path, text):
    # (found by the property above: a page of "." became an article titled "")
    try:
        fx = extract_file(Path(tmp_path / "page.txt"), data=text.encode("utf-8"))
    except SkipFile:
        return
    assert all(a.title for a in fx.articles)


def test_a_headline_of_invisible_characters_gives_way_to_the_lead():
    from indexer.extract.build import Draft, Origin, build

    article = build(Draft(headline="\u200b\u2060", paragraphs=["Rain fell on Monday. More came."]),
                    Origin(path="x.txt", sha256="", extractor="plaintext"), 0, set())
    assert article.title == "Rain fell on Monday" and article.title_source == "lead"
