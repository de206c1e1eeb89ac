"""Corpora, subprocess runners and response checks for the robustness tests.

Everything here is deterministic given a seed, writes only under the directories it is handed, and talks
to nothing but loopback.
"""
from __future__ import annotations

import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable

# A small vocabulary in the seeds' register, so spaCy sees sentences shaped like news.
_WORDS = (
    "drones struck the plant overnight officials said regional governor reported damage to infrastructure "
    "air defence units intercepted missiles near the city residents sheltered while emergency crews worked "
    "the ministry confirmed casualties and promised an investigation into the attack on the depot"
).split()
_PLACES = ("Kharkiv", "Odesa", "Dnipro", "Sumy", "Poltava", "Lviv", "Izhevsk", "Kherson")
_SOURCES = ("Test Wire", "Robust Daily", "Kill Nine News")

# Every synthetic article carries this token, so a text query can count them too.
MARKER = "robustmarker"


def article_record(n: int, rng: random.Random, batch: str = "b") -> dict:
    """One JSONL record with a unique id and text unlike every other one (no syndication grouping)."""
    place = rng.choice(_PLACES)
    words = [rng.choice(_WORDS) for _ in range(28)]
    unique = f"uniq{batch}{n:05d}"
    paragraphs = [
        f"{place}: {' '.join(words[:14])} {unique} {MARKER}.",
        f"{' '.join(words[14:])} in {place} on June {1 + n % 28}, 2025.",
    ]
    return {
        "id": f"{batch}-{n:05d}",
        "title": f"Report {batch} {n} from {place}",
        "source": rng.choice(_SOURCES),
        "published": f"2025-06-{1 + n % 28:02d}",
        "text": "\n\n".join(paragraphs),
    }


def write_jsonl_corpus(folder: Path, n_files: int, per_file: int, seed: int, batch: str = "b") -> list[str]:
    """``n_files`` JSONL files of ``per_file`` articles each; returns the JSONL ids written."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    n = 0
    for f in range(n_files):
        records = []
        for _ in range(per_file):
            records.append(article_record(n, rng, batch))
            ids.append(records[-1]["id"])
            n += 1
        (folder / f"{batch}-{f:03d}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return ids


def cli_argv(*args: str) -> list[str]:
    """``newsfacet ARGS`` run through this interpreter (the venv's), whatever PATH says."""
    return [PYTHON, "-m", "indexer.cli", *args]


def child_env() -> dict:
    env = dict(os.environ)
    # A script child (tests/support/writer.py) has its own folder as sys.path[0], so without this it imports
    # the installed newsfacet, which in a git worktree sharing another checkout's editable venv is that
    # checkout's code (a store schema newer than this tree's, say), not the code under test.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.pop("NEWSFACET_INDEX", None)
    env["PYTHONUNBUFFERED"] = "1"
    env["PYTHONWARNINGS"] = "ignore"  # the children's warnings are not this suite's business
    return env


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(cli_argv(*args), cwd=ROOT, env=child_env(), capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)


def start_cli(*args: str) -> subprocess.Popen:
    return subprocess.Popen(cli_argv(*args), cwd=ROOT, env=child_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL,
                            start_new_session=True)


def start_python(*argv: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([PYTHON, *argv], cwd=ROOT, env=child_env(), stdin=subprocess.DEVNULL,
                            start_new_session=True, **kwargs)


def kill9(proc: subprocess.Popen) -> None:
    """SIGKILL the child and everything it forked (its own session), then reap it."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    try:
        proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:  # pragma: no cover - a SIGKILLed child always exits
        proc.kill()
        proc.communicate()


def check_json(index_dir: Path) -> dict:
    result = run_cli("check", "--index", str(index_dir), "--json", timeout=120)
    try:
        report = json.loads(result.stdout)
    except ValueError:
        raise AssertionError(f"check printed no JSON (rc={result.returncode}): {result.stdout!r} "
                             f"{result.stderr[-2000:]!r}") from None
    report["_rc"] = result.returncode
    return report


# --- response checks ------------------------------------------------------------------------------------

TRACE_SIGNS = ("Traceback (most recent call last)", 'File "/', "site-packages", "Werkzeug Debugger",
               "sqlite3.", "whoosh.")


def assert_no_trace(body: str) -> None:
    for sign in TRACE_SIGNS:
        assert sign not in body, f"response leaks internals ({sign!r}): {body[:500]!r}"


def assert_envelope(response, statuses=(400,)) -> dict:
    """A 4xx/5xx JSON answer is exactly ``{"error": {"code", "message", "param"}}``."""
    assert response.status_code in statuses, (response.status_code, response.get_data(as_text=True)[:500])
    body = response.get_json(silent=True)
    assert isinstance(body, dict) and set(body) == {"error"}, response.get_data(as_text=True)[:500]
    err = body["error"]
    assert set(err) == {"code", "message", "param"}, err
    assert isinstance(err["code"], str) and err["code"], err
    assert isinstance(err["message"], str) and err["message"], err
    assert err["param"] is None or isinstance(err["param"], str), err
    assert "\n" not in err["message"], err
    assert_no_trace(response.get_data(as_text=True))
    return err


_MARK = re.compile(r"</?mark>")


def assert_only_mark(html: str) -> None:
    """A snippet is escaped text plus <mark> tags and nothing else."""
    stripped = _MARK.sub("", html)
    assert "<" not in stripped and ">" not in stripped, html


def assert_search_answer(answer: dict) -> None:
    """The invariants every 200 answer of /api/search keeps, whatever was asked."""
    assert isinstance(answer["total"], int) and answer["total"] >= 0
    results = answer["results"]
    ids = [r["id"] for r in results]
    assert len(ids) == len(set(ids)), f"duplicate result ids: {ids}"
    assert len(results) <= answer["total"] or answer["total"] == 0 and not results
    for r in results:
        for snippet in r.get("snippets") or ():
            assert_only_mark(snippet["html"])


def wait_until(predicate, timeout: float, interval: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()


def free_port() -> int:
    """A loopback port nobody listens on now (the OS picks it)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(port: int, timeout: float) -> bool:
    """Whether a server on loopback ``port`` answers /healthz with 200 within ``timeout`` seconds."""
    import http.client

    def up() -> bool:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        try:
            conn.request("GET", "/healthz", headers={"Accept": "application/json"})
            return conn.getresponse().status == 200
        except OSError:
            return False
        finally:
            conn.close()

    return wait_until(up, timeout=timeout, interval=0.2)


# --- HTML that cannot run anything ------------------------------------------------------------------------

def assert_inert_html(body: str) -> None:
    """Parse the page as a browser would and demand that nothing in it can execute.

    No event-handler attribute on any element, no inline or foreign <script>, no iframe/object/embed,
    no javascript: URL in any attribute. Escaped payload text (``&lt;script&gt;``) is fine: it is text.
    """
    from html.parser import HTMLParser

    problems: list[str] = []

    class Checker(HTMLParser):
        in_script = False

        def handle_starttag(self, tag, attrs):
            names = {k.lower(): (v or "") for k, v in attrs}
            for name, value in names.items():
                if name.startswith("on"):
                    problems.append(f"<{tag} {name}=...>")
                if "javascript:" in value.lower().replace(" ", "") and name in ("href", "src", "action",
                                                                                "formaction", "xlink:href"):
                    problems.append(f"<{tag} {name}={value!r}>")
            if tag in ("iframe", "object", "embed", "base", "frame"):
                problems.append(f"<{tag}>")
            if tag == "img" and names.get("src", "").startswith("x"):
                problems.append("<img src=x>")
            if tag == "script":
                src = names.get("src", "")
                if not src.startswith("/static/"):
                    problems.append(f"<script src={src!r}> (inline or foreign)")
                self.in_script = True

        def handle_endtag(self, tag):
            if tag == "script":
                self.in_script = False

        def handle_data(self, data):
            if self.in_script and data.strip():
                problems.append(f"inline script text {data[:60]!r}")

    checker = Checker(convert_charrefs=True)
    checker.feed(body)
    checker.close()
    assert not problems, problems
