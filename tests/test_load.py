"""Verdicts do not change under load: with every core busy, the slowest accepted submission (the one its limit was
calibrated on, the likeliest to flip) of each of the problems with the longest limits is still accepted, and a
known time_limit_exceeded submission of each still times out. (Limits are CPU time, so load hardly moves them; the
sample keeps CI's load step at a few minutes as the catalogue grows.)

The loaded tests are marked `load`: their CPU hogs would starve every other test, so the default run leaves them
out (pyproject's addopts) and `.ci/run` runs them on their own, serially, after the main suite:

    python -m pytest -m load -p no:xdist tests/test_load.py
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from harness import catalogue, checkers, grading
from harness.catalogue import check

from conftest import SUBMISSIONS


# The problems with the longest limits: a verdict flips there first. Two keep CI's load step near two minutes
# (four took 215 s at 137 problems, eight 290-518 s at 75).
LOADED_PROBLEMS = 2


def heaviest() -> list:
    return sorted(catalogue.problems(), key=lambda p: (-p.limits.time_limit_s, p.id))[:LOADED_PROBLEMS]


def loaded_cases() -> list:
    chosen = []
    for problem in heaviest():
        slowest = problem.limits.slowest_accepted
        if slowest:
            chosen.append(pytest.param(problem.id, "accepted", SUBMISSIONS / problem.id / "accepted" / slowest,
                                       id=f"{problem.id}/accepted/{slowest}"))
        for path in sorted((SUBMISSIONS / problem.id / "time_limit_exceeded").glob("*.py"))[:1]:
            chosen.append(pytest.param(problem.id, "time_limit_exceeded", path,
                                       id=f"{problem.id}/time_limit_exceeded/{path.stem}"))
    return chosen


# Spins until its parent (this test process) is gone: a killed test run leaves no hog behind.
HOG = """
import os
parent = os.getppid()
while os.getppid() == parent:
    for _ in range(1_000_000):
        pass
"""


@pytest.fixture(scope="module")
def every_core_busy():
    # The cases and the reference's answers first, on a quiet machine, into the run's shared grade cache (the tests
    # grade with it): what the load must not change is the submission's verdict, and the reference's run is no part
    # of it. Then the hogs, each in a session of its own, as other work is: a kernel that schedules sessions as
    # groups (autogroup) would otherwise weigh all the hogs as one.
    for problem in heaviest():
        grading.prepare(problem, True, None, checkers.load(problem.checker, problem.folder), None)
    hogs = [subprocess.Popen([sys.executable, "-c", HOG], start_new_session=True) for _ in range(os.cpu_count() or 2)]
    yield
    for hog in hogs:
        hog.kill()
        hog.wait()


def test_every_problem_names_its_slowest_accepted_submission():
    for problem in catalogue.problems():
        assert (SUBMISSIONS / problem.id / "accepted" / problem.limits.slowest_accepted).is_file(), problem.id


@pytest.mark.load
@pytest.mark.shared_cache
@pytest.mark.parametrize("problem_id, verdict, path", loaded_cases())
def test_verdict_holds_with_every_core_busy(every_core_busy, problem_id, verdict, path):
    if check.uses_torch(path) and not __import__("importlib").util.find_spec("torch"):
        pytest.skip("torch is not installed")
    result = grading.grade(catalogue.resolve(problem_id), path)
    assert result.verdict.value == verdict, f"{result.verdict.value} under load: {result.message} ({result.limit})"
