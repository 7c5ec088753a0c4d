"""Growth: medians, the slope of log time against log n, and the nearest complexity class."""

from __future__ import annotations

import math


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
