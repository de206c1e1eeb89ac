"""Which code path put each judged facet value where it is: ``python -m eval.entity_paths [--facet person ...]
[--corpus NAME ...] [--split all] [--json OUT]`` (as a module, so the worktree's indexer is the one traced).

Round 7 of issue 11 asks, per path that admits a value into a facet, how often the values it admitted were judged
right or wrong on each corpus: a path wrong more often than right across corpora should abstain or need more
evidence. This traces the tagger without changing it: the branch of tagger._classify that returned (its source
line), the later per-article passes that changed a span's kind, the scans (labels SCAN / GAZETTEER) and the
corpus passes of linking.link_people that changed a mention. A top-100 value is counted under the path of most
of its mentions. Analysis only: it patches functions in this process, never at import by the package.
"""
from __future__ import annotations

import argparse
import inspect
import json
import sys
from collections import Counter, defaultdict

PASSES = {"tagger": ["_relabel_lists"], "evidence": ["weigh", "with_dateline"], "namesakes": ["not_places"],
          "one_facet": ["settle_article"]}
CORPUS_PASSES = ["_trim_furniture", "_unlink_misfits", "_link_surnames", "_firms_named_like_people",
                 "_drop_unattested", "_drop_common_nouns", "merge_org_variants", "rehome_places"]


class Tracer:
    def __init__(self):
        self.article = None
        self.origin: dict[tuple, str] = {}  # (article, paragraph, end) -> path
        self.later: dict[tuple, list[str]] = defaultdict(list)

    def install(self):
        from indexer.entities import evidence, linking, namesakes, one_facet, tagger

        code = tagger._classify.__code__
        lines, first = inspect.getsourcelines(tagger._classify)
        self.src = {first + i: s.strip() for i, s in enumerate(lines)}
        original = tagger._classify

        def classify(c, *a, **k):
            seen = {}

            def local(frame, event, arg):
                if event == "return":
                    seen["line"] = frame.f_lineno
                return local

            def glob(frame, event, arg):
                return local if frame.f_code is code else None

            old = sys.gettrace()
            sys.settrace(glob)
            try:
                out = original(c, *a, **k)
            finally:
                sys.settrace(old)
            if out:
                self.origin[(self.article, c.paragraph, c.end)] = f"{c.label}:L{seen.get('line')}"
            return out

        tagger._classify = classify
        tag = tagger.tag_entities

        def tag_entities(article, spans):
            self.article = article.id
            return tag(article, spans)

        tagger.tag_entities = tag_entities
        mods = {"tagger": tagger, "evidence": evidence, "namesakes": namesakes, "one_facet": one_facet}
        for mod, names in PASSES.items():
            for name in names:
                setattr(mods[mod], name, self._article_pass(getattr(mods[mod], name), f"{mod}.{name}"))
        for name in CORPUS_PASSES:
            setattr(linking, name, self._corpus_pass(getattr(linking, name), name))
        one_facet.corpus_consistency = self._corpus_pass(one_facet.corpus_consistency, "corpus_consistency")

    def _article_pass(self, fn, name):
        def wrapped(*a, **k):
            before = {(c.paragraph, c.end): kind for c, kind, _ in next(x for x in a if isinstance(x, list))}
            out = fn(*a, **k)
            for c, kind, _ in out:
                was = before.get((c.paragraph, c.end))
                if was != kind:
                    self.later[(self.article, c.paragraph, c.end)].append(f"{name}({was}->{kind})")
            return out
        return wrapped

    def _corpus_pass(self, fn, name):
        def wrapped(articles, *a, **k):
            before = {(art.id, m.paragraph, m.end): (m.kind, m.value) for art in articles for m in art.mentions}
            out = fn(articles, *a, **k)
            for art in articles:
                for m in art.mentions:
                    was = before.get((art.id, m.paragraph, m.end))
                    if was is None or was[0] != m.kind:
                        self.later[(art.id, m.paragraph, m.end)].append(f"{name}({was and was[0]}->{m.kind})")
                    elif was[1] != m.value and len(was[1].split()) == 1:
                        self.later[(art.id, m.paragraph, m.end)].append(f"{name}(value)")
            return out
        return wrapped

    def path(self, article_id, m) -> str:
        key = (article_id, m.paragraph, m.end)
        origin = self.origin.get(key) or (m.label or "?")
        if m.label in ("SCAN", "GAZETTEER"):
            origin = m.label
        later = self.later.get(key)
        return origin + (" > " + later[-1] if later else "")


def _value_mentions(article, facet):
    for m in article.mentions:
        if facet in ("region", "country"):
            if m.kind == "place" and (m.region if facet == "region" else m.country):
                yield (m.region if facet == "region" else m.country), m
        elif m.kind == facet:
            yield m.value, m


def run(names, splits, facets):
    from indexer.realeval import facets as fx
    from indexer.realeval.corpora import load_corpus
    from indexer.realeval.tagging import tag_corpus

    tracer = Tracer()
    tracer.install()
    table: dict = defaultdict(lambda: defaultdict(lambda: [0, 0]))  # (facet, path) -> corpus -> [ok, wrong]
    examples: dict = defaultdict(list)
    for name in names:
        corpus = load_corpus(name)
        for split in splits:
            records = corpus.split(split)
            if not records:
                continue
            tagged = tag_corpus(records, f"{name}-{split}")
            articles = [t.article for t in tagged]
            judged = corpus.judged(split)
            for facet in facets:
                paths: dict[str, Counter] = defaultdict(Counter)
                for a in articles:
                    per: dict[str, set] = defaultdict(set)
                    for value, m in _value_mentions(a, facet):
                        per[value].add(tracer.path(a.id, m))
                    for value, ps in per.items():
                        paths[value].update(ps)
                for value, _ in fx.top_values(articles, facet, 100):
                    j = judged.get((facet, value))
                    if j is None:
                        continue
                    # most articles first, ties by name: set order must not pick the path (hash seeds differ)
                    path = max(paths[value].items(), key=lambda kv: (kv[1], kv[0]))[0]
                    table[(facet, path)][name][0 if j["ok"] else 1] += 1
                    if not j["ok"]:
                        examples[(facet, path)].append(f"{name}:{value}")
            print(f"traced {name}/{split}", file=sys.stderr, flush=True)
    return table, examples, tracer.src


def main(argv=None):
    from indexer.realeval.corpora import corpus_names

    p = argparse.ArgumentParser()
    p.add_argument("--facet", action="append")
    p.add_argument("--corpus", action="append")
    p.add_argument("--split", default="all", choices=("dev", "heldout", "all"))
    p.add_argument("--json")
    args = p.parse_args(argv)
    names = args.corpus or corpus_names()
    splits = ("dev", "heldout") if args.split == "all" else (args.split,)
    table, examples, src = run(names, splits, args.facet or ["person", "place", "region", "country"])
    rows = []
    for (facet, path), per in sorted(table.items()):
        ok = sum(v[0] for v in per.values())
        wrong = sum(v[1] for v in per.values())
        line = int(path.split(":L")[1].split()[0]) if ":L" in path and path.split(":L")[1].split()[0].isdigit() else None
        rows.append({"facet": facet, "path": path, "ok": ok, "wrong": wrong, "src": src.get(line, ""),
                     "per_corpus": {k: v for k, v in per.items()}, "wrong_examples": examples[(facet, path)][:12]})
        print(f"{facet:8} {path:60} ok {ok:4} wrong {wrong:4}  {src.get(line, '')[:70]}")
        print("         " + " ".join(f"{k[:8]}={v[0]}/{v[1]}" for k, v in sorted(per.items())))
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(rows, fh, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
