"""Search that knows how names are spelled (issue 15): expansion, exact=1, snippets, ranking, facets."""
from __future__ import annotations

import collections
import re

import pytest

from search.engine import Engine
from search.store import Store
from search.testing import art, build, place
from search.transliterate import russian, to_cyrillic, to_latin, ukrainian
from search.variants import VariantTable, skeleton

# (typed, canonical spelling in the seeds)
SEED_VARIANTS = [
    ("Kiev", "Kyiv"), ("Kharkov", "Kharkiv"), ("Odessa", "Odesa"), ("Zaporozhye", "Zaporizhzhia"),
    ("Zelenskyy", "Zelensky"), ("Zelenskiy", "Zelensky"), ("Київ", "Kyiv"), ("Запоріжжя", "Zaporizhzhia"),
    ("Зеленський", "Zelensky"), ("Krivoy Rog", "Kryvyi Rih"), ('"Krivoy Rog"', '"Kryvyi Rih"'),
]


def search(engine, **params):
    return engine.search({k: v if isinstance(v, list) else [v] for k, v in params.items()})


# -- transliteration ----------------------------------------------------------------------------------------
def test_ukrainian_national_system():
    assert ukrainian("Київ") == "Kyiv"
    assert ukrainian("Запоріжжя") == "Zaporizhzhia"
    assert ukrainian("Кривий Ріг") == "Kryvyi Rih"
    assert ukrainian("Згурівка") == "Zghurivka"  # зг is zgh, not zh
    assert ukrainian("Юрій Єрмак") == "Yurii Yermak"  # positional ю/є/й


def test_russian_bgn_and_newspaper_readings():
    assert russian("Запорожье") == "Zaporozhye"
    assert russian("Харьков") == "Kharkov"
    assert russian("Кривой Рог") == "Krivoy Rog"
    assert russian("Киев", bgn=False) == "Kiev" and russian("Киев") == "Kiyev"
    assert russian("Зеленский", bgn=False) == "Zelensky" and russian("Зеленский") == "Zelenskiy"
    assert to_latin("Kyiv") == set()  # already Latin: nothing to read


def test_latin_to_cyrillic_candidates_include_the_real_spellings():
    assert "київ" in to_cyrillic("Kyiv")
    assert "киев" in to_cyrillic("Kiev")
    assert "харків" in to_cyrillic("Kharkiv")
    assert "запоріжжя" in to_cyrillic("Zaporizhzhia")
    assert to_cyrillic("Kyiv-1") == []  # not a word of letters


def test_skeleton_folds_romanisations_but_not_other_names():
    same = [("Kyiv", "Kiev"), ("Kyiv", "Kijev"), ("Kharkiv", "Kharkov"), ("Kharkiv", "Xarkiv"),
            ("Zaporizhzhia", "Zaporozhye"), ("Zelensky", "Zelenskiy"), ("Zelensky", "Zelenskyy"), ("Rih", "Rog"),
            ("Odesa", "Odessa")]
    for a, b in same:
        assert skeleton(a) == skeleton(b), (a, b)
    for a, b in [("Lviv", "Lemberg"), ("Kyiv", "Chiovia"), ("Kyiv", "civ"), ("Odesa", "Khadzhibey")]:
        assert skeleton(a) != skeleton(b), (a, b)


def test_clusters_keep_spellings_and_drop_translations_and_codes():
    rows = [("place", "Kyiv", v, "romanised") for v in ("kiev", "kijev", "chiovia", "ji fu", "kaenugardur", "kief")]
    rows += [("place", "Kyiv", "Киев", "corpus")]
    table = VariantTable(rows)
    (cluster,) = [c for c in table.clusters if c.value == "Kyiv" and c.seed == ("kyiv",)]
    shown = set(cluster.members.values())
    assert {"Kyiv", "Kiev", "Kijev"} <= shown
    assert not shown & {"Chiovia", "Ji Fu", "Kaenugardur", "Kief"}


def test_outside_cyrillic_script_countries_only_accents_and_umlauts_are_spellings():
    rows = [("place", "Atlanta", v, "gazetteer") for v in ("atlant", "atalanta", "atlanta")]
    rows += [("place", "Zürich", "zurich", "gazetteer"), ("place", "Düsseldorf", "duesseldorf", "gazetteer"),
             ("place", "California", "Calif", "corpus"), ("place", "Nebraska", "Nebr", "corpus"),
             ("place", "Zaporizhzhia", "Zaphorizhzhia", "corpus")]
    table = VariantTable(rows)

    def spellings(value):  # the spellings searched with the value itself
        (cluster,) = [table.clusters[i] for i in table.by_value[("place", value)]
                      if table.clusters[i].seed_text == value]
        return set(cluster.members.values())

    assert spellings("Atlanta") == {"Atlanta"}  # a translation and another town are not spellings
    assert spellings("Zürich") == {"Zürich", "Zurich"} and spellings("Düsseldorf") == {"Düsseldorf", "Duesseldorf"}
    assert spellings("California") == {"California"}  # an abbreviation is not a spelling of the name
    assert spellings("Nebraska") == {"Nebraska"}
    assert "Zaphorizhzhia" in spellings("Zaporizhzhia")  # a misspelling the corpus merged is


# -- the seeds ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("typed,canonical", SEED_VARIANTS)
def test_each_spelling_finds_what_the_canonical_spelling_finds(seed_engine, typed, canonical):
    got, want = search(seed_engine, q=typed), search(seed_engine, q=canonical)
    assert want["total"] > 0
    assert got["total"] == want["total"], (typed, got["expanded"])
    assert {r["id"] for r in got["results"]} == {r["id"] for r in want["results"]}
    shown = [s for spellings in got["expanded"].values() for s in spellings]
    assert canonical.strip('"') in shown or canonical.strip('"').split()[0] in " ".join(shown), got["expanded"]
    key = typed.strip('"')
    assert got["expanded"][key][0] == key  # what was typed comes first, as typed


def _literal_count(store: Store, phrase: str) -> int:
    """Articles whose title or text holds the words as written (the answer exact=1 must give)."""
    rx = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, phrase.split())) + r"(?!\w)", re.IGNORECASE)
    return sum(1 for a in store.iter_articles() if rx.search(a.title or "") or any(rx.search(p.text) for p in a.paragraphs))


@pytest.mark.parametrize("typed", ["Kiev", "Kharkov", "Odessa", "Zaporozhye", "Zelenskyy", "Zelenskiy", "Київ",
                                   "Запоріжжя", "Зеленський", "Kyiv", "Zelensky"])
def test_exact_gives_the_literal_answer(seed_engine, seed_index_dir, typed):
    exact = search(seed_engine, q=typed, exact="1", copies="all")
    assert exact["expanded"] == {} and exact["query"]["exact"] is True
    with Store(seed_index_dir, readonly=True) as store:
        assert exact["total"] == _literal_count(store, typed)


def test_the_seeds_200_most_common_words_are_not_expanded_unless_they_name_someone(seed_engine, seed_index_dir):
    counts: collections.Counter = collections.Counter()
    capitalised: collections.Counter = collections.Counter()
    with Store(seed_index_dir, readonly=True) as store:
        for a in store.iter_articles():
            for text in [a.title or "", *(p.text for p in a.paragraphs)]:
                for w in re.findall(r"\w+", text):
                    counts[w.lower()] += 1
                    capitalised[w.lower()] += w[:1].isupper()
        names = {w.lower() for _, value, text in store.mention_spellings() for w in re.findall(r"\w+", f"{value} {text}")}
    top = [w for w, _ in counts.most_common(200)]
    expanded = {w: search(seed_engine, q=w)["expanded"] for w in top}
    for w, exp in expanded.items():
        if capitalised[w] * 2 < counts[w]:  # mostly written in lower case: an ordinary word
            assert exp == {}, (w, exp)
        elif exp:
            assert w in names, (w, exp)  # only a name is ever expanded
    assert any(expanded.values()), "the test would pass vacuously: no common name (Zelensky) was expanded"


def test_ranking_does_not_depend_on_the_spelling_typed(seed_engine):
    a, b = search(seed_engine, q="Kiev", per_page=50), search(seed_engine, q="Kyiv", per_page=50)
    assert [(r["id"], r["score"]) for r in a["results"]] == [(r["id"], r["score"]) for r in b["results"]]


def test_snippets_mark_the_spelling_that_matched(seed_engine):
    a = search(seed_engine, q="Kiev")
    marked = {m for r in a["results"] for s in r["snippets"] for m in re.findall(r"<mark>(.*?)</mark>", s["html"])}
    assert "Kyiv" in marked


def test_region_facet_values_carry_their_spellings(seed_engine):
    region = {e["value"]: e for e in search(seed_engine, facet_limit=200)["facets"]["region"]}
    assert "Zaporozhye Oblast" in region["Zaporizhzhia Oblast"]["spellings"]
    assert "Zaporizhzhia Oblast" not in region["Zaporizhzhia Oblast"]["spellings"]


def test_exact_must_be_a_flag(seed_engine):
    from search.errors import InvalidParameter

    with pytest.raises(InvalidParameter) as exc:
        search(seed_engine, q="Kiev", exact="maybe")
    assert exc.value.param == "exact"


def test_negated_name_excludes_every_spelling(seed_engine):
    assert search(seed_engine, q="-Kiev")["total"] == search(seed_engine, q="-Kyiv")["total"]


# -- a corpus of our own: Cyrillic in the index, two spellings, a hostile spelling ------------------------------
@pytest.fixture(scope="module")
def mixed_engine(tmp_path_factory):
    from indexer.variants import refresh

    d = tmp_path_factory.mktemp("spellings")
    articles = [
        art("k1", "Strikes on Kiev", ["Missiles hit Kiev overnight, officials said."],
            [place(0, "Kiev", "Kyiv", "Kyiv City", "Ukraine")], source="Old Wire"),
        art("k2", "Strikes on Kyiv", ["Missiles hit Kyiv overnight, officials said."],
            [place(0, "Kyiv", "Kyiv", "Kyiv City", "Ukraine")], source="New Wire"),
        art("k3", "Ракетный удар", ["Ракеты попали в Киев ночью."], [place(0, "Киев", "Kyiv", "Kyiv City", "Ukraine")],
            source="RU Wire"),
        art("k4", "Удар по Києву", ["Ракети влучили в Київ уночі."], source="UA Wire"),
        art("z1", "Hostile spelling", ["A page wrote <i>Kiiev</i> here."],
            [place(0, "<i>Kiiev</i>", "Kyiv", "Kyiv City", "Ukraine")], source="Hostile"),
    ]
    store = build(d, articles)
    refresh(store)  # what the indexer does at the end of a run, without NLP
    store.close()
    engine = Engine(d)
    yield engine
    engine.close()


def test_every_spelling_of_a_name_finds_every_article(mixed_engine):
    for typed in ("Kiev", "Kyiv", "Київ", "Киев"):
        a = search(mixed_engine, q=typed)
        assert {r["id"] for r in a["results"]} >= {"k1", "k2", "k3", "k4"}, (typed, a["expanded"])
    shown = search(mixed_engine, q="Kiev")["expanded"]["Kiev"]
    assert {"Kyiv", "Київ", "Киев"} <= set(shown)  # Київ is nobody's mention: found by transliteration


def test_snippets_mark_each_articles_own_spelling(mixed_engine):
    a = {r["id"]: r for r in search(mixed_engine, q="Kiev")["results"]}
    assert "<mark>Kiev</mark>" in a["k1"]["snippets"][0]["html"]
    assert "<mark>Kyiv</mark>" in a["k2"]["snippets"][0]["html"]
    assert "<mark>Киев</mark>" in a["k3"]["snippets"][0]["html"]


def test_the_variant_is_not_punished(mixed_engine):
    a = {r["id"]: r["score"] for r in search(mixed_engine, q="Kiev")["results"]}
    assert a["k1"] == pytest.approx(a["k2"])  # same length, one spelling each: the same score


def test_the_also_searched_line_is_escaped(mixed_engine):
    from web import create_app

    app = create_app({"INDEX_DIR": str(mixed_engine.index_dir), "TESTING": True})
    html = app.test_client().get("/?q=Kyiv+%3Cscript%3Ealert(1)%3C%2Fscript%3E").get_data(as_text=True)
    line = re.search(r'<p class="also-searched">.*?</p>', html, re.S)
    assert line, "no expansion line"
    assert "<i>" not in line.group(0) and "&lt;i&gt;Kiiev&lt;/i&gt;" in line.group(0)  # hostile spelling, escaped
    assert "<script>" not in html
    assert "exact=1" in line.group(0)


def test_cli_search_says_what_it_also_searched(runner, seed_index_dir):
    from indexer.cli import main

    out = runner.invoke(main, ["search", "Kiev", "--index", str(seed_index_dir), "--per-page", "1"])
    assert out.exit_code == 0, out.output
    assert "also searched for Kiev: Kyiv" in out.output
    exact = runner.invoke(main, ["search", "Kiev", "--exact", "--index", str(seed_index_dir)])
    assert exact.exit_code == 0 and exact.output.startswith("0 articles") and "also searched" not in exact.output


def test_or_expands_each_word_and_keeps_inclusion_exclusion(seed_engine):
    """The parser writes "a OR b" as one flat Or: each name in it is expanded too (found by
    test_properties_search with Kupol OR Luhansk, where Luhansk alone also finds Lugansk)."""
    def total(q):
        return search(seed_engine, q=q)["total"]

    for a, b in [("Kupol", "Luhansk"), ("Kiev", "Kharkov")]:
        assert total(f"{a} OR {b}") == total(a) + total(b) - total(f"{a} {b}")
    assert set(search(seed_engine, q="Kiev OR Kharkov")["expanded"]) == {"Kiev", "Kharkov"}


def _table_state(t: VariantTable):
    return ([(c.kind, c.value, c.seed, dict(c.members), c.romanised) for c in t.clusters],
            t.by_tokens, t.by_skeleton, t.by_value)


def test_a_table_built_from_the_previous_generation_equals_one_built_afresh():
    """The first search after an indexing run rebuilds the table: entities whose spellings did not change
    keep their clusters, changed and new ones are clustered again, dropped ones are gone."""
    rows = [("place", "Kyiv", v, "romanised") for v in ("kiev", "kijev", "kief")]
    rows += [("person", "Volodymyr Zelensky", "Zelenskiy", "corpus"), ("place", "Odesa", "Odessa", "corpus"),
             ("org", "Gazprom", "Газпром", "corpus")]
    first = VariantTable(rows)
    later = [r for r in rows if r[1] != "Odesa"] + [("person", "Volodymyr Zelensky", "Zelenskyy", "corpus"),
                                                  ("place", "Kharkiv", "Kharkov", "romanised")]
    reused = VariantTable(later, first)
    assert _table_state(reused) == _table_state(VariantTable(later))
    kyiv = [c for c, _ in first._built[("place", "Kyiv")][1]]
    assert [c for c, _ in reused._built[("place", "Kyiv")][1]] == kyiv and \
        all(a is b for a, b in zip(kyiv, (c for c, _ in reused._built[("place", "Kyiv")][1])))  # kept, not redone
    zel = [reused.clusters[i] for i in reused.by_value[("person", "Volodymyr Zelensky")]]
    assert any("Zelenskyy" in c.members.values() for c in zel) and ("place", "Odesa") not in reused.by_value
