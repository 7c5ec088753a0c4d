"""`compare`'s finding in one sentence: what failed on the size ladder, how each side grows, and the time ratio.

The ratio's words are `harness.units.comparison`'s (within its NOISE of 1: "about the same"), the same words the
table uses, so that the sentence and the table agree. Nothing here prints.
"""

from __future__ import annotations

from harness import units
from harness.grading.verdict import Verdict

LOAD_FAILURES = (Verdict.COMPILE_ERROR, Verdict.FORBIDDEN)  # the file never ran: no size is to blame


def sentence(result) -> str:
    """The finding: a failure on the ladder, the classes, and the ratio over the largest sizes both finished."""
    if not any(result.user.seconds) and result.verdict is not Verdict.ACCEPTED:
        return nothing_timed(result)
    parts = []
    if result.user.complexity and result.reference.complexity:
        parts.append(growth(result))
    if result.ratio is not None:
        speed = units.comparison(result.ratio) or "too fast to measure against the reference"
        parts.append(f"{at_sizes(result)} yours is {speed}")
    finding = ": ".join(parts) if parts else "not enough measurements to compare"
    return finding if result.verdict is Verdict.ACCEPTED else f"{result.verdict.label} on the size ladder; {finding}"


def nothing_timed(result) -> str:
    """A file that could not load, or a first size already failed: why, and nothing else."""
    if result.verdict in LOAD_FAILURES and result.failure:
        return f"{result.verdict.label}: {result.failure}"
    first = result.sizes[0] if result.sizes else 0
    why = f" at n = {first:,}: {result.failure}" if result.failure else ""
    return f"{result.verdict.label} on the size ladder{why}; nothing to compare"


def growth(result) -> str:
    """"both look O(n)", or "yours looks O(n²), the reference O(n)"."""
    mine, theirs = result.user.described, result.reference.described
    return f"both look {mine}" if mine == theirs else f"yours looks {mine}, the reference {theirs}"


def at_sizes(result) -> str:
    """"at n = 5,000 and 10,000": the sizes the ratio was taken over (the largest timed, if not recorded)."""
    sizes = result.ratio_sizes or [result.sizes[max(i for i, t in enumerate(result.user.seconds) if t is not None)]]
    return "at n = " + " and ".join(f"{n:,}" for n in sizes)
