"""Figures for issue 6, each against its target (ratios measured in one run, not absolute times):

    python benchmarks/bench.py [--quick]

- a solution doing the reference's work twice reads 2.0 +/- 0.4 against it; two compares of one file agree to 25%;
  the reference against itself reads between 0.5 and 2;
- growth exponents within +/-0.3 of the truth for known O(n), O(n log n) and O(n^2) solutions, each named by its
  class, alone or beside its neighbour (a quadratic solution "looks O(n²)", a linear one "O(n) or O(n log n)");

These are timing claims: a busy machine can break them, so they live here and not in the test suite, which only
asserts what load cannot change (tests/test_compare.py).
- start-up: `shousi --help` within 2x and `shousi list` within 2.5x of `python -c "import click, rich.console"`;
- `shousi grade --all --reference` within 60 s.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import catalogue
from harness import compare

ROOT = Path(__file__).resolve().parent.parent
SUBMISSIONS = ROOT / "tests" / "submissions"
BUDGET_S = 15.0

TWICE = """from harness import loader

_reference = loader.load("reference", {path!r})


class Solution:
    def {method}(self, *args):
        getattr(_reference.Solution(), {method!r})(*args)
        return getattr(_reference.Solution(), {method!r})(*args)
"""

# (problem, file, the true exponent of its running time over the ladder, the class compare must name, what it is)
GROWTH = [
    ("two-sum", None, 1.0, "O(n)", "hash map, O(n)"),
    ("two-sum", SUBMISSIONS / "two-sum/accepted/sort_two_pointers.py", 1.1, None, "sort + two pointers, O(n log n)"),
    ("two-sum", SUBMISSIONS / "two-sum/accepted/brute_force_double_loop.py", 2.0, "O(n²)", "double loop, O(n^2)"),
    ("longest-substring-without-repeating-characters", None, 1.0, "O(n)", "sliding window, O(n)"),
    ("coin-change", None, 1.0, None, "DP over the amount, O(amount x coins)"),
    ("insert-delete-getrandom-o1", None, 1.0, None, "list + map, O(1) per call"),
]


def verdict(ok: bool) -> str:
    return "ok  " if ok else "FAIL"


def ratio_figures(problem_id: str) -> None:
    problem = catalogue.resolve(problem_id)
    with tempfile.TemporaryDirectory() as folder:
        twice = Path(folder) / "twice.py"
        twice.write_text(TWICE.format(path=str(problem.reference), method=problem.entry["method"]))
        result = compare.compare(problem, twice, BUDGET_S)
    print(f"{verdict(abs(result.ratio - 2) <= 0.4)} twice the reference's work on {problem_id}: "
          f"x{result.ratio:.2f} (range {result.ratio_range[0]:.2f}-{result.ratio_range[1]:.2f}; target 2.0 +/- 0.4)")
    first = compare.compare(problem, problem.reference, BUDGET_S).ratio
    second = compare.compare(problem, problem.reference, BUDGET_S).ratio
    spread = abs(first - second) / min(first, second)
    print(f"{verdict(spread <= 0.25)} two compares of the same file on {problem_id}: x{first:.3f} and x{second:.3f}, "
          f"{spread:.0%} apart (target <= 25%)")
    print(f"{verdict(0.5 < first < 2)} the reference against itself on {problem_id}: x{first:.3f} (target 0.5-2)")


def growth_figures() -> None:
    for problem_id, file, truth, named, what in GROWTH:
        problem = catalogue.resolve(problem_id)
        result = compare.compare(problem, file or problem.reference, BUDGET_S)
        measured = result.user.exponent
        fitting = result.user.growth.classes if result.user.growth else ()
        ok = measured is not None and abs(measured - truth) <= 0.3 and (named is None or named in fitting)
        target = f"truth {truth}" + (f", named {named}" if named else "")
        print(f"{verdict(ok)} {problem_id}, {what}: exponent {measured} ({result.user.complexity}); {target}")


def seconds_of(command: list[str], runs: int = 10) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        best = min(best, time.perf_counter() - started)
    return best


def startup_figures() -> None:
    bare = seconds_of([sys.executable, "-c", "import click, rich.console"])
    for args, target in ((["--help"], 2.0), (["list"], 2.5)):
        took = seconds_of([sys.executable, "-m", "harness", *args])
        print(f"{verdict(took <= target * bare)} shousi {' '.join(args)}: {took * 1000:.0f} ms, x{took / bare:.2f} the "
              f"bare import of click and rich ({bare * 1000:.0f} ms; target <= x{target})")


def self_check_figure() -> None:
    started = time.perf_counter()
    completed = subprocess.run([sys.executable, "-m", "harness", "grade", "--all", "--reference", "--json"],
                               capture_output=True, text=True)
    took = time.perf_counter() - started
    print(f"{verdict(took <= 60 and completed.returncode == 0)} shousi grade --all --reference: {took:.1f} s, "
          f"exit {completed.returncode} (target <= 60 s, exit 0)")


def main() -> None:
    startup_figures()
    self_check_figure()
    if "--quick" in sys.argv:
        return
    ratio_figures("longest-substring-without-repeating-characters")
    growth_figures()


if __name__ == "__main__":
    main()
