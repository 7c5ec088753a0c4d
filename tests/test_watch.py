"""`shousi watch` through a real subprocess: it grades, re-grades when the file is saved (also during a grade),
obeys keys, quits.

The waits are generous timeouts scaled by the machine's measured speed (conftest.patience), never claims on speed.
"""

from __future__ import annotations

import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time

import pytest

from conftest import SUBMISSIONS, patience

WRONG = SUBMISSIONS / "two-sum" / "wrong_answer" / "pairs_with_itself.py"
RIGHT = SUBMISSIONS / "two-sum" / "accepted" / "hash_map_class.py"


class Watcher:
    """A `shousi watch two-sum FILE` subprocess, its output read on a thread, keys written to its stdin."""

    def __init__(self, path):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "harness", "watch", "two-sum", str(path)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**os.environ, "COLUMNS": "120"},
        )
        self.lines: queue.Queue = queue.Queue()
        self.seen = ""  # everything since the last wait_for that matched
        threading.Thread(target=lambda: [self.lines.put(line) for line in self.process.stdout], daemon=True).start()

    def wait_for(self, text: str, timeout: float | None = None) -> str:
        """Everything printed up to and including the first line with `text` (which is then consumed)."""
        deadline = time.monotonic() + (timeout or patience(60))
        while text not in self.seen and time.monotonic() < deadline:
            try:
                self.seen += self.lines.get(timeout=0.5)
            except queue.Empty:
                continue
        if text not in self.seen:
            raise AssertionError(f"never saw {text!r}; saw:\n{self.seen}")
        end = self.seen.index(text) + len(text)
        upto, self.seen = self.seen[:end], self.seen[end:]
        return upto

    def press(self, keys: str) -> None:
        self.process.stdin.write(keys)
        self.process.stdin.flush()


@pytest.fixture
def watcher():
    started = []

    def start(path) -> Watcher:
        started.append(Watcher(path))
        return started[-1]

    yield start
    for each in started:
        each.process.kill()
        each.process.wait()


def test_watch_regrades_on_save_and_quits_on_q(tmp_path, watcher):
    mine = tmp_path / "two_sum.py"
    shutil.copy(WRONG, mine)
    watch = watcher(mine)
    watch.wait_for("Wrong Answer")
    assert "graded at " in watch.wait_for("waiting for you to save")
    shutil.copy(RIGHT, mine)
    watch.wait_for("Accepted")
    watch.wait_for("waiting for you to save")
    watch.press("r\n")
    watch.wait_for("3/3 cases passed")
    watch.press("q\n")
    assert watch.process.wait(timeout=patience(30)) == 0
    watch.wait_for("stopped watching")


def test_a_save_during_a_grade_is_graded_when_it_ends(tmp_path, watcher):
    """The first grade has loaded the file (which leaves a mark, then sleeps at import) when the file is saved
    again: that save is graded next, though no save happens after it."""
    mine, mark = tmp_path / "two_sum.py", tmp_path / "imported"
    mine.write_text(f"import time\nopen({str(mark)!r}, 'w').close()\ntime.sleep({patience(1):.1f})\n"
                    + WRONG.read_text())
    watch = watcher(mine)
    deadline = time.monotonic() + patience(60)
    while not mark.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    shutil.copy(RIGHT, mine)
    watch.wait_for("Wrong Answer")
    watch.wait_for("Accepted")


def test_h_shows_only_the_next_hint(tmp_path, watcher):
    mine = tmp_path / "two_sum.py"
    shutil.copy(RIGHT, mine)
    watch = watcher(mine)
    watch.wait_for("waiting for you to save")
    watch.press("h\n")
    assert "Hint 1/" in watch.wait_for("again for the next one")
    watch.press("h\n")
    shown = watch.wait_for("Hint 2/") + watch.wait_for(".")
    assert "Hint 1/" not in shown


def test_ctrl_c_stops_it_with_exit_code_130(tmp_path, watcher):
    mine = tmp_path / "two_sum.py"
    shutil.copy(RIGHT, mine)
    watch = watcher(mine)
    watch.wait_for("waiting for you to save")
    watch.process.send_signal(signal.SIGINT)
    assert watch.process.wait(timeout=patience(30)) == 130
    watch.wait_for("stopped watching")
