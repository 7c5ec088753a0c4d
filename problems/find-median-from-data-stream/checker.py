"""MedianFinder: every findMedian must be a number within `tolerance` of the true median (LeetCode accepts answers
within 10^-5; an int is fine, as LeetCode's judge prints it as a float); addNum is declared -> None, so what it
returns is not judged. A miss is reported as the operations checker reports one: the call and both values."""

from __future__ import annotations

from numbers import Real

from harness.checkers import Outcome
from harness.checkers.exact import difference
from harness.checkers.operations import first_difference, same_output

OPTIONS = {"tolerance": 1e-5}


def check(given: dict, expected: list, got, options: dict) -> Outcome:
    tolerance = options.get("tolerance", OPTIONS["tolerance"])

    def judge(index: int, want, have) -> str | None:
        operation = given["operations"][index]
        if index and operation == "addNum":
            return None
        if operation == "findMedian":
            close = isinstance(have, Real) and not isinstance(have, bool) and abs(have - want) <= tolerance
            return None if close else difference(want, have)
        return same_output(index, want, have)

    return first_difference(given, expected, got, judge)
