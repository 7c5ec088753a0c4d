"""`shousi mock` as a candidate meets it (fresh stubs, a countdown, grading at the end, a scorecard, history), and
the interview's pieces in harness.practice.mock: the draw, the folder, the clock and the scorecard."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from harness import catalogue
from harness.cli import main
from harness.errors import UsageError
from harness.grading.verdict import Verdict
from harness.practice import mock as interview
from harness.practice.history import History, data_dir

from conftest import patience


def mock(*args: str, stdin: str | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "harness", "mock", *args], input=stdin, capture_output=True,
                          text=True, timeout=patience(timeout), env={**os.environ, "COLUMNS": "120"})


# Through the command line.

def test_time_runs_out_then_everything_is_graded_and_kept(workspace):
    done = mock("--count", "2", "--seed", "7", "--tag", "leetcode", "--minutes", "0.03", stdin="", timeout=120)
    assert done.returncode == 1, done.stderr
    assert "Time's up" in done.stdout and "scorecard" in done.stdout and "No hire: 0/2 solved" in done.stdout
    stubs = list(workspace.glob("mock-*/*.py"))
    assert len(stubs) == 2
    attempts = History.open().attempts()
    assert [a.command for a in attempts] == ["mock", "mock"] and all(a.mock for a in attempts)
    assert "streak 1 day" in CliRunner().invoke(main, ["progress"]).output
    with sqlite3.connect(data_dir() / "history.sqlite3") as connection:
        (summary,) = connection.execute("SELECT summary FROM mocks").fetchone()
    assert summary.startswith("No hire: 0/2 solved in 0 min")


def test_handing_in_early_with_g(workspace):
    done = mock("--count", "1", "--seed", "1", "--minutes", "30", stdin="g\n")
    assert "Handed in" in done.stdout and "scorecard" in done.stdout


def test_q_abandons_without_grading():
    done = mock("--count", "1", "--minutes", "30", stdin="q\n")
    assert done.returncode == 1 and "abandoned" in done.stdout and "scorecard" not in done.stdout
    assert "Handed in" not in done.stdout, "an abandoned interview is not handed in"


def test_an_unknown_tag_is_a_one_line_usage_error():
    result = CliRunner().invoke(main, ["mock", "--tag", "no-such-tag"])
    assert result.exit_code == 2 and "no problem has the tag 'no-such-tag'" in result.output
    assert result.output.count("\n") == 1 and "Traceback" not in result.output


# The draw.

def problems():
    return catalogue.problems()


def test_the_draw_prefers_unsolved_problems():
    solved = {p.id: "solved" for p in problems()[1:]}
    assert interview.choose(problems(), solved, 3) == [problems()[0]]


def test_when_everything_is_solved_any_problem_may_be_drawn():
    solved = {p.id: "solved" for p in problems()}
    assert len(interview.choose(problems(), solved, 2, seed=3)) == 2


def test_the_draw_keeps_to_the_tag_and_repeats_with_the_seed():
    first = interview.choose(problems(), {}, 3, tag="ML", seed=11)
    assert all("ml" in p.tags for p in first) and len(first) == 3
    assert interview.choose(problems(), {}, 3, tag="ml", seed=11) == first


def test_an_unknown_tag_is_the_users_error():
    with pytest.raises(UsageError, match="no problem has the tag"):
        interview.choose(problems(), {}, 1, tag="no-such-tag")


# The folder.

def test_each_problem_gets_its_fresh_stub(workspace):
    chosen = problems()[:2]
    session = interview.prepare(chosen, 10, workspace, 4)
    assert [path.parent.name for path in session.files] == ["mock-4", "mock-4"]
    assert [path.read_bytes() for path in session.files] == [p.stub_path.read_bytes() for p in chosen]
    assert [path.name for path in session.files] == [catalogue.workspace_file(p).name for p in chosen]


def test_an_earlier_interviews_answers_are_never_overwritten(workspace):
    problem = problems()[0]
    earlier = workspace / "mock-1" / catalogue.workspace_file(problem).name
    earlier.parent.mkdir(parents=True)
    earlier.write_text("# my answer from last week\n")
    session = interview.prepare([problem], 10, workspace, 1)  # a history deleted since numbers from 1 again
    assert earlier.read_text() == "# my answer from last week\n"
    assert session.files[0].parent.name == "mock-1-2"
    assert session.files[0].read_bytes() == problem.stub_path.read_bytes()


# The clock, driven by fake keys and a fake sleep: no waiting, and no claim on how long anything takes.

class FakeTime:
    def __init__(self, keys: list[str]):
        self.now, self.keys = 0.0, list(keys)

    def key(self) -> str:
        return self.keys.pop(0) if self.keys else ""

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def run(seconds: float, keys: list[str]) -> tuple[interview.Clock, FakeTime, list]:
    fake = FakeTime(keys)
    clock, redraws = interview.Clock(seconds, now=lambda: fake.now), []
    interview.count_down(clock, fake.key, lambda: redraws.append(fake.now), fake.sleep)
    return clock, fake, redraws


def test_the_countdown_ends_when_the_time_is_up():
    clock, fake, redraws = run(1.0, [])
    assert clock.ended == interview.TIME_UP and clock.used() == 1.0
    assert len(redraws) == 5 and fake.now == pytest.approx(1.0)


@pytest.mark.parametrize("key, how", [("g", interview.HANDED_IN), ("\n", interview.HANDED_IN),
                                      ("q", interview.ABANDONED), ("xq", interview.ABANDONED)])
def test_keys_end_the_countdown(key, how):
    clock, fake, _ = run(60.0, ["", "x", key, "g"])
    assert clock.ended == how and clock.used() == pytest.approx(2 * interview.POLL_S)


def test_ctrl_c_abandons():
    def interrupt() -> str:
        raise KeyboardInterrupt

    clock = interview.Clock(60.0, now=lambda: 5.0)
    assert interview.count_down(clock, interrupt, lambda: None, lambda s: None) == interview.ABANDONED


def test_time_used_never_exceeds_the_time_allowed():
    moments = iter([0.0, 45.0])
    clock = interview.Clock(30.0, now=lambda: next(moments))
    clock.end(interview.HANDED_IN)
    assert clock.used() == 30.0


# The scorecard.

def results(*verdicts: Verdict) -> list:
    return [SimpleNamespace(verdict=verdict) for verdict in verdicts]


@pytest.mark.parametrize("verdicts, used_s, signal", [
    ((Verdict.ACCEPTED, Verdict.ACCEPTED), 20 * 60, "Strong hire"),
    ((Verdict.ACCEPTED, Verdict.ACCEPTED), 40 * 60, "Hire"),
    ((Verdict.ACCEPTED, Verdict.WRONG_ANSWER), 10 * 60, "Lean hire"),
    ((Verdict.WRONG_ANSWER, Verdict.COMPILE_ERROR, Verdict.ACCEPTED), 10 * 60, "No hire"),
])
def test_the_scorecard_signal(verdicts, used_s, signal):
    card = interview.Scorecard(results(*verdicts), used_s, 45)
    assert card.signal == signal
    solved = verdicts.count(Verdict.ACCEPTED)
    assert card.summary == f"{signal}: {solved}/{len(verdicts)} solved in {used_s // 60} min 0 s of 45 min"
