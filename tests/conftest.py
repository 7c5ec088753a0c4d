"""Shared fixtures: an isolated workspace for every test, the catalogue, and the known submissions."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from harness import catalogue

TESTS = Path(__file__).resolve().parent
SUBMISSIONS = TESTS / "submissions"
VERDICT_FOLDERS = (
    "accepted", "wrong_answer", "time_limit_exceeded", "memory_limit_exceeded", "output_limit_exceeded",
    "runtime_error", "compile_error",
)


def problem_ids() -> list[str]:
    return [problem.id for problem in catalogue.problems()]


def known_submissions() -> list:
    """(problem id, expected verdict, path) for every file under tests/submissions/<id>/<verdict>/."""
    found = []
    for path in sorted(SUBMISSIONS.glob("*/*/*.py")):
        problem_id, verdict = path.parent.parent.name, path.parent.name
        found.append(pytest.param(problem_id, verdict, path, id=f"{problem_id}/{verdict}/{path.stem}"))
    return found


@pytest.fixture(autouse=True)
def workspace(tmp_path, monkeypatch) -> Path:
    """Every test gets an empty workspace and an empty history of its own."""
    folder = tmp_path / "workspace"
    monkeypatch.setenv("SHOUSI_WORKSPACE", str(folder))
    monkeypatch.setenv("SHOUSI_DATA", str(tmp_path / "data"))
    return folder


def shousi(*args: str, env: dict | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run the real command line in a subprocess, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "harness", *args], capture_output=True, text=True, timeout=timeout,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture(scope="session")
def self_check() -> dict:
    """`shousi grade --all --reference --json`, run once: every reference graded through the CLI."""
    completed = shousi("grade", "--all", "--reference", "--json")
    assert completed.stdout.count("\n") == 1, completed.stdout + completed.stderr
    report = json.loads(completed.stdout)
    report["exit_code"] = completed.returncode
    return report
