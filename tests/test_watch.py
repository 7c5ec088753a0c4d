"""`shousi watch` through a real subprocess: it grades, re-grades when the file is saved, obeys keys, quits.

The waits are generous timeouts scaled by the machine's measured speed (conftest.patience), never claims on speed.
"""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import sys
import threading
import time

from conftest import SUBMISSIONS, patience


def test_watch_regrades_on_save_and_quits_on_q(tmp_path):
    mine = tmp_path / "two_sum.py"
    shutil.copy(SUBMISSIONS / "two-sum" / "wrong_answer" / "pairs_with_itself.py", mine)
    process = subprocess.Popen(
        [sys.executable, "-m", "harness", "watch", "two-sum", str(mine)], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**os.environ, "COLUMNS": "120"},
    )
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout], daemon=True).start()

    def wait_for(text: str, timeout: float = patience(60)) -> str:
        seen, deadline = "", time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                seen += lines.get(timeout=0.5)
            except queue.Empty:
                continue
            if text in seen:
                return seen
        raise AssertionError(f"never saw {text!r}; saw:\n{seen}")

    try:
        wait_for("Wrong Answer")
        wait_for("waiting for you to save")
        time.sleep(0.5)
        shutil.copy(SUBMISSIONS / "two-sum" / "accepted" / "hash_map_class.py", mine)
        wait_for("Accepted")
        wait_for("waiting for you to save")
        process.stdin.write("r\n")
        process.stdin.flush()
        wait_for("3/3 cases passed")
        process.stdin.write("h\n")
        process.stdin.flush()
        wait_for("Hint 1/")
        process.stdin.write("q\n")
        process.stdin.flush()
        assert process.wait(timeout=patience(30)) == 0
        wait_for("stopped watching")
    finally:
        process.kill()
