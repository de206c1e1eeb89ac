"""bench.memory.run_child: a child's peak memory is its own, whatever the bench process held before."""
import json
import subprocess
import sys
from pathlib import Path

from bench.memory import run_child

ROOT = Path(__file__).resolve().parents[1]

# A process that grows to ~400 MB, then measures a small child and a ~150 MB child through run_child.
_SCRIPT = """
import json, sys
from bench.memory import run_child
big = bytearray(400 * 1024 * 1024)
for i in range(0, len(big), 4096):
    big[i] = 1
small = run_child([sys.executable, "-c", "pass"])
grown = run_child([sys.executable, "-c", "b = bytearray(150 * 1024 * 1024)\\nfor i in range(0, len(b), 4096): b[i] = 1"])
print(json.dumps([small.peak_rss_mb, grown.peak_rss_mb, small.returncode, grown.returncode]))
"""


def test_peak_is_the_childs_own_not_the_parents_high_water_mark():
    # with a plain Popen + wait4 the small child reported >= 400 MB: the RSS it was forked from
    out = subprocess.run([sys.executable, "-c", _SCRIPT], cwd=ROOT, capture_output=True, text=True, check=True)
    small, grown, rc_small, rc_grown = json.loads(out.stdout)
    assert (rc_small, rc_grown) == (0, 0)
    assert small < 100
    assert 150 <= grown < 300


def test_exit_status_output_and_timeout_pass_through():
    run = run_child([sys.executable, "-c", "import sys; print('out'); print('err', file=sys.stderr); sys.exit(3)"])
    assert (run.returncode, run.stdout.strip(), run.stderr.strip()) == (3, "out", "err")
    stuck = run_child([sys.executable, "-c", "import time; time.sleep(60)"], timeout=1)
    assert stuck.returncode != 0  # killed with its launcher: the run returns instead of waiting out the sleep
