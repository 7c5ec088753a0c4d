"""`shousi mock` as a candidate meets it: fresh stubs, a countdown, grading at the end, a scorecard, history."""

from __future__ import annotations

import os
import subprocess
import sys

from click.testing import CliRunner

from harness.cli import main
from harness.practice.history import History


def mock(*args: str, stdin: str | None = None, timeout: float = 240) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "harness", "mock", *args], input=stdin, capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, "COLUMNS": "120"})


def test_time_runs_out_then_everything_is_graded_and_kept(workspace):
    done = mock("--count", "2", "--seed", "7", "--tag", "leetcode", "--minutes", "0.03", stdin="")
    assert done.returncode == 1, done.stderr
    assert "Time's up" in done.stdout and "scorecard" in done.stdout and "No hire: 0/2 solved" in done.stdout
    stubs = list(workspace.glob("mock-*/*.py"))
    assert len(stubs) == 2
    attempts = History.open().attempts()
    assert [a.command for a in attempts] == ["mock", "mock"] and all(a.mock for a in attempts)
    assert "streak 1 day" in CliRunner().invoke(main, ["progress"]).output


def test_handing_in_early_with_g(workspace):
    done = mock("--count", "1", "--seed", "1", "--minutes", "30", stdin="g\n", timeout=120)
    assert "Handed in" in done.stdout and "scorecard" in done.stdout


def test_q_abandons_without_grading():
    done = mock("--count", "1", "--minutes", "30", stdin="q\n", timeout=60)
    assert done.returncode == 1 and "abandoned" in done.stdout and "scorecard" not in done.stdout
