"""Peak memory and on-disk sizes, from the kernel's own accounting (no psutil).

A child's peak RSS comes from ``os.wait4`` on that child alone: ``getrusage(RUSAGE_CHILDREN)`` would be the
maximum over every child this process ever waited for, so a second measurement could never be smaller
than the first. wait4's figure includes the child's own waited-for descendants (spaCy's NER workers).
The child is started through bench/peak_launcher.py, which reports that figure: a direct child's ru_maxrss
also counts the high-water RSS of the process it was forked from (bench/peak_launcher.py says why).
A long-running server worker is read live from /proc/<pid>/status (VmHWM, its high-water mark).
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class ChildRun:
    seconds: float
    returncode: int
    peak_rss_mb: float  # the largest resident set of the child or any of its waited-for descendants
    stdout: str
    stderr: str
    peak_tree_rss_mb: float = 0.0  # sampled PSS sum over the child and its live descendants (NER workers)
    # user + system CPU of the child and its waited-for descendants: on a shared machine wall time says how
    # much CPU the child was given, this says how much work it did
    cpu_seconds: float = 0.0


def run_child(argv: list[str], env: dict | None = None, timeout: float = 3600, cwd: str | None = None) -> ChildRun:
    """Run a command to completion; wall time and peak RSS of that command alone."""
    import tempfile

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(suffix=".json") as report:
        start = time.perf_counter()
        launcher = [sys.executable, "-S", str(Path(__file__).with_name("peak_launcher.py")), report.name]
        # its own session, so a timeout's kill reaches the measured command behind the launcher too
        proc = subprocess.Popen([*launcher, *argv], env=env, cwd=cwd, stdout=out, stderr=err, start_new_session=True)
        deadline = start + timeout
        tree_peak = 0.0
        next_sample = start
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() >= next_sample:  # the workers' memory adds up; wait4 only gives the max
                tree_peak = max(tree_peak, tree_rss_mb(proc.pid))
                next_sample = time.perf_counter() + 0.5
            if time.perf_counter() > deadline:  # never hang `make bench` on a stuck child
                os.killpg(proc.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.05)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # so Popen does not try to reap it again
        out.seek(0)
        err.seek(0)
        measured = _launcher_report(report.name)  # none when the launcher was killed: its own figures then
        maxrss_kb = measured.get("maxrss_kb", usage.ru_maxrss)  # Linux reports KiB
        cpu = measured.get("cpu_seconds", usage.ru_utime + usage.ru_stime)
        return ChildRun(seconds, proc.returncode, maxrss_kb / 1024,
                        out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"), tree_peak, cpu)


def _launcher_report(path: str) -> dict:
    try:
        return json.loads(Path(path).read_text() or "{}")
    except (OSError, ValueError):
        return {}


def _status_kb(pid: int, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _pss_kb(pid: int) -> int:
    """Proportional set size: forked NER workers share the parent's pages, which RSS would count twice."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return _status_kb(pid, "VmRSS:")


def tree_rss_mb(pid: int) -> float:
    """Current memory (PSS) of a process plus all its descendants."""
    total, todo, seen = 0, [pid], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        total += _pss_kb(p)
        todo += children(p)
    return total / 1024


_ROLLUP = ("Rss", "Pss", "Pss_Anon", "Pss_File", "Shared_Clean", "Shared_Dirty", "Private_Clean", "Private_Dirty")


def shared_memory_mb(pid: int) -> dict:
    """Where a live process's resident pages are: its smaps_rollup (MB; Shared_* are pages another process
    maps too, Pss divides those by the number of sharers) plus the resident and proportional share of its
    file mappings by kind (.npy: the word arrays, .seg: Whoosh's segment, both mapped read-only), which is
    what N serving workers hold once between them rather than N times. {} if the process is gone."""
    out: dict = {}
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in _ROLLUP:
                out[key.lower() + "_mb"] = round(int(rest.split()[0]) / 1024, 1)
        files: dict[str, dict[str, float]] = {}
        kind = None
        for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
            head = line.split()
            if head and "-" in head[0] and len(head) >= 5:  # a mapping's header line: range perms offset dev inode [path]
                path = head[5] if len(head) > 5 else ""
                kind = next((k for k in (".npy", ".seg", ".npz") if path.endswith(k)), None)
            elif kind and head and head[0] in ("Rss:", "Pss:"):
                entry = files.setdefault(kind, {"rss_mb": 0.0, "pss_mb": 0.0})
                entry[head[0][:-1].lower() + "_mb"] += int(head[1]) / 1024
        out["mapped"] = {k: {f: round(v, 1) for f, v in e.items()} for k, e in files.items()}
    except (OSError, ValueError, IndexError):
        return {}
    return out


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU a live process has used so far (/proc/<pid>/stat), None if it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime
    except (OSError, ValueError, IndexError):
        return None


def vm_hwm_mb(pid: int) -> float | None:
    """Peak resident set of a live process (VmHWM), None if it is gone."""
    kb = _status_kb(pid, "VmHWM:")
    return kb / 1024 if kb else None


def children(pid: int) -> list[int]:
    """Direct children of a process (gunicorn's workers under its arbiter)."""
    kids: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            kids += [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            continue
    return sorted(set(kids))


def dir_size_mb(path: Path) -> float:
    path = Path(path)
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def index_sizes(index_dir: Path, articles: int) -> dict:
    """Store and live Whoosh generation size, total and per 1,000 articles (plus everything on disk,
    which includes the previous generation search/index.py keeps for readers that still have it open)."""
    index_dir = Path(index_dir)
    store = sum(dir_size_mb(p) for p in index_dir.glob("store.sqlite3*"))
    live = index_dir / "whoosh"
    whoosh = dir_size_mb(live.resolve()) if live.exists() else 0.0
    on_disk = sum(dir_size_mb(p) for p in index_dir.iterdir() if not p.is_symlink())
    per_k = 1000 / max(articles, 1)
    return {"articles": articles, "store_mb": round(store, 2), "index_mb": round(whoosh, 2),
            "store_mb_per_1k": round(store * per_k, 3), "index_mb_per_1k": round(whoosh * per_k, 3),
            "on_disk_mb": round(on_disk, 2)}
