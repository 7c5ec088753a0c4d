"""Numbers for people: durations, ratios and sizes, never in scientific notation.

A ratio of two times is only given when both are large enough to mean something (tens of microseconds are
mostly call overhead and timer noise), and one within noise of 1 reads "about the same".
"""

from __future__ import annotations

NOISE = 1.5  # a ratio within this factor of 1, either way, reads "about the same"
RATIO_FLOOR_S = 1e-3  # a time below this is not compared with another


def number(value: float, digits: int = 3) -> str:
    """`value` to `digits` significant digits in plain notation: 0.0123, 1.5, 42, 1,234."""
    text = f"{value:.{digits}g}"
    if "e" in text:
        exponent = int(text.split("e")[1])
        text = f"{value:.{max(0, digits - 1 - exponent)}f}"
    return f"{float(text):,.0f}" if abs(value) >= 1000 else text


def duration(seconds: float | None) -> str:
    """1.25 s, 12.5 ms, 96 µs, <1 µs; an em dash for no time."""
    if seconds is None:
        return "—"
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6)):
        if seconds >= scale:
            return f"{number(seconds / scale)} {unit}"
    return "<1 µs"


def size(count: int | None) -> str:
    """1.5 GiB, 12 MiB, 3.2 KiB, 512 B."""
    if count is None:
        return "—"
    for unit, scale in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if count >= scale:
            return f"{number(count / scale)} {unit}"
    return f"{count} B"


def factor(ratio: float) -> str:
    """2.6×, 26×, 1,300×."""
    return f"{number(ratio, 2)}×" if ratio < 10 else f"{ratio:,.0f}×"


def comparison(ratio: float | None) -> str:
    """A time ratio (yours / reference) in words: about the same, 2.6× slower, 3.1× faster; '' for none."""
    if ratio is None or ratio <= 0:
        return ""
    if 1 / NOISE <= ratio <= NOISE:
        return "about the same"
    return f"{factor(ratio)} slower" if ratio > 1 else f"{factor(1 / ratio)} faster"


def compare_times(mine_s: float | None, theirs_s: float | None) -> str:
    """`comparison` of two times, or '' when either is missing or too small to compare."""
    if not mine_s or not theirs_s or min(mine_s, theirs_s) < RATIO_FLOOR_S:
        return ""
    return comparison(mine_s / theirs_s)
