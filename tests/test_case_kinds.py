"""Cases that must raise and cases with a memory ceiling, on a small synthetic problem in a private catalogue
(SHOUSI_ROOT): `halve(n)` returns n // 2, raises ValueError on an odd n, and allocates n MiB on the way."""

from __future__ import annotations

import re
import textwrap

import pytest

from harness import catalogue
from harness import grading
from harness.grading.verdict import PRECEDENCE, Verdict, worst

from conftest import SUBMISSIONS

REFERENCE = """
def halve(n):
    if n % 2:
        raise ValueError(f"{n} is odd")
    ballast = b"\\1" * (n << 20)  # n MiB, every page written
    return n // 2 + 0 * len(ballast)
"""
CASES = """
from harness.catalogue.cases import Case


def hidden_cases(rng):
    yield Case({"n": 4}, note="even")
    yield Case({"n": 3}, raises="ValueError", note="n is odd")
    yield Case({"n": 16}, memory_ceiling_mb=64, note="16 MiB, under a ceiling of 64 MiB")


def validate(given):
    assert given["n"] % 2 == 0
"""


@pytest.fixture
def halve(tmp_path, monkeypatch):
    """The `halve` package alone in a private catalogue; returns a function writing a solution file."""
    folder = tmp_path / "problems" / "halve"
    folder.mkdir(parents=True)
    (folder / "problem.toml").write_text('id = "halve"\ntitle = "Halve"\nparams = ["n"]\n\n[entry]\nfunction = "halve"\n')
    (folder / "statement.md").write_text("# Halve\n\n## Examples\n\n```\nInput: n = 2\nOutput: 1\n```\n")
    (folder / "cases.py").write_text(CASES)
    (tmp_path / "solutions").mkdir()
    (tmp_path / "solutions" / "halve.py").write_text(REFERENCE)
    monkeypatch.setenv("SHOUSI_ROOT", str(tmp_path))

    def grade(source: str, name: str = "mine.py"):
        path = tmp_path / name
        path.write_text(textwrap.dedent(source))
        return grading.grade(catalogue.resolve("halve"), path)

    grade.reference = tmp_path / "solutions" / "halve.py"
    return grade


def test_the_reference_passes_its_must_raise_and_ceiling_cases(halve):
    result = halve(REFERENCE)
    assert result.verdict is Verdict.ACCEPTED, result.message
    assert result.passed == result.total == 4


def test_not_raising_is_a_wrong_answer_that_says_so(halve):
    result = halve("def halve(n):\n    return n // 2\n")
    assert result.verdict is Verdict.WRONG_ANSWER
    assert result.failure.name == "hidden 2"
    assert result.failure.message == "expected ValueError to be raised (n is odd), got 1"
    assert repr(result.failure.expected) == "raises ValueError"


def test_raising_another_type_is_a_wrong_answer_naming_it(halve):
    result = halve("def halve(n):\n    if n % 2:\n        raise TypeError('odd')\n    return n // 2\n")
    assert result.verdict is Verdict.WRONG_ANSWER
    assert result.failure.message == "expected ValueError to be raised (n is odd), got TypeError: odd instead"


def test_raising_a_subclass_of_the_expected_exception_passes(halve):
    result = halve("class OddError(ValueError):\n    pass\n\n\ndef halve(n):\n"
                   "    if n % 2:\n        raise OddError(n)\n    return n // 2\n")
    assert result.verdict is Verdict.ACCEPTED, result.message


def test_a_reference_that_does_not_raise_is_an_internal_error(halve):
    halve.reference.write_text("def halve(n):\n    return n // 2\n")
    result = halve(REFERENCE)
    assert result.verdict is Verdict.INTERNAL_ERROR
    assert "hidden 2: the reference solution did not raise ValueError: returned 1" in result.message


def test_a_call_over_its_ceiling_is_memory_limit_exceeded_with_the_peak_and_the_bound(halve):
    result = halve(REFERENCE.replace("(n << 20)", "(n << 24)"))  # 16 times as much: 256 MiB for n = 16
    assert result.verdict is Verdict.MEMORY_LIMIT_EXCEEDED, result.message
    assert result.failure.name == "hidden 3"
    found = re.fullmatch(r"peak memory (\d+) MiB during the call, over this case's ceiling of 64 MiB",
                         result.failure.message)
    assert found and 250 <= int(found.group(1)) <= 300, result.failure.message


def test_a_reference_over_the_ceiling_is_an_internal_error(halve):
    halve.reference.write_text(REFERENCE.replace("(n << 20)", "(n << 24)"))
    result = halve(REFERENCE)
    assert result.verdict is Verdict.INTERNAL_ERROR
    assert "hidden 3: the reference solution: peak memory" in result.message, result.message


def test_multi_head_attention_must_raise_when_heads_do_not_divide_the_embedding():
    problem = catalogue.resolve("multi-head-attention")
    assert any(case.raises == "ValueError" for case in problem.hidden_cases())
    result = grading.grade(problem, SUBMISSIONS / "multi-head-attention" / "wrong_answer" / "no_value_error.py")
    assert result.verdict is Verdict.WRONG_ANSWER
    assert result.failure.message.startswith("expected ValueError to be raised (E % num_heads != 0), got array(")


def test_forbidden_outranks_every_verdict_of_the_user_but_not_a_fault_of_the_harness():
    assert PRECEDENCE.index(Verdict.FORBIDDEN) == 1
    assert worst([Verdict.WRONG_ANSWER, Verdict.FORBIDDEN, Verdict.TIME_LIMIT_EXCEEDED]) is Verdict.FORBIDDEN
    assert worst([Verdict.FORBIDDEN, Verdict.INTERNAL_ERROR]) is Verdict.INTERNAL_ERROR


def test_verdict_is_the_single_source_of_label_style_and_folder():
    for verdict in Verdict:
        assert verdict.style and verdict.label and verdict.folder == verdict.value
    assert Verdict.FORBIDDEN.label == "Forbidden" and Verdict("forbidden") is Verdict.FORBIDDEN
    folders = {path.name for path in SUBMISSIONS.glob("*/*") if path.is_dir()}
    assert folders <= {verdict.folder for verdict in Verdict}, "a known-submission folder names no verdict"


def test_running_out_of_memory_is_memory_limit_exceeded_whoever_says_it():
    """Python's MemoryError, NumPy's subclass of it, and PyTorch's allocator (a plain RuntimeError) all mean the
    memory limit was reached; another RuntimeError is a runtime error."""
    from harness import catalogue
    from harness.grading.classify import error_verdict

    problem = catalogue.resolve("kv-cache-attention")
    numpy_error = {"type": "_ArrayMemoryError", "types": ["_ArrayMemoryError", "MemoryError", "Exception"],
                   "message": "Unable to allocate 8.00 GiB for an array"}
    torch_error = {"type": "RuntimeError", "types": ["RuntimeError", "Exception"], "message":
                   "[enforce fail at alloc_cpu.cpp:121] data. DefaultCPUAllocator: can't allocate memory: you tried "
                   "to allocate 6107136 bytes. Error code 12 (Cannot allocate memory)"}
    other = {"type": "RuntimeError", "types": ["RuntimeError", "Exception"], "message": "shape mismatch"}
    for error in ({"type": "MemoryError", "types": ["MemoryError"], "message": ""}, numpy_error, torch_error):
        assert error_verdict(error, problem)[0] is Verdict.MEMORY_LIMIT_EXCEEDED
    assert error_verdict(other, problem)[0] is Verdict.RUNTIME_ERROR
