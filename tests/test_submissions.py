"""problemtools-style: every known submission gets exactly the verdict its folder names."""

from __future__ import annotations

import importlib.util

import pytest

from harness import catalogue
from harness import grading

from conftest import VERDICT_FOLDERS, known_submissions


@pytest.mark.parametrize("problem_id, verdict, path", known_submissions())
def test_known_submission_gets_its_folders_verdict(problem_id, verdict, path):
    assert verdict in VERDICT_FOLDERS, f"unknown verdict folder {verdict}"
    if "import torch" in path.read_text(encoding="utf-8") and importlib.util.find_spec("torch") is None:
        pytest.skip("torch is not installed (pip install -e '.[torch]')")
    result = grading.grade(catalogue.resolve(problem_id), path)
    assert result.verdict.value == verdict, f"{result.verdict.value}: {result.message}"
    if verdict != "accepted":
        assert result.message, "a rejection says why"
    if verdict == "compile_error":
        assert result.total and not result.cases
