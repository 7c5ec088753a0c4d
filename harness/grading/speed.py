"""Machine speed: how much slower this machine is, right now, than the one the time limits were set on.

Limits in problem.toml follow problemtools' rule (max(1 s, 2 x the slowest accepted known submission)) on the
calibration machine. Before each grade a short pure-Python probe is timed here; when this machine is slower, or
busy, every limit grows by the same factor, so a correct solution is never turned into a TLE by the machine.
Limits never shrink below the calibrated ones.
"""

from __future__ import annotations

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
