"""A segment's derived data (ids, days, copy links, facet postings) kept beside it on disk, for the next process.

segments.py reads that data from Whoosh once per segment and process: every stored document and every
facet term's postings, in Python (~3 s at 100k articles on this machine, paid by each serving worker at
start, after every rebuild and for every merged segment). Segments never change once written, so the
index writer (search/index.py, after each commit, holding the write lock) saves it as
``newsfacet-<segment id>-<doc count>.npz`` in the index generation directory and serving workers load it
in a few numpy reads; serving workers never write. Deletions are not in it (they live in the table of
contents and are applied per view). Whoosh's own file cleanup ignores these names. Best effort both
ways: a directory the writer cannot write, or a file that is missing, of another format or damaged,
means reading from Whoosh as before.
"""
from __future__ import annotations

import json
import logging
import os
import re
from pathlib import Path

import numpy as np

log = logging.getLogger("newsfacet.search")
FORMAT = 1
FILE_NAME = re.compile(r"^newsfacet-(.+)-(\d+)\.npz$")  # segment id, generation


def path_of(ix_dir, segment_id: str, n: int) -> Path:
    return Path(ix_dir) / f"newsfacet-{segment_id}-{n}.npz"


def _blob(strings: list[str]) -> np.ndarray | None:
    if any("\x00" in s for s in strings):
        return None  # the separator itself: not worth a format for, the segment is read from Whoosh
    return np.frombuffer("\x00".join(strings).encode("utf-8"), dtype=np.uint8)


def _strings(blob: np.ndarray, count: int) -> list[str]:
    return blob.tobytes().decode("utf-8").split("\x00") if count else []


def save(ix_dir, segment_id: str, seg, facet_fields) -> None:
    """Write ``seg`` (a segments.Segment) for other processes; silently nothing when that is not possible."""
    ids = [i or "" for i in seg.ids]
    copies = sorted(seg.copy_of.items())
    arrays = {"ids": _blob(ids), "ids_known": np.fromiter((i is not None for i in seg.ids), dtype=bool, count=seg.n),
              "published": np.asarray(seg.published, dtype=np.int64),
              "copy_docs": np.asarray([d for d, _ in copies], dtype=np.int64), "copy_of": _blob([o for _, o in copies])}
    counts = {"ids": len(ids), "copy_of": len(copies)}
    for name in facet_fields:
        values, docs, ptr = seg.facets[name]
        arrays[f"values:{name}"] = _blob(values)
        arrays[f"docs:{name}"] = np.asarray(docs, dtype=np.int32)
        arrays[f"ptr:{name}"] = np.asarray(ptr, dtype=np.int64)
        counts[f"values:{name}"] = len(values)
        if name in seg.by_doc:  # optional: a reader without it sorts the segment's entries itself
            arrays[f"bydoc-ptr:{name}"], arrays[f"bydoc-vals:{name}"] = seg.by_doc[name]
    if any(a is None for a in arrays.values()):
        return
    meta = {"format": FORMAT, "segment": segment_id, "n": seg.n, "fields": list(facet_fields), "counts": counts,
            "by_doc": all(name in seg.by_doc for name in facet_fields)}
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
    final = path_of(ix_dir, segment_id, seg.n)
    tmp = final.with_name(f".{final.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            np.savez(f, **arrays)
        os.replace(tmp, final)  # readers see the whole file or none
    except OSError as exc:
        log.debug("segment data not saved beside the index (%s): the next process reads it from Whoosh", exc)
        try:
            tmp.unlink()
        except OSError:
            pass


def _header_fits(meta: dict, segment_id: str, n: int, facet_fields) -> bool:
    return (meta.get("format"), meta.get("segment"), meta.get("n"), meta.get("fields")) == \
        (FORMAT, segment_id, n, list(facet_fields))


def is_current(ix_dir, segment_id: str, n: int, facet_fields) -> bool:
    """The writer's check after a commit: this segment's file exists, its header fits and it holds the
    per-document indexes (files of earlier versions do not: the writer completes them). Reads only the
    header member, not the postings (every commit checks every segment); a reader's load() still checks
    the body and reads Whoosh around a damaged one."""
    try:
        with open(path_of(ix_dir, segment_id, n), "rb") as f, np.load(f, allow_pickle=False) as z:
            meta = json.loads(z["meta"].tobytes())
            return _header_fits(meta, segment_id, n, facet_fields) and bool(meta.get("by_doc"))
    except Exception:  # noqa: BLE001 - missing, damaged or foreign: the writer saves it again
        return False


def load(ix_dir, segment_id: str, n: int, facet_fields):
    """(ids, published, copy_of, facets, by_doc) saved for this segment, or None (then read it from Whoosh);
    ``by_doc`` holds the fields whose per-document index was saved (files of earlier versions have none)."""
    path = path_of(ix_dir, segment_id, n)
    try:
        with open(path, "rb") as f, np.load(f, allow_pickle=False) as z:  # closed even when np.load fails
            meta = json.loads(z["meta"].tobytes())
            if not _header_fits(meta, segment_id, n, facet_fields):
                return None
            counts = meta["counts"]
            ids = _strings(z["ids"], counts["ids"])
            known = z["ids_known"]
            published = z["published"]
            copy_docs = z["copy_docs"]
            if len(ids) != n or len(known) != n or len(published) != n:
                return None
            ids = [i if k else None for i, k in zip(ids, known.tolist())]
            copy_of = dict(zip(copy_docs.tolist(), _strings(z["copy_of"], counts["copy_of"])))
            facets = {}
            for name in facet_fields:
                values = _strings(z[f"values:{name}"], counts[f"values:{name}"])
                docs, ptr = z[f"docs:{name}"], z[f"ptr:{name}"]
                if len(ptr) != len(values) + 1 or int(ptr[-1]) != len(docs):
                    return None
                facets[name] = (values, docs, ptr)
            by_doc = {}
            for name in facet_fields:
                if f"bydoc-ptr:{name}" in z.files and f"bydoc-vals:{name}" in z.files:
                    dptr, vals = z[f"bydoc-ptr:{name}"], z[f"bydoc-vals:{name}"]
                    if len(dptr) == n + 1 and int(dptr[-1]) == len(vals) == len(facets[name][1]):
                        by_doc[name] = (dptr, vals)
            return ids, published, copy_of, facets, by_doc
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - damaged or foreign: read the segment from Whoosh instead
        log.warning("ignoring %s (%s): reading that segment from the index instead", path.name, exc)
        return None


def retain(ix_dir, keep: set[tuple[str, int]], patterns=(FILE_NAME,)) -> None:
    """Remove saved data of segments the index no longer has (merged away); best effort. ``patterns``: the file
    names of each kind of saved data (this module's and postings_files'), each matching (segment id, generation)."""
    try:
        names = os.listdir(ix_dir)
    except OSError:
        return
    for name in names:
        m = next((m for p in patterns if (m := p.match(name))), None)
        if m and (m.group(1), int(m.group(2))) not in keep:
            try:
                os.unlink(Path(ix_dir) / name)
            except OSError:
                pass
