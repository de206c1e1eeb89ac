"""Incremental copy grouping (issue 18): a run costs what its new articles cost, not what the archive holds.

The rule is indexer/dedupe.py's, unchanged: containment of 5-word shingles >= THRESHOLD, candidates from
an inverted index of the shingles whose hash is 0 mod SAMPLE ("bands"), a band held by more than
MAX_POSTING articles is boilerplate, a candidate needs a third of the threshold's expected sampled
overlap, and every candidate is verified on the exact shingle sets. What changes is where the inverted
index lives: in the store (search/store_copies.py, schema v7), kept up to date as articles come and go,
so a run only

1. signs the articles queued in ``copy_pending`` (new or rewritten; a trigger queues every insert):
   reads their text, stores their shingle hashes and band rows (the only texts a run reads);
2. looks each of them up by its bands (one statement: indexed range reads, a posting probed for size with
   LIMIT MAX_POSTING + 1, the sampled-overlap test counted inside SQLite), reads the stored shingle
   hashes of the candidates that pass it, verifies exactly, stores the pairs;
3. regroups the components those articles (and the neighbours of removed ones) belong to, walking the
   stored pairs, and applies only the copy_of values that changed.

Why the shingle sample and not a Jaccard MinHash LSH: a copy here is a *contained* text (a wire rewrite
keeping the top two thirds of a story), and banded MinHash estimates Jaccard, which the length difference
drags down (containment 0.35 of a text a third the size is Jaccard ~0.09), so it either misses short
copies or needs one-row bands, i.e. an inverted index of min-hashes -- this, with a fixed count instead of
a sample proportional to length, which is what makes containment estimable. The sample also gives the
same candidates as the whole-store pass, so both group the same way (tests/test_copy_update.py; bench).

One deliberate difference: a verified pair stays verified. The whole-store pass recomputes the boilerplate
cut-off (MAX_POSTING) over the whole archive on every run, so unrelated new articles can push a band two
old copies share past it and the pair silently disappears (measured: 1 pair of ~870 after adding 100
articles to 20k, containment 0.40 >= 0.35, a copy by the rule's own measure); here it does not.

Signing is paged through the queue, so the first run after the v7 migration (every article queued)
streams the archive once with flat memory; later runs read only new articles and their candidates.
"""
from __future__ import annotations

import time
from dataclasses import asdict, dataclass

from .dedupe import MAX_POSTING, MIN_SHINGLES, SAMPLE, THRESHOLD, containment, shingles

PAGE = 500


@dataclass
class CopyRun:
    """What a run did: the counters tests bound (reads follow the candidates, not the archive size)."""
    signed: int = 0  # articles whose text was read to compute a signature (the only texts a run reads)
    looked_up: int = 0  # articles whose bands were looked up
    band_reads: int = 0  # bands looked up (an indexed range read each, inside one statement per article)
    candidates: int = 0  # pairs that passed the sampled-overlap test
    verified_reads: int = 0  # stored signatures of other articles read to verify candidates (never texts)
    pairs: int = 0  # verified pairs added
    regrouped: int = 0  # articles whose group was recomputed
    changed: int = 0  # copy_of values changed
    seconds: float = 0.0

    def as_dict(self) -> dict:
        return asdict(self)

    def add(self, other: CopyRun) -> CopyRun:
        """The counters of two runs' grouping together (a long indexing run groups chunk by chunk)."""
        return CopyRun(**{k: v + getattr(other, k) for k, v in asdict(self).items()})


def update_copies(store, page: int = PAGE) -> tuple[dict[str, str | None], CopyRun]:
    """Bring the store's copy groups up to date with its queued articles; returns the copy_of changes
    ({article id: original id, or None for an original again}) and the run's counters."""
    start = time.perf_counter()
    run = CopyRun()
    _sign(store, run, page)
    _pair(store, run, page)
    changes = _regroup(store, run, page)
    run.changed = len(changes)
    run.seconds = round(time.perf_counter() - start, 3)
    return changes, run


def _sign(store, run: CopyRun, page: int) -> None:
    """Read the queued articles' text once and keep their shingle hashes; a text under MIN_SHINGLES gets
    no bands (it can pair with nothing, as in the whole-store pass, and holds no place in any posting)."""
    after = ""
    while ids := store.copy_queue("copy_pending", after, page, unsigned=True):
        texts = store.article_texts(ids)
        rows = []
        for i in ids:
            if i in texts:
                sh = shingles(texts[i])
                rows.append((i, sorted(sh), len(sh) >= MIN_SHINGLES))
        store.put_copy_signatures(rows)
        run.signed += len(rows)
        after = ids[-1]


def _pair(store, run: CopyRun, page: int) -> None:
    seen: set[tuple[str, str]] = set()
    after = ""
    while ids := store.copy_queue("copy_pending", after, page):
        sigs = store.copy_signatures(ids)
        wanted: list[tuple[str, str]] = []
        for aid in ids:
            if aid not in sigs:
                continue  # removed since it was queued
            art, hashes = sigs[aid]
            n = len(hashes)
            if n < MIN_SHINGLES:
                continue
            run.looked_up += 1
            bands = [h for h in hashes if h % SAMPLE == 0]
            run.band_reads += len(bands)
            # A band in more than MAX_POSTING articles is boilerplate, not evidence of copying; a candidate
            # needs a third of the threshold's expected sampled overlap (containment * min size / SAMPLE),
            # as in the whole-store pass; the exact sets decide.
            passing = [other for other, _shared in store.band_candidates(
                art, bands, n, max_posting=MAX_POSTING, sample=SAMPLE, ratio=(THRESHOLD, 3.0))]
            for oid in store.signature_ids(passing).values():
                pair = (min(aid, oid), max(aid, oid))
                if pair not in seen:
                    seen.add(pair)
                    wanted.append(pair)
        run.candidates += len(wanted)
        sets = {i: set(h) for i, (_art, h) in sigs.items()}
        others = {x for p in wanted for x in p} - sets.keys()
        for i, (_art, h) in store.copy_signatures(others).items():
            sets[i] = set(h)
        run.verified_reads += len(others)
        verified = [(a, b) for a, b in wanted if containment(sets.get(a, set()), sets.get(b, set())) >= THRESHOLD]
        run.pairs += len(verified)
        store.add_copy_pairs(verified, ids)
        after = ids[-1]


def _regroup(store, run: CopyRun, page: int) -> dict[str, str | None]:
    """Recompute the components of the queued articles over the stored pairs; the original of each is
    the earliest published (unknown dates last), then the longer text, then the smaller id.

    A page's neighbours and heads are read in one go, so the lone articles (nearly all of them, and all
    but a few after the v7 migration queued every article) cost two statements per page, not per article.
    """
    changes: dict[str, str | None] = {}
    done: set[str] = set()
    after = ""
    while ids := store.copy_queue("copy_regroup", after, page):
        page_changes: dict[str, str | None] = {}
        linked = store.copy_neighbours(ids)
        heads = store.group_heads(ids)
        for start in ids:
            if start in done or start not in heads:
                continue
            if not linked[start]:  # alone: an original, whatever it was before
                run.regrouped += 1
                if heads[start][2] is not None:
                    page_changes[start] = None
                continue
            members = _component(store, start, linked)
            done |= members  # a group can come up again from another member on a later page
            group = store.group_heads(members)
            run.regrouped += len(group)
            ranked = sorted(group, key=lambda m: (group[m][0] is None, group[m][0] or "", -group[m][1], m))
            for m in ranked:
                want = None if m == ranked[0] else ranked[0]
                if group[m][2] != want:
                    page_changes[m] = want
        store.regrouped(ids, page_changes)
        changes.update(page_changes)
        after = ids[-1]
    return changes


def _component(store, start: str, known: dict[str, set[str]]) -> set[str]:
    members, frontier = {start}, [start]
    while frontier:
        found = {i: known[i] for i in frontier if i in known}
        found.update(store.copy_neighbours([i for i in frontier if i not in known]) if len(found) < len(frontier) else {})
        nxt = []
        for links in found.values():
            for x in links - members:
                members.add(x)
                nxt.append(x)
        frontier = nxt
    return members
