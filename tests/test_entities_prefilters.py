"""The cheap tests read before a slow pattern (round 50's speed work) must never turn a match away.

Each prefilter is a necessary condition of its pattern: where the pattern matches, the prefilter lets it be
asked. Checked on every window before a word of the seeds' paragraphs and on hand-made edges (a title after a
bracket or a quote, "Dato'" ending in an apostrophe, a role after a dash, a window cut inside a long word)."""
import re

import pytest

from indexer.entities import name_titles, org_person_cues, orgs
from indexer.entities.guards import guarded, trie

EDGES = [
    'the ("President ', 'said x(President ', "told Datuk Seri Dato' ", "the Foreign Minister ",
    "Deputy Prime Minister ", "the Secretary-General ", "Secretary of State ", "said Mr. ", "by Honorable ",
    "—Mr ", "“Dr ", "Chief Executive ", "Menteri Besar ", "the\n", "President", "", " ",
    "a film by ", "production designer, ", "co-founder ", "—director ", "veteran striker ", "The ", '"the ',
    "x" * 45 + "director ", "Kremlin spokesperson ", "the Minister-General ",
]


@pytest.fixture(scope="module")
def windows() -> list[str]:
    from indexer.entities.corpus import seed_articles

    out = list(EDGES)
    for article in seed_articles():
        for p in article.paragraphs:
            text = p.text
            out.extend(text[max(0, i - 60):i] for i in range(1, len(text)) if text[i - 1].isspace())
    return out


def test_the_title_prefilter_lets_every_title_through(windows):
    pattern = name_titles._PERSONAL_TITLE_BEFORE
    hits = [w for w in windows if pattern.search(w)]
    assert len(hits) > 100  # the seeds hold titles: the check is not vacuous
    assert all(name_titles._may_end_title(w) for w in hits)
    assert not name_titles._may_end_title("the man said ")  # and it does turn windows away
    assert [name_titles.title_word(w) for w in ('the ("President ', "told Datuk Seri Dato' ")] == [
        "president", "dato"]  # (the quote is stripped from the folded title, as before)


def test_the_honorific_prefilter_agrees_with_the_pattern(windows):
    for w in windows:
        assert name_titles.honorific_before(w) == bool(name_titles._HONORIFIC_BEFORE.search(w[-16:])), w
    assert name_titles.honorific_before("by Honorable ") and name_titles.honorific_before("—Mr ") is False


def _last(before: str) -> str:
    head = before.rstrip()
    return head.rsplit(None, 1)[-1] if len(head) < len(before) and head else ""


def test_the_role_word_read_first_admits_every_role_before_a_name(windows):
    hits = [w for w in windows if org_person_cues._ROLE_RIGHT_BEFORE.search(w[-40:])]
    assert hits  # "—director ", "veteran striker " at least
    assert all(org_person_cues._role_tail(_last(w)) for w in hits)
    assert not org_person_cues._role_tail("minister-ish")


def test_the_alias_scan_run_apart_finds_what_one_alternation_found(windows):
    names = {a for canon, aliases in orgs.ALIASES.items() for a in [canon, *aliases]} | orgs.OUTLETS
    cased = sorted((a for a in names if (" " in a and a[:1].isupper()) or (a.isupper() and len(a) >= 3)),
                   key=len, reverse=True)
    owned = sorted((a for a in names if re.match(r"(?:Russia|Ukraine)[’']s |(?:Russian|Ukrainian) ", a)),
                   key=len, reverse=True)
    named = r"\b(?:%s)\b" % "|".join(re.escape(a).replace("'", "[’']") for a in cased)
    owned_re = r"\b(?:%s)\b" % "|".join(re.escape(a).replace("'", "[’']") for a in owned)
    one = re.compile(rf"{named}|(?i:{owned_re}|(?<=\bthe )(?:defen[cs]e|foreign) ministry\b)")
    from indexer.entities.corpus import seed_articles

    texts = [p.text for a in seed_articles() for p in a.paragraphs] + [
        "the Russian Defence Ministry and the defence ministry said NATO and the UN; Ukraine's air force",
        "RUſſIA'S AIR FORCE and the Defence Mınıstry",  # letters IGNORECASE folds and str.lower() keeps apart
        "no body here at all"]
    found = 0
    for text in texts:
        apart = [(m.span(), m.group()) for m in orgs.scan(text)]
        assert apart == [(m.span(), m.group()) for m in one.finditer(text)], text
        found += len(apart)
    assert found > 50


def test_a_longest_first_trie_matches_the_longest_first_alternation():
    words = ["new", "new-york", "news", "co", "co-op", "well", "well-being", "ab"]
    flat = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    tree = guarded(r"\b(?:%s)\b" % trie(words, longest=True))
    text = "new-york news, a co-op and the co op, well-being is well; new yorkers, abba ab"
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert re.compile(trie(words, longest=True)).match("new-york").group() == "new-york"
    assert re.compile(trie(words)).match("new-york").group() == "new"  # the shortest-first tree, as before
