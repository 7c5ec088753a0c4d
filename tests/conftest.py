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
from harness.catalogue.check import uses_torch  # noqa: E402
from harness.grading.verdict import Verdict  # noqa: E402

# Known submissions are graded, never collected (a file named *_test.py there would be, and fail at import).
collect_ignore = ["submissions"]

TESTS = Path(__file__).resolve().parent
SUBMISSIONS = TESTS / "submissions"
# Every verdict a submission can earn; internal_error is never the submission's fault.
VERDICT_FOLDERS = tuple(verdict.folder for verdict in Verdict if verdict is not Verdict.INTERNAL_ERROR)


def problem_ids() -> list[str]:
    return [problem.id for problem in catalogue.problems()]


WRONG_IN_MAIN = 10  # wrong answers per problem graded in the main run (the rest are slow); CI's time is bounded


def known_submissions() -> list:
    """(problem id, expected verdict, path) for every file under tests/submissions/<id>/<verdict>/. Marked `slow`
    (pyproject.toml says why): those that run to their time limit; each problem's slowest accepted one; its accepted
    ones beyond two (the main run keeps the first ACM program and the first function: each accepted grade runs
    every case at the constraints' maxima); its wrong answers beyond the first WRONG_IN_MAIN (a breaker round adds
    a dozen to a problem); and all but the first PyTorch-written one of each problem and verdict (importing torch
    costs a grade about 3 s of CPU). `shousi check` and `pytest -m slow` grade every one."""
    slowest = {problem.id: problem.limits.slowest_accepted for problem in catalogue.problems()}
    found, torch_seen, accepted_kept, wrong_kept = [], set(), set(), {}
    for path in sorted(SUBMISSIONS.glob("*/*/*.py")):
        problem_id, verdict = path.parent.parent.name, path.parent.name
        slow = verdict == Verdict.TIME_LIMIT_EXCEEDED.folder or path.name == slowest.get(problem_id)
        if not slow and verdict == Verdict.ACCEPTED.folder:
            style = (problem_id, path.name.startswith("acm_"))
            slow = style in accepted_kept
            accepted_kept.add(style)
        if not slow and verdict == Verdict.WRONG_ANSWER.folder:
            wrong_kept[problem_id] = wrong_kept.get(problem_id, 0) + 1
            slow = wrong_kept[problem_id] > WRONG_IN_MAIN
        if not slow and uses_torch(path):
            slow = (problem_id, verdict) in torch_seen
            torch_seen.add((problem_id, verdict))
        found.append(pytest.param(problem_id, verdict, path, id=f"{problem_id}/{verdict}/{path.stem}",
                                  marks=[pytest.mark.slow] if slow else []))
    return found


TEST_CACHE = "SHOUSI_TEST_CACHE"  # a grade cache for the shared_cache tests to start from (.ci/run's)
SHARED = "shared"  # the run's folder shared by its xdist workers: the grade cache, the self-check's report


def pytest_sessionfinish(session):
    """The shared folder goes with the run (its grade cache takes about a GB), removed by the process that made the
    base folder: the only process without xdist, the controller with it."""
    if not hasattr(session.config, "workerinput"):
        shutil.rmtree(session.config._tmp_path_factory.getbasetemp() / SHARED, ignore_errors=True)


@pytest.fixture(scope="session")
def shared(tmp_path_factory) -> Path:
    """A folder of this run's, the same for every xdist worker (their base folders share a parent)."""
    base = tmp_path_factory.getbasetemp()
    folder = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / SHARED
    folder.mkdir(exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def shared_cache(shared) -> Path:
    """One grade cache for the whole run, shared by the xdist workers (entries are written by atomic rename):
    each problem's cases are generated and its reference run once, not once per test. For tests that grade and
    assert nothing about the cache (harness.grading.cache has tests of its own, each with an empty cache).
    SHOUSI_TEST_CACHE names one to use instead: `.ci/run` points it at the cache its self-check just filled, so that
    no reference runs twice (entries are keyed on their content: a reused one is never stale)."""
    if os.environ.get(TEST_CACHE):
        return Path(os.environ[TEST_CACHE])
    folder = shared / "grade-cache"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.fixture(scope="session", autouse=True)
def session_cache(shared_cache):
    """Session fixtures (self_check) grade with the shared cache: never the user's (harness.grading.cache)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SHOUSI_CACHE", str(shared_cache))
        yield


@pytest.fixture(autouse=True)
def workspace(request, tmp_path, monkeypatch) -> Path:
    """Every test gets an empty workspace, an empty history and an empty grade cache of its own; a test marked
    `shared_cache` grades with the run's shared one instead."""
    folder = tmp_path / "workspace"
    monkeypatch.setenv("SHOUSI_WORKSPACE", str(folder))
    monkeypatch.setenv("SHOUSI_DATA", str(tmp_path / "data"))
    if request.node.get_closest_marker("shared_cache"):
        monkeypatch.setenv("SHOUSI_CACHE", str(request.getfixturevalue("shared_cache")))
    else:
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
def reference_grades(request) -> dict:
    """Each selected problem's entry of the self-check, by id: the whole self-check's (below) when the run selects
    every problem or .ci/run gave its report; otherwise `shousi grade ID --reference --json` for just the selected
    ones, so that `pytest -k two-sum` does not grade 130 references."""
    chosen = {item.callspec.params["problem_id"] for item in request.session.items
              if item.originalname == "test_reference_is_accepted_through_the_cli"}
    if os.environ.get("SHOUSI_SELF_CHECK") or chosen >= set(problem_ids()):
        return {entry["problem"]: entry for entry in request.getfixturevalue("self_check")["problems"]}
    return {problem_id: json.loads(shousi("grade", problem_id, "--reference", "--json").stdout)
            for problem_id in sorted(chosen)}


@pytest.fixture(scope="session")
def self_check(shared) -> dict:
    """`shousi grade --all --reference --json`, run once in the whole run: the first xdist worker to need it runs
    it under a lock and leaves its report beside the shared cache; the others wait for it and read it. With
    $SHOUSI_SELF_CHECK, the report that file holds (with its exit code under "exit_code")."""
    import fcntl

    given = os.environ.get("SHOUSI_SELF_CHECK")
    if given:  # .ci/run ran it just before the suite (its first step): the same command, not run twice
        return json.loads(Path(given).read_text(encoding="utf-8"))
    kept = shared / "self-check.json"
    with open(shared / "self-check.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not kept.exists():
            completed = shousi("grade", "--all", "--reference", "--json")
            assert completed.stdout.count("\n") == 1, completed.stdout + completed.stderr
            report = json.loads(completed.stdout)
            report["exit_code"] = completed.returncode
            kept.write_text(json.dumps(report), encoding="utf-8")
    return json.loads(kept.read_text(encoding="utf-8"))
