"""Derive each problem's time limit by problemtools' rule and print the figures behind it.

    python benchmarks/calibrate.py [--write] [ID ...]

For every accepted known submission (tests/submissions/<id>/accepted/*.py) it grades with a generous limit and
takes the slowest case; the suggested limit is max(1 s, ceil(2 x slowest accepted case)), to be written into
the problem's problem.toml (`--write` does it, and records which submission set it as `slowest_accepted`, which
the load test uses). It also prints the probe time that harness/grading/speed.py uses as its baseline.
"""

from __future__ import annotations

import dataclasses
import math
import re
import sys
from pathlib import Path

from harness import catalogue
from harness import grading
from harness.grading import speed
from harness.catalogue.problem import Limits

SUBMISSIONS = Path(__file__).resolve().parent.parent / "tests" / "submissions"


def slowest_case_s(problem, file: Path) -> tuple[float, str]:
    """The slowest case's CPU time, in seconds of the calibration machine (divided by this one's speed now)."""
    generous = dataclasses.replace(problem, limits=Limits(60.0, problem.limits.memory_mb, problem.limits.output_mb))
    factor = speed.measure().cpu
    result = grading.grade(generous, file)
    if result.verdict.value != "accepted":
        return math.nan, f"{file.name}: {result.verdict.value}: {result.message[:80]}"
    return max(case.time_ms or 0 for case in result.cases) / 1000 / min(factor, speed.measure().cpu), file.name


def write_limit(problem, limit: int, seconds: float, name: str) -> None:
    """Rewrite the [limits] lines of problem.toml in place, keeping everything else as it is."""
    path = problem.folder / "problem.toml"
    text = re.sub(r'\nslowest_accepted = .*', "", path.read_text(encoding="utf-8"))
    line = (f"time_limit_s = {float(limit)}  # problemtools: max(1 s, ceil(2 x slowest accepted)); "
            f"{name} took {seconds:.3g} s\nslowest_accepted = \"{name}\"")
    if re.search(r"^time_limit_s = .*$", text, flags=re.M):
        text = re.sub(r"^time_limit_s = .*$", lambda _: line, text, count=1, flags=re.M)
    else:
        text = text.rstrip("\n") + f"\n\n[limits]\n{line}\n"
    path.write_text(text, encoding="utf-8")


def main(ids: list[str], write: bool = False) -> None:
    cpu, wall = speed.probe_seconds()
    print(f"probe: {cpu * 1000:.2f} ms CPU, {wall * 1000:.2f} ms wall (baseline {speed.BASELINE_PROBE_S * 1000:.2f} ms)")
    problems = [catalogue.resolve(i) for i in ids] if ids else catalogue.problems()
    print(f"{'problem':48} {'slowest accepted':>17} {'suggested':>9} {'current':>8}  by")
    for problem in problems:
        timings = [slowest_case_s(problem, f) for f in sorted((SUBMISSIONS / problem.id / "accepted").glob("*.py"))]
        broken = [name for seconds, name in timings if math.isnan(seconds)]
        for name in broken:
            print(f"  NOT ACCEPTED: {name}")
        good = [(s, n) for s, n in timings if not math.isnan(s)]
        if not good:
            continue
        seconds, name = max(good)
        suggested = max(1, math.ceil(2 * seconds))
        print(f"{problem.id:48} {seconds:>15.3f} s {suggested:>7} s {problem.limits.time_limit_s:>6g} s  {name}")
        if write and not broken:
            write_limit(problem, suggested, seconds, name)


if __name__ == "__main__":
    arguments = sys.argv[1:]
    main([a for a in arguments if a != "--write"], write="--write" in arguments)
