"""Shared fixtures: an isolated workspace for every test, the catalogue, and the known submissions."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# rich fixes a console's width for good from COLUMNS when the console is made (harness.report makes its two at
# import), and otherwise reads COLUMNS afresh each time it draws. Made here, before any test sets COLUMNS, they
# follow each test's own COLUMNS, whichever test happens to import harness.report first.
for _variable in ("COLUMNS", "LINES"):
    os.environ.pop(_variable, None)
from harness import catalogue, report  # noqa: E402,F401
from harness.grading.verdict import Verdict  # noqa: E402

TESTS = Path(__file__).resolve().parent
SUBMISSIONS = TESTS / "submissions"
# Every verdict a submission can earn; internal_error is never the submission's fault.
VERDICT_FOLDERS = tuple(verdict.folder for verdict in Verdict if verdict is not Verdict.INTERNAL_ERROR)


def problem_ids() -> list[str]:
    return [problem.id for problem in catalogue.problems()]


def known_submissions() -> list:
    """(problem id, expected verdict, path) for every file under tests/submissions/<id>/<verdict>/."""
    found = []
    for path in sorted(SUBMISSIONS.glob("*/*/*.py")):
        problem_id, verdict = path.parent.parent.name, path.parent.name
        found.append(pytest.param(problem_id, verdict, path, id=f"{problem_id}/{verdict}/{path.stem}"))
    return found


@pytest.fixture(scope="session", autouse=True)
def session_cache(tmp_path_factory):
    """The grade cache of session fixtures (self_check grades too): never the user's (harness.grading.cache).
    Its entries (tens of MB for an ML problem) are removed afterwards, as each test's are."""
    folder = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SHOUSI_CACHE", str(folder))
        yield
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def workspace(tmp_path, monkeypatch) -> Path:
    """Every test gets an empty workspace, an empty history and an empty grade cache of its own."""
    folder = tmp_path / "workspace"
    monkeypatch.setenv("SHOUSI_WORKSPACE", str(folder))
    monkeypatch.setenv("SHOUSI_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("SHOUSI_CACHE", str(tmp_path / "cache"))
    yield folder
    shutil.rmtree(tmp_path / "cache", ignore_errors=True)


def patience(seconds: float) -> float:
    """How long to wait for something that takes well under `seconds` on a quiet machine, scaled by how slow
    this machine is right now (harness.grading.speed, as the grader scales its limits): a busy machine waits longer
    instead of failing. For timeouts only; a test never asserts how long something took."""
    from harness.grading.speed import machine_speed

    return seconds * machine_speed()


def shousi(*args: str, env: dict | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run the real command line in a subprocess, as a user would; `timeout` guards against a hang only, so it is
    scaled by the machine's speed (the self-check took over 600 s with two CPU hogs per core and more)."""
    return subprocess.run(
        [sys.executable, "-m", "harness", *args], capture_output=True, text=True, timeout=patience(timeout),
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
