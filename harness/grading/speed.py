"""Machine speed: how much slower this machine is, right now, than the one the time limits were set on.

Limits in problem.toml follow problemtools' rule (max(1 s, 2 x the slowest accepted known submission)) on the
calibration machine, in CPU seconds. Before each grade a short pure-Python probe is timed here, on both clocks:
  - its CPU time says how much slower this machine's cores are (another CPU, a throttled one, a shared cache):
    every CPU limit grows by that factor, so a correct solution is never turned into a TLE by the machine;
  - its wall time over its CPU time says how contended the cores are right now: the wall-clock backstop
    (code that sleeps or blocks) grows by that factor, never the verdict itself.
Neither ever shrinks a limit below the calibrated one.
"""

from __future__ import annotations

import time
from typing import NamedTuple

# The probe's best time on the calibration machine (2-core x86-64, Python 3.11), from `benchmarks/calibrate.py`.
BASELINE_PROBE_S = 0.0065
MAX_SPEED_FACTOR = 20.0
# A measurement this recent still says how fast the machine is now: a grade whose reference times come from the
# cache (harness.grading.cache) probes once, not twice, which on a loaded machine costs more than the probe's CPU.
FRESH_S = 0.5
_latest: tuple[float, "Speed"] | None = None  # (time.monotonic() at the end of the probe, what it measured)


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


class Speed(NamedTuple):
    """How many times slower than the calibration machine this one runs now, each at least 1: `cpu` in CPU time
    (what scales the limits), `wall` in wall time (what a test waiting on the clock should allow for)."""

    cpu: float
    wall: float

    @property
    def contention(self) -> float:
        """How much longer than its CPU time a call takes on the wall clock now (at least 1)."""
        return max(1.0, self.wall / self.cpu)


def probe_seconds(repeats: int = 3) -> tuple[float, float]:
    """The medians of `repeats` timings of the probe, (CPU, wall): robust to one hiccup, yet they see a shared core
    (three: the probe is on the way of every grade)."""
    _probe()  # warm up: the first run pays for page faults and allocator growth
    cpu, wall = [], []
    for _ in range(repeats):
        started, used = time.perf_counter(), time.thread_time()
        _probe()
        cpu.append(time.thread_time() - used)
        wall.append(time.perf_counter() - started)
    return sorted(cpu)[len(cpu) // 2], sorted(wall)[len(wall) // 2]


def _factor(seconds: float) -> float:
    return min(MAX_SPEED_FACTOR, max(1.0, seconds / BASELINE_PROBE_S))


def measure() -> Speed:
    """This machine's speed now, on both clocks; a measurement taken within FRESH_S still counts as now."""
    global _latest
    if _latest is not None and time.monotonic() - _latest[0] < FRESH_S:
        return _latest[1]
    measured = measure_now()
    _latest = time.monotonic(), measured
    return measured


def measure_now() -> Speed:
    """This machine's speed now, on both clocks, probed afresh (what `measure` keeps)."""
    cpu, wall = probe_seconds()
    return Speed(_factor(cpu), max(_factor(cpu), _factor(wall)))


def machine_speed() -> float:
    """How many times slower than the calibration machine this one runs now on the wall clock (at least 1)."""
    return measure().wall
