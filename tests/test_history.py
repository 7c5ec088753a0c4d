"""The history: what the commands record, and that it is never lost (concurrent writers, a kill mid-write, a
corrupt file)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from harness.cli import main
from harness.practice.history import Attempt, History, now

from conftest import SUBMISSIONS, patience

ACCEPTED = SUBMISSIONS / "two-sum" / "accepted" / "hash_map_class.py"
WRONG = SUBMISSIONS / "two-sum" / "wrong_answer" / "one_based.py"

WRITER = """
import sys
from harness.practice.history import Attempt, History, now
history = History.open()
for i in range(int(sys.argv[1])):
    history.record(Attempt(now(), sys.argv[2], "grade", "accepted", i, 100, 1.0, 1.0, 1.0))
"""


@pytest.fixture
def cli():
    runner = CliRunner()
    return lambda *args, **kw: runner.invoke(main, list(map(str, args)), catch_exceptions=False, **kw)


def test_grade_and_run_are_recorded_and_shown(cli):
    cli("grade", "two-sum", ACCEPTED)
    cli("run", "two-sum", WRONG)
    history = cli("history", "two-sum").output
    assert "grade" in history and "accepted" in history and "run" in history and "wrong_answer" in history
    progress = cli("progress").output
    assert "solved 1/" in progress and "streak 1 day" in progress
    assert "solved" in cli("list", "--status", "solved").output


def test_reference_self_checks_are_not_the_users_attempts(cli):
    cli("grade", "two-sum", "--reference")
    assert "No attempts" in cli("history", "two-sum").output


def test_list_filters(cli):
    assert "two-sum" in cli("list", "--tag", "hash-table").output
    assert "two-sum" not in cli("list", "--difficulty", "medium").output
    assert "generate-parentheses" in cli("list", "--asked-in", "tencent").output
    assert "two-sum" not in cli("list", "--asked-in", "tencent").output


def test_hints_come_one_more_each_time_and_are_remembered(cli):
    first, second = cli("hint", "two-sum").output, cli("hint", "two-sum").output
    assert "Hint 1/" in first and "Hint 2/" not in first
    assert "Hint 1/" in second and "Hint 2/" in second


def test_the_solution_asks_before_spoiling_an_unsolved_problem(cli):
    refused = cli("solution", "two-sum", input="n\n")
    assert refused.exit_code == 1 and "def twoSum" not in refused.output
    assert "def twoSum" in cli("solution", "two-sum", "--yes").output
    cli("grade", "two-sum", ACCEPTED)
    assert "def twoSum" in cli("solution", "two-sum").output


def test_two_writers_at_once_lose_nothing():
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, "300", f"p{i}"]) for i in range(2)]
    assert [w.wait(timeout=patience(120)) for w in writers] == [0, 0]
    history = History.open()
    assert len(history.attempts("p0")) == 300 and len(history.attempts("p1")) == 300


def written_once(writer: subprocess.Popen, problem: str, timeout: float) -> None:
    """Wait until `writer` has recorded an attempt at `problem`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and writer.poll() is None:
        history = History.open()
        try:
            if history.attempts(problem):
                return
        finally:
            history.close()
        time.sleep(0.05)
    raise AssertionError(f"the writer recorded nothing in {timeout:.0f} s (exit code {writer.poll()})")


def test_a_writer_killed_mid_write_leaves_the_database_consistent():
    History.open().record(Attempt(now(), "before", "grade", "accepted", 1, 1, 1.0, 1.0, 1.0))
    writer = subprocess.Popen([sys.executable, "-c", WRITER, "1000000", "killed"])
    written_once(writer, "killed", patience(60))  # not a fixed sleep: a busy machine may take seconds to start it
    time.sleep(0.2)  # mid-stream: it writes a million attempts in a loop
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    history = History.open()
    assert history.notice == ""
    assert history.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert len(history.attempts("before")) == 1 and len(history.attempts("killed")) > 0


def test_a_corrupt_database_is_moved_aside_with_a_clear_message(cli, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "history.sqlite3").write_bytes(b"this is not a database" * 100)
    result = cli("grade", "two-sum", ACCEPTED)
    assert result.exit_code == 0 and "moved it to" in result.output and "Traceback" not in result.output
    assert list(folder.glob("history.corrupt-*.sqlite3"))
    assert "accepted" in cli("history", "two-sum").output


def test_an_unwritable_data_folder_warns_but_grades(cli, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("SHOUSI_DATA", str(blocker / "data"))
    result = cli("grade", "two-sum", ACCEPTED)
    assert result.exit_code == 0 and "history is unavailable" in result.output
