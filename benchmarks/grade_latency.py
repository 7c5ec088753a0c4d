"""Figures for issue 14, "grades that feel instant": how long `shousi grade` takes with the grade cache cold and warm.

    python benchmarks/grade_latency.py [--breakdown] [ID ...]

For every problem (or the IDs given) it grades the reference as the user's file (`shousi grade ID
solutions/ID.py --json`, a new process each time, the cache in a fresh folder): once cold (the cache empty: the
cases are generated and the reference runs) and once warm (both come from the cache). It prints both wall times,
the file's own compute time (the warm grade's `time_ms`: the reference's own measured time on every case),
whether warm <= 1.3 x own + 0.3 s (the issue's target), the CPU time the warm grade used in all (its process and
its worker: a loaded machine stretches the wall times, hardly this) and the size of the cache entry. With
--breakdown it also shows where a warm grade's time goes, in a fresh process: start-up and imports, preparing (the
cache read, with the speed probe it takes), the speed probes, the worker (start to loaded: interpreter,
NumPy/PyTorch, the job's inputs, the file; it starts before the cache is read, so this overlaps the two phases
before it, and "job given to loaded" is the part the grade waits for; then the cases) and the teardown.

Every process runs with bytecode caching on, as an installed shousi does (pip byte-compiles a package as it
installs it): PYTHONDONTWRITEBYTECODE, which some machines set, is dropped from their environment, and the harness
is compiled before the first row, so no row pays for compiling it.

These are timing claims: a busy machine breaks them, so they live here and not in the test suite.
"""

from __future__ import annotations

import compileall
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import catalogue

ROOT = Path(__file__).resolve().parent.parent
TARGET_FACTOR, TARGET_OVERHEAD_S = 1.3, 0.3
ENVIRONMENT = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}

# Run in a fresh process with a warm cache: one grade, each phase timed by wrapping the functions that do it.
BREAKDOWN = r"""
import json, sys, time
started = time.perf_counter()
from harness import catalogue, grading
from harness.cli import main  # what `shousi` imports before it grades
from harness.grading import speed
from harness.sandbox import parent
from harness.sandbox.protocol import Kind
phases = {"imports": time.perf_counter() - started, "prepare (cache read)": 0.0, "speed probes": 0.0,
          "worker start to loaded": 0.0, "job given to loaded": 0.0, "worker cases": 0.0, "worker teardown": 0.0}
marks = {}

def timed(name, function):
    def wrapper(*args, **kwargs):
        began = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            phases[name] += time.perf_counter() - began
    return wrapper

grading.prepare = timed("prepare (cache read)", grading.prepare)
speed.measure = timed("speed probes", speed.measure)
enter, give, on_event = parent.Worker.__enter__, parent.Worker.give, grading.Judge.on_event

def entered(self):
    marks["spawn"] = marks["given"] = time.perf_counter()
    return enter(self)

def given(self, job):
    marks["given"] = time.perf_counter()
    return give(self, job)

def event(self, event, worker):
    now = time.perf_counter()
    if event.kind is Kind.LOADED:
        phases["worker start to loaded"] += now - marks["spawn"]
        phases["job given to loaded"] += now - marks["given"]
        marks["loaded"] = now
    elif event.kind is Kind.FINISHED:
        phases["worker cases"] += now - marks["loaded"]
        marks["finished"] = now
    return on_event(self, event, worker)

parent.Worker.__enter__, parent.Worker.give, grading.Judge.on_event = entered, given, event
problem = catalogue.resolve(sys.argv[1])
began = time.perf_counter()
result = grading.grade(problem, problem.reference)
phases["worker teardown"] = time.perf_counter() - marks.get("finished", time.perf_counter())
phases["grade in all"] = time.perf_counter() - began
phases["own compute"] = sum(case.time_ms or 0.0 for case in result.cases) / 1000
print(json.dumps(phases))
"""


def grade_seconds(problem_id: str, env: dict) -> tuple[float, float, dict]:
    """One `shousi grade` of the reference in a new process: its wall time, the CPU time it and its workers used
    (what a loaded machine hardly changes), and its JSON."""
    command = [sys.executable, "-m", "harness", "grade", problem_id, str(ROOT / "solutions" / f"{problem_id}.py"),
               "--json"]
    started, before = time.perf_counter(), _children_cpu_s()
    completed = subprocess.run(command, capture_output=True, text=True, env=env)
    took, cpu = time.perf_counter() - started, _children_cpu_s() - before
    try:
        return took, cpu, json.loads(completed.stdout)
    except json.JSONDecodeError:
        return took, cpu, {"verdict": f"no JSON (exit {completed.returncode}): {completed.stderr.strip()[-200:]}"}


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def row(problem_id: str, folder: Path, breakdown: bool) -> bool:
    env = {**ENVIRONMENT, "SHOUSI_CACHE": str(folder / "cache"), "SHOUSI_DATA": str(folder / "data"),
           "SHOUSI_WORKSPACE": str(folder / "workspace")}
    cold, _, first = grade_seconds(problem_id, env)
    kept_mb = sum(path.stat().st_size for path in (folder / "cache").glob("*.json")) / 1e6
    warm, warm_cpu, second = grade_seconds(problem_id, env)
    own = (second.get("time_ms") or 0.0) / 1000
    target = TARGET_FACTOR * own + TARGET_OVERHEAD_S
    ok = warm <= target and second.get("verdict") == "accepted"
    verdicts = "" if first.get("verdict") == second.get("verdict") == "accepted" else (
        f"  cold: {first.get('verdict')}, warm: {second.get('verdict')}")
    print(f"{'ok  ' if ok else 'FAIL'} {problem_id:47} {cold:7.2f} {warm:7.2f} {own:7.2f} {target:7.2f} "
          f"{warm - own:8.2f} {warm_cpu:8.2f} {kept_mb:8.1f}{verdicts}", flush=True)
    if breakdown:
        completed = subprocess.run([sys.executable, "-c", BREAKDOWN, problem_id], capture_output=True, text=True,
                                   env=env)
        try:
            phases = json.loads(completed.stdout.strip().splitlines()[-1])
            print("       " + ", ".join(f"{name} {seconds:.2f}" for name, seconds in phases.items()), flush=True)
        except (IndexError, json.JSONDecodeError):
            print(f"       breakdown failed: {completed.stderr.strip()[-300:]}", flush=True)
    return ok


def interpreter_start_s(runs: int = 5) -> float:
    """The best time of a bare `python -c pass`: the floor under every grade's start-up."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True, env=ENVIRONMENT)
        best = min(best, time.perf_counter() - started)
    return best


def main(arguments: list[str]) -> None:
    breakdown = "--breakdown" in arguments
    compileall.compile_dir(ROOT / "harness", quiet=1)
    ids = [a for a in arguments if a != "--breakdown"] or [problem.id for problem in catalogue.problems()]
    print(f"python -c pass: {interpreter_start_s():.3f} s; target: warm <= {TARGET_FACTOR} x own + "
          f"{TARGET_OVERHEAD_S} s")
    print(f"{'':4} {'problem':47} {'cold s':>7} {'warm s':>7} {'own s':>7} {'target':>7} {'overhead':>8} "
          f"{'warm CPU':>8} {'kept MB':>8}")
    met = 0
    for problem_id in ids:
        with tempfile.TemporaryDirectory(prefix="shousi-latency-") as folder:
            met += row(catalogue.resolve(problem_id).id, Path(folder), breakdown)
    print(f"{met} of {len(ids)} problems meet the target")


if __name__ == "__main__":
    main(sys.argv[1:])
