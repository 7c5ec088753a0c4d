"""Machine speed: how much slower this machine is, right now, than the one the time limits were set on.

Limits in problem.toml follow problemtools' rule (max(1 s, 2 x the slowest accepted known submission)) on the
calibration machine. Before each grade a short pure-Python probe is timed here; when this machine is slower, or
busy, every limit grows by the same factor, so a correct solution is never turned into a TLE by the machine.
Limits never shrink below the calibrated ones.
"""

from __future__ import annotations

import math
import time

# The probe's best time on the calibration machine (2-core x86-64, Python 3.11), from `benchmarks/calibrate.py`.
BASELINE_PROBE_S = 0.0065
MAX_SPEED_FACTOR = 20.0


def _probe() -> None:
    """A fixed mix of the work Python solutions do: loops, arithmetic, dict and list operations."""
    seen: dict[int, int] = {}
    items: list[int] = []
    total = 0
    for i in range(60_000):
        key = (i * 7919) % 10_007
        total += seen.get(key, 0)
        seen[key] = i
        items.append(key)
        if len(items) > 64:
            items.pop()
    return total


def probe_seconds(repeats: int = 5) -> float:
    """The median of `repeats` timings of the probe: robust to one hiccup, yet it sees a shared core."""
    _probe()  # warm up: the first run pays for page faults and allocator growth
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        _probe()
        times.append(time.perf_counter() - started)
    return sorted(times)[len(times) // 2]


def machine_speed() -> float:
    """How many times slower than the calibration machine this one runs now (at least 1)."""
    return min(MAX_SPEED_FACTOR, max(1.0, probe_seconds() / BASELINE_PROBE_S))


# Complexity classes as log f(n), so that 2^n never overflows.
CLASSES = {
    "O(1)": lambda n: 0.0,
    "O(log n)": lambda n: math.log(math.log(n + 1) + 1),
    "O(n)": lambda n: math.log(n),
    "O(n log n)": lambda n: math.log(n) + math.log(math.log(n + 1) + 1),
    "O(n²)": lambda n: 2 * math.log(n),
    "O(n² log n)": lambda n: 2 * math.log(n) + math.log(math.log(n + 1) + 1),
    "O(n³)": lambda n: 3 * math.log(n),
    "O(2ⁿ)": lambda n: n * math.log(2),
}


def median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def exponent(sizes: list[float], times: list[float]) -> float:
    """The slope of log(time) against log(size): 1 for linear growth, 2 for quadratic."""
    xs, ys = [math.log(n) for n in sizes], [math.log(t) for t in times]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / spread if spread else 0.0


def complexity(sizes: list[float], times: list[float]) -> str:
    """The class c * f(n) that fits the times best, judged in log space (each size weighs the same)."""
    def misfit(log_f) -> float:
        gaps = [math.log(t) - log_f(n) for n, t in zip(sizes, times)]
        mean = sum(gaps) / len(gaps)
        return sum((gap - mean) ** 2 for gap in gaps)

    return min(CLASSES, key=lambda name: misfit(CLASSES[name]))
