"""Growth: which complexity class a series of (size, seconds) follows, and how sure the measurements let us be.

Each class f is fitted as time = a + b·f(n), with a ≥ 0 the fixed cost of a call (loading the input, the
interpreter's overhead) and b ≥ 0, by least squares on the relative error, so that every size weighs the same and
a fixed cost no longer reads as slow growth. The simplest class whose residual is within the measurements' noise
(or half again the best residual) is named, and the next class up beside it when that fits too ("O(n) or
O(n log n)"): over a ladder of 16× the two differ by less than a busy machine's noise. Where n counts calls (a
design problem's operations), the time per call is fitted the same way, and the total is that class times n.

A machine bends the curves too: caches that the larger inputs outgrow, lower-order terms (an attention's
projections beside its L² scores). Where the package declares the reference's class, the reference is the
yardstick: how far its times stray from that class at each size is taken out of the user's times before they are
fitted (`against`), so the same code always reads as the same class, and the declared class is the reference's.
Nothing here measures or prints.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from harness.compare.timing import exponent, median

_LOG = lambda n: math.log(math.log(n + 1) + 1)  # noqa: E731  log of log n, kept positive for n ≥ 1

# Complexity classes in increasing order, each as log f(n), so that 4ⁿ never overflows.
CLASSES = {
    "O(1)": lambda n: 0.0,
    "O(log n)": _LOG,
    "O(n)": lambda n: math.log(n),
    "O(n log n)": lambda n: math.log(n) + _LOG(n),
    "O(n²)": lambda n: 2 * math.log(n),
    "O(n² log n)": lambda n: 2 * math.log(n) + _LOG(n),
    "O(n³)": lambda n: 3 * math.log(n),
    "O(2ⁿ)": lambda n: n * math.log(2),
    "O(3ⁿ)": lambda n: n * math.log(3),
    "O(4ⁿ)": lambda n: n * math.log(4),
}
NAMES = list(CLASSES)
# Where n counts calls: the total time's class for each class of the time per call.
TOTAL_OF = {"O(1)": "O(n)", "O(log n)": "O(n log n)", "O(n)": "O(n²)", "O(n log n)": "O(n² log n)",
            "O(n²)": "O(n³)", "O(n² log n)": "O(n³ log n)", "O(n³)": "O(n⁴)",
            "O(2ⁿ)": "O(n·2ⁿ)", "O(3ⁿ)": "O(n·3ⁿ)", "O(4ⁿ)": "O(n·4ⁿ)"}
PER_CALL_OF = {total: per_call for per_call, total in TOTAL_OF.items()}
MIN_TOLERANCE = 0.02  # residuals closer than 2% of the time never decide between two classes
CLOSE_FACTOR = 1.5  # nor do residuals within a factor 1.5 of each other
OVERHEAD_SHARE = 0.5  # a size whose time is more than half fixed cost is left out of the exponent


@dataclass(frozen=True)
class Fit:
    """One class fitted to the series: time ≈ overhead_s + scale · f(n) / f(largest n), and how far off it is."""

    name: str
    overhead_s: float
    scale: float
    residual: float  # root mean square of the relative errors, per degree of freedom
    rise_s: float  # how much the growing part adds from the smallest size to the largest


@dataclass(frozen=True)
class Growth:
    """What a series says about growth: the classes that fit (best first), the exponent, the fixed cost."""

    classes: tuple[str, ...]  # of the total time against n: one, or two neighbours that fit about equally
    exponent: float  # the slope of log(time - fixed cost) against log n over the sizes the fixed cost does not rule
    overhead_s: float  # the fitted fixed cost (per call when n counts calls)
    per_call: tuple[str, ...] = ()  # where n counts calls: the classes of the time per call
    basis: str = ""  # "" its own times; "reference": judged against the reference; "known": the package's class

    @property
    def label(self) -> str:
        """The total's class, or the two that fit about equally: "O(n)", "O(n) or O(n log n)"."""
        return " or ".join(self.classes)

    @property
    def per_call_label(self) -> str:
        """The time per call's class (or two), '' where n does not count calls."""
        return " or ".join(self.per_call)

    @property
    def described(self) -> str:
        """For people: "O(n)", or "O(1) per call, O(n) in total" where n counts calls."""
        return f"{self.per_call_label} per call, {self.label} in total" if self.per_call else self.label


def fit(sizes: list[float], times: list[float], name: str) -> Fit:
    """Fit time = a + b·f(n) for the class `name` (a, b ≥ 0), minimising the relative errors."""
    f = _scaled(sizes, name)
    u, v = [1 / t for t in times], [fi / t for fi, t in zip(f, times)]
    if name == "O(1)":
        a, b = _one(u), 0.0
    else:
        uu, vv, uv = _dot(u, u), _dot(v, v), _dot(u, v)
        det = uu * vv - uv * uv
        a = (sum(u) * vv - sum(v) * uv) / det if det > 1e-12 * uu * vv else -1.0
        b = (sum(v) * uu - sum(u) * uv) / det if det > 1e-12 * uu * vv else -1.0
        if a < 0 or b < 0:  # a fixed cost or a growth below zero: the best fit with the other alone
            a, b = (0.0, _one(v)) if _misfit(u, v, 0.0, _one(v)) <= _misfit(u, v, _one(u), 0.0) else (_one(u), 0.0)
    freedom = max(1, len(times) - (1 if name == "O(1)" else 2))
    return Fit(name, a, b, math.sqrt(_misfit(u, v, a, b) / freedom), b * (1 - min(f)))


def growth(sizes: list[float], times: list[float], noise: float = 0.0, per_call: bool = False) -> Growth:
    """The classes that fit `times` (seconds at `sizes`, at least three), judged against `noise`, the relative
    uncertainty of each time; with `per_call`, n counts calls and the time per call is what is fitted."""
    if per_call:
        times = [t / n for n, t in zip(sizes, times)]
    fits = [fit(sizes, times, name) for name in NAMES]
    best = min(fits, key=lambda f: f.residual)
    tolerance = max(MIN_TOLERANCE, noise, CLOSE_FACTOR * best.residual)
    # The simplest class that fits within the noise, and the next one up if it fits too. A class whose growing
    # part rises by less than the noise over the whole ladder has not been seen to grow: it is the constant again.
    rise = tolerance * max(times)
    fitting = [f for f in fits if f.residual <= tolerance and (f.name == "O(1)" or f.rise_s > rise)] or [best]
    chosen = tuple(f.name for f in fitting[:2] if NAMES.index(f.name) - NAMES.index(fitting[0].name) <= 1)
    slope = _exponent(sizes, times, fitting[0]) + (1 if per_call else 0)
    if per_call:
        return Growth(tuple(TOTAL_OF[c] for c in chosen), slope, fitting[0].overhead_s, chosen)
    return Growth(chosen, slope, fitting[0].overhead_s)


def known(sizes: list[float], times: list[float], total: str, per_call: bool = False) -> Growth:
    """The reference's growth where the package declares its class `total`: that class, with the exponent and
    the fixed cost its times show."""
    series, name = _series(sizes, times, total, per_call)
    best = fit(sizes, series, name)
    slope = _exponent(sizes, series, best) + (1 if per_call else 0)
    return Growth((total,), slope, best.overhead_s, (name,) if per_call else (), basis="known")


def against(sizes: list[float], user: list[float], reference: list[float], total: str, noise: float = 0.0,
            per_call: bool = False) -> Growth:
    """The user's growth judged against a reference of known class `total`: the reference's class where the ratio of
    the two stays flat within the noise; else each user time divided by how far the reference's time at that size
    strays from its class's fitted curve, fitted as `growth` does."""
    if growth(sizes, [u / r for u, r in zip(user, reference)], noise).classes == ("O(1)",):
        same = known(sizes, user, total, per_call)
        return Growth(same.classes, same.exponent, same.overhead_s, same.per_call, basis="reference")
    series, name = _series(sizes, reference, total, per_call)
    model = fit(sizes, series, name)
    expected = [model.overhead_s + model.scale * f for f in _scaled(sizes, name)]
    corrected = [t * e / r for t, e, r in zip(user, expected, series)]
    found = growth(sizes, corrected, noise, per_call)
    return Growth(found.classes, found.exponent, found.overhead_s, found.per_call, basis="reference")


def noise(rounds: list[list[float]]) -> float:
    """The relative uncertainty of a median over rounds, typical over the sizes: from each size's spread (MAD)."""
    spreads = []
    for times in rounds:
        if len(times) >= 3:
            middle = median(times)
            spread = 1.4826 * median([abs(t - middle) for t in times]) / middle
            spreads.append(1.25 * spread / math.sqrt(len(times)))
    return median(spreads) if spreads else 0.0


def _exponent(sizes: list[float], times: list[float], best: Fit) -> float:
    """The slope once the fixed cost is taken out, over the sizes where it is less than half the time (at least
    two; else the slope of the three largest sizes' times as they are)."""
    kept = [(n, t - best.overhead_s) for n, t in zip(sizes, times) if best.overhead_s < OVERHEAD_SHARE * t]
    if len(kept) < 2:
        kept = list(zip(sizes, times))[-3:]
    return exponent(*map(list, zip(*kept)))


def _series(sizes: list[float], times: list[float], total: str, per_call: bool) -> tuple[list[float], str]:
    """The times and the class to fit them with: per call where n counts calls."""
    if not per_call:
        return times, total
    return [t / n for n, t in zip(sizes, times)], PER_CALL_OF[total]


def _scaled(sizes: list[float], name: str) -> list[float]:
    """f(n) of the class, scaled to 1 at the largest n (computed in logs: no overflow, the same fit)."""
    log_f = [CLASSES[name](n) for n in sizes]
    top = max(log_f)
    return [math.exp(value - top) for value in log_f]


def _one(w: list[float]) -> float:
    """The best c in c·w ≈ 1."""
    return sum(w) / _dot(w, w)


def _dot(x: list[float], y: list[float]) -> float:
    return sum(a * b for a, b in zip(x, y))


def _misfit(u: list[float], v: list[float], a: float, b: float) -> float:
    return sum((a * ui + b * vi - 1) ** 2 for ui, vi in zip(u, v))
