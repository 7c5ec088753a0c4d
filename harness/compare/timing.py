"""Growth, the plain measures: medians, and the slope of log time against log n; `complexity` names the class."""

from __future__ import annotations

import math


def median(values: list[float]) -> float:
    """The middle value (the mean of the two middle ones for an even count)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def exponent(sizes: list[float], times: list[float]) -> float:
    """The slope of log(time) against log(size): 1 for linear growth, 2 for quadratic."""
    xs, ys = [math.log(n) for n in sizes], [math.log(t) for t in times]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / spread if spread else 0.0


def complexity(sizes: list[float], times: list[float], noise: float = 0.0) -> str:
    """The class (or the two neighbouring classes) that the times follow: see `harness.compare.growth`."""
    from harness.compare import growth

    return growth.growth(sizes, times, noise).label
