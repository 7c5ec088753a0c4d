"""Faults of the catalogue (a reference that fails, a wrong pinned answer, a checker that crashes, a broken
problem.toml) are internal_error with enough detail to file a bug, never the user's wrong answer."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from harness import catalogue
from harness import grading
from harness.cli import main

from conftest import SUBMISSIONS

ACCEPTED = SUBMISSIONS / "two-sum" / "accepted" / "hash_map_class.py"


@pytest.fixture
def broken_catalogue(tmp_path, monkeypatch):
    """A private copy of the two-sum and coin-change packages, to break in one way per test."""
    (tmp_path / "solutions").mkdir()
    for problem_id in ("two-sum", "coin-change"):
        shutil.copytree(catalogue.root() / "problems" / problem_id, tmp_path / "problems" / problem_id)
        shutil.copy(catalogue.root() / "solutions" / f"{problem_id}.py", tmp_path / "solutions" / f"{problem_id}.py")
    monkeypatch.setenv("SHOUSI_ROOT", str(tmp_path))
    return tmp_path


def grade(root):
    return grading.grade(catalogue.resolve("two-sum"), ACCEPTED)


def test_a_failing_reference_is_an_internal_error(broken_catalogue):
    (broken_catalogue / "solutions" / "two-sum.py").write_text("def two_sum(nums, target):\n    return nums[10**9]\n")
    result = grade(broken_catalogue)
    assert result.verdict.value == "internal_error"
    assert "reference solution failed" in result.message and "IndexError" in result.message


def test_a_wrong_pinned_answer_is_an_internal_error(broken_catalogue):
    cases = broken_catalogue / "problems" / "coin-change" / "cases.py"
    text = cases.read_text()
    assert '"amount": 6}, 2,' in text
    cases.write_text(text.replace('"amount": 6}, 2,', '"amount": 6}, 3,'))
    result = grading.grade(catalogue.resolve("coin-change"), catalogue.resolve("coin-change").reference)
    assert result.verdict.value == "internal_error" and "disagrees with the pinned answer" in result.message


def test_a_crashing_checker_is_an_internal_error(broken_catalogue):
    (broken_catalogue / "problems" / "two-sum" / "checker.py").write_text(
        "OPTIONS = {}\n\ndef check(given, expected, got, options):\n    raise KeyError('oops')\n")
    result = grade(broken_catalogue)
    assert result.verdict.value == "internal_error" and "checker" in result.message


def test_a_broken_problem_file_is_reported_not_a_traceback(broken_catalogue):
    (broken_catalogue / "problems" / "two-sum" / "problem.toml").write_text("id = \n")
    result = CliRunner().invoke(main, ["show", "two-sum"])
    assert result.exit_code == 1 and "internal error" in result.output and "Traceback" not in result.output
