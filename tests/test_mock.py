"""`shousi mock` as a candidate meets it (statements without the interviewer's questions, r / g / n / p / s / q inside
the interview, the stubs at the files `run` and `grade` use, untouched stubs not attempted, the history of past
mocks), and the interview's pieces in harness.practice.mock: the draw, the files, the clock and the scorecard.

The CLI is driven through Click's CliRunner with piped keys (a line at a time) or a scripted key source that edits
the files between keys; the clock is a fake one, or an interview short enough to time out at once. No test claims
how long anything takes."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from types import SimpleNamespace

import pytest
from click.testing import CliRunner
from rich.console import Console

from harness import catalogue, report
from harness.cli import main
from harness.errors import UsageError
from harness.grading.verdict import Verdict
from harness.practice import mock as interview
from harness.practice.history import Attempt, History, now
from harness.report.catalogue import SPOILERS

from conftest import SUBMISSIONS, patience

TWO_SUM = catalogue.resolve("two-sum")
WRONG = SUBMISSIONS / "two-sum" / "wrong_answer" / "pairs_with_itself.py"
ACCEPTED = SUBMISSIONS / "two-sum" / "accepted" / "hash_map_class.py"


def mock(*args: str, input: str | None = None):
    return CliRunner().invoke(main, ["mock", *args], input=input, env={"COLUMNS": "120"})


def scripted(monkeypatch, *steps) -> None:
    """Feed the interview these keys, one step per look; a step may be a callable that edits files first."""
    steps = list(steps)

    def keys() -> str:
        step = steps.pop(0) if steps else ""
        return step() if callable(step) else step

    monkeypatch.setattr("harness.practice.keys.pending_keys", keys)


def write(source, key: str):
    """A step: the candidate saves `source` as their two-sum file, then presses `key`."""
    return lambda: shutil.copyfile(source, catalogue.workspace_file(TWO_SUM)) and key


def mocks() -> list:
    history = History.open()
    try:
        return history.mocks()
    finally:
        history.close()


# Through the command line.

def test_statements_show_without_the_interviewers_questions_and_n_p_s_move_between_them():
    done = mock("two-sum", "softmax", "--minutes", "30", input="n\np\ns\nq\n")
    assert done.exit_code == 1, done.output
    assert done.output.count("1/2 · two-sum") == 3 and done.output.count("2/2 · softmax") == 1
    assert "Examples" in done.output and "Constraints" in done.output
    assert "What interviewers ask" not in done.output and "Why a hash map" not in done.output
    assert "Handed in" in done.output


def test_untouched_stubs_are_not_attempted_and_not_graded(monkeypatch):
    calls = []
    monkeypatch.setattr("harness.grading.grade", lambda *args, **kwargs: calls.append(args))
    done = mock("two-sum", "softmax", "--minutes", "30", input="r\ng\nq\n")
    assert done.output.count("still the stub") == 2 and done.output.count("not attempted │") == 2
    assert "No hire: 0/2 solved (2 not attempted)" in done.output
    assert calls == [] and History.open().attempts() == [], "an untouched stub is no attempt"
    assert mocks()[0].summary.startswith("No hire: 0/2 solved (2 not attempted) in 0 min")


def test_run_and_grade_inside_the_mock_then_the_scorecard_reuses_the_grade(monkeypatch):
    import harness.grading

    grades = []
    real = harness.grading.grade
    monkeypatch.setattr("harness.grading.grade", lambda *args, **kwargs: grades.append(1) or real(*args, **kwargs))
    scripted(monkeypatch, write(WRONG, "r"), write(ACCEPTED, "g"), "q")
    done = mock("two-sum", "--minutes", "30")
    assert done.exit_code == 0, done.output
    assert "Wrong Answer" in done.output and "Accepted" in done.output
    assert "Strong hire: 1/1 solved in 0 min" in done.output
    assert len(grades) == 2, "the final scorecard keeps the grade of a file unchanged since"
    (record,) = mocks()
    attempts = History.open().attempts()
    assert [(a.command, a.verdict, a.mock) for a in attempts] == [
        ("run", "wrong_answer", record.id), ("grade", "accepted", record.id), ("mock", "accepted", record.id)]
    assert record.scored["two-sum"].verdict == "accepted"
    graded = CliRunner().invoke(main, ["grade", "two-sum", "--json"])
    assert graded.exit_code == 0 and '"verdict": "accepted"' in graded.output, "`shousi grade ID` finds the file"


def test_time_up_grades_what_was_written(monkeypatch):
    scripted(monkeypatch, write(WRONG, "x"))
    done = mock("two-sum", "--minutes", "0.01")
    assert done.exit_code == 1 and "Time's up" in done.output
    assert "wrong_answer" in done.output and "No hire: 0/1 solved in 0 min" in done.output
    assert [a.command for a in History.open().attempts()] == ["mock"]


def test_an_earlier_answer_is_kept_beside_it_not_overwritten(workspace):
    mine = catalogue.workspace_file(TWO_SUM)
    mine.parent.mkdir(parents=True)
    for attempt in (1, 2):
        mine.write_text(f"# my answer, take {attempt}\n")
        done = mock("two-sum", "--minutes", "30", input="q\n")
        assert "your earlier two-sum.py is kept as" in done.output
        assert mine.read_bytes() == TWO_SUM.stub_path.read_bytes()
    kept = sorted(path.read_text() for path in workspace.glob("two-sum.py.bak-*"))
    assert kept == ["# my answer, take 1\n", "# my answer, take 2\n"]


def test_a_file_that_is_still_the_stub_needs_no_backup(workspace):
    mine = catalogue.workspace_file(TWO_SUM)
    mine.parent.mkdir(parents=True)
    mine.write_bytes(TWO_SUM.stub_path.read_bytes().replace(b"\n", b"\r\n"))
    done = mock("two-sum", "--minutes", "30", input="q\n")
    assert "kept as" not in done.output and not list(workspace.glob("*.bak-*"))


def test_ctrl_c_abandons_without_grading_and_exits_130(monkeypatch):
    def interrupt() -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr("harness.practice.keys.pending_keys", interrupt)
    done = mock("two-sum", "--minutes", "30")
    assert done.exit_code == 130 and "abandoned" in done.output and "scorecard" not in done.output
    assert mocks()[0].summary.startswith("Abandoned after 0 min")


def test_keys_through_a_real_pipe(workspace):
    done = subprocess.run([sys.executable, "-m", "harness", "mock", "two-sum", "--minutes", "30"],
                          input="s\nr\nq\n", capture_output=True, text=True, timeout=patience(60),
                          env={**os.environ, "COLUMNS": "120"})
    assert done.returncode == 1, done.stderr
    assert done.stdout.count("1/1 · two-sum") == 2 and "still the stub" in done.stdout and "scorecard" in done.stdout


def test_history_lists_past_mocks_with_each_problems_result():
    assert "No mock interviews yet" in mock("--history").output
    history = History.open()
    first = history.start_mock(45, ["two-sum", "3sum"])
    history.record(Attempt(now(), "two-sum", "grade", "wrong_answer", 1, 3, 1.0, 1.0, 1.0, mock=first))
    history.record(Attempt(now(), "two-sum", "mock", "accepted", 57, 57, 1.0, 1.0, 1.0, mock=first))
    history.finish_mock(first, "Lean hire: 1/2 solved (1 not attempted) in 30 min 0 s of 45 min")
    history.start_mock(0.5, ["softmax"])
    history.close()
    listed = mock("--history")
    assert listed.exit_code == 0, listed.output
    assert "two-sum  accepted 57/57" in listed.output and "3sum  not attempted" in listed.output
    assert "Lean hire: 1/2 solved" in listed.output and "unfinished" in listed.output and "0.5" in listed.output
    assert listed.output.index("softmax") < listed.output.index("two-sum"), "newest first"


@pytest.mark.parametrize("args", [["--history", "two-sum"], ["two-sum", "--tag", "ml"], ["--tag", "no-such-tag"]])
def test_usage_errors_are_one_line(args):
    result = mock(*args)
    assert result.exit_code == 2 and "Traceback" not in result.output and result.output.count("Error:") == 1


# The statement without its spoilers.

@pytest.mark.parametrize("problem", catalogue.problems(), ids=lambda p: p.id)
def test_no_statement_shows_its_interviewers_questions(problem):
    session = interview.Mock([problem], [catalogue.workspace_file(problem)], 45)
    for language, examples in (("en", "Examples"), ("zh", "示例")):
        out = Console(file=io.StringIO(), width=120)
        report.mock.statement(session, language, out)
        shown = out.file.getvalue()
        assert examples in shown and not any(heading in shown for heading in SPOILERS)


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


# The files.

def test_each_stub_goes_to_the_file_run_and_grade_use():
    chosen = problems()[:2]
    session = interview.prepare(chosen, 10, 4)
    assert session.files == [catalogue.workspace_file(p) for p in chosen]
    assert [path.read_bytes() for path in session.files] == [p.stub_path.read_bytes() for p in chosen]
    assert session.backups == [None, None] and all(session.untouched(i) for i in range(2))


@pytest.mark.parametrize("edit, same", [
    (lambda stub: stub, True), (lambda stub: b"\xef\xbb\xbf" + stub.replace(b"\n", b"\r\n") + b"\n\n  \n", True),
    (lambda stub: stub.replace(b"\n", b"  \n"), True), (lambda stub: stub + b"x = 1\n", False),
])
def test_a_stub_saved_by_an_editor_is_still_the_stub(edit, same):
    stub = TWO_SUM.stub_path.read_bytes()
    assert interview.same_code(edit(stub), stub) is same


# The clock, driven by fake keys and a fake sleep: no waiting, and no claim on how long anything takes.

class FakeTime:
    def __init__(self, keys: list[str]):
        self.now, self.keys, self.acted = 0.0, list(keys), []

    def key(self) -> str:
        return self.keys.pop(0) if self.keys else ""

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def run(seconds: float, keys: list[str]) -> tuple[interview.Clock, FakeTime, list]:
    fake = FakeTime(keys)
    clock, redraws = interview.Clock(seconds, now=lambda: fake.now), []
    interview.count_down(clock, fake.key, lambda: redraws.append(fake.now), fake.acted.append, fake.sleep)
    return clock, fake, redraws


def test_the_countdown_ends_when_the_time_is_up():
    clock, fake, redraws = run(1.0, [])
    assert clock.ended == interview.TIME_UP and clock.used() == 1.0
    assert len(redraws) == 5 and fake.now == pytest.approx(1.0)


def test_keys_go_to_the_interview_until_q_hands_it_in():
    clock, fake, _ = run(60.0, ["r\n", "", "n\ng\n", "q\ng\n", "s"])
    assert clock.ended == interview.HANDED_IN and fake.acted == ["r", "n", "g"]
    assert clock.used() == pytest.approx(3 * interview.POLL_S)


def test_the_time_can_run_out_during_a_grade():
    fake = FakeTime(["g", "r"])
    clock = interview.Clock(1.0, now=lambda: fake.now)

    def slow_grade(key: str) -> None:
        fake.now += 5.0

    interview.count_down(clock, fake.key, lambda: None, slow_grade, fake.sleep)
    assert clock.ended == interview.TIME_UP and clock.used() == 1.0 and fake.keys == ["r"]


def test_ctrl_c_abandons():
    def interrupt() -> str:
        raise KeyboardInterrupt

    clock = interview.Clock(60.0, now=lambda: 5.0)
    assert interview.count_down(clock, interrupt, lambda: None, print, lambda s: None) == interview.ABANDONED


def test_time_used_never_exceeds_the_time_allowed():
    moments = iter([0.0, 45.0])
    clock = interview.Clock(30.0, now=lambda: next(moments))
    clock.end(interview.HANDED_IN)
    assert clock.used() == 30.0


# The scorecard.

def outcomes(*verdicts: Verdict | None) -> list:
    return [interview.Outcome(TWO_SUM, verdict and SimpleNamespace(verdict=verdict)) for verdict in verdicts]


@pytest.mark.parametrize("verdicts, used_s, signal", [
    ((Verdict.ACCEPTED, Verdict.ACCEPTED), 20 * 60, "Strong hire"),
    ((Verdict.ACCEPTED, Verdict.ACCEPTED), 40 * 60, "Hire"),
    ((Verdict.ACCEPTED, Verdict.WRONG_ANSWER), 10 * 60, "Lean hire"),
    ((Verdict.WRONG_ANSWER, Verdict.COMPILE_ERROR, Verdict.ACCEPTED), 10 * 60, "No hire"),
])
def test_the_scorecard_signal(verdicts, used_s, signal):
    card = interview.Scorecard(outcomes(*verdicts), used_s, 45)
    assert card.signal == signal
    solved = verdicts.count(Verdict.ACCEPTED)
    assert card.summary == f"{signal}: {solved}/{len(verdicts)} solved in {used_s // 60} min 0 s of 45 min"


def test_a_problem_not_attempted_is_unsolved_and_said_so():
    card = interview.Scorecard(outcomes(Verdict.ACCEPTED, None), 65, 45)
    assert card.solved == 1 and card.not_attempted == 1
    assert card.summary == "Lean hire: 1/2 solved (1 not attempted) in 1 min 5 s of 45 min"


# Follow-up chains: `mock --chain NAME`.

LAYER_NORM, RMS_NORM = catalogue.resolve("layer-norm"), catalogue.resolve("rms-norm")
LAYER_NORM_ACCEPTED = SUBMISSIONS / "layer-norm" / "accepted" / "numpy_float64.py"
RMS_NORM_ACCEPTED = SUBMISSIONS / "rms-norm" / "accepted" / "numpy_float64.py"


def test_a_chain_runs_end_to_end_each_problem_started_from_the_accepted_one_before(monkeypatch):
    layer_file, rms_file = catalogue.workspace_file(LAYER_NORM), catalogue.workspace_file(RMS_NORM)
    mine = LAYER_NORM_ACCEPTED.read_text()

    def solve_rms_norm() -> str:
        started = rms_file.read_text()
        assert started.startswith("# Your accepted answer to layer-norm"), started
        assert mine.strip() in started and RMS_NORM.stub_path.read_text().strip() in started
        rms_file.write_text(started + "\n\n" + RMS_NORM_ACCEPTED.read_text())  # built below the chained code
        return "g"

    scripted(monkeypatch, "n", lambda: shutil.copyfile(LAYER_NORM_ACCEPTED, layer_file) and "g", solve_rms_norm, "p",
             "q")
    assert not rms_file.exists()
    done = mock("--chain", "norms", "--minutes", "30")
    assert done.exit_code == 0, done.output
    assert "chain norms" in done.output and "when you have solved the one before" in done.output
    assert "The interviewer follows up: rms-norm" in done.output
    assert done.output.count("2/2 · rms-norm") == 1 and done.output.count("1/2 · layer-norm") == 3, (
        "n stays on the only problem reached; p goes back once the second is")
    assert "Strong hire: 2/2 solved in 0 min" in done.output
    (record,) = mocks()
    assert record.problems == ["layer-norm", "rms-norm"] and record.scored["rms-norm"].verdict == "accepted"


def test_a_chain_shows_how_far_it_got():
    done = mock("--chain", "attention", "--minutes", "30", input="n\nq\n")
    assert done.exit_code == 1, done.output
    assert len(re.findall(r"not reached +│", done.output)) == 3 and done.output.count("not attempted │") == 1
    assert "No hire: 0/4 solved (1 not attempted) (3 not reached) in 0 min" in done.output
    assert not catalogue.workspace_file(catalogue.resolve("multi-head-attention")).exists()
    summary = mocks()[0].summary
    assert interview.read_summary(summary).not_reached == 3
    listed = mock("--history").output
    assert "kv-cache-attention  not reached" in listed and "scaled-dot-product-attention  not attempted" in listed


def test_a_wrong_grade_in_a_chain_reaches_nothing(monkeypatch):
    wrong = next((SUBMISSIONS / "layer-norm" / "wrong_answer").glob("*.py"))
    scripted(monkeypatch, lambda: shutil.copyfile(wrong, catalogue.workspace_file(LAYER_NORM)) and "g", "q")
    done = mock("--chain", "norms", "--minutes", "30")
    assert "follows up" not in done.output and "(1 not reached)" in done.output


def test_the_chained_start_keeps_future_imports_first():
    source = b'"""mine"""\nfrom __future__ import annotations\n\ndef layer_norm(x): ...\n'
    started = interview.chained_start(LAYER_NORM, source, RMS_NORM).decode()
    assert started.startswith("from __future__ import annotations\n\n# Your accepted answer to layer-norm")
    compile(started, "chained.py", "exec")


@pytest.mark.parametrize("args", [["--chain", "norms", "two-sum"], ["--chain", "norms", "--tag", "ml"],
                                  ["--chain", "no-such-chain"]])
def test_chain_usage_errors_are_one_line(args):
    result = mock(*args)
    assert result.exit_code == 2 and "Traceback" not in result.output and result.output.count("Error:") == 1
