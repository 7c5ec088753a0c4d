"""Design problems: LeetCode's operation lists, compared call by call with the reference's replay.

A failure names the first wrong call: its index, the call itself, what the reference returned and what yours did.
Problems with randomized calls build on `first_difference` with their own rule for those calls.
"""

from __future__ import annotations

from typing import Any, Callable

from harness.brief import brief
from harness.checkers import ACCEPT, Outcome, reject
from harness.checkers.exact import canonical, difference

OPTIONS: dict = {}


def describe_call(given: dict, index: int) -> str:
    """`insert(5)`, as the call at `index` reads in the operation list."""
    arguments = ", ".join(brief(a, 60) for a in given["arguments"][index])
    return f"{given['operations'][index]}({arguments})"


Judge = Callable[[int, Any, Any], "str | None"]


def same_output(index: int, want: Any, have: Any) -> str | None:
    """The default rule: the call returned what the reference's did."""
    return None if canonical(want) == canonical(have) else difference(want, have)


def first_difference(given: dict, expected: list, got: Any, judge: Judge = same_output) -> Outcome:
    """Judge the outputs call by call with `judge(index, want, have)` (a complaint, or None when right)."""
    if not isinstance(got, (list, tuple)) or len(got) != len(expected):
        return reject(f"expected {len(expected)} outputs, one per call, got {brief(got)}")
    for index, (want, have) in enumerate(zip(expected, got)):
        complaint = judge(index, want, have)
        if complaint is not None:
            return reject(f"call {index}, {describe_call(given, index)}: {complaint}")
    return ACCEPT


def check(given: dict, expected: Any, got: Any, options: dict) -> Outcome:
    return first_difference(given, expected, got)
