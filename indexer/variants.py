"""The name-variant table query expansion reads (issue 15), rebuilt from the store without NLP.

Two sources, both written into the store at the end of every indexing run and by ``newsfacet reindex``,
because search/ must not import the indexer or its gazetteer:

- ``corpus``: every spelling the indexer merged into an entity value, as written (Zelenskyy and Zelensky
  under Volodymyr Zelensky; Zaporizhia under Zaporizhzhia);
- ``romanised`` / ``gazetteer``: the GeoNames alternate names (folded) of each place, region and country
  present in the store (``romanised`` for the Cyrillic-script countries, see CYRILLIC_SCRIPT), and for a
  region named after its centre ("Zaporizhzhia Oblast") the centre's names with the rest of the region's
  name ("zaporozhye oblast"), so the region facet is found by any spelling.

Which of these are spellings of the same name (and not translations or old names) is decided at query
time by search/variants.py, so that rule can change without re-indexing.
"""
from __future__ import annotations

from collections.abc import Iterable

from search.store import Store

from .entities import gazetteer

MIN_CHARS = 4  # shorter GeoNames alternates are codes and abbreviations ("ods", "hrk"), not spellings
# Countries whose place names reach English news romanised from Cyrillic, each outlet and decade its own
# way (Kiev/Kyiv, Kharkov/Kharkiv): their GeoNames alternates are written as origin "romanised", and search
# accepts any romanisation of the same name among them. Elsewhere (origin "gazetteer") alternates are
# mostly translations and truncations (Atlant for Atlanta), and only accent/umlaut spellings are kept.
CYRILLIC_SCRIPT = frozenset({"UA", "RU", "BY", "KZ", "KG", "TJ", "MN", "BG", "RS", "MK"})


def variant_rows(store: Store, article_ids: Iterable[str] | None = None) -> list[tuple[str, str, str, str]]:
    """The table's rows for every mention in the store, or for the given articles' mentions only.

    Every row comes from one distinct mention tuple, so the rows of the whole store are the union of the
    rows of its parts: what lets a run that only added articles insert their rows instead of rebuilding.
    """
    rows: set[tuple[str, str, str, str]] = set()
    for kind, value, text in store.mention_spellings(article_ids=article_ids):
        text = " ".join(text.split())
        if text and text != value:
            rows.add((kind, value, text, "corpus"))
    regions: set[tuple[str, str | None]] = set()
    countries: set[str] = set()
    for value, region, country in store.place_values(article_ids):
        _add(rows, "place", value, *gazetteer.names_of(value, country))
        if region:
            # every (region, country) pair, not the first country met per region: "first" depended on
            # the scan order, so an added article could not know which one a full rebuild would take
            regions.add((region, country))
        if country:
            countries.add(country)
    for region, country in sorted(regions, key=repr):
        _add(rows, "region", region, *_region_names(region, country))
    for country in countries:
        _add(rows, "country", country, *gazetteer.names_of(country, None, ("country",)))
    return sorted(r for r in rows if r[3] == "corpus" or len(r[2]) >= MIN_CHARS)


def _add(rows: set, kind: str, value: str, names, code: str | None) -> None:
    origin = "romanised" if code in CYRILLIC_SCRIPT else "gazetteer"
    rows.update((kind, value, n, origin) for n in names)


def _region_names(region: str, country: str | None) -> tuple[set[str], str | None]:
    found, code = gazetteer.names_of(region, country, ("region", "multi"))
    names = set(found)
    words = region.split()
    # "Zaporizhzhia Oblast", "Nizhny Novgorod Oblast": the centre's names with the rest of the region's
    for cut in range(len(words) - 1, 0, -1):
        centre, rest = " ".join(words[:cut]), " ".join(words[cut:]).lower()
        found, centre_code = gazetteer.names_of(centre, country, ("city",))
        if found:
            names.update(f"{n} {rest}" for n in found)
            code = code or centre_code
            break
    return names, code


def refresh(store: Store, added: Iterable[str] | None = None) -> int:
    """Bring the table up to date. ``added``: the ids a run added or rewrote, when none of their mentions
    vanished and nothing was removed (the pipeline checks); their rows are inserted, a cost that grows
    with the run, not the archive (issue 18). Without it, or when the table is empty (a new store, or one
    from before the table existed), the table is rebuilt from every mention: a removed article must take
    the spellings and places only it had with it, and inserting cannot delete. Returns the table's row
    count after a rebuild, the rows inserted after an insert."""
    if added is not None and store.has_name_variants():
        added = list(added)
        return store.add_name_variants(variant_rows(store, added) if added else [])
    return store.replace_name_variants(variant_rows(store))
