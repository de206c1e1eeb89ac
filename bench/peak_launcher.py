"""Run one command and report its own peak RSS and CPU (what ``bench.memory.run_child`` measures through it).

Why a launcher: Linux records the high-water RSS of the memory a process had when it called exec, and with
vfork (what ``subprocess`` uses) that memory is the parent's. A child of the bench process therefore reports
``ru_maxrss`` >= the bench's own peak: at 1M the bench held the 1,000,100 generated articles for a moment
and every later child "peaked" at 3.4 GB. This launcher is a fresh small process (started with -S, stdlib
only); its child inherits only its few MB. Usage: python -S peak_launcher.py REPORT_FILE ARGV...
"""
import json
import os
import subprocess
import sys


def main() -> int:
    report, argv = sys.argv[1], sys.argv[2:]
    proc = subprocess.Popen(argv)  # stdin/stdout/stderr, cwd and environment inherited
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    with open(report, "w") as f:
        json.dump({"maxrss_kb": usage.ru_maxrss, "cpu_seconds": usage.ru_utime + usage.ru_stime}, f)
    return proc.returncode if proc.returncode >= 0 else 128 - proc.returncode


if __name__ == "__main__":
    sys.exit(main())
