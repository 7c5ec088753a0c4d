"""The `%%shousi` cell magic (harness.notebook), driven through IPython's own shell: `%load_ext harness`, then a
cell graded in the sandboxed worker, never executed in the kernel, with the CLI's verdicts and history records."""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from harness import catalogue

pytest.importorskip("IPython")
from IPython.core.error import UsageError  # noqa: E402

from conftest import SUBMISSIONS  # noqa: E402

pytestmark = pytest.mark.shared_cache  # grades that assert nothing about the grade cache

ROOT = Path(__file__).resolve().parent.parent
HAS_TORCH = importlib.util.find_spec("torch") is not None


def reference(problem_id: str) -> str:
    return catalogue.resolve(problem_id).reference.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def ip(tmp_path_factory):
    """IPython's interactive shell with the extension loaded, its own profile folder, no input history kept."""
    from IPython.core.interactiveshell import InteractiveShell
    from traitlets.config import Config

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("IPYTHONDIR", str(tmp_path_factory.mktemp("ipython")))
        config = Config()
        config.HistoryManager.enabled = False
        shell = InteractiveShell.instance(config=config)
        shell.run_line_magic("load_ext", "harness")
        yield shell
    InteractiveShell.clear_instance()


def attempts(problem_id: str) -> list:
    from harness.practice.history import History

    history = History.open()
    try:
        return history.attempts(problem_id)
    finally:
        history.close()


def test_the_reference_is_accepted_and_recorded_without_touching_the_workspace(ip, capsys):
    before = signal.getsignal(signal.SIGINT)
    ip.run_cell_magic("shousi", "grade softmax", reference("softmax"))
    out = capsys.readouterr().out
    assert "Accepted" in out and "softmax" in out and "cases passed" in out
    assert [(a.command, a.verdict) for a in attempts("softmax")] == [("grade", "accepted")]
    assert not catalogue.workspace_file(catalogue.resolve("softmax")).exists(), "the cell goes to a temporary file"
    assert signal.getsignal(signal.SIGINT) is before, "Ctrl-C works again after the grade"


def test_a_wrong_answer_shows_the_failing_case(ip, capsys):
    code = (SUBMISSIONS / "softmax" / "wrong_answer" / "no_max_subtraction.py").read_text(encoding="utf-8")
    ip.run_cell_magic("shousi", "grade softmax", code)
    out = capsys.readouterr().out
    assert "Wrong Answer" in out
    for row in ("case", "input", "expected", "got"):
        assert row in out
    assert [a.verdict for a in attempts("softmax")] == ["wrong_answer"]


def test_a_design_problem_s_class_defined_in_the_cell_is_graded(ip, capsys):
    ip.run_cell_magic("shousi", "grade insert-delete-getrandom-o1", reference("insert-delete-getrandom-o1"))
    assert "Accepted" in capsys.readouterr().out
    assert "RandomizedSet" not in ip.user_ns


def test_the_cell_is_never_executed_in_the_kernel(ip, capsys):
    code = reference("two-sum") + "\nLEAKED = 'the kernel ran the cell'\nprint('printed at import')\n"
    names = set(ip.user_ns)
    ip.run_cell_magic("shousi", "run two-sum --input 'nums = [1,5,9], target = 14'", code)
    out = capsys.readouterr().out
    assert "Accepted" in out and "custom case" in out, "--input reaches the command"
    assert "printed at import" not in out
    assert set(ip.user_ns) == names and "LEAKED" not in ip.user_ns
    assert [a.command for a in attempts("two-sum")] == ["run"]


def test_a_traceback_gives_the_cell_s_line_numbers(ip, capsys):
    code = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1 // 0]\n"
    ip.run_cell_magic("shousi", "run two-sum", code)
    out = capsys.readouterr().out
    flat = " ".join(out.replace("│", " ").split())  # the panel wraps a long temporary path (TMPDIR) anywhere
    assert "Runtime Error" in out and "line 4, in twoSum" in flat, "line 1 of the cell is the magic's"


@pytest.mark.skipif(not HAS_TORCH, reason="torch is not installed")
def test_the_torch_flavour_s_module_is_detected_from_the_cell(ip, capsys):
    code = (SUBMISSIONS / "multi-head-attention" / "accepted" / "torch_flavour_module.py").read_text(encoding="utf-8")
    ip.run_cell_magic("shousi", "run multi-head-attention", code)
    assert "Accepted" in capsys.readouterr().out


@pytest.mark.parametrize("line, says", [
    ("grade no-such-problem", "no problem 'no-such-problem'"),
    ("grade sofmax", "Did you mean softmax?"),
    ("submit softmax", "no such command: 'submit'"),
    ("", "usage: %%shousi run|grade|compare ID"),
    ("grade softmax --bogus", "No such option '--bogus'"),
    ("grade softmax mine.py", "FILE (the cell is the file) does not apply to a cell"),
    ("grade --all", "--all does not apply to a cell"),
    ("run two-sum --input 'nums = [1,'", "--input 'nums = [1,': nums: not a JSON value"),
    ("grade 'softmax", "No closing quotation"),
])
def test_bad_magic_arguments_give_one_line(ip, capsys, line, says):
    with pytest.raises(UsageError) as raised:
        ip.run_cell_magic("shousi", line, "x = 1\n")
    assert says in str(raised.value)
    result = ip.run_cell(f"%%shousi {line}\nx = 1\n")  # as a notebook runs it: the error shown, not raised
    captured = capsys.readouterr()
    assert isinstance(result.error_in_exec, UsageError)
    assert captured.err.strip().splitlines() == [f"UsageError: {raised.value}"] and not captured.out
    assert "x" not in ip.user_ns


def test_the_magic_needs_a_cell(ip):
    with pytest.raises(UsageError, match="cell magic"):
        ip.run_line_magic("shousi", "grade softmax")


def test_help_is_printed(ip, capsys):
    ip.run_line_magic("shousi", "grade --help")
    assert "Usage: %%shousi grade" in capsys.readouterr().out
    ip.run_line_magic("shousi", "--help")
    assert "usage: %%shousi run|grade|compare ID" in capsys.readouterr().out


SIGINT_DURING_GRADE = textwrap.dedent("""
    import sys
    from IPython.core.interactiveshell import InteractiveShell
    ip = InteractiveShell.instance()
    ip.run_line_magic("load_ext", "harness")
    # The user's code signals its grader (the kernel) while the worker runs, as Jupyter's interrupt button does,
    # then computes for ever.
    try:
        ip.run_cell_magic("shousi", "run two-sum", "import os, signal\\nos.kill(os.getppid(), signal.SIGINT)\\n"
                          "while True:\\n    pass\\n")
    except KeyboardInterrupt as exc:
        print("".join(exc._render_traceback_()))
    print("the kernel is alive")
""")


def test_an_interrupt_during_a_grade_stops_it_and_the_kernel_lives_on(tmp_path, monkeypatch):
    import uuid

    from tests.test_sandbox import surviving_workers

    monkeypatch.setenv("SANDBOX_TEST_MARKER", uuid.uuid4().hex)  # what the kernel's workers inherit
    completed = subprocess.run([sys.executable, "-c", SIGINT_DURING_GRADE], capture_output=True, text=True,
                               timeout=600, cwd=ROOT, env={**os.environ, "IPYTHONDIR": str(tmp_path / "ipython")})
    assert completed.returncode == 0, completed.stderr
    assert "KeyboardInterrupt: the grade was stopped" in completed.stdout, completed.stdout + completed.stderr
    assert completed.stdout.rstrip().endswith("the kernel is alive")
    assert surviving_workers() == []


def test_import_harness_loads_neither_ipython_nor_the_magic():
    probe = "import sys, harness; print(sorted({'IPython', 'harness.notebook', 'click'} & set(sys.modules)))"
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert completed.stdout.strip() == "[]", completed.stderr


def test_a_fault_of_the_harness_is_one_line_too(ip, capsys, monkeypatch):
    from harness import compare
    from harness.errors import GradingFault

    def broken(*args, **kwargs):
        raise GradingFault("the reference solution failed: example 1")

    monkeypatch.setattr(compare, "compare", broken)
    result = ip.run_cell("%%shousi compare two-sum\nx = 1\n")
    captured = capsys.readouterr()
    assert result.error_in_exec is not None and "Traceback" not in captured.out + captured.err
    assert (captured.out + captured.err).strip().splitlines() == [
        "Error: internal error: the reference solution failed: example 1"]
