"""A worker started before its job (harness.sandbox.parent.Worker without a job, then `give`): its interpreter and
NumPy start while the grade prepares, it runs nothing of the user's before the job comes, and one never given a
job, or whose grader dies while it waits, leaves nothing behind."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from harness import catalogue, grading
from harness.grading import speed
from harness.sandbox import parent, wire
from harness.sandbox.protocol import Kind
from tests.test_sandbox import marker, surviving_workers  # noqa: F401 (marker: the autouse fixture)

TWO_SUM = catalogue.resolve("two-sum")
SOFTMAX = catalogue.resolve("softmax")
# Says, from inside the worker, whether NumPy was already loaded when the user's file began to load.
NUMPY_BEFORE = """
import sys
LOADED = "numpy" in sys.modules
import numpy as np
def softmax(x, axis=-1):
    print("numpy preloaded:", LOADED)
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)
"""


def wait_for(check, seconds: float) -> bool:
    deadline = time.monotonic() + seconds * speed.machine_speed()
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False


def limits_of(problem) -> dict:
    return {"memory_bytes": problem.limits.memory_mb << 20, "output_bytes": problem.limits.output_mb << 20}


def test_a_worker_given_its_job_later_runs_it_as_one_started_on_it(tmp_path):
    job = grading.make_job(TWO_SUM, TWO_SUM.reference, wire.pack([{"nums": [2, 7, 11, 15], "target": 9}]), [1.0])
    with parent.Worker(**limits_of(TWO_SUM)) as worker:
        assert wait_for(lambda: worker.process.poll() is None, 1)
        worker.give(job)
        events = list(worker.events())
    assert [event.kind for event in events] == [Kind.LOADED, Kind.START, Kind.RESULT, Kind.FINISHED]
    assert events[2].value == [0, 1]


def test_a_job_under_other_limits_is_refused():
    job = grading.make_job(TWO_SUM, TWO_SUM.reference, wire.pack([]), [])
    with parent.Worker(memory_bytes=job.memory_bytes * 2, output_bytes=job.output_bytes) as worker:
        with pytest.raises(ValueError, match="limits differ"):
            worker.give(job)
    with parent.Worker(job) as worker, pytest.raises(RuntimeError):
        worker.give(job)


def test_a_worker_never_given_a_job_leaves_nothing_behind():
    with parent.Worker(**limits_of(SOFTMAX), preload=["numpy"]) as worker:
        folder = worker.directory
        assert surviving_workers()
    assert not folder.exists()
    assert wait_for(lambda: not surviving_workers(), 5)


def test_a_waiting_worker_ends_when_its_grader_dies(tmp_path):
    """The grader is SIGKILLed while its worker waits for a job: the worker's stdin closes, and it exits."""
    code = ("import sys, time\nfrom harness.sandbox import parent\n"
            f"worker = parent.Worker(memory_bytes={512 << 20}, output_bytes={4 << 20}, preload=['numpy'])\n"
            "worker.__enter__()\nprint(worker.process.pid, flush=True)\ntime.sleep(600)\n")
    grader = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        int(grader.stdout.readline())
        assert wait_for(lambda: len(surviving_workers()) >= 2, 10)  # the grader and its worker
    finally:
        grader.kill()
        grader.wait()
    assert wait_for(lambda: not surviving_workers(), 10)


def test_numpy_is_loaded_before_the_file_of_a_problem_with_arrays(tmp_path):
    path = tmp_path / "softmax.py"
    path.write_text(NUMPY_BEFORE)
    result = grading.grade(SOFTMAX, path, hidden=False)
    assert result.verdict.value == "accepted", result.message
    assert "numpy preloaded: True" in result.cases[0].stdout


def test_the_grade_is_the_same_through_the_cli_with_an_early_worker(tmp_path):
    """`shousi grade --json` of the reference: accepted on every case (the early worker runs the user's file)."""
    completed = subprocess.run([sys.executable, "-m", "harness", "grade", "two-sum", str(TWO_SUM.reference), "--json"],
                               capture_output=True, text=True)
    report = json.loads(completed.stdout)
    assert completed.returncode == 0 and report["verdict"] == "accepted"
    assert report["passed"] == report["total"] > 10
