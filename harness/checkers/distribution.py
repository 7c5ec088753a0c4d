"""Is a run of random draws uniform over a known population? A test whose false rejection rate is bounded.

Not a checker of its own: problems with randomized answers call `uniformity_complaint` from their checkers.
Each count is Binomial(N, 1/k); by Hoeffding's inequality P(|count - N/k| >= t) <= 2 exp(-2 t^2 / N), so with
t = sqrt(N/2 * ln(2k / delta)) a uniform sampler fails this test with probability at most delta (union bound
over the k counts). No approximation is involved: the bound holds for every N and k.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Hashable, Iterable

DELTA = 1e-8  # per tested run; a grade tests far fewer than 100 runs, so a correct solution fails < 10^-6


def tolerance(draws: int, population: int, delta: float = DELTA) -> float:
    """How far a count may stray from draws / population before uniformity is rejected."""
    return math.sqrt(draws / 2 * math.log(2 * population / delta))


def uniformity_complaint(draws: Iterable[Hashable], population: Iterable[Hashable], delta: float = DELTA) -> str | None:
    """None if `draws` look uniform over `population`, else a sentence with observed and expected frequencies."""
    draws, members = list(draws), sorted(set(population), key=repr)
    counts = Counter(draws)
    mean = len(draws) / len(members)
    allowed = tolerance(len(draws), len(members), delta)
    if all(abs(counts[m] - mean) < allowed for m in members):
        return None
    shown = ", ".join(f"{m!r}: {counts[m]}" for m in members[:12]) + (", ..." if len(members) > 12 else "")
    return (f"not uniform: in {len(draws)} draws from {len(members)} elements, observed {{{shown}}}; expected "
            f"{mean:.0f} each, give or take {allowed:.0f} (a uniform choice stays within that with probability "
            f"1 - {delta:g})")
